/** A ledger record's evidence (佐证材料): count, list with downloads, and upload for the center's operator. */
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Popover, Space, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.ts';
import { formatNumber } from '../../lib/format.ts';
import { platformApi, type ServiceRecordView } from './api.ts';

export default function RecordAttachments({ record }: { record: ServiceRecordView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: session } = useSession();
  const queryClient = useQueryClient();
  const content = (
    <Space orientation="vertical" style={{ minWidth: 220 }} data-testid="record-attachments">
      {record.attachments.map((a) => (
        <a key={a.id} href={platformApi.attachmentUrl(record.id, a.id)}>
          {a.fileName}{' '}
          <Typography.Text type="secondary">
            ({formatNumber(Math.ceil(a.sizeBytes / 1024))} KB)
          </Typography.Text>
        </a>
      ))}
      {record.attachments.length === 0 && (
        <Typography.Text type="secondary">{t('centerPlatform.ledger.noAttachments')}</Typography.Text>
      )}
      {record.abilities.attach && (
        <Upload
          showUploadList={false}
          accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.zip"
          customRequest={({ file, onSuccess, onError }) => {
            platformApi
              .uploadAttachment(record.id, file as File, session?.csrfToken ?? '')
              .then(async (x) => {
                onSuccess?.(x);
                message.success(t('centerPlatform.ledger.attached'));
                await queryClient.invalidateQueries({ queryKey: ['ledger'] });
              })
              .catch((e: Error) => {
                message.error(e.message);
                onError?.(e);
              });
          }}
        >
          <Button size="small" icon={<UploadOutlined />} data-testid="attachment-upload">
            {t('centerPlatform.ledger.attach')}
          </Button>
        </Upload>
      )}
    </Space>
  );
  return (
    <Popover content={content} title={t('centerPlatform.ledger.attachments')} trigger="click">
      <Button size="small" type="text" icon={<PaperClipOutlined />} data-testid="attachments-button">
        {formatNumber(record.attachments.length)}
      </Button>
    </Popover>
  );
}

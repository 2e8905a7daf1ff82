/** 申报材料: one row per required material of the call, upload (checked by content on the server), download. */
import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, List, Space, Tag, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.ts';
import { recognitionApi, uploadFile, type ApplicationDetail } from './api.ts';
import { errorText, loc } from './shared.tsx';

export default function MaterialsCard({ app, editable }: { app: ApplicationDetail; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: session } = useSession();
  const queryClient = useQueryClient();
  // Materials do not change the application's version: refresh the detail and the live pre-check.
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['application', app.id] });
    await queryClient.invalidateQueries({ queryKey: ['application-evaluation', app.id] });
  };
  const kinds = [
    ...app.requiredMaterials,
    { key: 'other', name: { zh: '其他佐证材料', en: 'Other evidence' }, required: false },
  ];

  const upload = async (kind: string, file: File) => {
    try {
      await uploadFile(app.id, file, 'materials', { kind }, session?.csrfToken ?? '');
      message.success(t('recognition.app.saved'));
      await refresh();
    } catch (e) {
      message.error(errorText(e, t('common.error')));
    }
  };

  return (
    <Card
      title={t('recognition.app.materials')}
      extra={
        editable && <Typography.Text type="secondary">{t('recognition.app.uploadHint')}</Typography.Text>
      }
    >
      <List
        dataSource={kinds}
        renderItem={(m) => {
          const files = app.materials.filter((x) => x.kind === m.key);
          return (
            <List.Item
              actions={
                editable
                  ? [
                      <Upload
                        key="up"
                        showUploadList={false}
                        beforeUpload={(file) => {
                          void upload(m.key, file);
                          return false;
                        }}
                      >
                        <Button size="small" icon={<UploadOutlined />} data-material={m.key}>
                          {t('recognition.app.upload')}
                        </Button>
                      </Upload>,
                    ]
                  : []
              }
            >
              <Space wrap>
                <span>{loc(m.name)}</span>
                {m.required && (
                  <Tag color={files.length > 0 ? 'green' : 'red'}>
                    {files.length > 0 ? '✓' : t('recognition.app.missing')}
                  </Tag>
                )}
                {files.map((f) => (
                  <Space key={f.id} size={4}>
                    <a href={recognitionApi.fileUrl(app.id, f.file.id)}>{f.file.name}</a>
                    {editable && (
                      <Button
                        size="small"
                        type="link"
                        danger
                        onClick={() => void recognitionApi.removeMaterial(app.id, f.id).then(refresh)}
                      >
                        ×
                      </Button>
                    )}
                  </Space>
                ))}
              </Space>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}

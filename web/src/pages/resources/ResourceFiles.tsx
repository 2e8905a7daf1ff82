/**
 * A resource's uploaded files: download links for whoever the access rule lets in; for gated items the
 * others see each file with "申请使用" instead; the center's operator uploads and deletes.
 */
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, List, Popconfirm, Space, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../auth/session.ts';
import { formatNumber } from '../../lib/format.ts';
import { filesApi, type ResourceFileList } from './api.ts';

export interface ResourceFilesProps {
  resourceId: string;
  /** Offered on each file the caller may not download yet (opens the access request). */
  onRequestAccess?: () => void;
}

export default function ResourceFiles({ resourceId, onRequestAccess }: ResourceFilesProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: session } = useSession();
  const queryClient = useQueryClient();
  const key = ['resource-files', resourceId];
  const { data } = useQuery({ queryKey: key, queryFn: () => filesApi.list(resourceId) });
  const remove = useMutation({
    mutationFn: (fileId: string) => filesApi.remove(resourceId, fileId),
    onSuccess: (list) => {
      queryClient.setQueryData<ResourceFileList>(key, list);
      void message.success(t('resources.files.removed'));
    },
    onError: (error) => void message.error(error.message),
  });
  if (!data) {
    return null;
  }
  const gate = () => {
    if (!session) {
      return (
        <Link to="/login" key="login">
          {t('resources.files.loginToDownload')}
        </Link>
      );
    }
    return (
      <Button
        key="request"
        size="small"
        type="link"
        disabled={!onRequestAccess}
        onClick={onRequestAccess}
        data-testid="file-request-access"
      >
        {t('resources.files.requestToDownload')}
      </Button>
    );
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="resource-files">
      <List
        size="small"
        dataSource={data.items}
        locale={{ emptyText: t('resources.files.none') }}
        renderItem={(f) => (
          <List.Item
            actions={[
              data.canDownload ? (
                <a key="download" href={filesApi.downloadUrl(resourceId, f.id)} download={f.fileName}>
                  {t('resources.files.download')}
                </a>
              ) : (
                gate()
              ),
              ...(data.canManage
                ? [
                    <Popconfirm
                      key="remove"
                      title={t('resources.files.removeConfirm', { name: f.fileName })}
                      onConfirm={() => remove.mutate(f.id)}
                    >
                      <Button size="small" type="text" danger icon={<DeleteOutlined />}>
                        {t('resources.files.remove')}
                      </Button>
                    </Popconfirm>,
                  ]
                : []),
            ]}
          >
            <Space>
              <PaperClipOutlined />
              {data.canDownload ? (
                <a href={filesApi.downloadUrl(resourceId, f.id)} download={f.fileName}>
                  {f.fileName}
                </a>
              ) : (
                <Typography.Text>{f.fileName}</Typography.Text>
              )}
              <Typography.Text type="secondary">
                {formatNumber(Math.max(1, Math.ceil(f.sizeBytes / 1024)))} KB
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {data.canManage && (
        <Space orientation="vertical" size={2}>
          <Upload
            showUploadList={false}
            accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.zip"
            customRequest={({ file, onSuccess, onError }) => {
              filesApi
                .upload(resourceId, file as File, session?.csrfToken ?? '')
                .then((list) => {
                  onSuccess?.(list);
                  queryClient.setQueryData<ResourceFileList>(key, list);
                  void message.success(t('resources.files.uploaded'));
                })
                .catch((e: Error) => {
                  void message.error(e.message);
                  onError?.(e);
                });
            }}
          >
            <Button icon={<UploadOutlined />} data-testid="resource-file-upload">
              {t('resources.files.upload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{t('resources.files.hint')}</Typography.Text>
        </Space>
      )}
    </Space>
  );
}

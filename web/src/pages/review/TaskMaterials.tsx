/**
 * 申报材料 on the expert's task: the application's materials, opened from the task (the seat grants the
 * access while the review runs; the server audits every view). PDFs and images open in a new tab.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { reviewApi } from './api.ts';
import { errorText, loc } from './shared.tsx';

const INLINE = /^(application\/pdf|image\/)/;

function size(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export default function TaskMaterials({ taskId, enabled }: { taskId: string; enabled: boolean }) {
  const { t } = useTranslation();
  const materials = useQuery({
    queryKey: ['review', 'task-materials', taskId],
    queryFn: () => reviewApi.materials(taskId),
    enabled,
    retry: false,
  });
  return (
    <Card size="small" title={t('expertReview.task.materials')} data-testid="task-materials">
      {!enabled ? (
        <Typography.Text type="secondary">{t('expertReview.task.materialsAfterAccept')}</Typography.Text>
      ) : materials.error ? (
        <Alert type="info" showIcon message={errorText(materials.error, t('common.error'))} />
      ) : (
        <List
          size="small"
          loading={materials.isPending}
          locale={{ emptyText: t('expertReview.task.noMaterials') }}
          dataSource={materials.data?.items ?? []}
          renderItem={(m) => (
            <List.Item>
              <Typography.Text type="secondary" style={{ minWidth: 96 }}>
                {loc(m.kindName)}
              </Typography.Text>
              <a
                href={reviewApi.materialUrl(taskId, m.file.id)}
                target={INLINE.test(m.file.mime) ? '_blank' : undefined}
                rel="noreferrer"
              >
                {m.file.name}
              </a>
              <Typography.Text type="secondary">{size(m.file.size)}</Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

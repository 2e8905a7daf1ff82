/** 流程记录: every transition with actor, time, comment, document number and attachments. */
import { Card, Empty, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format.ts';
import { recognitionApi, type ApplicationDetail } from './api.ts';
import { loc } from './shared.tsx';

export default function TimelinePanel({ app }: { app: ApplicationDetail }) {
  const { t } = useTranslation();
  if (app.timeline.length === 0) {
    return <Empty description={t('recognition.timeline.empty')} />;
  }
  return (
    <Card>
      <Timeline
        items={app.timeline.map((e) => ({
          key: e.id,
          color: e.action.includes('return') || e.action === 'reject' ? 'red' : 'blue',
          children: (
            <Space direction="vertical" size={2} data-timeline={e.action}>
              <Space wrap>
                <Typography.Text strong>{loc(e.actionLabel)}</Typography.Text>
                <Typography.Text type="secondary">{formatDateTime(e.at)}</Typography.Text>
                {e.versionNo > 0 && <Tag>{t('recognition.timeline.version', { n: e.versionNo })}</Tag>}
                {e.documentNumber && <Tag color="blue">{e.documentNumber}</Tag>}
              </Space>
              <Typography.Text type="secondary">
                {t('recognition.timeline.by', {
                  name: e.actor.name,
                  org: e.actor.organisation || e.actor.role,
                })}
              </Typography.Text>
              {e.comment && <Typography.Text>{e.comment}</Typography.Text>}
              {e.attachments.map((f) => (
                <a key={f.id} href={recognitionApi.fileUrl(app.id, f.id)}>
                  {f.name}
                </a>
              ))}
            </Space>
          ),
        }))}
      />
    </Card>
  );
}

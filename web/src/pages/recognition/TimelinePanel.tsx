/** 流程记录: every transition with actor, time, comment, document number and attachments. */
import { Card, Empty, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { recognitionApi, type ApplicationDetail, type TimelineEntry } from './api.ts';
import { loc } from './shared.tsx';

interface DecisionReason {
  criterionId: string;
  met: boolean;
  note?: string;
  name?: { zh: string; en: string };
  source?: { file: string; ref: string };
}

/** The criteria a decision found not met, with the decider's note (逐项理由). */
export function DecisionReasons({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  const reasons = ((entry.detail.reasons ?? []) as DecisionReason[]).filter((r) => !r.met);
  if (reasons.length === 0) {
    return null;
  }
  return (
    <ul data-testid="decision-reasons" style={{ margin: 0, paddingInlineStart: 20 }}>
      {reasons.map((r) => (
        <li key={r.criterionId} data-criterion={r.criterionId}>
          <Typography.Text type="danger">{t('recognition.review.unmet')}</Typography.Text>：
          {r.name ? loc(r.name) : r.criterionId}
          {r.note ? `（${r.note}）` : ''}
          {r.source && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {' '}
              {r.source.ref}
            </Typography.Text>
          )}
        </li>
      ))}
    </ul>
  );
}

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
                {typeof e.detail.decidedOn === 'string' && (
                  <Typography.Text data-testid="decided-on">
                    {t('recognition.timeline.decidedOn', { date: formatDate(e.detail.decidedOn) })}
                  </Typography.Text>
                )}
              </Space>
              <Typography.Text type="secondary">
                {t('recognition.timeline.by', {
                  name: e.actor.name,
                  org: e.actor.organisation || e.actor.role,
                })}
              </Typography.Text>
              {e.comment && <Typography.Text>{e.comment}</Typography.Text>}
              <DecisionReasons entry={e} />
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

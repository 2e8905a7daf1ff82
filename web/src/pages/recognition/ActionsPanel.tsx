/**
 * 可执行操作: the actions the API says this user may take now (blocked ones show why), each opening the
 * form its step needs; plus the city's review record of the current version.
 */
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format.ts';
import { recognitionApi, type ApplicationDetail, type NextAction } from './api.ts';
import ActionModal, { routeOf } from './ActionModal.tsx';
import { errorText, loc } from './shared.tsx';
import { useDocumentTitle } from '../../lib/citation.ts';

export default function ActionsPanel({ app }: { app: ApplicationDetail }) {
  const { t } = useTranslation();
  const docTitle = useDocumentTitle();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<NextAction | null>(null);
  const actions = app.actions.filter((a) => routeOf(a.action) !== null);
  const review = app.cityReview;

  const run = async (action: NextAction, body: Record<string, unknown>) => {
    try {
      const next = await recognitionApi.act(app.id, routeOf(action.action)!, {
        version: app.version,
        ...body,
      });
      queryClient.setQueryData(['application', app.id], next);
      await queryClient.invalidateQueries({ queryKey: ['applications'] });
      message.success(t('recognition.app.done'));
      setOpen(null);
    } catch (e) {
      message.error(errorText(e, t('common.error')));
    }
  };

  return (
    <Card title={t('recognition.app.actions')} size="small">
      {actions.length === 0 ? (
        <Typography.Text type="secondary">{t('recognition.app.noActions')}</Typography.Text>
      ) : (
        <Space wrap>
          {actions.map((a) => (
            <Tooltip
              key={a.action}
              title={
                a.blockedBy
                  ? loc(a.blockedBy)
                  : a.stage
                    ? `${docTitle(a.stage.source.file)} ${a.stage.source.ref}`
                    : ''
              }
            >
              <Button
                type={a.blockedBy ? 'default' : 'primary'}
                danger={a.requiresComment}
                disabled={a.blockedBy !== null}
                data-action={a.action}
                onClick={() => setOpen(a)}
              >
                {loc(a.label)}
              </Button>
            </Tooltip>
          ))}
        </Space>
      )}
      {actions.some((a) => a.blockedBy) && (
        <Space direction="vertical" size={2} style={{ display: 'flex', marginTop: 8 }}>
          {actions
            .filter((a) => a.blockedBy)
            .map((a) => (
              <Typography.Text key={a.action} type="secondary" style={{ fontSize: 12 }}>
                {loc(a.label)}：{loc(a.blockedBy)}
              </Typography.Text>
            ))}
        </Space>
      )}
      {review && (review.checklist || review.siteCheck || review.emergencyOpinion) && (
        <Descriptions size="small" column={1} style={{ marginTop: 16 }} bordered>
          {review.checklist && (
            <Descriptions.Item label={t('recognition.review.checklist')}>
              <Space wrap>
                {review.checklist.map((c) => (
                  <Tag key={c.key} color={c.passed ? 'green' : 'red'}>
                    {c.passed ? '✓' : '✗'} {c.label}
                  </Tag>
                ))}
              </Space>
            </Descriptions.Item>
          )}
          {review.siteCheck && (
            <Descriptions.Item label={t('recognition.review.siteCheck')}>
              {formatDate(review.siteCheck.date)} · {review.siteCheck.participants.join('、')} ·{' '}
              {review.siteCheck.findings}
              {review.siteCheck.photos.map((p) => (
                <a key={p.id} href={recognitionApi.fileUrl(app.id, p.id)} style={{ marginLeft: 8 }}>
                  {p.name}
                </a>
              ))}
            </Descriptions.Item>
          )}
          {review.emergencyOpinion && (
            <Descriptions.Item label={t('recognition.review.emergency')}>
              {review.emergencyOpinion.authority}（{formatDate(review.emergencyOpinion.date)}）：
              {review.emergencyOpinion.opinion}
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
      <ActionModal app={app} action={open} onCancel={() => setOpen(null)} onSubmit={run} />
    </Card>
  );
}

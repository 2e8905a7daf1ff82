/** 申报详情: header, the draft editor (or the frozen form), review actions, timeline, versions and diff. */
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Result, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { DecisionNoticeButton } from '../../components/DecisionNoticeButton.tsx';
import PageLoading from '../../components/PageLoading.tsx';
import { formatDateTime } from '../../lib/format.ts';
import ActionsPanel from './ActionsPanel.tsx';
import { recognitionApi } from './api.ts';
import DraftEditor from './DraftEditor.tsx';
import EvaluationPanel from './EvaluationPanel.tsx';
import TimelinePanel, { DecisionReasons } from './TimelinePanel.tsx';
import VersionsPanel from './VersionsPanel.tsx';
import { loc, StateTag } from './shared.tsx';

export default function ApplicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const {
    data: app,
    error,
    isPending,
  } = useQuery({
    queryKey: ['application', id],
    queryFn: () => recognitionApi.application(id),
  });
  if (isPending) {
    return <PageLoading />;
  }
  if (error || !app) {
    return <Result status="404" title="404" subTitle={error?.message} />;
  }
  const editable = app.abilities.update;
  const rejection =
    app.state === 'rejected' ? app.timeline.findLast((e) => e.action === 'reject') : undefined;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <span>{app.centerName}</span>
            <StateTag state={app.state} label={app.stateLabel} />
          </Space>
        }
        extra={
          <DecisionNoticeButton
            subjectId={app.id}
            decided={app.timeline.some((e) => e.action === 'approve' || e.action === 'reject')}
          />
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('recognition.app.call')}>{app.call.title}</Descriptions.Item>
          <Descriptions.Item label={t('recognition.app.lead')}>{app.leadOrganisation.name}</Descriptions.Item>
          <Descriptions.Item label={t('recognition.app.region')}>{app.regionName}</Descriptions.Item>
          <Descriptions.Item label={t('recognition.mine.type')}>
            {app.directionName ? loc(app.directionName) : app.type ? t(`recognition.types.${app.type}`) : '—'}
            {app.kind ? ` · ${t(`recognition.kinds.${app.kind}`)}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('recognition.app.version')}>
            {app.currentVersionNo || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('recognition.app.submittedAt')}>
            {formatDateTime(app.submittedAt)}
          </Descriptions.Item>
        </Descriptions>
        {!app.cityStep && <Alert type="info" showIcon message={t('recognition.app.directToProvince')} />}
        {rejection && (
          <Alert
            type="error"
            showIcon
            data-testid="rejection"
            message={t('recognition.review.rejected')}
            description={
              <Space direction="vertical" size={2}>
                {rejection.comment && <Typography.Text>{rejection.comment}</Typography.Text>}
                <DecisionReasons entry={rejection} />
              </Space>
            }
          />
        )}
      </Card>
      <ActionsPanel app={app} />
      <Tabs
        type="card"
        items={[
          {
            key: 'form',
            label: t('recognition.app.tabs.form'),
            children: (
              <Space direction="vertical" size={16} style={{ width: '100%' }}>
                <DraftEditor app={app} editable={editable} />
                {(editable || app.state === 'draft') && <EvaluationPanel app={app} />}
              </Space>
            ),
          },
          {
            key: 'timeline',
            label: t('recognition.app.tabs.timeline'),
            children: <TimelinePanel app={app} />,
          },
          {
            key: 'versions',
            label: t('recognition.app.tabs.versions'),
            children: <VersionsPanel app={app} />,
          },
        ]}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('recognition.app.updatedAt')}：{formatDateTime(app.updatedAt)}
      </Typography.Text>
    </Space>
  );
}

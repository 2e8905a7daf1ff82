/** 申报详情: header, the draft editor (or the frozen form), review actions, timeline, versions and diff. */
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Result, Space, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { DecisionNoticeButton } from '../../components/DecisionNoticeButton.tsx';
import PageLoading from '../../components/PageLoading.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
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
  // The decision in force, shown with its 文号, date and 意见 where the reviewer lands, not only in 流程记录.
  const rejected = app.state === 'rejected';
  const approved = app.state === 'decided' || app.state === 'publicity' || app.state === 'announced';
  const decision =
    rejected || approved
      ? app.timeline.findLast((e) => e.action === (rejected ? 'reject' : 'approve'))
      : undefined;
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
          <Space wrap>
            <Link to={`/applications/${app.id}/print`} data-testid="print-application">
              <Button icon={<PrinterOutlined />}>{t('recognition.print.open')}</Button>
            </Link>
            <DecisionNoticeButton
              subjectId={app.id}
              decided={app.timeline.some((e) => e.action === 'approve' || e.action === 'reject')}
            />
          </Space>
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
        {decision && (
          <Alert
            type={rejected ? 'error' : 'success'}
            showIcon
            data-testid={rejected ? 'rejection' : 'approval'}
            message={
              <Space wrap>
                {t(rejected ? 'recognition.review.rejected' : 'recognition.review.approved')}
                {decision.documentNumber && <Tag color="blue">{decision.documentNumber}</Tag>}
                {typeof decision.detail.decidedOn === 'string' && (
                  <Typography.Text type="secondary">
                    {t('recognition.timeline.decidedOn', { date: formatDate(decision.detail.decidedOn) })}
                  </Typography.Text>
                )}
              </Space>
            }
            description={
              <Space direction="vertical" size={2}>
                {decision.comment && <Typography.Text>{decision.comment}</Typography.Text>}
                <DecisionReasons entry={decision} />
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

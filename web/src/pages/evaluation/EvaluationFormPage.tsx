/**
 * 评价表 (authorities): the evaluation of one center-year pre-filled from evidence — record-proven values
 * beside the annual report's declared ones, large gaps flagged — with the qualitative items, the engine's
 * proposal, the review opinions and the actions of the current step.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, List, Space, Steps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import PageLoading from '../../components/PageLoading.tsx';
import { DecisionNoticeButton } from '../../components/DecisionNoticeButton.tsx';
import { formatDate } from '../../lib/format.ts';
import ActionsCard from './ActionsCard.tsx';
import { evaluationApi, type EvaluationView } from './api.ts';
import EvidenceTable from './EvidenceTable.tsx';
import { ReportStateTag, StatusTag, useLocalized } from './shared.tsx';
import { useDocumentTitle } from '../../lib/citation.ts';

export default function EvaluationFormPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data: view, error } = useQuery({
    queryKey: ['evaluation', id],
    queryFn: () => evaluationApi.get(id),
  });
  if (error) {
    return <Alert type="error" showIcon title={error.message} />;
  }
  if (!view) {
    return <PageLoading />;
  }
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Header view={view} />
      <Card
        title={t('evaluation.form.evidenceTitle')}
        extra={
          <Typography.Text type="secondary">
            {t('evaluation.form.computedIn', { ms: view.computedInMs })}
          </Typography.Text>
        }
      >
        {view.summary.flagged > 0 ? (
          <Alert
            type="error"
            showIcon
            data-testid="evidence-flag-alert"
            style={{ marginBottom: 12 }}
            title={t('evaluation.form.flaggedAlert', {
              n: view.summary.flagged,
              pct: Math.round(view.summary.threshold * 100),
            })}
          />
        ) : view.report.state !== 'submitted' ? (
          // Nothing declared: there is nothing to compare, so don't report the values as "in line".
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('evaluation.form.nothingDeclared')}
          />
        ) : (
          <Alert type="success" showIcon style={{ marginBottom: 12 }} title={t('evaluation.form.noFlags')} />
        )}
        {(view.summary.pending > 0 || view.summary.disputed > 0) && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('evaluation.form.pendingNote', { p: view.summary.pending, d: view.summary.disputed })}
          />
        )}
        <EvidenceTable rows={view.evidence} recordsLink={view.recordsLink} />
      </Card>
      <Qualitative view={view} />
      <Decision view={view} />
      <ActionsCard view={view} />
    </Space>
  );
}

function Header({ view }: { view: EvaluationView }) {
  const { t } = useTranslation();
  const docTitle = useDocumentTitle();
  const loc = useLocalized();
  const roles = [...view.chain.reviewers, view.chain.decider];
  const current = view.nextStep ? roles.indexOf(view.nextStep.role) : roles.length;
  return (
    <Card
      title={`${view.center.name} · ${view.year} ${t('evaluation.title')}`}
      extra={
        <Space>
          <StatusTag status={view.status} />
          <Link to={`/evaluation?year=${view.year}`}>{t('evaluation.back')}</Link>
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('evaluation.region')}>{view.center.regionName}</Descriptions.Item>
        <Descriptions.Item label={t('evaluation.pack')}>{loc(view.packName)}</Descriptions.Item>
        <Descriptions.Item label={t('directory.recognisedOn')}>
          {formatDate(view.center.recognisedOn)}
        </Descriptions.Item>
        <Descriptions.Item label={t('evaluation.report')}>
          <ReportStateTag state={view.report.state} late={view.report.late} />
          {view.report.submittedOn && formatDate(view.report.submittedOn)}
        </Descriptions.Item>
        <Descriptions.Item label={t('evaluation.due')}>
          {view.report.dueOn ? formatDate(view.report.dueOn) : t('evaluation.noDue')}
        </Descriptions.Item>
        {view.proposal && (
          <Descriptions.Item label={t('evaluation.form.proposal')}>
            <span data-testid="proposal">
              {t('evaluation.form.proposalText', {
                label: loc(view.proposal.label),
                pct: Math.round(view.proposal.share * 100),
              })}
            </span>
            {view.proposal.provisional && (
              <Tag style={{ marginLeft: 6 }}>{t('evaluation.form.provisional')}</Tag>
            )}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Text type="secondary">{t('evaluation.form.chain')}</Typography.Text>
      <Steps
        size="small"
        current={current}
        style={{ margin: '8px 0 12px' }}
        items={roles.map((role, i) => ({
          title:
            i < view.chain.reviewers.length
              ? t('evaluation.form.nextReview', { role: t(`evaluation.roles.${role}`) })
              : t('evaluation.form.nextDecide', { role: t(`evaluation.roles.${role}`) }),
        }))}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {docTitle(view.chain.source.file)} {view.chain.source.ref}：{view.chain.source.text}
      </Typography.Text>
      {view.windows.length > 0 && (
        <div style={{ marginTop: 8 }}>
          {t('evaluation.form.windows')}：
          {view.windows.map((w) => (
            <Tag key={w.stageId}>
              {loc(w.name)} {formatDate(w.start)}–{formatDate(w.end)}
            </Tag>
          ))}
        </div>
      )}
      <Card type="inner" size="small" title={t('evaluation.form.reportSummary')} style={{ marginTop: 12 }}>
        {view.report.state === 'submitted' ? (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {view.report.summary}
          </Typography.Paragraph>
        ) : (
          <Alert type="warning" showIcon title={t('evaluation.form.noReport')} />
        )}
      </Card>
    </Card>
  );
}

function Qualitative({ view }: { view: EvaluationView }) {
  const { t } = useTranslation();
  const docTitle = useDocumentTitle();
  const loc = useLocalized();
  if (view.qualitative.length === 0) {
    return null;
  }
  return (
    <Card title={t('evaluation.form.qualitative')} size="small">
      <List
        size="small"
        dataSource={view.qualitative}
        renderItem={(q) => (
          <List.Item>
            <Space>
              <Tag color={q.met === null ? 'gold' : q.met ? 'green' : 'red'}>
                {q.met === null
                  ? t('evaluation.form.undecided')
                  : q.met
                    ? t('evaluation.form.met')
                    : t('evaluation.form.notMet')}
              </Tag>
              <span>{loc(q.name)}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {docTitle(q.source.file)} {q.source.ref}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

function Decision({ view }: { view: EvaluationView }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  if (view.reviews.length === 0 && !view.decision) {
    return null;
  }
  return (
    <Card title={t('evaluation.form.reviews')} size="small">
      <List
        size="small"
        dataSource={view.reviews}
        renderItem={(r) => (
          <List.Item>
            <Space>
              <Tag>{t(`evaluation.roles.${r.role}`)}</Tag>
              <span>{r.opinion}</span>
              <Typography.Text type="secondary">{formatDate(r.on)}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {view.decision && (
        <Descriptions size="small" column={1} style={{ marginTop: 12 }} title={t('evaluation.form.decision')}>
          <Descriptions.Item label={t('evaluation.rating')}>
            <Tag
              color={
                view.ratingOptions.find((o) => o.value === view.decision?.rating)?.failing ? 'red' : 'green'
              }
              data-testid="decided-rating"
            >
              {loc(view.decision.label)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('evaluation.form.reason')}>{view.decision.reason}</Descriptions.Item>
          <Descriptions.Item label={t('evaluation.form.decidedOn')}>
            {formatDate(view.decision.decidedOn)}
          </Descriptions.Item>
          {view.decision.documentNumber && (
            <Descriptions.Item label={t('evaluation.form.documentNumber')}>
              <Space>
                <span data-testid="evaluation-document-number">{view.decision.documentNumber}</span>
                <DecisionNoticeButton subjectId={view.id} decided />
              </Space>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('evaluation.form.publishedOn')}>
            {view.decision.publishedOn ? (
              formatDate(view.decision.publishedOn)
            ) : (
              <Tag color="gold">{t('evaluation.form.notPublished')}</Tag>
            )}
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}

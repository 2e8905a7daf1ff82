/** 专家评审 (province): pick a call, propose panels as a polled job, list the proposed panels. */
import { DownloadOutlined, TeamOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  InputNumber,
  Progress,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useExport } from '../../lib/use-export.ts';
import { reviewApi, type PanelSummary } from './api.ts';
import { FieldTags, errorText } from './shared.tsx';

export default function ExpertReviewPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const callId = params.get('call') ?? undefined;
  const [panelSize, setPanelSize] = useState(3);
  const [loadCap, setLoadCap] = useState(10);
  const [jobId, setJobId] = useState<string | null>(null);
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const exporter = useExport('/review/panels/export.xlsx', 'panels.xlsx');

  const calls = useQuery({
    queryKey: ['review', 'calls'],
    queryFn: () => reviewApi.calls({ pageSize: 200 }),
  });

  const job = useQuery({
    queryKey: ['review', 'job', jobId],
    queryFn: () => reviewApi.job(jobId!),
    enabled: jobId !== null,
    refetchInterval: (q) =>
      q.state.data && (q.state.data.status === 'done' || q.state.data.status === 'failed') ? false : 400,
  });
  const jobStatus = job.data?.status;
  useEffect(() => {
    if (jobStatus === 'done') {
      void queryClient.invalidateQueries({ queryKey: ['review', 'panels'] });
    }
  }, [jobStatus, queryClient]);

  const query = { callId, ...page };
  const panels = useQuery({
    queryKey: ['review', 'panels', query],
    queryFn: () => reviewApi.panels(query),
    enabled: callId !== undefined,
    placeholderData: keepPreviousData,
  });

  const propose = async () => {
    if (!callId) {
      return;
    }
    try {
      const started = await reviewApi.propose(callId, { panelSize, loadCap });
      setJobId(started.id);
      queryClient.setQueryData(['review', 'job', started.id], started);
    } catch (e) {
      message.error(errorText(e, t('common.error')));
    }
  };

  const running = jobStatus === 'queued' || jobStatus === 'running';
  const percent =
    job.data && job.data.progressTotal > 0
      ? Math.round((job.data.progressDone / job.data.progressTotal) * 100)
      : jobStatus === 'done'
        ? 100
        : 0;

  const columns: ColumnsType<PanelSummary> = [
    {
      title: t('expertReview.page.application'),
      key: 'app',
      render: (_, p) => (
        <div>
          <Link to={`/expert-review/panels/${p.id}`}>{p.applicationName}</Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {p.leadOrganisationName}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: t('expertReview.page.status'),
      dataIndex: 'status',
      width: 96,
      render: (s: string) => (
        <Tag color={s === 'confirmed' ? 'processing' : 'default'}>{t(`expertReview.panelStatus.${s}`)}</Tag>
      ),
    },
    {
      title: t('expertReview.page.experts'),
      key: 'experts',
      width: 96,
      render: (_, p) => `${p.active} / ${p.panelSize}`,
    },
    {
      title: t('expertReview.page.submitted'),
      dataIndex: 'submitted',
      width: 110,
    },
    {
      title: t('expertReview.page.covered'),
      key: 'fields',
      render: (_, p) => <FieldTags fields={p.coveredFields} />,
    },
    {
      title: t('expertReview.page.attention'),
      key: 'attention',
      width: 150,
      render: (_, p) => (
        <Space size={[0, 4]} wrap>
          {p.missingFields.length > 0 && (
            <Tag color="error">
              {t('expertReview.panel.missingList', {
                fields: p.missingFields
                  .map((f) => t(`expertReview.fields.${f}`))
                  .join(t('common.listSeparator')),
              })}
            </Tag>
          )}
          {p.excluded > 0 && (
            <Tag color="warning">{t('expertReview.page.excludedCount', { n: p.excluded })}</Tag>
          )}
          {p.needsReassignment && <Tag color="error">{t('expertReview.page.needsReassignment')}</Tag>}
        </Space>
      ),
    },
    {
      title: '',
      key: 'open',
      width: 80,
      render: (_, p) => <Link to={`/expert-review/panels/${p.id}`}>{t('expertReview.page.open')}</Link>,
    },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('expertReview.page.title')}
      </Typography.Title>
      <Card>
        <Form layout="inline" style={{ rowGap: 12 }}>
          <Form.Item label={t('expertReview.page.call')}>
            <Select
              data-testid="review-call"
              style={{ width: 360 }}
              placeholder={t('expertReview.page.callPlaceholder')}
              loading={calls.isLoading}
              value={callId}
              showSearch
              optionFilterProp="label"
              onChange={(v: string) => {
                setParams({ call: v });
                setJobId(null);
                setPage((p) => ({ ...p, page: 1 }));
              }}
              options={(calls.data?.items ?? []).map((c) => ({
                value: c.id,
                label: `${c.year} · ${c.title}`,
              }))}
            />
          </Form.Item>
          <Form.Item label={t('expertReview.page.panelSize')}>
            <InputNumber min={1} max={15} value={panelSize} onChange={(v) => setPanelSize(v ?? 3)} />
          </Form.Item>
          <Form.Item label={t('expertReview.page.loadCap')}>
            <InputNumber min={1} max={500} value={loadCap} onChange={(v) => setLoadCap(v ?? 10)} />
          </Form.Item>
          <Form.Item>
            <Button
              type="primary"
              icon={<TeamOutlined />}
              disabled={!callId}
              loading={running}
              onClick={() => void propose()}
            >
              {t('expertReview.page.propose')}
            </Button>
          </Form.Item>
        </Form>
        {job.data && (
          <div style={{ marginTop: 16 }} data-testid="proposal-job">
            <Space>
              <Typography.Text>
                {running ? t('expertReview.page.proposing') : t(`expertReview.jobStatus.${job.data.status}`)}
              </Typography.Text>
              {running && (
                <Typography.Text type="secondary">
                  {t(`expertReview.jobPhase.${job.data.phase}`, { defaultValue: '' })}
                </Typography.Text>
              )}
            </Space>
            <Progress
              percent={percent}
              status={jobStatus === 'failed' ? 'exception' : running ? 'active' : 'success'}
            />
            {jobStatus === 'done' && job.data.result && (
              <Alert type="success" showIcon message={t('expertReview.page.jobDone', job.data.result)} />
            )}
            {jobStatus === 'done' &&
              job.data.result?.shortfalls.map((s, i) => (
                <Alert key={i} style={{ marginTop: 8 }} type="warning" showIcon message={s.message.zh} />
              ))}
            {jobStatus === 'failed' && (
              <Alert
                type="error"
                showIcon
                message={t('expertReview.page.jobFailed', { error: job.data.error })}
              />
            )}
          </div>
        )}
      </Card>
      <Card
        title={t('expertReview.page.panels')}
        extra={
          <Button
            icon={<DownloadOutlined />}
            disabled={!callId}
            loading={exporter.exporting}
            onClick={() => void exporter.run({ callId })}
          >
            {t('expertReview.page.export')}
          </Button>
        }
      >
        {!callId ? (
          <Typography.Text type="secondary">{t('expertReview.page.noCall')}</Typography.Text>
        ) : (
          <Table
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={panels.data?.items ?? []}
            loading={panels.isFetching}
            pagination={{
              current: page.page,
              pageSize: page.pageSize,
              total: panels.data?.total ?? 0,
              onChange: (p, ps) => setPage({ page: p, pageSize: ps }),
            }}
          />
        )}
      </Card>
    </Space>
  );
}

/** 年度评价 (authorities): the centers of the jurisdiction with their evaluation of a year; open one, or go to its form. */
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Select, Space, Table, Tabs, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { download } from '../../api/client.ts';
import { formatDate } from '../../lib/format.ts';
import { evaluationApi, lastYear, type EvaluationRowView } from './api.ts';
import ReportsPanel from './ReportsPanel.tsx';
import { ReportStateTag, StatusTag, YearPicker, useLocalized } from './shared.tsx';

export default function EvaluationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || lastYear();
  const tab = params.get('tab') === 'reports' ? 'reports' : 'evaluations';
  const set = (patch: Record<string, string>) => setParams({ year: String(year), tab, ...patch });
  return (
    <Card
      title={t('evaluation.title')}
      extra={<YearPicker value={year} onChange={(y) => set({ year: String(y) })} />}
    >
      <Tabs
        activeKey={tab}
        onChange={(key) => set({ tab: key })}
        items={[
          {
            key: 'evaluations',
            label: t('evaluation.tabs.evaluations'),
            children: <EvaluationTable year={year} />,
          },
          { key: 'reports', label: t('evaluation.tabs.reports'), children: <ReportsPanel year={year} /> },
        ]}
      />
    </Card>
  );
}

function EvaluationTable({ year }: { year: number }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [busy, setBusy] = useState<string | null>(null);
  const { data, isPending } = useQuery({
    queryKey: ['evaluations', year, status, page],
    queryFn: () => evaluationApi.list({ year, status, page, pageSize: 20 }),
  });
  const open = async (row: EvaluationRowView) => {
    setBusy(row.centerId);
    try {
      const view = await evaluationApi.open(row.centerId, year);
      message.success(t('evaluation.opened'));
      await queryClient.invalidateQueries({ queryKey: ['evaluations'] });
      void navigate(`/evaluation/${view.id}`);
    } catch (e) {
      message.error(e instanceof Error ? e.message : t('common.error'));
    } finally {
      setBusy(null);
    }
  };
  const columns: ColumnsType<EvaluationRowView> = [
    { title: t('evaluation.center'), dataIndex: 'centerName' },
    { title: t('evaluation.region'), dataIndex: 'regionName', width: 180 },
    { title: t('evaluation.pack'), key: 'pack', width: 200, render: (_, r) => loc(r.packName) || '—' },
    {
      title: t('evaluation.report'),
      key: 'report',
      width: 110,
      render: (_, r) => <ReportStateTag state={r.reportState} />,
    },
    {
      title: t('evaluation.status'),
      key: 'status',
      width: 120,
      render: (_, r) => <StatusTag status={r.status} />,
    },
    {
      title: t('evaluation.rating'),
      key: 'rating',
      width: 160,
      render: (_, r) =>
        r.ratingLabel ? (
          <Space orientation="vertical" size={0}>
            <span>{loc(r.ratingLabel)}</span>
            {r.publishedOn && <small>{t('evaluation.published', { date: formatDate(r.publishedOn) })}</small>}
          </Space>
        ) : (
          '—'
        ),
    },
    {
      title: t('evaluation.actions'),
      key: 'actions',
      width: 150,
      render: (_, r) =>
        r.evaluationId ? (
          <Link to={`/evaluation/${r.evaluationId}`}>{t('evaluation.view')}</Link>
        ) : r.canOpen ? (
          <Button size="small" type="primary" loading={busy === r.centerId} onClick={() => void open(r)}>
            {t('evaluation.open')}
          </Button>
        ) : r.openRefusal ? (
          <Tooltip title={r.openRefusal}>
            <Button size="small" disabled>
              {t('evaluation.open')}
            </Button>
          </Tooltip>
        ) : null,
    },
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Select
          allowClear
          aria-label={t('evaluation.status')}
          placeholder={t('evaluation.status')}
          style={{ width: 180 }}
          value={status}
          onChange={(v?: string) => {
            setStatus(v);
            setPage(1);
          }}
          options={['not_opened', 'open', 'city_reviewed', 'province_reviewed', 'decided'].map((s) => ({
            value: s,
            label: t(`evaluation.statuses.${s}`),
          }))}
        />
        <Button
          icon={<DownloadOutlined />}
          onClick={() => void download('/evaluations/export.xlsx', { year, status }, 'evaluations.xlsx')}
        >
          {t('common.export')}
        </Button>
      </Space>
      <Table<EvaluationRowView>
        rowKey="centerId"
        size="middle"
        loading={isPending}
        columns={columns}
        dataSource={data?.items ?? []}
        pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, onChange: setPage }}
      />
    </Space>
  );
}

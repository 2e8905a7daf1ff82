/** 年报报送 (authorities): which centers filed their annual report for a year; overdue ones flagged and reminded; export. */
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasAbility, useMe } from '../../auth/session.ts';
import { formatDate } from '../../lib/format.ts';
import { useExport } from '../../lib/use-export.ts';
import { evaluationApi, type ReportStandingView } from './api.ts';
import { ReportStateTag } from './shared.tsx';

export default function ReportsPanel({ year }: { year: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const me = useMe();
  const [overdue, setOverdue] = useState(false);
  const [page, setPage] = useState(1);
  const [busy, setBusy] = useState(false);
  const { data, isPending } = useQuery({
    queryKey: ['annual-reports', year, overdue, page],
    queryFn: () => evaluationApi.reports({ year, overdue: overdue ? 'true' : undefined, page, pageSize: 20 }),
  });
  const mayRemind = hasAbility(me, 'annualReport.remind');
  const exporter = useExport('/annual-reports/export.xlsx', 'annual-reports.xlsx');
  const remind = async () => {
    setBusy(true);
    try {
      const r = await evaluationApi.remind(year);
      message.success(t('evaluation.remindDone', { n: r.reminded, m: r.alreadyReminded }));
      await queryClient.invalidateQueries({ queryKey: ['annual-reports'] });
    } catch (e) {
      message.error(e instanceof Error ? e.message : t('common.error'));
    } finally {
      setBusy(false);
    }
  };
  const columns: ColumnsType<ReportStandingView> = [
    { title: t('evaluation.center'), dataIndex: 'centerName' },
    { title: t('evaluation.region'), dataIndex: 'regionName', width: 180 },
    {
      title: t('evaluation.status'),
      key: 'state',
      width: 190,
      render: (_, r) => <ReportStateTag state={r.state} overdue={r.overdue} late={r.late} />,
    },
    {
      title: t('evaluation.due'),
      key: 'due',
      width: 130,
      render: (_, r) => (r.dueOn ? formatDate(r.dueOn) : <Tag>{t('evaluation.noDue')}</Tag>),
    },
    {
      title: t('evaluation.submittedOn'),
      key: 'sub',
      width: 120,
      render: (_, r) => formatDate(r.submittedOn),
    },
    {
      title: '',
      key: 'reminded',
      width: 150,
      render: (_, r) =>
        r.overdueNotifiedOn ? t('evaluation.reminded', { date: formatDate(r.overdueNotifiedOn) }) : '',
    },
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space>
        <Checkbox
          checked={overdue}
          onChange={(e) => {
            setOverdue(e.target.checked);
            setPage(1);
          }}
        >
          {t('evaluation.onlyOverdue')}
        </Checkbox>
        {mayRemind && (
          <Button onClick={() => void remind()} loading={busy}>
            {t('evaluation.remind')}
          </Button>
        )}
        <Button
          icon={<DownloadOutlined />}
          loading={exporter.exporting}
          onClick={() => void exporter.run({ year, overdue: overdue ? 'true' : undefined })}
        >
          {t('common.export')}
        </Button>
      </Space>
      <Table<ReportStandingView>
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

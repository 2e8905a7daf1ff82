/** 我的评审任务 (expert): the seats I was invited to, with their state. */
import { DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../lib/format.ts';
import { useExport } from '../../lib/use-export.ts';
import { reviewApi, type TaskSummary } from './api.ts';
import { SeatTag } from './shared.tsx';

const STATUSES = ['invited', 'accepted', 'submitted', 'declined', 'conflicted', 'removed'];

export default function ReviewTasksPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | undefined>();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const exporter = useExport('/review/tasks/export.xlsx', 'tasks.xlsx');
  const query = { status, ...page };
  const tasks = useQuery({
    queryKey: ['review', 'tasks', query],
    queryFn: () => reviewApi.tasks(query),
    placeholderData: keepPreviousData,
  });

  const columns: ColumnsType<TaskSummary> = [
    {
      title: t('expertReview.page.application'),
      key: 'app',
      render: (_, r) => (
        <div>
          <Link to={`/expert-tasks/${r.id}`}>{r.applicationName}</Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.leadOrganisationName}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    { title: t('expertReview.tasks.callTitle'), dataIndex: 'callTitle' },
    {
      title: t('expertReview.page.status'),
      dataIndex: 'status',
      width: 100,
      render: (s: string) => <SeatTag status={s} />,
    },
    {
      title: t('expertReview.tasks.invitedAt'),
      dataIndex: 'invitedAt',
      width: 150,
      render: (v: string | null) => formatDateTime(v),
    },
    {
      title: t('expertReview.tasks.lastSavedAt'),
      dataIndex: 'lastSavedAt',
      width: 150,
      render: (v: string | null) => formatDateTime(v),
    },
    {
      title: t('expertReview.tasks.submittedAt'),
      dataIndex: 'submittedAt',
      width: 150,
      render: (v: string | null) => formatDateTime(v),
    },
    {
      title: '',
      key: 'open',
      width: 90,
      render: (_, r) => <Link to={`/expert-tasks/${r.id}`}>{t('expertReview.tasks.open')}</Link>,
    },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('expertReview.tasks.title')}
      </Typography.Title>
      <Card
        title={
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={t('expertReview.page.status')}
            value={status}
            onChange={(v?: string) => {
              setStatus(v);
              setPage((p) => ({ ...p, page: 1 }));
            }}
            options={STATUSES.map((s) => ({ value: s, label: t(`expertReview.seat.${s}`) }))}
          />
        }
        extra={
          <Button
            icon={<DownloadOutlined />}
            loading={exporter.exporting}
            onClick={() => void exporter.run({ status })}
          >
            {t('expertReview.page.export')}
          </Button>
        }
      >
        <Table
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={tasks.data?.items ?? []}
          loading={tasks.isFetching}
          locale={{ emptyText: t('expertReview.tasks.empty') }}
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: tasks.data?.total ?? 0,
            onChange: (p, ps) => setPage({ page: p, pageSize: ps }),
          }}
        />
      </Card>
    </Space>
  );
}

/** 使用申请: requests for gated resources, approved or rejected by the operator. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../lib/format.ts';
import { poolApi, type AccessRequestView } from './api.ts';

export default function AccessRequestsPanel({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string>('pending');
  const [page, setPage] = useState(1);
  const { data, isFetching } = useQuery({
    queryKey: ['pool', 'requests', slug, status, page],
    queryFn: () =>
      poolApi.accessRequests(slug, { status: status === 'all' ? undefined : status, page, pageSize: 20 }),
  });
  const decide = useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: 'approved' | 'rejected' }) =>
      poolApi.decide(id, { decision, note: '' }),
    onSuccess: () => {
      void message.success(t('resources.requests.decided'));
      void queryClient.invalidateQueries({ queryKey: ['pool', 'requests'] });
    },
    onError: (error) => void message.error(error.message),
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Segmented
        value={status}
        onChange={(v) => {
          setStatus(v);
          setPage(1);
        }}
        options={['pending', 'approved', 'rejected', 'all'].map((s) => ({
          value: s,
          label:
            s === 'all' ? t('common.all', { defaultValue: '全部' }) : t(`resources.requests.statuses.${s}`),
        }))}
      />
      <Table<AccessRequestView>
        rowKey="id"
        size="middle"
        loading={isFetching}
        dataSource={data?.items ?? []}
        scroll={{ x: 900 }}
        pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, onChange: setPage }}
        columns={[
          {
            title: t('resources.requests.resource'),
            render: (_, r) => <Link to={`/catalog/${r.resource.id}`}>{r.resource.title}</Link>,
          },
          {
            title: t('resources.requests.requester'),
            render: (_, r) => `${r.requester.displayName}（${r.requester.organisationName}）`,
          },
          { title: t('resources.requests.purpose'), dataIndex: 'purpose' },
          {
            title: t('resources.requests.createdAt'),
            dataIndex: 'createdAt',
            width: 160,
            render: (v: string) => formatDateTime(v),
          },
          {
            title: t('resources.requests.status'),
            dataIndex: 'status',
            width: 100,
            render: (s: string) => (
              <Tag color={s === 'approved' ? 'green' : s === 'rejected' ? 'red' : 'orange'}>
                {t(`resources.requests.statuses.${s}`)}
              </Tag>
            ),
          },
          {
            title: t('resources.admin.columns.actions'),
            width: 160,
            render: (_, r) =>
              r.status === 'pending' ? (
                <Space>
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => decide.mutate({ id: r.id, decision: 'approved' })}
                  >
                    {t('resources.requests.approve')}
                  </Button>
                  <Button
                    size="small"
                    danger
                    onClick={() => decide.mutate({ id: r.id, decision: 'rejected' })}
                  >
                    {t('resources.requests.reject')}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
    </Space>
  );
}

/** 申报通知: published calls for everyone; the issuing authority also sees drafts, creates, publishes, closes. */
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { download } from '../../api/client.ts';
import { useSession } from '../../auth/session.ts';
import ListFilters from '../../components/ListFilters.tsx';
import ResponsiveTable from '../../components/ResponsiveTable.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { recognitionApi, type CallView } from './api.ts';
import ApplyModal from './ApplyModal.tsx';
import CreateCallDrawer from './CreateCallDrawer.tsx';
import { errorText, loc } from './shared.tsx';

interface Filters {
  q?: string;
  status?: string;
}

export default function CallsPage() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const me = session?.user;
  const queryClient = useQueryClient();
  const [filterForm] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const [applying, setApplying] = useState<CallView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const query = { ...filters, ...page };
  const { data, isFetching, error } = useQuery({
    queryKey: ['calls', query, me?.id],
    queryFn: () => recognitionApi.calls(query),
    placeholderData: keepPreviousData,
  });
  const canManage = me?.abilities.includes('calls.manage') ?? false;

  const setStatus = async (c: CallView, action: 'publish' | 'close') => {
    try {
      await recognitionApi.setCallStatus(c.id, action, c.version);
      setMessage(t(action === 'publish' ? 'recognition.calls.published' : 'recognition.calls.closed'));
      await queryClient.invalidateQueries({ queryKey: ['calls'] });
    } catch (e) {
      setMessage(errorText(e, t('common.error')));
    }
  };

  const columns: ColumnsType<CallView> = [
    { title: t('recognition.calls.year'), dataIndex: 'year', width: 80 },
    {
      title: t('recognition.calls.titleField'),
      dataIndex: 'title',
      render: (v: string, c) => (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{v}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {loc(c.packTitle)}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('recognition.calls.issuer'), width: 200, render: (_, c) => c.issuingOrganisation.name },
    {
      title: `${t('recognition.calls.opensOn')} – ${t('recognition.calls.closesOn')}`,
      width: 250,
      render: (_, c) => `${formatDate(c.opensOn)} – ${formatDate(c.closesOn)}`,
    },
    {
      title: t('recognition.calls.status'),
      width: 110,
      render: (_, c) =>
        c.open ? (
          <Tag color="green">{t('recognition.calls.open')}</Tag>
        ) : (
          <Tag>{t(`recognition.calls.statuses.${c.status}`)}</Tag>
        ),
    },
    {
      key: 'actions',
      width: 200,
      render: (_, c) => (
        <Space>
          {c.myApplicationId && (
            <Link to={`/applications/${c.myApplicationId}`} data-testid="my-application">
              <Button size="small">{t('recognition.calls.myApplication')}</Button>
            </Link>
          )}
          {c.abilities.apply && (
            <Button type="primary" size="small" onClick={() => setApplying(c)}>
              {t('recognition.calls.apply')}
            </Button>
          )}
          {c.abilities.publish && (
            <Button size="small" onClick={() => void setStatus(c, 'publish')}>
              {t('recognition.calls.publish')}
            </Button>
          )}
          {c.abilities.close && (
            <Button size="small" danger onClick={() => void setStatus(c, 'close')}>
              {t('recognition.calls.close')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <App>
      <Card title={me ? t('recognition.calls.title') : t('recognition.calls.publicTitle')}>
        <ListFilters<Filters>
          form={filterForm}
          onSearch={(v) => {
            setFilters({ q: v.q?.trim() || undefined, status: v.status });
            setPage((p) => ({ ...p, page: 1 }));
          }}
          extra={
            <>
              <Button
                icon={<DownloadOutlined />}
                onClick={() => void download('/calls/export.xlsx', { ...filters }, 'calls.xlsx')}
              >
                {t('common.export')}
              </Button>
              {canManage && (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                  {t('recognition.calls.create')}
                </Button>
              )}
            </>
          }
        >
          <Form.Item name="q">
            <Input
              placeholder={`${t('common.keyword')}：${t('recognition.calls.titleField')}`}
              allowClear
              style={{ width: 240 }}
            />
          </Form.Item>
          <Form.Item name="status">
            <Select
              placeholder={t('recognition.calls.status')}
              aria-label={t('recognition.calls.status')}
              allowClear
              style={{ width: 140 }}
              options={['draft', 'published', 'closed'].map((s) => ({
                value: s,
                label: t(`recognition.calls.statuses.${s}`),
              }))}
            />
          </Form.Item>
        </ListFilters>
        {message && <Typography.Paragraph type="secondary">{message}</Typography.Paragraph>}
        {error && <Typography.Text type="danger">{error.message}</Typography.Text>}
        <ResponsiveTable<CallView>
          rowKey="id"
          cardTitle="title"
          size="middle"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isFetching}
          scroll={{ x: 1000 }}
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: data?.total ?? 0,
            showTotal: (total) => t('common.total', { total: formatNumber(total) }),
            onChange: (p, size) => setPage({ page: p, pageSize: size }),
          }}
        />
        {canManage && <CreateCallDrawer open={creating} onClose={() => setCreating(false)} />}
        <ApplyModal call={applying} onClose={() => setApplying(null)} />
      </Card>
    </App>
  );
}

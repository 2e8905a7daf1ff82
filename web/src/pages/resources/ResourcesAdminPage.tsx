/** 资源池管理: the operator's back office — list (filter, paginate, export), create/edit, import, access requests. */
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Result, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import ListFilters from '../../components/ListFilters.tsx';
import PageLoading from '../../components/PageLoading.tsx';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import SearchMissesPanel from './SearchMissesPanel.tsx';
import AccessRequestsPanel from './AccessRequestsPanel.tsx';
import AdoptionModal from './AdoptionModal.tsx';
import ImportPanel from './ImportPanel.tsx';
import ResourceFormDrawer from './ResourceFormDrawer.tsx';
import {
  poolApi,
  resourceAccessValues,
  resourceKindValues,
  resourceStatusValues,
  type ResourceSummaryView,
} from './api.ts';

interface Filters {
  q?: string;
  kind?: string;
  status?: string;
  access?: string;
}

function ResourceList({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [filterForm] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<string | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [adopting, setAdopting] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const query = { ...filters, ...page };
  const { data, isFetching } = useQuery({
    queryKey: ['pool', 'list', slug, query],
    queryFn: () => poolApi.list(slug, query),
    placeholderData: keepPreviousData,
  });
  const columns: ColumnsType<ResourceSummaryView> = [
    {
      title: t('resources.admin.columns.title'),
      dataIndex: 'title',
      ellipsis: true,
      render: (v: string, r) => <Link to={`/catalog/${r.id}`}>{v}</Link>,
    },
    {
      title: t('resources.admin.columns.kind'),
      dataIndex: 'kind',
      width: 130,
      render: (k: string) => t(`resources.kinds.${k}`),
    },
    { title: t('resources.admin.columns.provider'), dataIndex: 'providerName', width: 200, ellipsis: true },
    {
      title: t('resources.admin.columns.access'),
      dataIndex: 'access',
      width: 110,
      render: (a: string) => t(`resources.access.${a}`),
    },
    {
      title: t('resources.admin.columns.status'),
      dataIndex: 'status',
      width: 90,
      render: (s: string) => (
        <Tag color={s === 'published' ? 'green' : s === 'draft' ? 'default' : 'red'}>
          {t(`resources.statuses.${s}`)}
        </Tag>
      ),
    },
    {
      title: t('resources.admin.columns.adoption'),
      width: 100,
      render: (_, r) => `${r.reuseCount} / ${r.deploymentCount}`,
    },
    {
      title: t('resources.admin.columns.updatedAt'),
      dataIndex: 'updatedAt',
      width: 150,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t('resources.admin.columns.actions'),
      width: 190,
      render: (_, r) => (
        <Space>
          <Button
            size="small"
            onClick={() => {
              setEditing(r.id);
              setDrawerOpen(true);
            }}
          >
            {t('resources.admin.edit')}
          </Button>
          <Button size="small" onClick={() => setAdopting(r.id)}>
            {t('resources.admin.adopt')}
          </Button>
        </Space>
      ),
    },
  ];
  const select = (values: readonly string[], prefix: string, placeholder: string, width = 130) => (
    <Select
      allowClear
      placeholder={placeholder}
      style={{ width }}
      options={values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }))}
    />
  );
  return (
    <>
      <ListFilters<Filters>
        form={filterForm}
        onSearch={(v) => {
          setFilters({ q: v.q?.trim() || undefined, kind: v.kind, status: v.status, access: v.access });
          setPage((p) => ({ ...p, page: 1 }));
        }}
        extra={
          <>
            <Button
              icon={<DownloadOutlined />}
              loading={exporting}
              onClick={() => {
                setExporting(true);
                poolApi
                  .export(slug, { ...filters })
                  .catch((e: Error) => void message.error(e.message))
                  .finally(() => setExporting(false));
              }}
            >
              {t('common.export')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => {
                setEditing(null);
                setDrawerOpen(true);
              }}
            >
              {t('resources.admin.create')}
            </Button>
          </>
        }
      >
        <Form.Item name="q">
          <Input allowClear placeholder={t('resources.admin.columns.title')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="kind">
          {select(resourceKindValues, 'resources.kinds', t('resources.admin.columns.kind'), 150)}
        </Form.Item>
        <Form.Item name="status">
          {select(resourceStatusValues, 'resources.statuses', t('resources.admin.columns.status'))}
        </Form.Item>
        <Form.Item name="access">
          {select(resourceAccessValues, 'resources.access', t('resources.admin.columns.access'))}
        </Form.Item>
      </ListFilters>
      <Table<ResourceSummaryView>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        scroll={{ x: 1000 }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total: formatNumber(total) }),
          onChange: (p, size) => setPage({ page: size === page.pageSize ? p : 1, pageSize: size }),
        }}
      />
      <ResourceFormDrawer
        slug={slug}
        editing={editing}
        open={drawerOpen}
        onClose={() => setDrawerOpen(false)}
      />
      <AdoptionModal resourceId={adopting} onClose={() => setAdopting(null)} />
    </>
  );
}

export default function ResourcesAdminPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const centers = useQuery({ queryKey: ['pool', 'my-centers'], queryFn: poolApi.myCenters });
  if (centers.isPending) {
    return <PageLoading />;
  }
  const items = centers.data?.items ?? [];
  if (items.length === 0) {
    return <Result status="info" title={t('resources.admin.noCenter')} />;
  }
  const slug = items.find((c) => c.slug === params.get('center'))?.slug ?? items[0]!.slug;
  const tab = params.get('tab') ?? 'list';
  return (
    <Card
      title={t('resources.admin.title')}
      extra={
        <Space>
          {items.length > 1 ? (
            <Select
              value={slug}
              style={{ width: 240 }}
              onChange={(v: string) => setParams({ center: v, tab })}
              options={items.map((c) => ({ value: c.slug, label: c.name }))}
            />
          ) : (
            <Typography.Text>{items[0]!.name}</Typography.Text>
          )}
          <Link to={`/centers/${slug}`}>{t('resources.menu.catalog')}</Link>
        </Space>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ center: slug, tab: key })}
        items={[
          { key: 'list', label: t('resources.admin.tabs.list'), children: <ResourceList slug={slug} /> },
          { key: 'import', label: t('resources.admin.tabs.import'), children: <ImportPanel slug={slug} /> },
          {
            key: 'requests',
            label: t('resources.admin.tabs.requests'),
            children: <AccessRequestsPanel slug={slug} />,
          },
          { key: 'misses', label: t('resources.admin.tabs.misses'), children: <SearchMissesPanel /> },
        ]}
      />
    </Card>
  );
}

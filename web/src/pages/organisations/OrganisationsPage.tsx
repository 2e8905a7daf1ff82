/** 机构管理: paginated organisation list (keyword / kind / region), export, and registration. */
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Grid, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationKindValues, type OrganisationKind, type OrganisationView } from '../../api/contracts.ts';
import { organisationsApi } from '../../api/endpoints.ts';
import { hasAbility, useMe } from '../../auth/session.ts';
import ListFilters from '../../components/ListFilters.tsx';
import RegionCascader from '../../components/RegionCascader.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { useExport } from '../../lib/use-export.ts';
import CreateOrganisationDrawer from './CreateOrganisationDrawer.tsx';

interface Filters {
  q?: string;
  kind?: OrganisationKind;
  regionCode?: string;
}

export default function OrganisationsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const screens = Grid.useBreakpoint();
  const [filterForm] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const exporter = useExport('/organisations/export.xlsx', 'organisations.xlsx');
  const query = { ...filters, ...page };
  const { data, isFetching, error } = useQuery({
    queryKey: ['organisations', query],
    queryFn: () => organisationsApi.list(query),
    placeholderData: keepPreviousData,
  });

  const columns: ColumnsType<OrganisationView> = [
    { title: t('organisations.name'), dataIndex: 'name', ellipsis: true },
    {
      title: t('organisations.creditCode'),
      dataIndex: 'creditCode',
      width: 190,
      render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
    },
    {
      title: t('organisations.kind'),
      dataIndex: 'kind',
      width: 110,
      render: (k: OrganisationKind) => t(`organisations.kinds.${k}`),
    },
    { title: t('organisations.region'), dataIndex: 'regionName', width: 140 },
    {
      title: t('organisations.flags'),
      key: 'flags',
      width: 200,
      render: (_, o) => (
        <Space wrap size={[4, 4]}>
          {o.sme && <Tag color="blue">{t('organisations.sme')}</Tag>}
          {o.specialisedSme && <Tag color="purple">{t('organisations.specialisedSme')}</Tag>}
          {o.aboveScale && <Tag color="cyan">{t('organisations.aboveScale')}</Tag>}
          {o.soe && <Tag color="gold">{t(`organisations.soes.${o.soe}`)}</Tag>}
        </Space>
      ),
    },
    {
      title: t('organisations.registrationDate'),
      dataIndex: 'registrationDate',
      width: 140,
      render: (v: string | null) => formatDate(v),
    },
  ];

  return (
    <Card title={t('organisations.title')}>
      <ListFilters<Filters>
        form={filterForm}
        onSearch={(values) => {
          setFilters({ q: values.q?.trim() || undefined, kind: values.kind, regionCode: values.regionCode });
          setPage((p) => ({ ...p, page: 1 }));
        }}
        extra={
          <>
            <Button
              icon={<DownloadOutlined />}
              loading={exporter.exporting}
              onClick={() => void exporter.run({ ...filters })}
            >
              {t('common.export')}
            </Button>
            {hasAbility(me, 'organisations.manage') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('organisations.create')}
              </Button>
            )}
          </>
        }
      >
        <Form.Item name="q">
          <Input
            placeholder={`${t('common.keyword')}：${t('organisations.name')} / ${t('organisations.creditCode')}`}
            allowClear
            style={{ width: 240 }}
          />
        </Form.Item>
        <Form.Item name="kind">
          <Select
            placeholder={t('organisations.kind')}
            allowClear
            style={{ width: 140 }}
            options={organisationKindValues.map((k) => ({ value: k, label: t(`organisations.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="regionCode">
          <RegionCascader style={{ width: 220 }} />
        </Form.Item>
      </ListFilters>
      {error && <Typography.Text type="danger">{error.message}</Typography.Text>}
      <Table<OrganisationView>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        scroll={{ x: 900 }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total: formatNumber(total) }),
          onChange: (p, size) => setPage({ page: size === page.pageSize ? p : 1, pageSize: size }),
        }}
      />
      <CreateOrganisationDrawer
        open={creating}
        onClose={() => setCreating(false)}
        width={screens.md === false ? '100%' : 560}
      />
    </Card>
  );
}

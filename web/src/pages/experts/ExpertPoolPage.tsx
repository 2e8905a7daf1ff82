/** 专家库: the jurisdiction's experts with fields, employer, availability and load; filters, export, import, detail. */
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import ListFilters from '../../components/ListFilters.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useExport } from '../../lib/use-export.ts';
import { expertsApi, type ExpertSummary } from './api.ts';
import ExpertDrawer from './ExpertDrawer.tsx';
import ImportExpertsModal from './ImportExpertsModal.tsx';

export const REVIEW_FIELDS = ['technology', 'industry', 'management', 'finance'] as const;

interface Filters {
  q?: string;
  field?: string;
  available?: 'true' | 'false';
}

/** The expert's fields as tags, or a warning tag when none is set (the expert is not proposed). */
export function FieldTags({ fields }: { fields: readonly string[] }) {
  const { t } = useTranslation();
  if (fields.length === 0) {
    return <Tag color="warning">{t('expertPool.noFields')}</Tag>;
  }
  return (
    <Space size={[4, 4]} wrap>
      {fields.map((f) => (
        <Tag key={f} color="blue">
          {t(`expertReview.fields.${f}`)}
        </Tag>
      ))}
    </Space>
  );
}

export function AvailabilityTag({ expert }: { expert: Pick<ExpertSummary, 'available' | 'disabled'> }) {
  const { t } = useTranslation();
  if (expert.disabled) {
    return <Tag>{t('expertPool.disabledAccount')}</Tag>;
  }
  return expert.available ? (
    <Tag color="green">{t('expertPool.available')}</Tag>
  ) : (
    <Tag color="default">{t('expertPool.unavailable')}</Tag>
  );
}

export default function ExpertPoolPage() {
  const { t } = useTranslation();
  const [filterForm] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [openId, setOpenId] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const exporter = useExport('/experts/export.xlsx', '专家库.xlsx');
  const query = { ...filters, ...page };
  const { data, isFetching, error } = useQuery({
    queryKey: ['experts', query],
    queryFn: () => expertsApi.list(query),
    placeholderData: keepPreviousData,
  });

  const columns: ColumnsType<ExpertSummary> = [
    {
      title: t('expertPool.name'),
      key: 'name',
      render: (_, e) => (
        <div>
          <Typography.Link onClick={() => setOpenId(e.userId)}>{e.name}</Typography.Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {e.title ?? ''}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    { title: t('expertPool.field'), key: 'fields', render: (_, e) => <FieldTags fields={e.fields} /> },
    { title: t('expertPool.organisation'), dataIndex: 'organisationName', ellipsis: true },
    { title: t('expertPool.region'), dataIndex: 'regionName', width: 110 },
    {
      title: t('expertPool.availability'),
      key: 'available',
      width: 110,
      render: (_, e) => <AvailabilityTag expert={e} />,
    },
    {
      title: t('expertPool.load'),
      key: 'load',
      width: 140,
      render: (_, e) =>
        e.maxLoad === null
          ? t('expertPool.loadNoCap', { load: e.load })
          : t('expertPool.loadOf', { load: e.load, max: e.maxLoad }),
    },
    { title: t('expertPool.conflicts'), dataIndex: 'conflicts', width: 100 },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      render: (_, e) => (
        <Button type="link" size="small" onClick={() => setOpenId(e.userId)}>
          {t('expertPool.view')}
        </Button>
      ),
    },
  ];

  return (
    <Card title={t('expertPool.title')}>
      <ListFilters<Filters>
        form={filterForm}
        onSearch={(values) => {
          setFilters({ q: values.q?.trim() || undefined, field: values.field, available: values.available });
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
            <Button type="primary" icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('expertPool.import')}
            </Button>
          </>
        }
      >
        <Form.Item name="q">
          <Input placeholder={t('expertPool.keyword')} allowClear style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="field">
          <Select
            placeholder={t('expertPool.anyField')}
            allowClear
            style={{ width: 140 }}
            options={REVIEW_FIELDS.map((f) => ({ value: f, label: t(`expertReview.fields.${f}`) }))}
          />
        </Form.Item>
        <Form.Item name="available">
          <Select
            placeholder={t('expertPool.availability')}
            allowClear
            style={{ width: 130 }}
            options={[
              { value: 'true', label: t('expertPool.available') },
              { value: 'false', label: t('expertPool.unavailable') },
            ]}
          />
        </Form.Item>
      </ListFilters>
      {error && <Typography.Text type="danger">{error.message}</Typography.Text>}
      <Table<ExpertSummary>
        rowKey="userId"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        scroll={{ x: 960 }}
        data-testid="expert-pool"
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total: formatNumber(total) }),
          onChange: (p, size) => setPage({ page: size === page.pageSize ? p : 1, pageSize: size }),
        }}
      />
      <ExpertDrawer id={openId} onClose={() => setOpenId(null)} />
      <ImportExpertsModal open={importing} onClose={() => setImporting(false)} />
    </Card>
  );
}

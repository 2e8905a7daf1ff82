/** 服务台账 (operator): filter, page, export, record a service, import from .xlsx. */
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOutletContext } from 'react-router-dom';
import ListFilters from '../../components/ListFilters.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { useExport } from '../../lib/use-export.ts';
import { platformApi, yuan, type CenterSummary, type ServiceRecordView } from './api.ts';
import { confirmationValues, serviceTypeValues } from '../../../../src/domain/center-platform/vocabulary.ts';
import CreateRecordDrawer from './CreateRecordDrawer.tsx';
import ImportLedgerModal from './ImportLedgerModal.tsx';
import RecordAttachments from './RecordAttachments.tsx';

interface Filters {
  q?: string;
  serviceType?: string;
  confirmation?: string;
  range?: [{ format: (f: string) => string }, { format: (f: string) => string }] | null;
}

export function ConfirmationTag({ record }: { record: ServiceRecordView }) {
  const { t } = useTranslation();
  const color = { unconfirmed: 'orange', confirmed: 'green', disputed: 'red' }[record.confirmation];
  const tag = <Tag color={color}>{t(`centerPlatform.confirmation.${record.confirmation}`)}</Tag>;
  return record.confirmationNote ? <Tooltip title={record.confirmationNote}>{tag}</Tooltip> : tag;
}

export default function LedgerPage() {
  const { t } = useTranslation();
  const center = useOutletContext<CenterSummary>();
  const [form] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Record<string, string | undefined>>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const exporter = useExport(`/centers/${center.slug}/ledger/export.xlsx`, 'ledger.xlsx');
  const template = useExport(`/centers/${center.slug}/ledger/template.xlsx`, 'template.xlsx');
  const query = { ...filters, ...page };
  const { data, isFetching } = useQuery({
    queryKey: ['ledger', center.slug, query],
    queryFn: () => platformApi.ledger(center.slug, query),
    placeholderData: keepPreviousData,
  });
  const columns: ColumnsType<ServiceRecordView> = [
    {
      title: t('centerPlatform.ledger.date'),
      dataIndex: 'serviceDate',
      width: 130,
      render: (d: string) => formatDate(d),
    },
    {
      title: t('centerPlatform.ledger.type'),
      dataIndex: 'serviceType',
      width: 120,
      render: (v: string) => t(`centerPlatform.serviceTypes.${v}`),
    },
    { title: t('centerPlatform.ledger.title'), dataIndex: 'title', ellipsis: true },
    {
      title: t('centerPlatform.ledger.enterprise'),
      key: 'enterprise',
      ellipsis: true,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <span>{r.enterprise.name}</span>
          <Space size={2}>
            {r.enterprise.sme && <Tag color="blue">{t('centerPlatform.ledger.sme')}</Tag>}
            {r.enterprise.specialisedSme && (
              <Tag color="purple">{t('centerPlatform.ledger.specialisedSme')}</Tag>
            )}
            {r.enterprise.aboveScale && <Tag color="cyan">{t('centerPlatform.ledger.aboveScale')}</Tag>}
          </Space>
        </Space>
      ),
    },
    {
      title: t('centerPlatform.ledger.amount'),
      dataIndex: 'amountFen',
      width: 120,
      align: 'right',
      render: (v: number | null) => yuan(v),
    },
    {
      title: t('centerPlatform.ledger.confirmation'),
      key: 'confirmation',
      width: 130,
      render: (_, r) => <ConfirmationTag record={r} />,
    },
    {
      title: t('centerPlatform.ledger.attachments'),
      key: 'attachments',
      width: 100,
      render: (_, r) => <RecordAttachments record={r} />,
    },
  ];
  return (
    <>
      <ListFilters<Filters>
        form={form}
        onSearch={(v) => {
          setFilters({
            q: v.q?.trim() || undefined,
            serviceType: v.serviceType,
            confirmation: v.confirmation,
            from: v.range?.[0]?.format('YYYY-MM-DD'),
            to: v.range?.[1]?.format('YYYY-MM-DD'),
          });
          setPage((p) => ({ ...p, page: 1 }));
        }}
        extra={
          <>
            <Button
              icon={<DownloadOutlined />}
              loading={exporter.exporting}
              onClick={() => void exporter.run(filters)}
            >
              {t('common.export')}
            </Button>
            <Button onClick={() => void template.run({})}>{t('centerPlatform.ledger.template')}</Button>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('centerPlatform.ledger.import')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('centerPlatform.ledger.create')}
            </Button>
          </>
        }
      >
        <Form.Item name="q">
          <Input
            placeholder={`${t('common.keyword')}：${t('centerPlatform.ledger.enterprise')} / ${t('centerPlatform.ledger.title')}`}
            allowClear
            style={{ width: 220 }}
          />
        </Form.Item>
        <Form.Item name="serviceType">
          <Select
            placeholder={t('centerPlatform.ledger.type')}
            allowClear
            style={{ width: 140 }}
            options={serviceTypeValues.map((v) => ({
              value: v,
              label: t(`centerPlatform.serviceTypes.${v}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="confirmation">
          <Select
            placeholder={t('centerPlatform.ledger.confirmation')}
            allowClear
            style={{ width: 140 }}
            options={confirmationValues.map((v) => ({
              value: v,
              label: t(`centerPlatform.confirmation.${v}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="range">
          <DatePicker.RangePicker
            placeholder={[t('centerPlatform.ledger.from'), t('centerPlatform.ledger.to')]}
          />
        </Form.Item>
      </ListFilters>
      <Table<ServiceRecordView>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        scroll={{ x: 960 }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total: formatNumber(total) }),
          onChange: (p, size) => setPage({ page: size === page.pageSize ? p : 1, pageSize: size }),
        }}
      />
      <Typography.Text type="secondary" />
      <CreateRecordDrawer slug={center.slug} open={creating} onClose={() => setCreating(false)} />
      <ImportLedgerModal slug={center.slug} open={importing} onClose={() => setImporting(false)} />
    </>
  );
}

/** 审计日志: filtered, paginated audit trail, export, and verification of the SM3 hash chain. */
import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, Input, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../api/contracts.ts';
import { auditApi } from '../../api/endpoints.ts';
import ListFilters from '../../components/ListFilters.tsx';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { useExport } from '../../lib/use-export.ts';

interface FilterValues {
  action?: string;
  actor?: string;
  targetType?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

interface Filters {
  action?: string;
  actor?: string;
  targetType?: string;
  from?: string;
  to?: string;
}

function toFilters(v: FilterValues): Filters {
  const trim = (s?: string) => s?.trim() || undefined;
  return {
    action: trim(v.action),
    actor: trim(v.actor),
    targetType: trim(v.targetType),
    from: v.range?.[0]?.format('YYYY-MM-DD'),
    to: v.range?.[1]?.format('YYYY-MM-DD'),
  };
}

export default function AuditPage() {
  const { t } = useTranslation();
  const [filterForm] = Form.useForm<FilterValues>();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const exporter = useExport('/audit/export.xlsx', 'audit.xlsx');
  const query = { ...filters, ...page };
  const { data, isFetching, error } = useQuery({
    queryKey: ['audit', query],
    queryFn: () => auditApi.list(query),
    placeholderData: keepPreviousData,
  });
  const verify = useMutation({ mutationFn: auditApi.verify });

  const columns: ColumnsType<AuditEntryView> = [
    { title: '#', dataIndex: 'seq', width: 80, render: (v: number) => formatNumber(v) },
    { title: t('audit.at'), dataIndex: 'at', width: 150, render: (v: string) => formatDateTime(v) },
    { title: t('audit.actor'), dataIndex: 'actorLabel', width: 140, ellipsis: true },
    { title: t('audit.action'), dataIndex: 'actionLabel', width: 200 },
    { title: t('audit.targetType'), dataIndex: 'targetLabel', width: 120 },
    { title: t('audit.summary'), dataIndex: 'summary', ellipsis: true },
    {
      title: t('audit.ip'),
      dataIndex: 'ip',
      width: 120,
      render: (v: string | null) => v ?? t('common.none'),
    },
    {
      title: t('audit.hash'),
      dataIndex: 'hash',
      width: 120,
      render: (v: string) => (
        <Typography.Text code copyable={{ text: v }} title={v}>
          {v.slice(0, 8)}
        </Typography.Text>
      ),
    },
  ];

  const result = verify.data;
  return (
    <Card title={t('audit.title')}>
      <ListFilters<FilterValues>
        form={filterForm}
        onSearch={(values) => {
          setFilters(toFilters(values));
          setPage((p) => ({ ...p, page: 1 }));
        }}
        extra={
          <>
            <Button
              icon={<SafetyCertificateOutlined />}
              loading={verify.isPending}
              onClick={() => verify.mutate()}
            >
              {t('audit.verify')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              loading={exporter.exporting}
              onClick={() => void exporter.run({ ...filters })}
            >
              {t('common.export')}
            </Button>
          </>
        }
      >
        <Form.Item name="action">
          <Input placeholder={t('audit.action')} allowClear style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="actor">
          <Input placeholder={t('audit.actor')} allowClear style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="targetType">
          <Input placeholder={t('audit.targetType')} allowClear style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="range">
          <DatePicker.RangePicker style={{ width: 260 }} />
        </Form.Item>
      </ListFilters>
      {result && (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          data-testid="audit-verify-result"
          type={result.ok ? 'success' : 'error'}
          title={
            result.ok || !result.firstProblem
              ? t('audit.verifyOk', {
                  checked: formatNumber(result.checked),
                  algorithm: result.algorithm.toUpperCase(),
                }) +
                (result.checkpoints > 0
                  ? t('audit.verifyCheckpoints', {
                      count: result.checkpoints,
                      seq: formatNumber(result.lastCheckpointSeq ?? 0),
                    })
                  : t('audit.verifyNoCheckpoint'))
              : t('audit.verifyFailed', {
                  seq: result.firstProblem.seq,
                  kind: t(`audit.verifyKinds.${result.firstProblem.kind}`),
                })
          }
          description={
            !result.ok && result.firstProblem
              ? t(`audit.verifyDetails.${result.firstProblem.kind}`)
              : undefined
          }
        />
      )}
      {verify.error && (
        <Alert style={{ marginBottom: 16 }} type="error" showIcon title={verify.error.message} />
      )}
      {error && <Typography.Text type="danger">{error.message}</Typography.Text>}
      <Table<AuditEntryView>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        scroll={{ x: 1100 }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total: formatNumber(total) }),
          onChange: (p, size) => setPage({ page: size === page.pageSize ? p : 1, pageSize: size }),
        }}
      />
    </Card>
  );
}

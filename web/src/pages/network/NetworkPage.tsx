/**
 * 全国网络 (hub administrators): the catalog harvested from every node, faceted by province with a link back
 * to each source record, and the nodes' harvest status — last run, pending entries, errors, a run's
 * progress while it is running — with registration and on-demand harvesting.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Badge,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { registerNodeBodySchema } from '../../../../src/contracts/federation.ts';
import { applyServerErrors, validateWith } from '../../lib/form-errors.ts';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { useExport } from '../../lib/use-export.ts';
import { networkApi, type NetworkRecordList, type NodeView, type RunView } from './api.ts';

const RECORD_TYPES = ['center', 'resource', 'call', 'publicity_notice', 'need'] as const;

function CatalogTab({ nodes }: { nodes: NodeView[] }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = {
    q: params.get('q') ?? undefined,
    type: params.get('type') ?? undefined,
    province: params.get('province') ?? undefined,
    nodeId: params.get('node') ?? undefined,
    page: Number(params.get('page') ?? 1),
    pageSize: 20,
  };
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) {
      next.set(key, value);
    } else {
      next.delete(key);
    }
    if (key !== 'page') {
      next.delete('page');
    }
    setParams(next, { replace: true });
  };
  const list = useQuery({ queryKey: ['network-records', query], queryFn: () => networkApi.records(query) });
  const data: NetworkRecordList | undefined = list.data;
  const exporter = useExport('/federation/records/export.xlsx', '全网目录.xlsx');
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Input.Search
          allowClear
          aria-label={t('network.search')}
          placeholder={t('network.search')}
          defaultValue={query.q}
          onSearch={(v) => set('q', v.trim() || undefined)}
          style={{ width: 280 }}
        />
        <Select
          aria-label={t('network.recordType')}
          allowClear
          placeholder={t('network.allTypes')}
          value={query.type}
          onChange={(v?: string) => set('type', v)}
          style={{ width: 160 }}
          options={RECORD_TYPES.map((type) => ({
            value: type,
            label: `${t(`network.types.${type}`)}${
              data ? `（${data.facets.recordType.find((f) => f.value === type)?.count ?? 0}）` : ''
            }`,
          }))}
        />
        <Select
          aria-label={t('network.node')}
          allowClear
          placeholder={t('network.allNodes')}
          value={query.nodeId}
          onChange={(v?: string) => set('node', v)}
          style={{ width: 200 }}
          options={nodes.map((n) => ({ value: n.id, label: n.name }))}
        />
        <Button
          loading={exporter.exporting}
          onClick={() =>
            void exporter.run({
              q: query.q,
              type: query.type,
              province: query.province,
              nodeId: query.nodeId,
            })
          }
        >
          {t('network.export')}
        </Button>
      </Space>
      <Space wrap data-testid="province-facet">
        <Typography.Text type="secondary">{t('network.provinceFacet')}：</Typography.Text>
        <Tag.CheckableTag checked={!query.province} onChange={() => set('province', undefined)}>
          {t('network.allProvinces')}
        </Tag.CheckableTag>
        {(data?.facets.province ?? []).map((f) => (
          <Tag.CheckableTag
            key={f.value}
            checked={query.province === f.value}
            onChange={(checked) => set('province', checked ? f.value : undefined)}
          >
            {f.name}（{formatNumber(f.count)}）
          </Tag.CheckableTag>
        ))}
      </Space>
      <Table
        data-testid="network-records"
        rowKey={(r) => `${r.nodeId}|${r.urn}`}
        loading={list.isLoading}
        dataSource={data?.items ?? []}
        scroll={{ x: 900 }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (count) => t('network.total', { count }),
          onChange: (page) => set('page', String(page)),
        }}
        columns={[
          { title: t('network.recordTitle'), dataIndex: 'title', render: (v: string) => v || '—' },
          {
            title: t('network.recordType'),
            dataIndex: 'recordType',
            width: 110,
            render: (v: string) => t(`network.types.${v}`),
          },
          { title: t('network.region'), dataIndex: 'regionName', width: 180 },
          { title: t('network.node'), dataIndex: 'nodeName', width: 140 },
          {
            title: t('network.sourceModifiedAt'),
            dataIndex: 'sourceModifiedAt',
            width: 150,
            render: (v: string) => formatDateTime(v),
          },
          {
            title: t('network.harvestedAt'),
            dataIndex: 'harvestedAt',
            width: 150,
            render: (v: string) => formatDateTime(v),
          },
          {
            title: '',
            key: 'source',
            width: 110,
            render: (_: unknown, r) =>
              r.sourceUrl ? (
                <a href={r.sourceUrl} target="_blank" rel="noreferrer">
                  {t('network.viewSource')}
                </a>
              ) : null,
          },
        ]}
      />
    </Space>
  );
}

function RunsTable({ node }: { node: NodeView }) {
  const { t } = useTranslation();
  // While a run is going, its counters are re-read every second: the page shows progress, not a spinner.
  const runs = useQuery({
    queryKey: ['network-runs', node.id],
    queryFn: () => networkApi.runs(node.id),
    refetchInterval: (q) => (q.state.data?.items.some((r) => r.status === 'running') ? 1000 : false),
  });
  return (
    <Table<RunView>
      size="small"
      rowKey="id"
      loading={runs.isLoading}
      dataSource={runs.data?.items ?? []}
      pagination={false}
      scroll={{ x: 900 }}
      columns={[
        {
          title: t('network.run.startedAt'),
          dataIndex: 'startedAt',
          render: (v: string) => formatDateTime(v),
        },
        {
          title: t('network.run.mode'),
          dataIndex: 'mode',
          render: (v: string) => t(`network.run.modes.${v}`),
        },
        {
          title: t('network.run.status'),
          dataIndex: 'status',
          render: (v: RunView['status']) => (
            <Badge
              status={v === 'succeeded' ? 'success' : v === 'failed' ? 'error' : 'processing'}
              text={t(`network.run.statuses.${v}`)}
            />
          ),
        },
        { title: t('network.run.pages'), dataIndex: 'pages' },
        { title: t('network.run.applied'), dataIndex: 'applied' },
        { title: t('network.run.skipped'), dataIndex: 'skipped' },
        { title: t('network.run.swept'), dataIndex: 'swept' },
        {
          title: t('network.run.failed'),
          dataIndex: 'failed',
          render: (v: number, r) =>
            v > 0 ? (
              <Typography.Text
                type="danger"
                title={r.failures.map((f) => t(`network.failureReasons.${f.reason}`)).join('；')}
              >
                {v}
              </Typography.Text>
            ) : (
              v
            ),
        },
        { title: t('network.run.error'), dataIndex: 'error', render: (v: string | null) => v ?? '—' },
      ]}
    />
  );
}

function RegisterNodeModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const register = useMutation({
    mutationFn: networkApi.register,
    onSuccess: (node) => {
      void message.success(t('network.registered', { name: node.name }));
      void queryClient.invalidateQueries({ queryKey: ['network-nodes'] });
      form.resetFields();
      onClose();
    },
    onError: (e) =>
      setError(
        applyServerErrors(e, form, t, {
          fields: ['name', 'baseUrl', 'regionCode', 'publicKey'],
          codeFields: { 'federation.node_duplicate': 'baseUrl' },
        }),
      ),
  });
  const submit = () => {
    setError(null);
    const values = form.getFieldsValue() as Record<string, string | undefined>;
    const body = validateWith(
      registerNodeBodySchema,
      { ...values, publicKey: values.publicKey?.trim() || null },
      form,
      t,
    );
    if (body) {
      register.mutate(body);
    }
  };
  return (
    <Modal
      open={open}
      title={t('network.register')}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={register.isPending}
      destroyOnHidden
    >
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical">
        <Form.Item name="name" label={t('network.nodeName')} required>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="baseUrl" label={t('network.baseUrl')} required>
          <Input placeholder="https://dtpc.example.gov.cn" />
        </Form.Item>
        <Form.Item name="regionCode" label={t('network.regionCode')} required>
          <Input maxLength={6} placeholder="370000" />
        </Form.Item>
        <Form.Item name="publicKey" label={t('network.publicKey')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function NodesTab({ nodes, loading }: { nodes: NodeView[]; loading: boolean }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [registering, setRegistering] = useState(false);
  const harvest = useMutation({
    mutationFn: (node: NodeView) => networkApi.harvest(node.id),
    onSuccess: (_run, node) => {
      void message.success(t('network.harvestStarted', { name: node.name }));
      void queryClient.invalidateQueries({ queryKey: ['network-runs', node.id] });
      void queryClient.invalidateQueries({ queryKey: ['network-nodes'] });
    },
    onError: (e) => void message.error(e instanceof Error ? e.message : t('common.error')),
  });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Button type="primary" onClick={() => setRegistering(true)}>
        {t('network.register')}
      </Button>
      <RegisterNodeModal open={registering} onClose={() => setRegistering(false)} />
      <Table<NodeView>
        rowKey="id"
        loading={loading}
        dataSource={nodes}
        locale={{ emptyText: t('network.noNodes') }}
        pagination={false}
        scroll={{ x: 1000 }}
        expandable={{ expandedRowRender: (node) => <RunsTable node={node} /> }}
        columns={[
          {
            title: t('network.nodeName'),
            dataIndex: 'name',
            render: (v: string, n) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{v}</Typography.Text>
                <Typography.Text type="secondary" copyable>
                  {n.baseUrl}
                </Typography.Text>
              </Space>
            ),
          },
          { title: t('network.region'), dataIndex: 'regionName', width: 120 },
          {
            title: t('network.status'),
            key: 'status',
            width: 110,
            render: (_: unknown, n) =>
              n.running ? (
                <Badge status="processing" text={t('network.running')} />
              ) : (
                <Badge
                  status={n.status === 'active' ? 'success' : 'default'}
                  text={t(`network.statuses.${n.status}`)}
                />
              ),
          },
          { title: t('network.liveRecords'), dataIndex: 'liveRecords', width: 100, render: formatNumber },
          { title: t('network.lag'), dataIndex: 'lag', width: 90, render: formatNumber },
          {
            title: t('network.lastRunAt'),
            dataIndex: 'lastRunAt',
            width: 150,
            render: (v: string | null) => (v ? formatDateTime(v) : t('network.never')),
          },
          {
            title: t('network.witness'),
            key: 'witness',
            width: 160,
            render: (_: unknown, n) =>
              n.witnessError ? (
                <Typography.Text type="danger" data-testid="witness-error">
                  {n.witnessError}
                </Typography.Text>
              ) : n.witnessedTreeSize > 0 ? (
                t('network.witnessed', { count: n.witnessedTreeSize })
              ) : (
                t('network.notWitnessed')
              ),
          },
          {
            title: t('network.lastError'),
            dataIndex: 'lastError',
            render: (v: string | null) => (v ? <Typography.Text type="danger">{v}</Typography.Text> : '—'),
          },
          {
            title: '',
            key: 'actions',
            width: 120,
            render: (_: unknown, n) => (
              <Button
                size="small"
                disabled={n.running}
                loading={harvest.isPending && harvest.variables?.id === n.id}
                onClick={() => harvest.mutate(n)}
              >
                {t('network.harvest')}
              </Button>
            ),
          },
        ]}
      />
    </Space>
  );
}

export default function NetworkPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const nodes = useQuery({
    queryKey: ['network-nodes'],
    queryFn: networkApi.nodes,
    refetchInterval: (q) => (q.state.data?.items.some((n) => n.running) ? 1000 : false),
  });
  const tab = params.get('tab') === 'nodes' ? 'nodes' : 'catalog';
  return (
    <Card title={t('network.title')}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'nodes' ? { tab: 'nodes' } : {}, { replace: true })}
        items={[
          {
            key: 'catalog',
            label: t('network.catalogTab'),
            children: <CatalogTab nodes={nodes.data?.items ?? []} />,
          },
          {
            key: 'nodes',
            label: t('network.nodesTab'),
            children: <NodesTab nodes={nodes.data?.items ?? []} loading={nodes.isLoading} />,
          },
        ]}
      />
    </Card>
  );
}

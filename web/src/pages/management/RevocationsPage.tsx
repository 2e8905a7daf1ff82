/** 撤销管理 (authority): revocations due (engine proposals and its own), decided ones; check, open on a ground. */
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { download } from '../../api/client.ts';
import { formatDate } from '../../lib/format.ts';
import { revocationApi, type RevocationView } from './api.ts';
import { Citation, STATUS_COLORS, useLocalized } from './shared.tsx';

function ProposeModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const lz = useLocalized();
  const navigate = useNavigate();
  const [form] = Form.useForm<{
    centerId: string;
    groundId: string;
    facts: string;
    groundDate: { format(f: string): string };
  }>();
  const centers = useQuery({
    queryKey: ['revocations', 'centers'],
    queryFn: revocationApi.centers,
    enabled: open,
  });
  const centerId = Form.useWatch('centerId', form);
  const grounds = centers.data?.find((c) => c.id === centerId)?.grounds ?? [];
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const v = await form.validateFields();
    try {
      const r = await revocationApi.propose({
        centerId: v.centerId,
        groundId: v.groundId,
        facts: v.facts,
        groundDate: v.groundDate.format('YYYY-MM-DD'),
      });
      onClose();
      void navigate(`/management/revocations/${r.id}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Modal
      open={open}
      title={t('management.propose')}
      onCancel={onClose}
      onOk={() => void submit()}
      destroyOnHidden
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item name="centerId" label={t('management.center')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={centers.isLoading}
            options={(centers.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
        <Form.Item name="groundId" label={t('management.ground')} rules={[{ required: true }]}>
          <Select
            options={grounds.map((g) => ({ value: g.id, label: `${g.source.ref} ${lz(g.description)}` }))}
          />
        </Form.Item>
        <Form.Item name="groundDate" label={t('management.groundDate')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="facts" label={t('management.facts')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function RevocationsPage() {
  const { t } = useTranslation();
  const lz = useLocalized();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const due = useQuery({
    queryKey: ['revocations', 'proposed'],
    queryFn: () => revocationApi.list('proposed'),
  });
  const done = useQuery({
    queryKey: ['revocations', 'done'],
    queryFn: () => revocationApi.list('revoked,dismissed'),
  });
  const [proposing, setProposing] = useState(false);
  const [scanning, setScanning] = useState(false);
  const [tab, setTab] = useState<'due' | 'done'>('due');
  const scan = async () => {
    setScanning(true);
    try {
      const r = await revocationApi.scan();
      message.success(t('management.scanned', { checked: r.checked, count: r.proposed.length }));
      await queryClient.invalidateQueries({ queryKey: ['revocations'] });
    } finally {
      setScanning(false);
    }
  };
  const columns: ColumnsType<RevocationView> = [
    {
      title: t('management.center'),
      key: 'center',
      render: (_, r) => <Link to={`/management/revocations/${r.id}`}>{r.center.name}</Link>,
    },
    { title: t('management.leadOrganisation'), dataIndex: ['leadOrganisation', 'name'], ellipsis: true },
    {
      title: t('management.ground'),
      key: 'ground',
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <span>{lz(r.ground.description)}</span>
          <Citation source={r.ground.source} />
        </Space>
      ),
    },
    {
      title: t('management.origin'),
      dataIndex: 'origin',
      width: 150,
      render: (o: string) => t(`management.origins.${o}`),
    },
    {
      title: t('management.proposedOn'),
      dataIndex: 'proposedOn',
      width: 130,
      render: (d: string) => formatDate(d),
    },
    {
      title: t('management.status'),
      dataIndex: 'status',
      width: 100,
      render: (s: string) => <Tag color={STATUS_COLORS[s]}>{t(`management.statuses.${s}`)}</Tag>,
    },
  ];
  return (
    <Card
      title={t('management.revocations')}
      extra={
        <Space>
          <Button
            icon={<DownloadOutlined />}
            onClick={() =>
              void download(
                '/revocations/export.xlsx',
                { status: tab === 'due' ? 'proposed' : 'revoked,dismissed' },
                'revocations.xlsx',
              )
            }
          >
            {t('common.export')}
          </Button>
          <Button onClick={() => void scan()} loading={scanning} data-testid="revocation-scan">
            {t('management.scan')}
          </Button>
          <Button type="primary" onClick={() => setProposing(true)}>
            {t('management.propose')}
          </Button>
        </Space>
      }
    >
      <Alert type="info" title={t('management.publicityNote')} style={{ marginBottom: 12 }} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as 'due' | 'done')}
        items={[
          {
            key: 'due',
            label: `${t('management.due')} (${due.data?.length ?? 0})`,
            children: (
              <Table rowKey="id" columns={columns} dataSource={due.data ?? []} loading={due.isFetching} />
            ),
          },
          {
            key: 'done',
            label: t('management.history'),
            children: (
              <Table rowKey="id" columns={columns} dataSource={done.data ?? []} loading={done.isFetching} />
            ),
          },
        ]}
      />
      <ProposeModal open={proposing} onClose={() => setProposing(false)} />
    </Card>
  );
}

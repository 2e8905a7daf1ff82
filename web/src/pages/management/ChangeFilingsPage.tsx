/** 变更备案: the operator files changes of its centers; authorities see filings in jurisdiction, late ones flagged. */
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format.ts';
import { Link, useNavigate } from 'react-router-dom';
import { download } from '../../api/client.ts';
import { changeKindValues } from '../../../../src/contracts/change-filings.ts';
import { changeFilingApi, type ChangeFilingView } from './api.ts';
import { STATUS_COLORS } from './shared.tsx';

interface FileForm {
  centerId: string;
  kind: (typeof changeKindValues)[number];
  changeDate: { format(f: string): string };
  newName?: string;
  description: string;
  operatorChanged?: boolean;
  directionChanged?: boolean;
}

function FileModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<FileForm>();
  const centers = useQuery({
    queryKey: ['change-filings', 'centers'],
    queryFn: changeFilingApi.centers,
    enabled: open,
  });
  const kind = Form.useWatch('kind', form);
  const centerId = Form.useWatch('centerId', form);
  const rule = centers.data?.find((c) => c.id === centerId)?.rule;
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const v = await form.validateFields();
    try {
      const f = await changeFilingApi.file({
        centerId: v.centerId,
        kind: v.kind,
        changeDate: v.changeDate.format('YYYY-MM-DD'),
        description: v.description,
        ...(v.kind === 'rename' ? { newName: v.newName } : {}),
        operatorChanged: v.operatorChanged ?? false,
        directionChanged: v.directionChanged ?? false,
      });
      onClose();
      void navigate(`/management/change-filings/${f.id}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Modal
      open={open}
      title={t('management.fileChange')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('management.ok')}
      destroyOnHidden
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      {rule && (
        <Alert
          type="info"
          style={{ marginBottom: 12 }}
          title={t('management.deadlineRule', { months: rule.months ?? '', ref: rule.source.ref })}
        />
      )}
      <Form form={form} layout="vertical">
        <Form.Item name="centerId" label={t('management.center')} rules={[{ required: true }]}>
          <Select options={(centers.data ?? []).map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Form.Item name="kind" label={t('management.kind')} rules={[{ required: true }]}>
          <Select options={changeKindValues.map((k) => ({ value: k, label: t(`management.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="changeDate" label={t('management.changeDate')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        {kind === 'rename' && (
          <Form.Item name="newName" label={t('management.newName')} rules={[{ required: true, min: 2 }]}>
            <Input />
          </Form.Item>
        )}
        <Form.Item
          name="description"
          label={t('management.description')}
          rules={[{ required: true, min: 2 }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="operatorChanged" valuePropName="checked">
          <Checkbox>{t('management.operatorChanged')}</Checkbox>
        </Form.Item>
        <Form.Item name="directionChanged" valuePropName="checked">
          <Checkbox>{t('management.directionChanged')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The late / on-time tag of a filing. */
export function Timeliness({ f }: { f: ChangeFilingView }) {
  const { t } = useTranslation();
  return f.late ? (
    <Tag color="red" data-testid="filing-late">
      {t('management.late', { days: f.daysLate })}
    </Tag>
  ) : (
    <Tag color="green">{t('management.onTime')}</Tag>
  );
}

export default function ChangeFilingsPage() {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: ['change-filings'], queryFn: changeFilingApi.list });
  const fileable = useQuery({
    queryKey: ['change-filings', 'centers'],
    queryFn: changeFilingApi.centers,
    retry: false,
  });
  const [filing, setFiling] = useState(false);
  const columns: ColumnsType<ChangeFilingView> = [
    {
      title: t('management.center'),
      key: 'center',
      render: (_, f) => <Link to={`/management/change-filings/${f.id}`}>{f.center.name}</Link>,
    },
    {
      title: t('management.kind'),
      dataIndex: 'kind',
      width: 90,
      render: (k: string) => t(`management.kinds.${k}`),
    },
    {
      title: t('management.changeDate'),
      dataIndex: 'changeDate',
      width: 130,
      render: (d: string) => formatDate(d),
    },
    {
      title: t('management.filedOn'),
      dataIndex: 'filedOn',
      width: 130,
      render: (d: string) => formatDate(d),
    },
    { title: t('management.dueOn'), dataIndex: 'dueOn', width: 130, render: (d: string) => formatDate(d) },
    { title: '', key: 'late', width: 110, render: (_, f) => <Timeliness f={f} /> },
    {
      title: t('management.status'),
      dataIndex: 'status',
      width: 90,
      render: (s: string) => <Tag color={STATUS_COLORS[s]}>{t(`management.filingStatuses.${s}`)}</Tag>,
    },
  ];
  return (
    <Card
      title={t('management.changeFilings')}
      extra={
        <Space>
          <Button
            icon={<DownloadOutlined />}
            onClick={() => void download('/change-filings/export.xlsx', {}, 'change-filings.xlsx')}
          >
            {t('common.export')}
          </Button>
          {fileable.data && fileable.data.length > 0 && (
            <Button type="primary" onClick={() => setFiling(true)}>
              {t('management.fileChange')}
            </Button>
          )}
        </Space>
      }
    >
      <Table rowKey="id" columns={columns} dataSource={list.data ?? []} loading={list.isFetching} />
      <FileModal open={filing} onClose={() => setFiling(false)} />
    </Card>
  );
}

/** 异议处理 (issuing authority): every objection of a notice, with uphold (reopen) or dismiss and a reason. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { formatDateTime } from '../../lib/format.ts';
import { publicityApi, type ObjectionView } from './api.ts';

const STATUS_COLORS = { pending: 'orange', upheld: 'red', dismissed: 'default' } as const;

interface Pending {
  objection: ObjectionView;
  outcome: 'uphold' | 'dismiss';
}

export default function ObjectionsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const notice = useQuery({ queryKey: ['publicity', id], queryFn: () => publicityApi.get(id) });
  const list = useQuery({
    queryKey: ['publicity', id, 'objections'],
    queryFn: () => publicityApi.objections(id),
  });
  const [pending, setPending] = useState<Pending | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setPending(null);
    setReason('');
    setError(null);
  };
  const resolve = async () => {
    if (!pending) {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await publicityApi.resolve(
        id,
        pending.objection.id,
        pending.outcome,
        pending.objection.version,
        reason.trim(),
      );
      message.success(t('publicity.resolved'));
      close();
      await queryClient.invalidateQueries({ queryKey: ['publicity'] });
    } catch (e) {
      setError(e instanceof Error ? e.message : t('common.error'));
    } finally {
      setBusy(false);
    }
  };

  const columns: ColumnsType<ObjectionView> = [
    { title: t('publicity.objectionEntry'), dataIndex: 'centerName', width: 180 },
    {
      title: t('publicity.objectionName'),
      key: 'who',
      width: 180,
      render: (_, o) => (
        <Space orientation="vertical" size={0}>
          <span>{o.name}</span>
          <Typography.Text type="secondary">{o.contact}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('publicity.objectionContent'),
      dataIndex: 'content',
      render: (c: string, o) => (
        <Space orientation="vertical" size={4}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{c}</span>
          {o.attachments.map((a) => (
            <a key={a.id} href={publicityApi.fileUrl(id, o.id, a.id)}>
              {a.name}
            </a>
          ))}
        </Space>
      ),
    },
    {
      title: t('publicity.filedAt'),
      dataIndex: 'createdAt',
      width: 160,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t('publicity.status'),
      key: 'status',
      width: 200,
      render: (_, o) => (
        <Space orientation="vertical" size={2}>
          <Tag color={STATUS_COLORS[o.status]}>{t(`publicity.statuses.${o.status}`)}</Tag>
          {o.resolution && <Typography.Text type="secondary">{o.resolution}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 190,
      render: (_, o) =>
        o.status === 'pending' && (
          <Space>
            <Button danger size="small" onClick={() => setPending({ objection: o, outcome: 'uphold' })}>
              {t('publicity.uphold')}
            </Button>
            <Button size="small" onClick={() => setPending({ objection: o, outcome: 'dismiss' })}>
              {t('publicity.dismiss')}
            </Button>
          </Space>
        ),
    },
  ];

  return (
    <Card
      title={`${t('publicity.manageObjections')}：${notice.data?.title ?? ''}`}
      extra={<Link to={`/publicity/${id}`}>{t('publicity.back')}</Link>}
    >
      {list.error && <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} />}
      <Table<ObjectionView>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data ?? []}
        loading={list.isFetching}
        pagination={false}
        locale={{ emptyText: t('publicity.noObjections') }}
        scroll={{ x: 1000 }}
      />
      <Modal
        open={pending !== null}
        title={
          pending &&
          t(pending.outcome === 'uphold' ? 'publicity.upholdTitle' : 'publicity.dismissTitle', {
            name: pending.objection.centerName,
          })
        }
        onCancel={close}
        onOk={() => void resolve()}
        okButtonProps={{ danger: pending?.outcome === 'uphold', disabled: reason.trim().length < 4 }}
        okText={pending ? t(`publicity.${pending.outcome}`) : ''}
        confirmLoading={busy}
      >
        {pending?.outcome === 'uphold' && (
          <Alert type="warning" showIcon title={t('publicity.upholdHint')} style={{ marginBottom: 12 }} />
        )}
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Typography.Text>{t('publicity.reason')}</Typography.Text>
        <Input.TextArea
          rows={4}
          value={reason}
          maxLength={2000}
          onChange={(e) => setReason(e.target.value)}
          aria-label={t('publicity.reason')}
        />
      </Modal>
    </Card>
  );
}

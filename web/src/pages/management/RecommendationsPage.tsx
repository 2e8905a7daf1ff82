/** 择优推荐 (000 第十九条): the province's candidates by latest rating and its recommendations; MIIT reads all. */
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, InputNumber, Modal, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { download } from '../../api/client.ts';
import { formatDate } from '../../lib/format.ts';
import { recommendationApi, type Candidate, type RecommendationView, type Snapshot } from './api.ts';
import { STATUS_COLORS, useLocalized } from './shared.tsx';

function History({ items }: { items: Snapshot[] }) {
  const lz = useLocalized();
  return (
    <Space wrap size={4}>
      {items.map((e) => (
        <Tag key={e.year}>
          {e.year}：{lz(e.ratingLabel)}
        </Tag>
      ))}
    </Space>
  );
}

export default function RecommendationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ['recommendations'], queryFn: recommendationApi.list });
  const candidates = useQuery({
    queryKey: ['recommendations', 'candidates'],
    queryFn: recommendationApi.candidates,
    retry: false,
  });
  const [target, setTarget] = useState<Candidate | null>(null);
  const [form] = Form.useForm<{ year: number; reason: string }>();
  const [error, setError] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['recommendations'] });
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await recommendationApi.recommend({ centerId: target!.id, year: v.year, reason: v.reason });
      setTarget(null);
      message.success(t('management.saved'));
      await refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const candidateColumns: ColumnsType<Candidate> = [
    { title: t('management.center'), dataIndex: 'name' },
    { title: t('management.region'), dataIndex: 'regionName', width: 200 },
    { title: t('management.evaluations'), key: 'h', render: (_, c) => <History items={c.evaluations} /> },
    {
      title: '',
      key: 'act',
      width: 150,
      render: (_, c) =>
        c.recommendationId ? (
          <Tag color="blue">{t('management.recommended')}</Tag>
        ) : c.eligible ? (
          <Button size="small" type="primary" onClick={() => setTarget(c)}>
            {t('management.recommend')}
          </Button>
        ) : (
          <Tag>{t('management.notEligible')}</Tag>
        ),
    },
  ];
  const columns: ColumnsType<RecommendationView> = [
    { title: t('management.center'), dataIndex: ['center', 'name'] },
    { title: t('management.region'), dataIndex: 'regionName', width: 180 },
    { title: t('management.recommendYear'), dataIndex: 'year', width: 90 },
    { title: t('management.evaluations'), key: 'h', render: (_, r) => <History items={r.evaluations} /> },
    { title: t('management.recommendReason'), dataIndex: 'reason', ellipsis: true },
    {
      title: t('management.recommendedOn'),
      dataIndex: 'recommendedOn',
      width: 130,
      render: (d: string) => formatDate(d),
    },
    {
      title: t('management.status'),
      key: 's',
      width: 150,
      render: (_, r) => (
        <Space>
          <Tag color={STATUS_COLORS[r.status]}>{t(`management.recommendationStatuses.${r.status}`)}</Tag>
          {r.abilities.withdraw && (
            <Button
              size="small"
              onClick={() => void recommendationApi.withdraw(r.id, r.version).then(refresh)}
            >
              {t('management.withdraw')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      {candidates.data && (
        <Card title={t('management.candidates')}>
          <Table rowKey="id" columns={candidateColumns} dataSource={candidates.data} pagination={false} />
        </Card>
      )}
      <Card
        title={t('management.recommendations')}
        extra={
          <Button
            icon={<DownloadOutlined />}
            onClick={() => void download('/recommendations/export.xlsx', {}, 'recommendations.xlsx')}
          >
            {t('common.export')}
          </Button>
        }
      >
        <Table rowKey="id" columns={columns} dataSource={list.data ?? []} loading={list.isFetching} />
      </Card>
      <Modal
        open={target !== null}
        title={`${t('management.recommend')}：${target?.name ?? ''}`}
        onCancel={() => setTarget(null)}
        onOk={() => void submit()}
        okText={t('management.ok')}
        destroyOnHidden
      >
        {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" initialValues={{ year: new Date().getFullYear() }}>
          <Form.Item name="year" label={t('management.recommendYear')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('management.recommendReason')}
            rules={[{ required: true, min: 2 }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

/** 版本与差异: the submitted versions and the field-level diff between two of them. */
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format.ts';
import { recognitionApi, type ApplicationDetail } from './api.ts';

const show = (v: unknown) => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

export default function VersionsPanel({ app }: { app: ApplicationDetail }) {
  const { t } = useTranslation();
  const nos = app.versions.map((v) => v.versionNo);
  const [from, setFrom] = useState(nos.at(-2) ?? nos[0] ?? 1);
  const [to, setTo] = useState(nos.at(-1) ?? 1);
  const diff = useQuery({
    queryKey: ['application-diff', app.id, from, to],
    queryFn: () => recognitionApi.diff(app.id, from, to),
    enabled: nos.length > 1,
  });
  if (nos.length === 0) {
    return <Empty />;
  }
  const options = app.versions.map((v) => ({
    value: v.versionNo,
    label: `${t('recognition.timeline.version', { n: v.versionNo })} · ${formatDateTime(v.submittedAt)}`,
  }));
  return (
    <Card title={t('recognition.versions.title')}>
      {nos.length > 1 ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space>
            {t('recognition.versions.from')}
            <Select value={from} onChange={setFrom} options={options} style={{ width: 260 }} />
            {t('recognition.versions.to')}
            <Select value={to} onChange={setTo} options={options} style={{ width: 260 }} />
          </Space>
          <Table
            size="small"
            rowKey="path"
            pagination={false}
            dataSource={diff.data?.changes ?? []}
            locale={{ emptyText: t('recognition.versions.noChange') }}
            columns={[
              { title: t('recognition.versions.path'), dataIndex: 'path' },
              { title: t('recognition.versions.before'), render: (_, c) => show(c.before) },
              { title: t('recognition.versions.after'), render: (_, c) => show(c.after) },
            ]}
          />
        </Space>
      ) : (
        <Typography.Text>{options[0]?.label}</Typography.Text>
      )}
    </Card>
  );
}

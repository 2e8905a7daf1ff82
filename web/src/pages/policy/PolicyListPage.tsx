/** 政策: the policy packs, each with its source document and what it contains. */
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { policyApi, type PolicyPackSummary } from './api.ts';
import { useL } from './shared.tsx';

export default function PolicyListPage() {
  const { t } = useTranslation();
  const l = useL();
  const { data, isPending, error } = useQuery({ queryKey: ['policy-packs'], queryFn: policyApi.list });
  const columns: ColumnsType<PolicyPackSummary> = [
    {
      title: t('policy.title'),
      dataIndex: 'title',
      render: (_, p) => (
        <Link to={`/policy/${p.id}`}>
          <Typography.Text strong style={{ color: 'inherit' }}>
            {l(p.title)}
          </Typography.Text>
        </Link>
      ),
    },
    { title: t('policy.jurisdiction'), width: 110, render: (_, p) => l(p.jurisdiction.name) },
    {
      title: t('policy.sourceDocument'),
      render: (_, p) => (
        <div>
          <div>{l(p.sourceDocument.title)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[p.sourceDocument.docNumber, p.sourceDocument.date].filter(Boolean).join(' · ')}
          </Typography.Text>
        </div>
      ),
    },
    { title: t('policy.version'), dataIndex: 'version', width: 100 },
    {
      title: t('policy.contents'),
      width: 200,
      render: (_, p) =>
        p.contents.map((c) => (
          <Tag key={c} color="blue">
            {t(`policy.content.${c}`)}
          </Tag>
        )),
    },
  ];
  return (
    <Card title={t('policy.listTitle')}>
      <Typography.Paragraph type="secondary">{t('policy.listIntro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error.message} style={{ marginBottom: 16 }} />}
      <Table<PolicyPackSummary>
        rowKey="id"
        size="middle"
        loading={isPending}
        columns={columns}
        dataSource={data ?? []}
        pagination={false}
        scroll={{ x: 900 }}
      />
    </Card>
  );
}

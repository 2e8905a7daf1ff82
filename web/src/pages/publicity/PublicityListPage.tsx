/** 公示列表: notices newest first, filtered by phase and region; authorities open new ones. */
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Select, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { download } from '../../api/client.ts';
import { useSession } from '../../auth/session.ts';
import ListFilters from '../../components/ListFilters.tsx';
import ResponsiveTable from '../../components/ResponsiveTable.tsx';
import RegionCascader from '../../components/RegionCascader.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { publicityApi, type PublicityNoticeSummary } from './api.ts';
import { PhaseTag } from './shared.tsx';

interface Filters {
  phase?: PublicityNoticeSummary['phase'];
  regionCode?: string;
}

const PHASES = ['open', 'closed', 'announced', 'upcoming'] as const;

export default function PublicityListPage() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const [form] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const query = { ...filters, ...page };
  const { data, isFetching } = useQuery({
    queryKey: ['publicity', query],
    queryFn: () => publicityApi.list(query),
    placeholderData: keepPreviousData,
  });
  const canOpen = session?.user.roles.some(
    (r) => r.role === 'provincial_admin' || r.role === 'national_admin',
  );

  const columns: ColumnsType<PublicityNoticeSummary> = [
    {
      title: t('publicity.notice'),
      dataIndex: 'title',
      render: (title: string, n) => <Link to={`/publicity/${n.id}`}>{title}</Link>,
    },
    { title: t('publicity.issuer'), dataIndex: 'issuer', width: 200, ellipsis: true },
    {
      title: t('publicity.window'),
      key: 'window',
      width: 280,
      render: (_, n) =>
        t('publicity.windowRange', { start: formatDate(n.startsOn), end: formatDate(n.endsOn) }),
    },
    { title: t('publicity.entryCount'), dataIndex: 'entryCount', width: 90 },
    {
      title: t('publicity.phase'),
      dataIndex: 'phase',
      width: 110,
      render: (phase: PublicityNoticeSummary['phase']) => <PhaseTag phase={phase} t={t} />,
    },
  ];

  return (
    <Card
      title={t('publicity.title')}
      extra={
        canOpen && (
          <Link to="/publicity/new">
            <Button type="primary" icon={<PlusOutlined />}>
              {t('publicity.open')}
            </Button>
          </Link>
        )
      }
    >
      <ListFilters<Filters>
        form={form}
        onSearch={(v) => {
          setFilters({ phase: v.phase, regionCode: v.regionCode });
          setPage((p) => ({ ...p, page: 1 }));
        }}
        extra={
          <Button
            icon={<DownloadOutlined />}
            onClick={() => void download('/publicity/export.xlsx', { ...filters }, 'publicity.xlsx')}
          >
            {t('common.export')}
          </Button>
        }
      >
        <Form.Item name="phase">
          <Select
            placeholder={t('publicity.phase')}
            aria-label={t('publicity.phase')}
            allowClear
            style={{ width: 140 }}
            options={PHASES.map((p) => ({ value: p, label: t(`publicity.phases.${p}`) }))}
          />
        </Form.Item>
        <Form.Item name="regionCode">
          <RegionCascader style={{ width: 220 }} ariaLabel={t('common.region')} />
        </Form.Item>
      </ListFilters>
      <ResponsiveTable<PublicityNoticeSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        scroll={{ x: 900 }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: data?.total ?? 0,
          showTotal: (total) => t('common.total', { total: formatNumber(total) }),
          onChange: (p, size) => setPage({ page: size === page.pageSize ? p : 1, pageSize: size }),
        }}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('publicity.objectionHint')}
      </Typography.Paragraph>
    </Card>
  );
}

/** 服务平台: pick a center (operators see theirs, authorities those in jurisdiction), then its sections as tabs. */
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Select, Space, Tabs, Typography } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate, useParams } from 'react-router-dom';
import PageLoading from '../../components/PageLoading.tsx';
import { platformApi } from './api.ts';

const operatorTabs = [
  'dashboard',
  'ledger',
  'training',
  'events',
  'offers',
  'finance',
  'demands',
  'annual-report',
] as const;

export default function CenterLayout() {
  const { t } = useTranslation();
  const { slug } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const { data, isPending } = useQuery({ queryKey: ['me', 'centers'], queryFn: platformApi.myCenters });
  if (isPending) {
    return <PageLoading />;
  }
  const centers = (data?.items ?? []).filter((c) => c.operate || c.status === 'recognised');
  if (centers.length === 0) {
    return (
      <Card>
        <Empty description={t('centerPlatform.noCenter')} />
      </Card>
    );
  }
  const current = centers.find((c) => c.slug === slug);
  if (!current) {
    return <Navigate to={`/center/${centers[0]!.slug}/dashboard`} replace />;
  }
  const tab = location.pathname.split('/')[3] ?? 'dashboard';
  const tabs = current.operate ? operatorTabs : (['dashboard'] as const);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {current.name}
        </Typography.Title>
        {centers.length > 1 && (
          <Select
            aria-label={t('centerPlatform.pickCenter')}
            value={current.slug}
            style={{ minWidth: 280 }}
            options={centers.map((c) => ({ value: c.slug, label: c.name }))}
            onChange={(s: string) => navigate(`/center/${s}/${tab}`)}
          />
        )}
      </Space>
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate(`/center/${current.slug}/${key}`)}
        items={tabs.map((key) => ({ key, label: t(`centerPlatform.tabs.${key}`) }))}
        style={{ marginBottom: -16 }}
      />
      <Suspense fallback={<PageLoading />}>
        <Outlet context={current} />
      </Suspense>
    </Space>
  );
}

/** 企业服务: an enterprise user's services on the centers' platforms, as tabs. */
import { Tabs } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import PageLoading from '../../components/PageLoading.tsx';

const tabs = ['services', 'demands', 'courses', 'offers', 'financing', 'diagnosis'] as const;

export default function EnterpriseLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const tab = useLocation().pathname.split('/')[2] ?? 'services';
  return (
    <>
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate(`/enterprise/${key}`)}
        items={tabs.map((key) => ({
          key,
          label: key === 'diagnosis' ? t('diagnosis.tab') : t(`centerPlatform.enterprise.tabs.${key}`),
        }))}
      />
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </>
  );
}

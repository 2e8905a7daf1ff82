/** 公示 and 名录 are public: inside the app shell for a signed-in user, in a light public frame otherwise. */
import { App as AntdApp, Button, Layout, Space } from 'antd';
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { useSession } from '../../auth/session.ts';
import LanguageSwitch from '../../components/LanguageSwitch.tsx';
import PageLoading from '../../components/PageLoading.tsx';

const AppLayout = lazy(() => import('../../layout/AppLayout.tsx'));

export default function PublicLayout() {
  const { t } = useTranslation();
  const { data, isPending } = useSession();
  if (isPending) {
    return <PageLoading />;
  }
  if (data) {
    return (
      <Suspense fallback={<PageLoading />}>
        <AppLayout />
      </Suspense>
    );
  }
  const link = { color: 'rgba(255,255,255,0.85)', whiteSpace: 'nowrap' as const };
  return (
    <AntdApp>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header
          style={{ display: 'flex', alignItems: 'center', gap: 16, background: '#001529', padding: '0 24px' }}
        >
          <span style={{ color: '#fff', fontWeight: 600, whiteSpace: 'nowrap' }}>{t('app.shortTitle')}</span>
          <Space size={20} style={{ flex: 1 }}>
            <Link to="/publicity" style={link}>
              {t('menu.publicity')}
            </Link>
            <Link to="/directory" style={link}>
              {t('menu.directory')}
            </Link>
            <Link to="/verify" style={link}>
              {t('transparency.menu')}
            </Link>
          </Space>
          <LanguageSwitch />
          <Link to="/login">
            <Button type="primary">{t('login.submit')}</Button>
          </Link>
        </Layout.Header>
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </AntdApp>
  );
}

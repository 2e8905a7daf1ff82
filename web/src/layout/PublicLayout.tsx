/** Public pages: inside the app shell for a signed-in user, in a light public frame otherwise. */
import { Button, Layout } from 'antd';
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { useSession } from '../auth/session.ts';
import LanguageSwitch from '../components/LanguageSwitch.tsx';
import PageLoading from '../components/PageLoading.tsx';

const AppLayout = lazy(() => import('./AppLayout.tsx'));

export default function PublicLayout({ home, title }: { home: string; title: string }) {
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
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', gap: 16, background: '#001529', padding: '0 24px' }}
      >
        <Link to={home} style={{ color: '#fff', fontWeight: 600, flex: 1, whiteSpace: 'nowrap' }}>
          {t('app.shortTitle')} · {title}
        </Link>
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
  );
}

/**
 * The public frame (门户, 申报通知, 公示公告, 名录, 资源目录, 培训报名, 政策, 验证决定): inside the app shell for a
 * signed-in user, in a light public frame otherwise. Every public page links every other one; on a phone
 * the links and the language switch move into a drawer so the header never scrolls sideways.
 */
import { MenuOutlined } from '@ant-design/icons';
import { Button, Grid, Layout, Space } from 'antd';
import { Suspense, lazy, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useSession } from '../auth/session.ts';
import LanguageSwitch from '../components/LanguageSwitch.tsx';
import { usePageTitle } from '../lib/page-title.ts';
import PageLoading from '../components/PageLoading.tsx';

const AppLayout = lazy(() => import('./AppLayout.tsx'));
// Fetched when the phone menu is first opened: the drawer (with its popup and motion code) is not first-page
// JavaScript.
const Drawer = lazy(() => import('antd/es/drawer'));
// antd's App gives the routed pages their message, notification and modal hooks; the portal uses none, so it
// is fetched with the first other page rather than with the portal.
const AntdApp = lazy(() => import('antd/es/app'));

/** The public sections, in the order the header shows them. */
const SECTIONS: readonly { path: string; label: string }[] = [
  { path: '/', label: 'portal.menu' },
  { path: '/calls', label: 'menu.calls' },
  { path: '/publicity', label: 'menu.publicity' },
  { path: '/directory', label: 'menu.directory' },
  { path: '/catalog', label: 'menu.catalog' },
  { path: '/training', label: 'menu.training' },
  { path: '/policy', label: 'menu.policy' },
  { path: '/verify', label: 'transparency.menu' },
];

function sectionOf(pathname: string): string {
  const match = SECTIONS.filter((s) => s.path !== '/' && pathname.startsWith(s.path));
  return match[0]?.path ?? (pathname === '/' ? '/' : '');
}

/** The public frame; `children` replaces the routed page (the portal at `/`, reached through RequireAuth). */
export default function PublicLayout({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const { data, isPending } = useSession();
  const screens = Grid.useBreakpoint();
  const { pathname } = useLocation();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [drawerUsed, setDrawerUsed] = useState(false);
  // A section's own page is titled by the section; a record's page (a notice, a center) titles itself.
  const section = SECTIONS.find((s) => s.path === pathname);
  usePageTitle([section && section.path !== '/' ? t(section.label) : null], !section);
  if (isPending) {
    return <PageLoading />;
  }
  if (data && !children) {
    return (
      <Suspense fallback={<PageLoading />}>
        <AppLayout />
      </Suspense>
    );
  }
  // Until antd has measured the screen, lay out for the phone: nothing is ever wider than the window.
  const wide = screens.lg === true;
  const current = sectionOf(pathname);
  const links = (vertical: boolean) =>
    SECTIONS.map((s) => (
      <Link
        key={s.path}
        to={s.path}
        onClick={() => setDrawerOpen(false)}
        aria-current={current === s.path ? 'page' : undefined}
        style={{
          color: vertical ? undefined : current === s.path ? '#fff' : 'rgba(255,255,255,0.85)',
          fontWeight: current === s.path ? 600 : undefined,
          whiteSpace: 'nowrap',
          fontSize: vertical ? 16 : undefined,
        }}
      >
        {t(s.label)}
      </Link>
    ));
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: wide ? 24 : 8,
          background: '#001529',
          padding: wide ? '0 24px' : '0 12px',
        }}
      >
        <Link to="/" style={{ color: '#fff', fontWeight: 600, whiteSpace: 'nowrap' }}>
          {t('app.shortTitle')}
        </Link>
        {wide ? (
          <nav aria-label={t('portal.nav')} style={{ flex: 1, minWidth: 0 }}>
            <Space size={20}>{links(false)}</Space>
          </nav>
        ) : (
          <span style={{ flex: 1 }} />
        )}
        {wide && <LanguageSwitch />}
        {!data && (
          <Link to="/login">
            <Button type="primary">{t('login.submit')}</Button>
          </Link>
        )}
        {!wide && (
          <Button
            type="text"
            aria-label={t('portal.openMenu')}
            icon={<MenuOutlined style={{ color: '#fff' }} />}
            onClick={() => {
              setDrawerUsed(true);
              setDrawerOpen(true);
            }}
          />
        )}
      </Layout.Header>
      {!wide && drawerUsed && (
        <Suspense fallback={null}>
          <Drawer
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            placement="right"
            width={260}
            title={t('app.shortTitle')}
          >
            <nav aria-label={t('portal.nav')}>
              <Space direction="vertical" size={18}>
                {links(true)}
                <LanguageSwitch size="middle" />
              </Space>
            </nav>
          </Drawer>
        </Suspense>
      )}
      <Layout.Content style={{ padding: wide ? 24 : 12, minWidth: 0 }}>
        <Suspense fallback={<PageLoading />}>
          {children ?? (
            <AntdApp>
              <Outlet />
            </AntdApp>
          )}
        </Suspense>
      </Layout.Content>
    </Layout>
  );
}

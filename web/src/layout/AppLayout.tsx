/** Sider + Header shell; on small screens the Sider becomes a Drawer opened from the header. */
import { MenuOutlined } from '@ant-design/icons';
import { App as AntdApp, Button, Drawer, Grid, Layout, Menu } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useMe } from '../auth/session.ts';
import PageLoading from '../components/PageLoading.tsx';
import HeaderBar from './HeaderBar.tsx';
import { activeKey, navItemsFor } from './nav-items.tsx';

const SIDER_WIDTH = 216;

function Brand({ collapsed }: { collapsed?: boolean }) {
  const { t } = useTranslation();
  return (
    <div
      style={{
        height: 56,
        display: 'flex',
        alignItems: 'center',
        gap: 10,
        padding: '0 18px',
        color: '#fff',
        fontWeight: 600,
        whiteSpace: 'nowrap',
        overflow: 'hidden',
      }}
    >
      <span
        style={{
          display: 'inline-flex',
          width: 28,
          height: 28,
          borderRadius: 6,
          background: '#1456c8',
          alignItems: 'center',
          justifyContent: 'center',
          fontSize: 13,
          flex: 'none',
        }}
      >
        数
      </span>
      {!collapsed && (
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{t('app.shortTitle')}</span>
      )}
    </div>
  );
}

/** The signed-in shell; antd's App (message / modal hooks) lives here so the login page does not load it. */
export default function AppLayout() {
  return (
    <AntdApp>
      <Shell />
    </AntdApp>
  );
}

function Shell() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const mobile = screens.md === false;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  const items = navItemsFor(me).map((item) => ({
    key: item.key,
    icon: item.icon,
    label: (
      <Link to={item.path} onClick={() => setDrawerOpen(false)}>
        {t(`menu.${item.key}`)}
      </Link>
    ),
  }));
  const menu = (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={[activeKey(location.pathname) ?? '']}
      items={items}
      aria-label={t('app.shortTitle')}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!mobile && (
        <Layout.Sider
          width={SIDER_WIDTH}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          breakpoint="lg"
          style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
        >
          <Brand collapsed={collapsed} />
          {/* The collapse trigger is fixed over the sider's bottom 48 px: keep the last items scrollable above it. */}
          <div style={{ paddingBottom: 48 }}>{menu}</div>
        </Layout.Sider>
      )}
      {mobile && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={SIDER_WIDTH + 24}
          closable={false}
          styles={{ body: { padding: 0, background: '#001529' } }}
        >
          <Brand />
          {menu}
        </Drawer>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            background: '#fff',
            padding: mobile ? '0 12px' : '0 24px',
            display: 'flex',
            alignItems: 'center',
            gap: 12,
            height: 56,
            lineHeight: '56px',
            borderBottom: '1px solid #f0f0f0',
            position: 'sticky',
            top: 0,
            zIndex: 10,
          }}
        >
          {mobile && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('menu.openMenu')}
              onClick={() => setDrawerOpen(true)}
            />
          )}
          <HeaderBar mobile={mobile} />
        </Layout.Header>
        <Layout.Content style={{ padding: mobile ? 12 : 24, minWidth: 0 }}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

/** Header: page title area, language switch, user name, role with jurisdiction, logout. */
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Dropdown, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { authApi } from '../api/endpoints.ts';
import { useMe, useSetSession } from '../auth/session.ts';
import LanguageSwitch from '../components/LanguageSwitch.tsx';
import NotificationBell from '../pages/notifications/NotificationBell.tsx';
import { roleWithJurisdiction } from '../lib/roles.ts';

export default function HeaderBar({ mobile }: { mobile: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const setSession = useSetSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const primary = me.roles[0];
  const roleLine = primary ? roleWithJurisdiction(primary, t) : '';

  const logout = async () => {
    try {
      await authApi.logout();
    } catch {
      message.warning(t('common.networkError'));
    }
    setSession(null);
    void navigate('/login', { replace: true });
  };

  return (
    <div
      style={{
        flex: 1,
        minWidth: 0,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: 12,
      }}
    >
      <Typography.Text strong ellipsis style={{ fontSize: 15, minWidth: 0 }}>
        {mobile ? t('app.shortTitle') : t('app.title')}
      </Typography.Text>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, flex: 'none' }}>
        <NotificationBell />
        {!mobile && <LanguageSwitch />}
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'who', disabled: true, label: <span data-testid="header-role">{roleLine}</span> },
              ...(mobile ? [{ key: 'lang', label: <LanguageSwitch /> }] : []),
              { type: 'divider' as const },
              {
                key: 'logout',
                icon: <LogoutOutlined />,
                label: t('header.logout'),
                onClick: () => void logout(),
              },
            ],
          }}
        >
          <Button
            type="text"
            style={{ height: 48, display: 'flex', alignItems: 'center', gap: 8, padding: '0 6px' }}
            data-testid="user-menu"
          >
            <Avatar size="small" icon={<UserOutlined />} style={{ background: '#1456c8' }} />
            {mobile ? (
              <span style={{ maxWidth: 96, overflow: 'hidden', textOverflow: 'ellipsis' }}>
                {me.displayName}
              </span>
            ) : (
              <span
                style={{
                  display: 'flex',
                  flexDirection: 'column',
                  alignItems: 'flex-start',
                  lineHeight: 1.3,
                }}
              >
                <span style={{ fontWeight: 500 }}>{me.displayName}</span>
                <span style={{ fontSize: 12, color: '#8c8c8c' }}>{roleLine}</span>
              </span>
            )}
          </Button>
        </Dropdown>
      </div>
    </div>
  );
}

/** The header bell: unread count (refreshed every minute and on focus), the latest few, a link to all. */
import { BellOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Dropdown, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { formatDateTime } from '../../lib/format.ts';
import { notificationsApi } from '../publicity/api.ts';

export default function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const count = useQuery({
    queryKey: ['notifications', 'unread-count'],
    queryFn: notificationsApi.unreadCount,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
  const latest = useQuery({
    queryKey: ['notifications', 'latest'],
    queryFn: () => notificationsApi.list({ pageSize: 5, unread: 'true' }),
    enabled: (count.data?.unread ?? 0) > 0,
  });
  const open = async (id: string, link: string | null) => {
    await notificationsApi.read(id).catch(() => undefined);
    await queryClient.invalidateQueries({ queryKey: ['notifications'] });
    void navigate(link ?? '/notifications');
  };
  const items = (latest.data?.items ?? []).map((n) => ({
    key: n.id,
    label: (
      <div style={{ maxWidth: 320, whiteSpace: 'normal' }}>
        <Typography.Text strong>{n.title}</Typography.Text>
        <br />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDateTime(n.createdAt)}
        </Typography.Text>
      </div>
    ),
    onClick: () => void open(n.id, n.link),
  }));
  const unread = count.data?.unread ?? 0;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          ...(items.length
            ? items
            : [
                {
                  key: 'empty',
                  disabled: true,
                  label: (
                    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
                  ),
                },
              ]),
          { type: 'divider' as const },
          { key: 'all', label: t('notifications.viewAll'), onClick: () => void navigate('/notifications') },
        ],
      }}
    >
      <Button type="text" aria-label={t('notifications.bell')} data-testid="notification-bell">
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Dropdown>
  );
}

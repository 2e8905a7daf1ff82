/** 消息通知: my notifications (unread filter, mark read, mark all) and the settings (e-mail, channels per kind). */
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Card, List, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../lib/format.ts';
import { notificationsApi } from '../publicity/api.ts';
import NotificationSettingsCard from './NotificationSettingsCard.tsx';

export default function NotificationsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(1);
  const query = { page, pageSize: 20, ...(unreadOnly ? { unread: 'true' as const } : {}) };
  const { data, isFetching } = useQuery({
    queryKey: ['notifications', 'list', query],
    queryFn: () => notificationsApi.list(query),
    placeholderData: keepPreviousData,
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['notifications'] });
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={t('notifications.title')}
        extra={
          <Space>
            <Switch checked={unreadOnly} onChange={setUnreadOnly} />
            <span>{t('notifications.unreadOnly')}</span>
            <Button onClick={() => void notificationsApi.readAll().then(refresh)}>
              {t('notifications.markAllRead')}
            </Button>
          </Space>
        }
      >
        <List
          loading={isFetching}
          dataSource={data?.items ?? []}
          locale={{ emptyText: t('notifications.empty') }}
          pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, onChange: setPage }}
          renderItem={(n) => (
            <List.Item
              actions={[
                n.link && (
                  <Link key="open" to={n.link} onClick={() => void notificationsApi.read(n.id).then(refresh)}>
                    {t('notifications.open')}
                  </Link>
                ),
                !n.readAt && (
                  <Button
                    key="read"
                    type="link"
                    size="small"
                    onClick={() => void notificationsApi.read(n.id).then(refresh)}
                  >
                    {t('notifications.markRead')}
                  </Button>
                ),
              ].filter(Boolean)}
            >
              <List.Item.Meta
                title={
                  <Space>
                    {!n.readAt && <Badge status="processing" />}
                    <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                  </Space>
                }
                description={
                  <>
                    <div>{n.body}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(n.createdAt)}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      <NotificationSettingsCard />
    </Space>
  );
}

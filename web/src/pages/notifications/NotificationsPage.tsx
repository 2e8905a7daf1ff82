/** 消息通知: my notifications (unread filter, mark read, mark all) and the e-mail setting. */
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Badge, Button, Card, Form, Input, List, Space, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { notificationSettingsBodySchema } from '../../../../src/contracts/notifications.ts';
import { formatDateTime } from '../../lib/format.ts';
import { applyServerErrors, validateWith } from '../../lib/form-errors.ts';
import { notificationsApi, type NotificationSettings } from '../publicity/api.ts';

function EmailSettings() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ email?: string; emailEnabled?: boolean }>();
  const [general, setGeneral] = useState<string | null>(null);
  const { data } = useQuery({ queryKey: ['notifications', 'settings'], queryFn: notificationsApi.settings });
  useEffect(() => {
    if (data) {
      form.setFieldsValue({ email: data.email ?? '', emailEnabled: data.emailEnabled });
    }
  }, [data, form]);
  const save = async () => {
    const v = form.getFieldsValue();
    const body = validateWith(
      notificationSettingsBodySchema,
      { email: v.email?.trim() ? v.email.trim() : null, emailEnabled: v.emailEnabled ?? true },
      form,
      t,
    );
    if (!body) {
      return;
    }
    try {
      await notificationsApi.saveSettings(body as NotificationSettings);
      message.success(t('common.saved'));
      setGeneral(null);
    } catch (error) {
      setGeneral(applyServerErrors(error, form, t, { fields: ['email', 'emailEnabled'] }));
    }
  };
  return (
    <Card title={t('notifications.emailSettings')}>
      {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 12 }} />}
      <Form form={form} name="notification-settings" layout="inline" style={{ rowGap: 12 }}>
        <Form.Item name="email" label={t('notifications.email')}>
          <Input style={{ width: 260 }} maxLength={254} />
        </Form.Item>
        <Form.Item name="emailEnabled" label={t('notifications.emailEnabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Button type="primary" onClick={() => void save()}>
          {t('common.save')}
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('notifications.emailHint')}
      </Typography.Paragraph>
    </Card>
  );
}

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
      <EmailSettings />
    </Space>
  );
}

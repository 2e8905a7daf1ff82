/**
 * 通知设置: the e-mail address and switch, and — per kind, grouped — whether to receive it as 站内消息
 * and/or 邮件. A group's row checks or clears all of its kinds at once.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Form, Input, Switch, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notificationSettingsBodySchema } from '../../../../src/contracts/notifications.ts';
import type { NotificationKind } from '../../../../src/domain/notifications/kinds.ts';
import { applyServerErrors, validateWith } from '../../lib/form-errors.ts';
import { notificationsApi } from '../publicity/api.ts';

type Channel = 'inApp' | 'byEmail';
type Choice = Record<Channel, boolean>;

interface Row {
  key: string;
  label: string;
  /** The kinds the row sets: one for a kind's row, all of the group's for a group's row. */
  kinds: NotificationKind[];
  children?: Row[];
}

export default function NotificationSettingsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ email?: string; emailEnabled?: boolean }>();
  const [choices, setChoices] = useState<Partial<Record<NotificationKind, Choice>>>({});
  const [collapsed, setCollapsed] = useState<string[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { data, isLoading } = useQuery({
    queryKey: ['notifications', 'settings'],
    queryFn: notificationsApi.settings,
  });
  useEffect(() => {
    if (data) {
      form.setFieldsValue({ email: data.email ?? '', emailEnabled: data.emailEnabled });
      setChoices(
        Object.fromEntries(data.channels.map((c) => [c.kind, { inApp: c.inApp, byEmail: c.byEmail }])),
      );
    }
  }, [data, form]);
  const emailEnabled = Form.useWatch('emailEnabled', form);
  const email = Form.useWatch('email', form);
  const mailing = emailEnabled !== false && Boolean(email?.trim());

  const kindLabels = t('notificationSettings.kinds', { returnObjects: true }) as Record<string, string>;
  const groupLabels = t('notificationSettings.groups', { returnObjects: true }) as Record<string, string>;
  const rows = useMemo<Row[]>(() => {
    const groups: Row[] = [];
    for (const c of data?.channels ?? []) {
      let group = groups.find((g) => g.key === c.group);
      if (!group) {
        group = { key: c.group, label: groupLabels[c.group] ?? c.group, kinds: [], children: [] };
        groups.push(group);
      }
      group.kinds.push(c.kind);
      group.children!.push({ key: c.kind, label: kindLabels[c.kind] ?? c.kind, kinds: [c.kind] });
    }
    return groups;
  }, [data, kindLabels, groupLabels]);

  const set = (kinds: NotificationKind[], channel: Channel, value: boolean) =>
    setChoices((current) => {
      const next = { ...current };
      for (const kind of kinds) {
        next[kind] = { ...(next[kind] ?? { inApp: true, byEmail: true }), [channel]: value };
      }
      return next;
    });

  const channelColumn = (channel: Channel): ColumnsType<Row>[number] => ({
    title: t(`notificationSettings.${channel}`),
    key: channel,
    width: 96,
    align: 'center',
    render: (_: unknown, row: Row) => {
      const on = row.kinds.filter((k) => choices[k]?.[channel] ?? true).length;
      const label = row.children ? t('notificationSettings.allOfGroup', { group: row.label }) : row.label;
      return (
        <Checkbox
          aria-label={`${label} · ${t(`notificationSettings.${channel}`)}`}
          checked={on === row.kinds.length}
          indeterminate={on > 0 && on < row.kinds.length}
          onChange={(e) => set(row.kinds, channel, e.target.checked)}
        />
      );
    },
  });
  const columns: ColumnsType<Row> = [
    {
      title: t('notificationSettings.kind'),
      key: 'label',
      render: (_: unknown, row: Row) =>
        row.children ? <Typography.Text strong>{row.label}</Typography.Text> : row.label,
    },
    channelColumn('inApp'),
    channelColumn('byEmail'),
  ];

  const save = async () => {
    const v = form.getFieldsValue();
    const body = validateWith(
      notificationSettingsBodySchema,
      {
        email: v.email?.trim() ? v.email.trim() : null,
        emailEnabled: v.emailEnabled ?? true,
        channels: (data?.channels ?? []).map((c) => ({
          kind: c.kind,
          inApp: choices[c.kind]?.inApp ?? true,
          byEmail: choices[c.kind]?.byEmail ?? true,
        })),
      },
      form,
      t,
    );
    if (!body) {
      return;
    }
    setSaving(true);
    try {
      const saved = await notificationsApi.saveSettings(body);
      queryClient.setQueryData(['notifications', 'settings'], saved);
      message.success(t('common.saved'));
      setGeneral(null);
    } catch (error) {
      setGeneral(applyServerErrors(error, form, t, { fields: ['email', 'emailEnabled'] }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title={t('notificationSettings.title')}>
      {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 12 }} />}
      <Form form={form} name="notification-settings" layout="inline" style={{ rowGap: 12 }}>
        <Form.Item name="email" label={t('notifications.email')}>
          <Input style={{ width: 260, maxWidth: '100%' }} maxLength={254} />
        </Form.Item>
        <Form.Item name="emailEnabled" label={t('notifications.emailEnabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('notifications.emailHint')}
      </Typography.Paragraph>
      <Typography.Title level={5}>{t('notificationSettings.channelsTitle')}</Typography.Title>
      {!mailing && data && (
        <Alert type="info" showIcon title={t('notificationSettings.emailOff')} style={{ marginBottom: 12 }} />
      )}
      <Table<Row>
        size="small"
        rowKey="key"
        loading={isLoading}
        columns={columns}
        dataSource={rows}
        pagination={false}
        expandable={{
          expandedRowKeys: rows.map((r) => r.key).filter((k) => !collapsed.includes(k)),
          onExpand: (open, row) =>
            setCollapsed((c) => (open ? c.filter((k) => k !== row.key) : [...c, row.key])),
        }}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('notificationSettings.hint')}
      </Typography.Paragraph>
      <Button type="primary" loading={saving} onClick={() => void save()}>
        {t('common.save')}
      </Button>
    </Card>
  );
}

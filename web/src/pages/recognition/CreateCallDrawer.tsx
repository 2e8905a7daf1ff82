/** 发布新通知: a draft call under a pack with a recognition process (published from the list). */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Drawer, Form, Input, InputNumber, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { policyApi } from '../policy/api.ts';
import { recognitionApi } from './api.ts';
import { errorText, loc } from './shared.tsx';
import { useMe } from '../../auth/session.ts';
import { jurisdictionContains, NATIONAL_REGION_CODE } from '../../../../src/domain/jurisdiction/index.ts';

interface Values {
  packId: string;
  year: number;
  title: string;
  description?: string;
  level: string;
  dates: [Dayjs, Dayjs];
}

export default function CreateCallDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const packs = useQuery({ queryKey: ['policy-packs'], queryFn: () => policyApi.list() });
  const packId = Form.useWatch('packId', form);
  const pack = packs.data?.find((p) => p.id === packId);
  const me = useMe();
  // Only packs whose jurisdiction covers one of the user's issuing grants (the server refuses the others).
  const issuingRegions = me.roles
    .filter((r) => ['national_admin', 'provincial_admin', 'city_officer'].includes(r.role))
    .map((r) =>
      r.role === 'national_admin' ? NATIONAL_REGION_CODE : (r.regionCode ?? NATIONAL_REGION_CODE),
    );
  const packCovers = (regionCode: string | null) =>
    issuingRegions.some((region) => jurisdictionContains(regionCode ?? NATIONAL_REGION_CODE, region));

  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      await recognitionApi.createCall({
        packId: v.packId,
        year: v.year,
        title: v.title,
        description: v.description ?? '',
        level: v.level,
        opensOn: v.dates[0].format('YYYY-MM-DD'),
        closesOn: v.dates[1].format('YYYY-MM-DD'),
      });
      await queryClient.invalidateQueries({ queryKey: ['calls'] });
      form.resetFields();
      onClose();
    } catch (e) {
      setError(errorText(e, t('common.error')));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={560}
      title={t('recognition.calls.create')}
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => void submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        name="create-call"
        initialValues={{ year: new Date().getFullYear(), level: 'provincial' }}
      >
        <Form.Item name="packId" label={t('recognition.calls.pack')} rules={[{ required: true }]}>
          <Select
            options={(packs.data ?? [])
              .filter((p) => p.contents.includes('criteria') || p.contents.includes('directions'))
              .filter((p) => packCovers(p.jurisdiction.regionCode))
              .map((p) => ({ value: p.id, label: loc(p.title) }))}
          />
        </Form.Item>
        <Form.Item name="level" label={t('recognition.calls.level')} rules={[{ required: true }]}>
          <Select
            options={(pack?.levels.length ? pack.levels : ['provincial']).map((l) => ({
              value: l,
              label: t(`recognition.levels.${l}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="year" label={t('recognition.calls.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('recognition.calls.titleField')}
          rules={[{ required: true, min: 2 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="dates"
          label={`${t('recognition.calls.opensOn')} – ${t('recognition.calls.closesOn')}`}
          rules={[{ required: true }]}
        >
          <DatePicker.RangePicker />
        </Form.Item>
        <Form.Item name="description" label={t('recognition.calls.description')}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

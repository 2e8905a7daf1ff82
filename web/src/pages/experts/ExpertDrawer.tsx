/** One expert of the pool: profile (fields, title, availability, cap), employment history, declared conflicts, tasks. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Drawer,
  Form,
  Grid,
  Input,
  InputNumber,
  Space,
  Switch,
  Table,
  Tag,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { applyServerErrors } from '../../lib/form-errors.ts';
import { loc } from '../review/shared.tsx';
import type { UpdateExpertBody } from '../../../../src/contracts/expert-pool.ts';
import { expertsApi, type ExpertView } from './api.ts';
import { AvailabilityTag, FieldTags, REVIEW_FIELDS } from './ExpertPoolPage.tsx';
import ExpertHistory from './ExpertHistory.tsx';

interface ProfileValues {
  fields: string[];
  title: string | null;
  available: boolean;
  maxLoad: number | null;
}

export default function ExpertDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<ProfileValues>();
  const [general, setGeneral] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { data: expert } = useQuery({
    queryKey: ['experts', 'one', id],
    queryFn: () => expertsApi.get(id!),
    enabled: id !== null,
  });

  useEffect(() => {
    if (expert) {
      form.setFieldsValue({
        fields: expert.fields,
        title: expert.title,
        available: expert.available,
        maxLoad: expert.maxLoad,
      });
      setGeneral(null);
    }
  }, [expert, form]);

  /** Runs a change, refreshes the list and the drawer; returns the message for the form above it. */
  const apply = async (run: () => Promise<ExpertView>, target = form, fields: string[] = []) => {
    try {
      const fresh = await run();
      queryClient.setQueryData(['experts', 'one', id], fresh);
      await queryClient.invalidateQueries({ queryKey: ['experts'], exact: false });
      message.success(t('expertPool.saved'));
      return true;
    } catch (error) {
      const text = applyServerErrors(error, target, t, { fields });
      if (text) {
        message.error(text);
      }
      return false;
    }
  };

  const save = async () => {
    if (!expert) {
      return;
    }
    setSaving(true);
    const v = form.getFieldsValue(true) as ProfileValues;
    await apply(
      () =>
        expertsApi.update(expert.userId, {
          version: expert.version,
          fields: v.fields as NonNullable<UpdateExpertBody['fields']>,
          title: v.title?.trim() || null,
          available: v.available,
          maxLoad: v.maxLoad ?? null,
        }),
      form,
      ['fields', 'title', 'available', 'maxLoad'],
    );
    setSaving(false);
  };

  return (
    <Drawer
      title={expert ? `${t('expertPool.detail')} · ${expert.name}` : t('expertPool.detail')}
      open={id !== null}
      onClose={onClose}
      size={screens.md === false ? '100%' : 760}
      destroyOnHidden
    >
      {expert && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="expert-detail">
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('expertPool.name')}>{expert.name}</Descriptions.Item>
            <Descriptions.Item label={t('expertPool.region')}>{expert.regionName}</Descriptions.Item>
            <Descriptions.Item label={t('expertPool.organisation')} span={2}>
              {expert.organisationName}
            </Descriptions.Item>
            <Descriptions.Item label={t('expertPool.field')}>
              <FieldTags fields={expert.fields} />
            </Descriptions.Item>
            <Descriptions.Item label={t('expertPool.availability')}>
              <AvailabilityTag expert={expert} />
            </Descriptions.Item>
            <Descriptions.Item label={t('expertPool.load')}>
              {expert.maxLoad === null
                ? t('expertPool.loadNoCap', { load: expert.load })
                : t('expertPool.loadOf', { load: expert.load, max: expert.maxLoad })}
            </Descriptions.Item>
            <Descriptions.Item label={t('expertPool.updated')}>
              {formatDateTime(expert.updatedAt)}
            </Descriptions.Item>
          </Descriptions>
          {expert.abilities.manage && (
            <Card size="small" title={t('expertPool.profile')}>
              {general && <Alert type="error" showIcon title={general} />}
              <Form form={form} layout="vertical" name="expertProfile">
                <Form.Item name="fields" label={t('expertPool.field')} required>
                  <Checkbox.Group
                    options={REVIEW_FIELDS.map((f) => ({ value: f, label: t(`expertReview.fields.${f}`) }))}
                  />
                </Form.Item>
                <Space wrap size="large" align="start">
                  <Form.Item name="title" label={t('expertPool.titleCol')}>
                    <Input style={{ width: 200 }} maxLength={64} />
                  </Form.Item>
                  <Form.Item name="available" label={t('expertPool.availability')} valuePropName="checked">
                    <Switch
                      checkedChildren={t('expertPool.available')}
                      unCheckedChildren={t('expertPool.unavailable')}
                    />
                  </Form.Item>
                  <Form.Item
                    name="maxLoad"
                    label={t('expertPool.maxLoad')}
                    extra={t('expertPool.maxLoadHelp')}
                  >
                    <InputNumber min={1} max={100} precision={0} placeholder={t('expertPool.batchCap')} />
                  </Form.Item>
                </Space>
                <Button type="primary" loading={saving} onClick={() => void save()}>
                  {t('expertPool.save')}
                </Button>
              </Form>
            </Card>
          )}
          <ExpertHistory expert={expert} apply={apply} />
          <Assignments expert={expert} />
        </Space>
      )}
    </Drawer>
  );
}

function Assignments({ expert }: { expert: ExpertView }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('expertPool.assignments')}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={expert.assignments}
        locale={{ emptyText: t('expertPool.noAssignments') }}
        columns={[
          { title: t('expertPool.application'), dataIndex: 'applicationName' },
          { title: t('expertPool.call'), dataIndex: 'callTitle', ellipsis: true },
          {
            title: t('expertPool.status'),
            key: 'status',
            width: 90,
            render: (_, a) => <Tag>{loc(a.statusLabel)}</Tag>,
          },
          {
            title: t('expertPool.updated'),
            key: 'updatedAt',
            width: 110,
            render: (_, a) => formatDate(a.updatedAt),
          },
        ]}
      />
    </Card>
  );
}

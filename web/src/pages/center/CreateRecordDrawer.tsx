/** Records one delivered service; the enterprise is named by its credit code. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Drawer, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { afterToday } from '../../lib/dates.ts';
import { reportError } from './errors.ts';
import { serviceTypeValues } from '../../../../src/domain/center-platform/vocabulary.ts';
import { platformApi, toFen } from './api.ts';

interface Values {
  serviceType: string;
  serviceDate: { format: (f: string) => string };
  enterpriseCreditCode: string;
  title: string;
  outcome?: string;
  amountYuan?: number | null;
  preferential?: boolean;
}

export default function CreateRecordDrawer({
  slug,
  open,
  onClose,
}: {
  slug: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (v: Values) =>
      platformApi.createRecord(slug, {
        serviceType: v.serviceType as never,
        serviceDate: v.serviceDate.format('YYYY-MM-DD'),
        enterpriseCreditCode: v.enterpriseCreditCode,
        title: v.title,
        outcome: v.outcome ?? '',
        amountFen: toFen(v.amountYuan),
        preferential: v.preferential ?? false,
      }),
    onSuccess: async () => {
      message.success(t('common.saved'));
      form.resetFields();
      onClose();
      await queryClient.invalidateQueries({ queryKey: ['ledger', slug] });
    },
    onError: (error) =>
      reportError(error, message, t, form, [
        'serviceType',
        'serviceDate',
        'enterpriseCreditCode',
        'title',
        'outcome',
      ]),
  });
  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={520}
      title={t('centerPlatform.ledger.create')}
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={mutation.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} name="create-service-record" layout="vertical" onFinish={(v) => mutation.mutate(v)}>
        <Form.Item name="serviceType" label={t('centerPlatform.ledger.type')} rules={[{ required: true }]}>
          <Select
            options={serviceTypeValues.map((v) => ({
              value: v,
              label: t(`centerPlatform.serviceTypes.${v}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="serviceDate" label={t('centerPlatform.ledger.date')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={afterToday} />
        </Form.Item>
        <Form.Item
          name="enterpriseCreditCode"
          label={t('centerPlatform.ledger.creditCode')}
          rules={[{ required: true, len: 18 }]}
        >
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('centerPlatform.ledger.title')}
          rules={[{ required: true, max: 200 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="outcome" label={t('centerPlatform.ledger.outcome')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="amountYuan" label={t('centerPlatform.ledger.amount')}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="preferential"
          label={t('centerPlatform.ledger.preferential')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

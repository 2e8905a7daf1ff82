/** 登记复用/部署: records who adopted a resource and when; lists what is already recorded. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, List, Modal, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { validateWith } from '../../lib/form-errors.ts';
import { poolApi, recordAdoptionBodySchema, type RecordAdoptionBody } from './api.ts';

export default function AdoptionModal({
  resourceId,
  onClose,
}: {
  resourceId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<RecordAdoptionBody>();
  const history = useQuery({
    queryKey: ['pool', 'adoptions', resourceId],
    queryFn: () => poolApi.adoptions(resourceId!),
    enabled: resourceId !== null,
  });
  const save = useMutation({
    mutationFn: async () => {
      const body = validateWith(
        recordAdoptionBodySchema,
        { ...form.getFieldsValue(true), adopterCreditCode: form.getFieldValue('adopterCreditCode') || null },
        form,
        t,
      );
      if (!body) {
        throw new Error('invalid');
      }
      return poolApi.recordAdoption(resourceId!, body);
    },
    onSuccess: () => {
      void message.success(t('resources.adoption.saved'));
      void queryClient.invalidateQueries({ queryKey: ['pool'] });
      onClose();
    },
    onError: (error) => {
      if (error.message !== 'invalid') {
        void message.error(error.message);
      }
    },
  });
  return (
    <Modal
      open={resourceId !== null}
      title={t('resources.adoption.title')}
      onCancel={onClose}
      onOk={() => save.mutate()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        name="adoption"
        initialValues={{ kind: 'deployment', adoptedOn: new Date().toISOString().slice(0, 10), note: '' }}
      >
        <Form.Item name="kind" label={t('resources.adoption.kind')}>
          <Radio.Group
            options={(['reuse', 'deployment'] as const).map((k) => ({
              value: k,
              label: t(`resources.adoption.kinds.${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="adopterName" label={t('resources.adoption.adopterName')} required>
          <Input />
        </Form.Item>
        <Form.Item name="adopterCreditCode" label={t('resources.adoption.adopterCreditCode')}>
          <Input />
        </Form.Item>
        <Form.Item name="adoptedOn" label={t('resources.adoption.adoptedOn')} required>
          <Input placeholder="2026-11-22" />
        </Form.Item>
        <Form.Item name="note" label={t('resources.adoption.note')}>
          <Input />
        </Form.Item>
      </Form>
      {(history.data?.items.length ?? 0) > 0 && (
        <List
          size="small"
          header={<Typography.Text strong>{t('resources.adoption.history')}</Typography.Text>}
          dataSource={history.data?.items ?? []}
          renderItem={(a) => (
            <List.Item>
              {a.adoptedOn} · {t(`resources.adoption.kinds.${a.kind}`)} · {a.adopterName}
            </List.Item>
          )}
        />
      )}
    </Modal>
  );
}

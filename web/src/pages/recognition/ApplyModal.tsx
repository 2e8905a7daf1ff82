/** 我要申报: the applicant names the center and its type (or direction) and gets a draft. */
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { recognitionApi, type CallView } from './api.ts';
import { errorText, loc } from './shared.tsx';

interface Values {
  centerName: string;
  type?: string;
  kind?: string;
  direction?: string;
  industryCode?: string;
}

export default function ApplyModal({ call, onClose }: { call: CallView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const type = Form.useWatch('type', form);

  const submit = async () => {
    if (!call) {
      return;
    }
    const v = await form.validateFields();
    setSaving(true);
    try {
      const created = await recognitionApi.createApplication({
        callId: call.id,
        centerName: v.centerName,
        ...(v.type ? { type: v.type } : {}),
        ...(v.kind ? { kind: v.kind } : {}),
        ...(v.direction ? { direction: v.direction } : {}),
        ...(v.industryCode ? { industryCode: v.industryCode } : {}),
      });
      onClose();
      void navigate(`/applications/${created.id}`);
    } catch (e) {
      setError(errorText(e, t('common.error')));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={call !== null}
      title={call ? `${t('recognition.mine.create')} · ${call.title}` : ''}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('recognition.app.confirm')}
      confirmLoading={saving}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" name="apply">
        <Form.Item
          name="centerName"
          label={t('recognition.mine.centerName')}
          rules={[{ required: true, min: 2 }]}
        >
          <Input />
        </Form.Item>
        {call && call.directions.length > 0 ? (
          <Form.Item name="direction" label={t('recognition.mine.direction')} rules={[{ required: true }]}>
            <Select options={call.directions.map((d) => ({ value: d.id, label: loc(d.name) }))} />
          </Form.Item>
        ) : (
          <Form.Item name="type" label={t('recognition.mine.type')} rules={[{ required: true }]}>
            <Select
              options={(call?.types ?? []).map((v) => ({ value: v, label: t(`recognition.types.${v}`) }))}
            />
          </Form.Item>
        )}
        {type === 'functional' && (
          <Form.Item name="kind" label={t('recognition.mine.kind')} rules={[{ required: true }]}>
            <Select
              options={(call?.kinds ?? []).map((v) => ({ value: v, label: t(`recognition.kinds.${v}`) }))}
            />
          </Form.Item>
        )}
        <Form.Item name="industryCode" label={t('recognition.mine.industry')}>
          <Input placeholder="C34" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The public objection form (异议): project, name, contact, content, evidence files. */
import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Select, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { objectionFieldsSchema } from '../../../../src/contracts/publicity.ts';
import { applyServerErrors, validateWith } from '../../lib/form-errors.ts';
import { publicityApi, type PublicityNoticeView } from './api.ts';

interface Values {
  entryId?: string;
  name?: string;
  contact?: string;
  content?: string;
}

const FIELDS = ['entryId', 'name', 'contact', 'content', 'attachments'];

export default function ObjectionForm({ notice }: { notice: PublicityNoticeView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const listed = notice.entries.filter((e) => e.status === 'listed');

  const submit = async () => {
    setFormError(null);
    form.setFields(FIELDS.map((name) => ({ name: name as keyof Values, errors: [] })));
    const { entryId, name, contact, content } = form.getFieldsValue();
    const body = validateWith(objectionFieldsSchema, { entryId, name, contact, content }, form, t);
    if (!body) {
      return;
    }
    setSubmitting(true);
    try {
      await publicityApi.object(
        notice.id,
        body,
        files.map((f) => f.originFileObj).filter((f): f is NonNullable<typeof f> => Boolean(f)),
      );
      message.success(t('publicity.objectionReceived'));
      form.resetFields();
      setFiles([]);
      setDone(true);
    } catch (error) {
      setFormError(applyServerErrors(error, form, t, { fields: FIELDS }));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Card title={t('publicity.objectionForm')} data-testid="objection-form">
      <Alert type="info" showIcon title={t('publicity.objectionHint')} style={{ marginBottom: 16 }} />
      {done && (
        <Alert
          type="success"
          showIcon
          title={t('publicity.objectionReceived')}
          style={{ marginBottom: 16 }}
          data-testid="objection-received"
        />
      )}
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} name="objection" layout="vertical" style={{ maxWidth: 720 }}>
        <Form.Item name="entryId" label={t('publicity.objectionEntry')} required>
          <Select
            options={listed.map((e) => ({
              value: e.id,
              label: `${e.centerName}（${e.leadOrganisationName}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="name" label={t('publicity.objectionName')} required>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="contact" label={t('publicity.objectionContact')} required>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="content" label={t('publicity.objectionContent')} required>
          <Input.TextArea rows={5} maxLength={5000} showCount />
        </Form.Item>
        <Form.Item name="attachments" label={t('publicity.objectionAttachments')}>
          <Upload
            multiple
            maxCount={3}
            accept=".pdf,.png,.jpg,.jpeg"
            fileList={files}
            beforeUpload={() => false}
            onChange={({ fileList }) => setFiles(fileList.slice(0, 3))}
          >
            <Button icon={<UploadOutlined />}>{t('publicity.chooseFile')}</Button>
          </Upload>
        </Form.Item>
        <Button type="primary" loading={submitting} onClick={() => void submit()}>
          {t('publicity.objectionSubmit')}
        </Button>
      </Form>
    </Card>
  );
}

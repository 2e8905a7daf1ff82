/** A modal holding one form: submit runs `onSubmit`; server field errors land on the fields. */
import { App, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { reportError } from './errors.ts';

export default function FormModal<V extends object>({
  open,
  title,
  name,
  fields,
  onClose,
  onSubmit,
  children,
}: {
  open: boolean;
  title: string;
  name: string;
  fields: string[];
  onClose: () => void;
  onSubmit: (values: V) => Promise<unknown>;
  children: (form: FormInstance<V>) => ReactNode;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form<V>
        form={form}
        name={name}
        layout="vertical"
        onFinish={async (values) => {
          setBusy(true);
          try {
            await onSubmit(values);
            message.success(t('common.saved'));
            form.resetFields();
            onClose();
          } catch (error) {
            reportError(error, message, t, form, fields);
          } finally {
            setBusy(false);
          }
        }}
      >
        {children(form)}
      </Form>
    </Modal>
  );
}

/** 重置密码: an administrator sets a new password (等保 rules) for a user. */
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resetPasswordBodySchema, type UserView } from '../../api/contracts.ts';
import { usersApi } from '../../api/endpoints.ts';
import { applyServerErrors, validateWith } from '../../lib/form-errors.ts';

export default function ResetPasswordModal({
  user,
  onClose,
}: {
  user: UserView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newPassword?: string }>();
  const [saving, setSaving] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);

  const submit = async () => {
    if (!user) {
      return;
    }
    const body = validateWith(
      resetPasswordBodySchema,
      { newPassword: form.getFieldValue('newPassword') ?? '' },
      form,
      t,
    );
    if (!body) {
      return;
    }
    setSaving(true);
    setGeneral(null);
    try {
      await usersApi.resetPassword(user.id, body.newPassword);
      message.success(t('users.resetDone'));
      form.resetFields();
      onClose();
    } catch (error) {
      setGeneral(applyServerErrors(error, form, t, { fields: ['newPassword'] }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={user ? t('users.resetTitle', { name: user.displayName }) : ''}
      open={user !== null}
      onCancel={() => {
        form.resetFields();
        setGeneral(null);
        onClose();
      }}
      onOk={() => void submit()}
      confirmLoading={saving}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 16 }} />}
      <Form form={form} name="resetPassword" layout="vertical" onFinish={() => void submit()}>
        <Form.Item
          name="newPassword"
          label={t('users.newPassword')}
          required
          extra={`${t('account.ruleLength')}；${t('account.ruleClasses')}`}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 编辑账号: display name, disabled, role grants — sent with the row's version (409 when stale). */
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Form, Input, Space, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { updateUserBodySchema, type UserView } from '../../api/contracts.ts';
import { usersApi } from '../../api/endpoints.ts';
import { applyServerErrors, validateWith } from '../../lib/form-errors.ts';
import { grantsFromForm, grantsToForm, type GrantFormValue } from './grants.ts';
import RoleGrantsField from './RoleGrantsField.tsx';

interface Values {
  displayName?: string;
  disabled?: boolean;
  roles?: GrantFormValue[];
}

export default function EditUserDrawer({
  user,
  onClose,
  width,
}: {
  user: UserView | null;
  onClose: () => void;
  width: number | string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);

  useEffect(() => {
    if (user) {
      form.setFieldsValue({
        displayName: user.displayName,
        disabled: user.disabled,
        roles: grantsToForm(user.roles),
      });
      setGeneral(null);
    }
  }, [user, form]);

  const submit = async () => {
    if (!user) {
      return;
    }
    const values = form.getFieldsValue(true) as Values;
    const body = validateWith(
      updateUserBodySchema,
      {
        version: user.version,
        displayName: values.displayName,
        disabled: values.disabled,
        roles: grantsFromForm(values.roles),
      },
      form,
      t,
    );
    if (!body) {
      return;
    }
    setSaving(true);
    setGeneral(null);
    try {
      await usersApi.update(user.id, body);
      message.success(t('common.saved'));
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'conflict.stale_version') {
        message.warning(t('users.staleVersion'));
        await queryClient.invalidateQueries({ queryKey: ['users'] });
        onClose();
        return;
      }
      setGeneral(applyServerErrors(error, form, t, { fields: ['displayName', 'disabled', 'roles'] }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      title={user ? t('users.editTitle', { name: user.displayName }) : ''}
      open={user !== null}
      onClose={onClose}
      size={width}
      destroyOnHidden
      footer={
        <Space style={{ justifyContent: 'flex-end', width: '100%' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => void submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        name="editUser"
        key={user ? `${user.id}:${user.version}` : 'none'}
        initialValues={
          user
            ? { displayName: user.displayName, disabled: user.disabled, roles: grantsToForm(user.roles) }
            : undefined
        }
        layout="vertical"
        onFinish={() => void submit()}
      >
        <Form.Item label={t('users.username')}>
          <Input value={user?.username} disabled />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} required>
          <Input />
        </Form.Item>
        <Form.Item name="disabled" label={t('users.disabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item label={t('users.grants')} required>
          <RoleGrantsField />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

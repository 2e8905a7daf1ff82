/** 新建账号: organisation search, initial password (等保 rules), role grants with jurisdiction. */
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Drawer, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createUserBodySchema } from '../../api/contracts.ts';
import { usersApi } from '../../api/endpoints.ts';
import OrganisationSelect from '../../components/OrganisationSelect.tsx';
import { applyServerErrors, validateWith } from '../../lib/form-errors.ts';
import { grantsFromForm, type GrantFormValue } from './grants.ts';
import RoleGrantsField from './RoleGrantsField.tsx';

interface Values {
  username?: string;
  displayName?: string;
  password?: string;
  organisationId?: string;
  locale?: 'zh-CN' | 'en';
  roles?: GrantFormValue[];
  expertFields?: string[];
}

const REVIEW_FIELDS = ['technology', 'industry', 'management', 'finance'] as const;

const FIELDS = ['username', 'displayName', 'password', 'organisationId', 'locale', 'roles', 'expertFields'];

export default function CreateUserDrawer({
  open,
  onClose,
  width,
}: {
  open: boolean;
  onClose: () => void;
  width: number | string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);
  const roles = Form.useWatch('roles', form) as GrantFormValue[] | undefined;
  const isExpert = (roles ?? []).some((g) => g?.role === 'expert');

  const submit = async () => {
    const values = form.getFieldsValue(true) as Values;
    const body = validateWith(
      createUserBodySchema,
      {
        ...values,
        roles: grantsFromForm(values.roles),
        expertFields: isExpert ? (values.expertFields ?? []) : undefined,
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
      await usersApi.create(body);
      message.success(t('common.created'));
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      form.resetFields();
      onClose();
    } catch (error) {
      setGeneral(
        applyServerErrors(error, form, t, {
          fields: FIELDS,
          codeFields: {
            'user.username_taken': 'username',
            'user.username_duplicate': 'username',
            'expert.fields_required': 'expertFields',
          },
        }),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      title={t('users.create')}
      open={open}
      onClose={onClose}
      size={width}
      destroyOnHidden
      footer={
        <Space style={{ justifyContent: 'flex-end', width: '100%' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => void submit()}>
            {t('common.submit')}
          </Button>
        </Space>
      }
    >
      {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        name="createUser"
        layout="vertical"
        initialValues={{ locale: 'zh-CN', roles: [{}] }}
        onFinish={() => void submit()}
      >
        <Form.Item name="username" label={t('users.username')} required>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} required>
          <Input />
        </Form.Item>
        <Form.Item name="organisationId" label={t('users.organisation')} required>
          <OrganisationSelect />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('users.password')}
          required
          extra={`${t('account.ruleLength')}；${t('account.ruleClasses')}`}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="locale" label={t('users.locale')}>
          <Select
            options={[
              { value: 'zh-CN', label: '中文' },
              { value: 'en', label: 'English' },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('users.grants')} required>
          <RoleGrantsField />
        </Form.Item>
        {isExpert && (
          <Form.Item
            name="expertFields"
            label={t('users.expertFields')}
            required
            extra={t('users.expertFieldsHelp')}
          >
            <Checkbox.Group
              options={REVIEW_FIELDS.map((f) => ({ value: f, label: t(`expertReview.fields.${f}`) }))}
            />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}

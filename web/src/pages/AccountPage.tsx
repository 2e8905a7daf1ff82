/** 个人设置: change password (等保 2.0 rules shown and checked as you type) and interface language. */
import { CheckCircleFilled, CloseCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Input, Row, Space, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changePasswordBodySchema, passwordClassCount } from '../api/contracts.ts';
import { authApi } from '../api/endpoints.ts';
import { sessionQueryKey } from '../auth/session.ts';
import LanguageSwitch from '../components/LanguageSwitch.tsx';
import { applyServerErrors, validateWith } from '../lib/form-errors.ts';

interface Values {
  currentPassword?: string;
  newPassword?: string;
  confirmPassword?: string;
}

function Rule({ ok, text }: { ok: boolean; text: string }) {
  return (
    <div style={{ color: ok ? '#389e0d' : '#8c8c8c' }}>
      {ok ? <CheckCircleFilled /> : <CloseCircleOutlined />} {text}
    </div>
  );
}

export default function AccountPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const [saving, setSaving] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);

  const submit = async () => {
    const values = form.getFieldsValue();
    const body = validateWith(
      changePasswordBodySchema,
      { currentPassword: values.currentPassword ?? '', newPassword: values.newPassword ?? '' },
      form,
      t,
    );
    if (!body) {
      return;
    }
    if (values.confirmPassword !== values.newPassword) {
      form.setFields([{ name: 'confirmPassword', errors: [t('account.passwordMismatch')] }]);
      return;
    }
    setSaving(true);
    setGeneral(null);
    try {
      await authApi.changePassword(body);
      form.resetFields();
      // The session's mustChangePassword flag (and CSRF token, if rotated) come from /auth/me.
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      message.success(t('account.changed'));
    } catch (error) {
      setGeneral(
        applyServerErrors(error, form, t, {
          fields: ['currentPassword', 'newPassword'],
          codeFields: {
            'auth.invalid_credentials': 'currentPassword',
            'auth.wrong_password': 'currentPassword',
          },
        }),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card title={t('account.changePassword')}>
          {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 16 }} />}
          <Form
            form={form}
            name="changePassword"
            layout="vertical"
            onFinish={() => void submit()}
            style={{ maxWidth: 420 }}
          >
            <Form.Item name="currentPassword" label={t('account.currentPassword')} required>
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Form.Item name="newPassword" label={t('account.newPassword')} required>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item name="confirmPassword" label={t('account.confirmPassword')} required>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={saving}>
              {t('common.save')}
            </Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Card title={t('account.rulesTitle')}>
            <Rule ok={newPassword.length >= 8} text={t('account.ruleLength')} />
            <Rule ok={passwordClassCount(newPassword) >= 3} text={t('account.ruleClasses')} />
          </Card>
          <Card title={t('account.language')}>
            <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
              中文 / English
            </Typography.Paragraph>
            <LanguageSwitch size="middle" />
          </Card>
        </Space>
      </Col>
    </Row>
  );
}

/** 登录: username + password; shows the server's localised reason (wrong credentials, locked until …). */
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../api/client.ts';
import { loginBodySchema, type LoginBody } from '../api/contracts.ts';
import { authApi } from '../api/endpoints.ts';
import { useSession, useSetSession } from '../auth/session.ts';
import LanguageSwitch from '../components/LanguageSwitch.tsx';
import { currentLocale, hasStoredLanguage } from '../i18n/index.ts';
import { validateWith } from '../lib/form-errors.ts';
import { applyLanguage } from '../lib/use-language.ts';

/** Only same-site paths are accepted as the post-login destination. */
function safeFrom(from: string | null): string {
  return from && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

export default function LoginPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginBody>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const setSession = useSetSession();
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<{ title: string; detail: string } | null>(null);
  const from = safeFrom(params.get('from'));

  if (session.data) {
    return <Navigate to={from} replace />;
  }

  const submit = async () => {
    const body = validateWith(loginBodySchema, form.getFieldsValue(), form, t);
    if (!body) {
      return;
    }
    setSubmitting(true);
    setProblem(null);
    try {
      const result = await authApi.login(body);
      // A browser without an explicit choice follows the language saved in the user's preferences.
      if (!hasStoredLanguage() && result.user.locale !== currentLocale()) {
        await applyLanguage(result.user.locale);
      }
      setSession(result);
      void navigate(from, { replace: true });
    } catch (error) {
      if (error instanceof ApiError) {
        const title =
          error.status === 423
            ? t('login.locked')
            : error.status === 429
              ? t('login.rateLimited')
              : t('login.failed');
        setProblem({ title, detail: error.status === 0 ? t('common.networkError') : error.problem.detail });
      } else {
        setProblem({ title: t('login.failed'), detail: t('common.networkError') });
      }
      form.setFieldValue('password', '');
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        padding: '24px 16px',
        boxSizing: 'border-box',
        background: 'linear-gradient(160deg, #0b3a8c 0%, #1456c8 45%, #e9f0fb 45%)',
      }}
    >
      <div style={{ position: 'absolute', top: 16, right: 16 }}>
        <LanguageSwitch />
      </div>
      <Typography.Title
        level={2}
        style={{
          color: '#fff',
          textAlign: 'center',
          margin: '0 0 24px',
          fontSize: 'clamp(20px, 5vw, 28px)',
          maxWidth: 560,
        }}
      >
        {t('login.title')}
      </Typography.Title>
      <Card
        style={{ width: '100%', maxWidth: 400, boxShadow: '0 8px 24px rgba(0,0,0,0.12)' }}
        title={t('login.subtitle')}
      >
        {problem && (
          <Alert
            type="error"
            showIcon
            title={problem.title}
            description={problem.detail}
            style={{ marginBottom: 16 }}
            role="alert"
            data-testid="login-error"
          />
        )}
        <Form
          form={form}
          name="login"
          layout="vertical"
          requiredMark={false}
          onFinish={() => void submit()}
          autoComplete="on"
        >
          <Form.Item name="username" label={t('login.username')}>
            <Input prefix={<UserOutlined />} autoComplete="username" size="large" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={submitting}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
      <Typography.Text type="secondary" style={{ marginTop: 24, fontSize: 12, textAlign: 'center' }}>
        {t('login.footer')}
      </Typography.Text>
    </div>
  );
}

/** Sends visitors without a session to /login, remembering where they wanted to go. */
import { Button } from 'antd';
import StatusResult from '../components/StatusResult.tsx';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import PageLoading from '../components/PageLoading.tsx';
import { useSession } from './session.ts';

export default function RequireAuth({
  children,
  publicHome,
}: {
  children: ReactNode;
  publicHome?: ReactNode;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const { data, isPending, isError, error, refetch } = useSession();
  if (isPending) {
    return <PageLoading />;
  }
  if (isError) {
    return (
      <StatusResult
        status="500"
        title={t('common.networkError')}
        subTitle={error.message}
        extra={<Button onClick={() => void refetch()}>{t('common.search')}</Button>}
      />
    );
  }
  if (!data) {
    const from = `${location.pathname}${location.search}`;
    // A visitor at the root meets the public portal, not a login box.
    if (location.pathname === '/' && publicHome) {
      return publicHome;
    }
    return <Navigate to={from === '/' ? '/login' : `/login?from=${encodeURIComponent(from)}`} replace />;
  }
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}

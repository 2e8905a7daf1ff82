/** Providers: TanStack Query, Ant Design (zh_CN / en_US), i18next, and the router. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router-dom';
import { ApiError, setUnauthorizedHandler } from './api/client.ts';
import { sessionQueryKey } from './auth/session.ts';
import { cspNonce } from './lib/csp.ts';
import { router } from './router.tsx';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Problems answered by the API (403, 404, 422…) will not change on retry.
      retry: (count, error) => !(error instanceof ApiError && error.status > 0) && count < 2,
    },
  },
});

export default function App() {
  const { i18n } = useTranslation();
  useEffect(() => {
    // Any 401 means the session ended (timeout, logout elsewhere): <RequireAuth> sends the user to /login.
    setUnauthorizedHandler(() => {
      queryClient.setQueryData(sessionQueryKey, null);
    });
    return () => setUnauthorizedHandler(null);
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider
        csp={cspNonce ? { nonce: cspNonce } : undefined}
        locale={i18n.language === 'en' ? enUS : zhCN}
        theme={{ token: { colorPrimary: '#1456c8', borderRadius: 6 } }}
      >
        <RouterProvider router={router} />
      </ConfigProvider>
    </QueryClientProvider>
  );
}

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
        theme={{
          token: {
            colorPrimary: '#1456c8',
            colorLink: '#1456c8',
            borderRadius: 6,
            // WCAG 2.1 AA asks 4.5 : 1 for text; antd's greys for secondary text, labels and placeholders
            // (45 % and 25 % black) give 3.3 : 1 and less on white.
            colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
            colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
            colorTextDescription: 'rgba(0, 0, 0, 0.6)',
            colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
          },
          components: {
            // Tag text is the palette's 7th shade (or the bare status colour) on its 1st: 2.3–4.2 : 1 for
            // green, gold, orange, cyan, lime and the status tags. Two shades darker reads at 5 : 1 or more.
            Tag: {
              green7: '#237804',
              gold7: '#874d00',
              orange7: '#ad4e00',
              cyan7: '#006d75',
              lime7: '#3f6600',
              volcano7: '#ad2102',
              colorSuccess: '#237804',
              colorWarning: '#ad4e00',
              colorInfo: '#1456c8',
              colorError: '#cf1322',
            },
          },
        }}
      >
        <RouterProvider router={router} />
      </ConfigProvider>
    </QueryClientProvider>
  );
}

/** Switching the UI language: i18next, dayjs, <html lang>, localStorage, and the user's preference. */
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useQueryClient } from '@tanstack/react-query';
import type { Locale, SessionResponse } from '../api/contracts.ts';
import { authApi } from '../api/endpoints.ts';
import i18n, { currentLocale, rememberLanguage } from '../i18n/index.ts';
import { sessionQueryKey } from '../auth/session.ts';

/** Applies a language to the libraries that format text (without saving it anywhere). */
export function applyLanguage(locale: Locale): void {
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
  document.documentElement.lang = locale;
  if (currentLocale() !== locale) {
    void i18n.changeLanguage(locale);
  }
}

export function useChangeLanguage(): (locale: Locale) => Promise<void> {
  const queryClient = useQueryClient();
  return async (locale) => {
    applyLanguage(locale);
    rememberLanguage(locale);
    const session = queryClient.getQueryData<SessionResponse | null>(sessionQueryKey);
    if (session) {
      // Saved so e-mails and exports follow the user's language; a failure here is not worth an error.
      await authApi.setPreferences(locale).catch(() => undefined);
      const next: SessionResponse = { ...session, user: { ...session.user, locale } };
      queryClient.setQueryData(sessionQueryKey, next);
    }
    // Server-rendered text (problem details, region names) follows Accept-Language: refetch.
    await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== sessionQueryKey[0] });
  };
}

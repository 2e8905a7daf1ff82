/** Switching the UI language: i18next, dayjs, <html lang>, localStorage, and the user's preference. */
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useQueryClient } from '@tanstack/react-query';
import type { Locale, SessionResponse } from '../api/contracts.ts';
import { authApi } from '../api/endpoints.ts';
import i18n, { loadLanguage, rememberLanguage } from '../i18n/index.ts';
import { sessionQueryKey } from '../auth/session.ts';

/**
 * Applies a language to the libraries that format text (without saving it anywhere), once its strings are
 * there: the English ones are fetched on first use.
 */
export async function applyLanguage(locale: Locale): Promise<void> {
  await loadLanguage(locale);
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
  document.documentElement.lang = locale;
  // Also when i18next already says `locale`: a remembered English starts before its strings are loaded.
  await i18n.changeLanguage(locale);
}

export function useChangeLanguage(): (locale: Locale) => Promise<void> {
  const queryClient = useQueryClient();
  return async (locale) => {
    await applyLanguage(locale);
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

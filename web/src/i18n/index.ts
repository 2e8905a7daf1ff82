/**
 * i18next setup: zh-CN by default, English on request; the choice is remembered in localStorage. The English
 * strings are a chunk of their own, fetched when English is first chosen (or remembered), so the Chinese
 * first page does not carry them.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../api/contracts.ts';
import zhCN from './zh-cn.ts';

export const LANGUAGE_STORAGE_KEY = 'dtpc.lang';

/** The language remembered in this browser, or zh-CN. */
export function storedLanguage(): Locale {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function rememberLanguage(locale: Locale): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, locale);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

/** Whether this browser has an explicit language choice (otherwise the user's saved preference applies). */
export function hasStoredLanguage(): boolean {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

/** The UI language as the API expects it in Accept-Language and preferences. */
export function currentLocale(): Locale {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

let english: Promise<void> | undefined;

/** Makes `locale`'s strings available (English is fetched once, on first use). */
export function loadLanguage(locale: Locale): Promise<void> {
  if (locale !== 'en') {
    return Promise.resolve();
  }
  english ??= import('./en.ts').then((m) => {
    i18n.addResourceBundle('en', 'translation', m.default, true, true);
  });
  return english;
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN } },
  partialBundledLanguages: true,
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;

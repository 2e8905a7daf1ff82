/**
 * The browser tab's title: "<page> - <site>", as the server writes it into the entry page for public
 * records (src/app/seo/public-pages.ts), kept in step as the visitor moves inside the app. `skip` leaves
 * the title to another component (a layout leaves a record's page to title itself).
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function usePageTitle(parts: (string | null | undefined)[], skip = false): void {
  const { t } = useTranslation();
  const title = [...parts.filter((p): p is string => Boolean(p)), t('app.title')].join(' - ');
  useEffect(() => {
    if (!skip) {
      document.title = title;
    }
  }, [title, skip]);
}

/** 政策 pages: public, in the app shell when signed in (see PublicLayout). */
import { useTranslation } from 'react-i18next';
import PublicLayout from '../../layout/PublicLayout.tsx';

export default function PolicyLayout() {
  const { t } = useTranslation();
  return <PublicLayout home="/policy" title={t('menu.policy')} />;
}

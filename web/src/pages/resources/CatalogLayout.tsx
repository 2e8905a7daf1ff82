/** The public catalog and center sites: public, in the app shell when signed in (see PublicLayout). */
import { useTranslation } from 'react-i18next';
import PublicLayout from '../../layout/PublicLayout.tsx';

export default function CatalogLayout() {
  const { t } = useTranslation();
  return <PublicLayout home="/catalog" title={t('resources.menu.catalog')} />;
}

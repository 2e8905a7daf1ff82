/** 申报通知: public, in the app shell when signed in (see PublicLayout). */
import { useTranslation } from 'react-i18next';
import PublicLayout from '../../layout/PublicLayout.tsx';

export default function RecognitionLayout() {
  const { t } = useTranslation();
  return <PublicLayout home="/calls" title={t('menu.calls')} />;
}

/** Citations in the UI: the source document's short title (《…》) in the current language. */
import { useTranslation } from 'react-i18next';
import { documentTitle } from '../../../src/contracts/source-documents.ts';

/** Returns a function naming a seed file by its document title. */
export function useDocumentTitle(): (file: string) => string {
  const { i18n } = useTranslation();
  return (file) => documentTitle(file, i18n.language === 'en' ? 'en' : 'zh-CN');
}

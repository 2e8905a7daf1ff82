/** Export button state: downloads an .xlsx with the current filters and reports errors. */
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { download, type QueryValue } from '../api/client.ts';

export function useExport(path: string, fileName: string) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const run = async (query: Record<string, QueryValue>) => {
    setExporting(true);
    try {
      await download(path, query, fileName);
    } catch (error) {
      message.error(error instanceof Error && error.message ? error.message : t('common.error'));
    } finally {
      setExporting(false);
    }
  };
  return { exporting, run };
}

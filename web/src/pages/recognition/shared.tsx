/** Small pieces shared by the recognition pages: state tags, localized text, error messages. */
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../lib/citation.ts';
import { loc } from '../../lib/format.ts';

// Re-exported for the recognition pages, which take it from here.
export { loc };

const stateColors: Record<string, string> = {
  draft: 'default',
  submitted: 'processing',
  city_review: 'processing',
  returned: 'warning',
  recommended: 'cyan',
  formal_review: 'cyan',
  expert_review: 'purple',
  decided: 'success',
  rejected: 'error',
  publicity: 'gold',
  announced: 'success',
  withdrawn: 'default',
};

export function StateTag({ state, label }: { state: string; label: { zh: string; en: string } }) {
  return <Tag color={stateColors[state] ?? 'default'}>{loc(label)}</Tag>;
}

/** A citation: the document article, with the original text on hover. */
export function Citation({ source }: { source: { file: string; ref: string; text: string } }) {
  const { t } = useTranslation();
  const docTitle = useDocumentTitle();
  return (
    <Tooltip title={`${docTitle(source.file)} ${source.ref}：${source.text}`}>
      <Tag className="recognition-citation" style={{ cursor: 'help' }}>
        {t('recognition.app.source')}：{source.ref}
      </Tag>
    </Tooltip>
  );
}

export function errorText(error: unknown, fallback: string): string {
  return error instanceof Error && error.message ? error.message : fallback;
}

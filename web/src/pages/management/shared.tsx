/** Small shared pieces of the management pages. */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Picks the text of the UI language. */
export function useLocalized(): (v: { zh: string; en: string }) => string {
  const { i18n } = useTranslation();
  return (v) => (i18n.language === 'en' ? v.en : v.zh);
}

/** A citation: document article and quoted text. */
export function Citation({ source }: { source: { ref: string; text: string } }) {
  return (
    <Typography.Text type="secondary" className="management-citation">
      {source.ref}「{source.text}」
    </Typography.Text>
  );
}

export const STATUS_COLORS: Record<string, string> = {
  proposed: 'orange',
  revoked: 'red',
  dismissed: 'default',
  filed: 'orange',
  confirmed: 'green',
  returned: 'default',
  submitted: 'blue',
  withdrawn: 'default',
};

/** 中文 / English switch, remembered in localStorage and saved to the user's preferences. */
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../api/contracts.ts';
import { currentLocale } from '../i18n/index.ts';
import { useChangeLanguage } from '../lib/use-language.ts';

export default function LanguageSwitch({ size = 'small' }: { size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const change = useChangeLanguage();
  return (
    <Segmented<Locale>
      size={size}
      aria-label={t('app.language')}
      value={currentLocale()}
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'English', value: 'en' },
      ]}
      onChange={(value) => void change(value)}
    />
  );
}

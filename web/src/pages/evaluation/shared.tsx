/** Shared bits of the evaluation pages: localised text, year picker, status tags. */
import { InputNumber, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export function useLocalized(): (s: { zh: string; en: string } | null | undefined) => string {
  const { i18n } = useTranslation();
  return (s) => (s ? (i18n.language === 'en' ? s.en : s.zh) : '');
}

export function YearPicker({ value, onChange }: { value: number; onChange: (y: number) => void }) {
  const { t } = useTranslation();
  return (
    <InputNumber
      aria-label={t('evaluation.year')}
      min={2020}
      max={2100}
      value={value}
      onChange={(v) => v && onChange(v)}
      style={{ width: 110 }}
    />
  );
}

const STATUS_COLORS: Record<string, string> = {
  not_opened: 'default',
  open: 'blue',
  city_reviewed: 'cyan',
  province_reviewed: 'geekblue',
  decided: 'green',
};

export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status] ?? 'default'}>{t(`evaluation.statuses.${status}`)}</Tag>;
}

export function ReportStateTag({
  state,
  overdue,
  late,
}: {
  state: string;
  overdue?: boolean;
  late?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={state === 'submitted' ? 'green' : state === 'draft' ? 'gold' : 'default'}>
        {t(`evaluation.reportStates.${state}`)}
      </Tag>
      {overdue && <Tag color="red">{t('evaluation.overdue')}</Tag>}
      {late && <Tag color="orange">{t('evaluation.late')}</Tag>}
    </>
  );
}

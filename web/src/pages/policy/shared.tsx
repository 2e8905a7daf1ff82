/** Small pieces shared by the policy pages: localised text, citations, 存疑 marks, requirements. */
import { InfoCircleOutlined } from '@ant-design/icons';
import { Popover, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { findMetric } from '../../../../src/domain/metrics/index.ts';
import { useDocumentTitle } from '../../lib/citation.ts';

export interface Localized {
  zh: string;
  en: string;
}
export interface SourceRef {
  file: string;
  ref: string;
  text: string;
}

/** The string in the UI language. */
export function useL(): (s: Localized | undefined | null) => string {
  const { i18n } = useTranslation();
  return (s) => (s ? (i18n.language === 'en' ? s.en : s.zh) : '');
}

/** Article reference; the document's title and the original Chinese text in a popover. */
export function Citation({ source }: { source: SourceRef }) {
  const { t } = useTranslation();
  const docTitle = useDocumentTitle();
  return (
    <Popover
      title={`${docTitle(source.file)} · ${source.ref}`}
      content={
        <div style={{ maxWidth: 420 }}>
          <Typography.Text type="secondary">{t('policy.originalText')}</Typography.Text>
          <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }} lang="zh-CN">
            {source.text}
          </Typography.Paragraph>
        </div>
      }
    >
      <span className="policy-citation" style={{ cursor: 'help', whiteSpace: 'nowrap' }}>
        <InfoCircleOutlined style={{ color: '#1456c8', marginRight: 4 }} />
        {source.ref}
      </span>
    </Popover>
  );
}

/** 存疑: a value OCR could not read with certainty, with the printed text. */
export function Uncertain({ raw }: { raw?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <Tag color="orange" title={raw}>
      {t('policy.uncertain')}
      {raw ? `：${raw}` : ''}
    </Tag>
  );
}

const SYMBOL: Record<string, string> = { gte: '≥', gt: '>', lte: '≤', lt: '<', eq: '=', approx: '≈' };

export function requirementText(comparator: string | null, threshold: number | null): string {
  if (comparator === null) {
    return '—';
  }
  return `${SYMBOL[comparator] ?? comparator} ${threshold ?? '?'}`;
}

/** A metric as a reader names it — 建设运营场地使用面积 — never its key; with its unit when it has one. */
export function metricLabel(key: string, l: (v: Localized) => string): { name: string; unit: string } {
  const metric = findMetric(key);
  return metric ? { name: l(metric), unit: l(metric.unit) } : { name: key, unit: '' };
}

const STATUS_COLOR: Record<string, string> = {
  met: 'success',
  not_met: 'error',
  needs_judgement: 'processing',
  missing_value: 'default',
};

export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]}>{t(`policy.status.${status}`)}</Tag>;
}

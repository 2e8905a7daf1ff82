/** Small pieces shared by the expert review pages: field and status tags, localized text, numbers. */
import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { loc } from '../../lib/format.ts';

export const FIELDS = ['technology', 'industry', 'management', 'finance'] as const;

const fieldColors: Record<string, string> = {
  technology: 'blue',
  industry: 'green',
  management: 'purple',
  finance: 'gold',
};

const seatColors: Record<string, string> = {
  proposed: 'default',
  invited: 'processing',
  accepted: 'cyan',
  declined: 'warning',
  submitted: 'success',
  conflicted: 'error',
  removed: 'default',
};

export function FieldTags({ fields }: { fields: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <Space size={[0, 4]} wrap>
      {fields.map((f) => (
        <Tag key={f} color={fieldColors[f]}>
          {t(`expertReview.fields.${f}`)}
        </Tag>
      ))}
    </Space>
  );
}

export function SeatTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={seatColors[status]}>{t(`expertReview.seat.${status}`)}</Tag>;
}

export { loc };

/** Up to two decimals, no trailing zeros; — for null. */
export function num(value: number | null | undefined): string {
  if (value === null || value === undefined) {
    return '—';
  }
  return String(Math.round(value * 100) / 100);
}

export function errorText(e: unknown, fallback: string): string {
  if (e instanceof ApiError) {
    // Name what is wrong, not only "see the marked items" (the score table marks nothing itself).
    const fields = (e.problem.errors ?? []).map((f) => f.message).filter((m) => m && m !== e.problem.detail);
    const detail = e.problem.detail || e.message;
    return fields.length > 0 ? `${detail.replace(/，请检查标出的项目$/, '')}：${fields.join('；')}` : detail;
  }
  return e instanceof Error ? e.message : fallback;
}

const comparatorText: Record<string, string> = {
  gte: '≥',
  gt: '>',
  lte: '≤',
  lt: '<',
  eq: '=',
  approx: '≈',
};

export function requirementText(comparator: string | null, required: number | null): string {
  if (required === null) {
    return '—';
  }
  return `${comparator ? (comparatorText[comparator] ?? comparator) : ''} ${required}`.trim();
}

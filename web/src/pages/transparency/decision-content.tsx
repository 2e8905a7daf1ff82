/**
 * The readable content of a decision's log record: the detail fields each decision action writes, with
 * labels, and codes turned into words — the raw record (what is hashed) stays as the API returned it.
 */
import type { DescriptionsProps } from 'antd';
import type { TFunction } from 'i18next';
import type { LeafRecordView } from '../../../../src/contracts/transparency.ts';
import { formatDate } from '../../lib/format.ts';

/** Detail fields shown, in this order; others (ids of internal records) are covered by the hash only. */
const shown = ['name', 'center', 'recognisedOn', 'year', 'rating', 'banEndsOn', 'source'] as const;
type Shown = (typeof shown)[number];

function valueOf(t: TFunction, key: Shown, raw: unknown): string {
  const text = String(raw);
  switch (key) {
    case 'recognisedOn':
    case 'banEndsOn':
      return formatDate(text);
    case 'rating':
      return /^\d+$/.test(text)
        ? t('transparency.stars', { count: Number(text) })
        : t(`transparency.ratings.${text}`, { defaultValue: text });
    case 'source':
      return t(`directory.historySource.${text}`, { defaultValue: text });
    case 'year':
      return t('transparency.yearValue', { year: text });
    default:
      return text;
  }
}

/** Description items for the record's detail. */
export function decisionContentItems(
  t: TFunction,
  record: LeafRecordView,
): NonNullable<DescriptionsProps['items']> {
  return shown
    .filter(
      (key) =>
        record.detail[key] !== undefined &&
        record.detail[key] !== null &&
        // A revocation names its center by id, which says nothing to a reader.
        !(key === 'center' && record.action === 'revocation.revoke'),
    )
    .map((key) => ({
      key,
      label: t(`transparency.fields.${key}`),
      children: <span data-testid={`decision-${key}`}>{valueOf(t, key, record.detail[key])}</span>,
    }));
}

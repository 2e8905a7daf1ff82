/**
 * Review fields (评审领域). Shandong 000 asks for experts "in 技术、产业、管理、财务 等领域"
 * (shandong-guide, process stage `expert-review`); the other packs name no fields, so the four are
 * the default every panel is balanced across.
 */
import type { Localized } from '../policy/schema.ts';

export const reviewFieldValues = ['technology', 'industry', 'management', 'finance'] as const;
export type ReviewField = (typeof reviewFieldValues)[number];

export const reviewFieldLabels: Record<ReviewField, Localized> = {
  technology: { zh: '技术', en: 'Technology' },
  industry: { zh: '产业', en: 'Industry' },
  management: { zh: '管理', en: 'Management' },
  finance: { zh: '财务', en: 'Finance' },
};

/** The fields a panel must cover by default (000: 技术、产业、管理、财务). */
export const DEFAULT_PANEL_FIELDS: readonly ReviewField[] = reviewFieldValues;

const byChinese = new Map<string, ReviewField>(
  reviewFieldValues.map((f) => [reviewFieldLabels[f].zh, f] as const),
);

/** Reads a stored field name (the expert pool keeps 技术/产业/管理/财务) as a code; unknown → undefined. */
export function parseReviewField(value: string): ReviewField | undefined {
  const trimmed = value.trim();
  if ((reviewFieldValues as readonly string[]).includes(trimmed)) {
    return trimmed as ReviewField;
  }
  return byChinese.get(trimmed);
}

/** Every recognised field of a stored list, deduplicated, in canonical order. */
export function parseReviewFields(values: readonly string[]): ReviewField[] {
  const set = new Set(values.map(parseReviewField).filter((f): f is ReviewField => f !== undefined));
  return reviewFieldValues.filter((f) => set.has(f));
}

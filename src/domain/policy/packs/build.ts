/**
 * Small builders for writing packs compactly. They only assemble plain objects; `definePack`
 * validates the result, so a pack written without them is equally valid.
 */
import type { z } from 'zod';
import type {
  Applicability,
  Comparator,
  criterionSchema,
  JudgementScale,
  Localized,
  MetricPeriod,
  requirementSchema,
  SourceRef,
} from '../schema.ts';

export type CriterionInput = z.input<typeof criterionSchema>;
export type RequirementInput = z.input<typeof requirementSchema>;

/** A bilingual string. */
export function t(zh: string, en: string): Localized {
  return { zh, en };
}

/** A citation builder bound to one seed file. */
export function citer(file: string): (ref: string, text: string) => SourceRef {
  return (ref, text) => ({ file, ref, text });
}

/** Options shared by the criterion builders. */
export interface CriterionOptions {
  appliesTo?: Applicability;
  effect?: 'required' | 'preferred';
}

/** Options of a quantitative criterion. */
export interface QuantitativeOptions extends CriterionOptions {
  also?: RequirementInput[];
  /** The qualitative part of the same row, judged by experts. */
  judge?: Localized;
  annualIncrement?: { metric: string; value: number };
  uncertain?: boolean;
  raw?: string;
}

/** A numeric requirement on a catalogue metric. */
export function req(
  metric: string,
  comparator: Comparator,
  threshold: number | null,
  extra: Partial<Pick<RequirementInput, 'period' | 'uncertain' | 'raw' | 'description'>> = {},
): RequirementInput {
  return { metric, comparator, threshold, ...extra };
}

/** A quantitative criterion (metric ≥ threshold over a period). */
export function quant(
  id: string,
  name: Localized,
  statement: Localized,
  metric: string,
  threshold: number | null,
  period: MetricPeriod,
  source: SourceRef,
  opts: QuantitativeOptions = {},
): CriterionInput {
  const { judge, also, annualIncrement, appliesTo, effect, uncertain, raw } = opts;
  return {
    kind: 'quantitative',
    id,
    name,
    statement,
    metric,
    comparator: 'gte',
    threshold,
    period,
    source,
    also: also ?? [],
    ...(annualIncrement ? { annualIncrement } : {}),
    ...(judge ? { qualitative: { statement: judge, scale: { kind: 'pass_fail' } } } : {}),
    ...(appliesTo ? { appliesTo } : {}),
    ...(effect ? { effect } : {}),
    ...(uncertain ? { uncertain, raw } : {}),
  };
}

/** A qualitative criterion judged by experts. */
export function qual(
  id: string,
  name: Localized,
  statement: Localized,
  source: SourceRef,
  opts: CriterionOptions & { scale?: JudgementScale } = {},
): CriterionInput {
  return {
    kind: 'qualitative',
    id,
    name,
    statement,
    source,
    scale: opts.scale ?? { kind: 'pass_fail' },
    ...(opts.appliesTo ? { appliesTo: opts.appliesTo } : {}),
    ...(opts.effect ? { effect: opts.effect } : {}),
  };
}

/** The four grades 优秀/良好/合格/不合格, best first. */
export const FOUR_GRADES = [
  { id: 'excellent', name: t('优秀', 'Excellent') },
  { id: 'good', name: t('良好', 'Good') },
  { id: 'pass', name: t('合格', 'Pass') },
  { id: 'fail', name: t('不合格', 'Fail') },
] as const;

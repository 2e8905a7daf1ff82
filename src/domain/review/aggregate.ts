/**
 * Aggregation of submitted score sheets: per criterion and for the overall score, the mean AND the
 * median (one harsh reviewer cannot sink an application on the median — pretalx #656), the standard
 * deviation and a disagreement flag (pretalx #2222). Missing scores are left out, and counted.
 */
import type { ScoreForm, ScoreSheet } from './scoring.ts';

/**
 * Default disagreement threshold: the population standard deviation reaches 20 % of the scale
 * (20 points out of 100; one pass against one fail on a pass/fail row).
 */
export const DEFAULT_DISAGREEMENT_THRESHOLD = 0.2;

export interface Stats {
  /** Scores that count. */
  n: number;
  /** Expected scores that are not there (sheet not submitted, or the row left blank). */
  missing: number;
  mean: number | null;
  median: number | null;
  /** Population standard deviation; null below two scores. */
  std: number | null;
  min: number | null;
  max: number | null;
  /** std ≥ threshold × scale maximum. */
  disagreement: boolean;
}

export interface CriterionAggregate {
  criterionId: string;
  maxPoints: number;
  stats: Stats;
}

export interface Aggregation {
  criteria: CriterionAggregate[];
  overall: Stats;
  recommendations: { recommend: number; notRecommend: number };
  /** The experts' recommendations differ (e.g. 2 : 1): 分歧, however close the scores. */
  recommendationSplit: boolean;
  submitted: number;
  expected: number;
  /** Any criterion or the overall score flagged, or the recommendations split. */
  disagreement: boolean;
  threshold: number;
}

export interface SubmittedSheet extends ScoreSheet {
  expertId: string;
}

export interface AggregateOptions {
  /** Sheets expected (the panel's active members); defaults to the sheets given. */
  expected?: number;
  /** Fraction of the scale maximum the standard deviation must reach to flag disagreement. */
  threshold?: number;
}

/** Median of numbers (the mean of the middle two for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Arithmetic mean; null when empty. */
export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Population standard deviation; null below two values. */
export function standardDeviation(values: readonly number[]): number | null {
  const m = mean(values);
  if (m === null || values.length < 2) {
    return null;
  }
  return Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / values.length);
}

/** Statistics of the scores given, against a scale maximum and the expected count. */
export function statsOf(
  values: readonly number[],
  scaleMax: number,
  expected: number,
  threshold: number,
): Stats {
  const std = standardDeviation(values);
  return {
    n: values.length,
    missing: Math.max(0, expected - values.length),
    mean: mean(values),
    median: median(values),
    std,
    min: values.length ? Math.min(...values) : null,
    max: values.length ? Math.max(...values) : null,
    disagreement: std !== null && scaleMax > 0 && std >= threshold * scaleMax - 1e-9,
  };
}

/** Aggregates the submitted sheets of one application. Drafts must not be passed in. */
export function aggregateScores(
  form: ScoreForm,
  sheets: readonly SubmittedSheet[],
  options: AggregateOptions = {},
): Aggregation {
  const threshold = options.threshold ?? DEFAULT_DISAGREEMENT_THRESHOLD;
  const expected = Math.max(options.expected ?? sheets.length, sheets.length);
  const criteria = form.rows.map((row) => {
    const values = sheets
      .map((s) => s.scores[row.criterionId]?.value)
      .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    return {
      criterionId: row.criterionId,
      maxPoints: row.maxPoints,
      stats: statsOf(values, row.maxPoints, expected, threshold),
    };
  });
  const overallValues = sheets.map((s) => s.overall).filter((v): v is number => typeof v === 'number');
  const overall = statsOf(overallValues, form.overallMax, expected, threshold);
  const recommendations = {
    recommend: sheets.filter((s) => s.recommendation === 'recommend').length,
    notRecommend: sheets.filter((s) => s.recommendation === 'not_recommend').length,
  };
  const recommendationSplit = recommendations.recommend > 0 && recommendations.notRecommend > 0;
  return {
    criteria,
    overall,
    recommendations,
    recommendationSplit,
    submitted: sheets.length,
    expected,
    disagreement: recommendationSplit || overall.disagreement || criteria.some((c) => c.stats.disagreement),
    threshold,
  };
}

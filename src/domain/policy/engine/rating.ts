/**
 * Rating proposal. The documents define the scale (four grades, or stars) but no scoring rule, so the
 * proposal maps the share of required criteria met onto the scale with configurable bands; the
 * evaluation panel decides. A proposal with pending criteria is marked provisional.
 */
import type { PolicyPack, RatingGrade } from '../schema.ts';
import type { CriteriaResult } from './criteria.ts';

/** Lowest share of required criteria met for each grade (best first). */
export interface GradeBands {
  excellent: number;
  good: number;
  pass: number;
}

export const DEFAULT_GRADE_BANDS: GradeBands = { excellent: 0.9, good: 0.75, pass: 0.6 };

export type RatingProposal =
  | { scale: 'grades'; grade: RatingGrade; share: number; provisional: boolean }
  | { scale: 'stars'; stars: number; of: number; share: number; provisional: boolean };

/** Propose a rating from criteria results; null when the pack has no rating scale. */
export function proposeRating(
  pack: PolicyPack,
  result: CriteriaResult,
  bands: GradeBands = DEFAULT_GRADE_BANDS,
): RatingProposal | null {
  const scale = pack.rating;
  if (!scale) {
    return null;
  }
  const required = result.criteria.filter((c) => c.effect === 'required');
  const met = required.filter((c) => c.status === 'met').length;
  const share = required.length === 0 ? 0 : met / required.length;
  const provisional = required.some((c) => c.status === 'needs_judgement' || c.status === 'missing_value');
  if (scale.kind === 'stars') {
    const stars = Math.max(scale.lowest, Math.min(scale.count, Math.round(share * scale.count)));
    return { scale: 'stars', stars, of: scale.count, share, provisional };
  }
  const grade: RatingGrade =
    share >= bands.excellent
      ? 'excellent'
      : share >= bands.good
        ? 'good'
        : share >= bands.pass
          ? 'pass'
          : 'fail';
  return { scale: 'grades', grade, share, provisional };
}

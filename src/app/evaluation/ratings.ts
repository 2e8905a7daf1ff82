/** Display of ratings on a pack's scale: grade names (优秀…) or stars (★★★). */
import type { Localized, PolicyPack } from '../../domain/policy/schema.ts';
import type { RatingProposal } from '../../domain/policy/engine/rating.ts';
import { isFailingRating, ratingOptions } from '../../domain/evaluation/cycle.ts';

export function ratingLabel(pack: PolicyPack, rating: string): Localized {
  const scale = pack.rating;
  if (scale?.kind === 'grades') {
    const grade = scale.grades.find((g) => g.id === rating);
    return grade ? grade.name : { zh: rating, en: rating };
  }
  const n = Number(rating);
  return { zh: `${'★'.repeat(n)}（${n} 星）`, en: `${'★'.repeat(n)} (${n} star${n === 1 ? '' : 's'})` };
}

export function ratingChoices(pack: PolicyPack): { value: string; label: Localized; failing: boolean }[] {
  const scale = pack.rating;
  if (!scale) {
    return [];
  }
  return ratingOptions(scale).map((value) => ({
    value,
    label: ratingLabel(pack, value),
    failing: isFailingRating(scale, value),
  }));
}

/** The proposal as a rating value on the scale. */
export function proposalRating(proposal: RatingProposal): string {
  return proposal.scale === 'grades' ? proposal.grade : String(proposal.stars);
}

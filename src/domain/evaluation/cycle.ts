/**
 * The annual evaluation cycle of a pack: which authorities act in which order (Shandong: city first
 * review → province with experts; Gansu: the province; national: provincial pre-review → MIIT final
 * review), from which year a center is evaluated, which ratings the pack allows, and the state of an
 * annual report against its due date.
 */
import type { ActorRole, PolicyPack, RatingScale, SourceRef, Stage } from '../policy/schema.ts';

export type EvaluationStatus = 'open' | 'city_reviewed' | 'province_reviewed' | 'decided';
export const evaluationStatuses: readonly EvaluationStatus[] = [
  'open',
  'city_reviewed',
  'province_reviewed',
  'decided',
];

/** Authorities that act on an evaluation (experts and third parties act inside the province's step). */
export type EvaluationAuthority = 'city_officer' | 'provincial_admin' | 'national_admin';
const AUTHORITIES: readonly ActorRole[] = ['city_officer', 'provincial_admin', 'national_admin'];

export interface EvaluationChain {
  /** Authorities that review before the decision, in order. */
  reviewers: EvaluationAuthority[];
  /** The authority that decides the rating. */
  decider: EvaluationAuthority;
  startsYearAfterRecognition: boolean;
  stages: Stage[];
  source: SourceRef;
}

/** The pack's evaluation chain, or null when the pack defines no annual evaluation. */
export function evaluationChain(pack: PolicyPack): EvaluationChain | null {
  const process = pack.processes.find((p) => p.kind === 'annual_evaluation');
  if (!process) {
    return null;
  }
  const stages = [...process.stages].sort((a, b) => a.order - b.order);
  const chain: EvaluationAuthority[] = [];
  // Optional stages (择优推荐) are not part of deciding the rating.
  for (const s of stages.filter((x) => !x.optional)) {
    if (AUTHORITIES.includes(s.actor) && chain[chain.length - 1] !== s.actor) {
      chain.push(s.actor as EvaluationAuthority);
    }
  }
  if (chain.length === 0) {
    return null;
  }
  const unique = chain.filter((a, i) => chain.indexOf(a) === i);
  return {
    reviewers: unique.slice(0, -1),
    decider: unique[unique.length - 1]!,
    startsYearAfterRecognition: process.startsYearAfterRecognition === true,
    stages,
    source: process.source,
  };
}

/** The status an evaluation reaches once `role` has reviewed it. */
export function statusAfterReview(role: EvaluationAuthority): EvaluationStatus {
  return role === 'city_officer' ? 'city_reviewed' : 'province_reviewed';
}

export type NextStep = { action: 'review' | 'decide'; role: EvaluationAuthority } | null;

/** Who acts next on an evaluation in `status`; null once decided (or on a status the chain never reaches). */
export function nextStep(chain: EvaluationChain, status: EvaluationStatus): NextStep {
  if (status === 'decided') {
    return null;
  }
  let index = 0;
  if (status !== 'open') {
    const done = chain.reviewers.findIndex((r) => statusAfterReview(r) === status);
    if (done < 0) {
      return null;
    }
    index = done + 1;
  }
  const reviewer = chain.reviewers[index];
  return reviewer ? { action: 'review', role: reviewer } : { action: 'decide', role: chain.decider };
}

/** The first year a center recognised on `recognisedOn` is evaluated for (000 第十七条: 从认定次年起). */
export function firstEvaluationYear(chain: EvaluationChain, recognisedOn: string): number {
  const year = Number(recognisedOn.slice(0, 4));
  return chain.startsYearAfterRecognition ? year + 1 : year;
}

export type OpenRefusal =
  | { code: 'evaluation.not_recognised' }
  | { code: 'evaluation.no_cycle' }
  | { code: 'evaluation.too_early'; firstYear: number; source: SourceRef }
  | { code: 'evaluation.year_not_over'; year: number };

/** Why an evaluation of `year` cannot be opened for the center, or null when it can. */
export function openRefusal(
  center: { status: string; recognisedOn: string | null },
  pack: PolicyPack | undefined,
  year: number,
  today: string,
): OpenRefusal | null {
  if (center.status !== 'recognised' || !center.recognisedOn) {
    return { code: 'evaluation.not_recognised' };
  }
  const chain = pack ? evaluationChain(pack) : null;
  if (!chain) {
    return { code: 'evaluation.no_cycle' };
  }
  const first = firstEvaluationYear(chain, center.recognisedOn);
  if (year < first) {
    return { code: 'evaluation.too_early', firstYear: first, source: chain.source };
  }
  // The year's work is evaluated once the year is over.
  if (year >= Number(today.slice(0, 4))) {
    return { code: 'evaluation.year_not_over', year };
  }
  return null;
}

/** The ratings a pack allows: grade ids best first, or star counts as strings highest first. */
export function ratingOptions(scale: RatingScale): string[] {
  if (scale.kind === 'grades') {
    return scale.grades.map((g) => g.id);
  }
  return Array.from({ length: scale.count - scale.lowest + 1 }, (_, i) => String(scale.count - i));
}

/** Whether a rating counts as not passing (a failing grade; the lowest star). */
export function isFailingRating(scale: RatingScale, rating: string): boolean {
  return scale.kind === 'grades'
    ? (scale.failing as string[]).includes(rating)
    : Number(rating) === scale.lowest;
}

export type ReportState = 'missing' | 'draft' | 'submitted';

/** An annual report's state on `today`: overdue when not submitted after its due date, late when submitted after it. */
export function reportStanding(
  report: { status: string; submittedOn: string | null } | null,
  due: string | null,
  today: string,
): { state: ReportState; overdue: boolean; late: boolean } {
  const state: ReportState = !report ? 'missing' : report.status === 'submitted' ? 'submitted' : 'draft';
  const overdue = state !== 'submitted' && due !== null && today > due;
  const late =
    state === 'submitted' && due !== null && report!.submittedOn !== null && report!.submittedOn > due;
  return { state, overdue, late };
}

/** Whether an annual report may be filed for `year`: a finished year, not before recognition. */
export function reportableYear(year: number, recognisedOn: string | null, today: string): boolean {
  if (!recognisedOn) {
    return false;
  }
  return year >= Number(recognisedOn.slice(0, 4)) && year < Number(today.slice(0, 4));
}

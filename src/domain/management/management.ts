/**
 * Dynamic management rules read from a pack: the evaluation history the revocation engine sees, the
 * grounds an authority may cite, change-filing lateness, and the order in which ratings rank centers.
 */
import { daysBetween } from '../calendar/index.ts';
import { changeFilingDue, evaluateRevocation } from '../policy/engine/index.ts';
import type { GroundResult } from '../policy/engine/revocation.ts';
import type { EvaluationRecord } from '../policy/profile.ts';
import type { Localized, PolicyPack, RevocationGround, SourceRef } from '../policy/schema.ts';

/** A decided evaluation as stored: the rating is a grade id or a star count as text. */
export interface StoredEvaluation {
  year: number;
  rating: string | null;
  decidedOn: string | null;
}

/** The engine's view of stored ratings; unknown or empty ratings are left out. */
export function evaluationRecords(rows: StoredEvaluation[]): EvaluationRecord[] {
  const grades = new Set(['excellent', 'good', 'pass', 'fail']);
  const out: EvaluationRecord[] = [];
  for (const r of rows) {
    if (!r.rating) {
      continue;
    }
    const base = { year: r.year, ...(r.decidedOn ? { decidedOn: r.decidedOn } : {}) };
    if (grades.has(r.rating)) {
      out.push({ ...base, rating: r.rating as 'fail' });
    } else if (/^[1-9]\d*$/.test(r.rating)) {
      out.push({ ...base, rating: Number(r.rating) });
    }
  }
  return out;
}

/** An automatic ground the engine finds triggered by the decided evaluations (null: none due). */
export function automaticRevocationDue(
  pack: PolicyPack,
  rows: StoredEvaluation[],
): (GroundResult & { years: number[] }) | null {
  const records = evaluationRecords(rows);
  const verdict = evaluateRevocation(pack, { evaluations: records, events: [] });
  const ground = verdict.grounds.find((g) => g.trigger === 'automatic' && g.triggered);
  if (!ground) {
    return null;
  }
  const def = pack.revocation!.grounds.find((g) => g.id === ground.id)!;
  const count = def.trigger.kind === 'automatic' ? def.trigger.count : 0;
  const sorted = [...records].sort((a, b) => a.year - b.year);
  const last = sorted.findLastIndex((r) => (r.decidedOn ?? `${r.year}-12-31`) === ground.date);
  const years = sorted.slice(Math.max(0, last - count + 1), last + 1).map((r) => r.year);
  return { ...ground, years };
}

/** The grounds an authority may cite by hand (every manual ground of the pack). */
export function manualGrounds(pack: PolicyPack): RevocationGround[] {
  return (pack.revocation?.grounds ?? []).filter((g) => g.trigger.kind === 'manual');
}

/** The pack's ground for an operator change or a change of business direction, when it has one. */
export function groundForOperatorChange(pack: PolicyPack): RevocationGround | null {
  return (
    manualGrounds(pack).find((g) => g.trigger.kind === 'manual' && g.trigger.event === 'operator_changed') ??
    null
  );
}

/** When a change filing was due, and whether (by how many days) it was filed late. */
export function filingTimeliness(
  pack: PolicyPack,
  changeDate: string,
  filedOn: string,
): { dueOn: string; late: boolean; daysLate: number; source: SourceRef } | null {
  const due = changeFilingDue(changeDate, pack);
  if (!due) {
    return null;
  }
  const daysLate = Math.max(0, daysBetween(due.due, filedOn));
  return { dueOn: due.due, late: daysLate > 0, daysLate, source: due.source };
}

/**
 * A rating's rank for recommendation (higher is better): grades by the pack's order, stars by count.
 * Failing or unknown ratings rank 0.
 */
export function ratingRank(pack: PolicyPack, rating: string | null): number {
  if (!rating) {
    return 0;
  }
  const scale = pack.rating;
  if (scale?.kind === 'grades') {
    if (scale.failing.includes(rating as 'fail')) {
      return 0;
    }
    const i = scale.grades.findIndex((g) => g.id === rating);
    return i < 0 ? 0 : scale.grades.length - i;
  }
  const stars = Number(rating);
  return Number.isInteger(stars) && stars > 1 ? stars : 0;
}

/** The localised label of a stored rating under the pack's scale (优秀 / 3星). */
export function ratingLabel(pack: PolicyPack | undefined, rating: string): Localized {
  const scale = pack?.rating;
  if (scale?.kind === 'grades') {
    const g = scale.grades.find((x) => x.id === rating);
    if (g) {
      return g.name;
    }
  }
  if (/^\d+$/.test(rating)) {
    return { zh: `${rating}星级`, en: `${rating} star${rating === '1' ? '' : 's'}` };
  }
  return { zh: rating, en: rating };
}

/**
 * The evaluation report: a profile judged against a pack, as one JSON document. Shared by
 * `dtpc policy evaluate --json` and `POST /api/policy-packs/:id/evaluate` so both print the same.
 */
import type { ApplicationProfile } from '../profile.ts';
import type { PolicyPack } from '../schema.ts';
import { evaluateCriteria } from './criteria.ts';
import { evaluateEligibility } from './eligibility.ts';
import { proposeRating } from './rating.ts';

/** A profile naming a level, type, kind or direction the pack does not know. */
export interface TargetIssue {
  field: 'level' | 'type' | 'kind' | 'direction';
  message: string;
}

/** The profile must name a level, type, kind or direction the pack knows; null when it does. */
export function targetIssue(pack: PolicyPack, p: ApplicationProfile): TargetIssue | null {
  const oneOf = (xs: readonly string[]) => xs.join('|');
  if (pack.levels.length > 0 && !pack.levels.includes(p.level)) {
    return { field: 'level', message: `expected one of ${oneOf(pack.levels)} for pack ${pack.id}` };
  }
  if (pack.directions.length > 0) {
    if (!p.direction || !pack.directions.some((d) => d.id === p.direction)) {
      return { field: 'direction', message: `expected one of ${oneOf(pack.directions.map((d) => d.id))}` };
    }
    return null;
  }
  if (pack.types.length > 0 && (!p.type || !pack.types.includes(p.type))) {
    return { field: 'type', message: `expected one of ${oneOf(pack.types)}` };
  }
  if (p.type === 'functional' && pack.kinds.length > 0 && (!p.kind || !pack.kinds.includes(p.kind))) {
    return { field: 'kind', message: `expected one of ${oneOf(pack.kinds)} for a functional center` };
  }
  return null;
}

/** Evaluate a profile against a pack: the JSON document `policy evaluate --json` prints. */
export function evaluateProfile(pack: PolicyPack, profile: ApplicationProfile) {
  const eligibility = evaluateEligibility(pack, profile);
  const target = {
    level: profile.level,
    type: profile.type,
    kind: profile.kind,
    direction: profile.direction,
  };
  const criteria = evaluateCriteria(pack, target, profile.metricValues, profile.judgements);
  return {
    pack: pack.id,
    eligible: eligibility.eligible,
    rules: eligibility.rules.map((r) => ({
      id: r.id,
      passed: r.passed,
      reason: r.reason,
      source: r.source,
      ...(r.inPrinciple ? { inPrinciple: true } : {}),
      ...(r.banEndsOn ? { banEndsOn: r.banEndsOn } : {}),
    })),
    criteria: criteria.criteria.map((c) => ({
      id: c.id,
      metric: c.metric,
      required: c.required,
      actual: c.actual,
      status: c.status,
      source: c.source,
      name: c.name,
      comparator: c.comparator,
      effect: c.effect,
      checks: c.checks,
      ...(c.uncertain ? { uncertain: true } : {}),
    })),
    summary: criteria.summary,
    rating: proposeRating(pack, criteria),
  };
}

export type EvaluationReport = ReturnType<typeof evaluateProfile>;

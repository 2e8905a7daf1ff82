/**
 * The evaluation form pre-filled from evidence: for every quantitative criterion of the center's pack,
 * the value its own records prove for the year next to the value its annual report declares, the
 * difference, and a flag when the declaration runs well ahead of the evidence. Criteria are then judged
 * on the proven values wherever records can prove them, on the declared values only where they cannot.
 */
import { findRecordMetric } from '../metrics/from-records.ts';
import { findMetric } from '../metrics/index.ts';
import type { Judgement } from '../policy/profile.ts';
import type { EvaluationTarget } from '../policy/engine/common.ts';
import { evaluateCriteria, type CriteriaResult, type CriterionStatus } from '../policy/engine/criteria.ts';
import { proposeRating, type RatingProposal } from '../policy/engine/rating.ts';
import type { Comparator, Localized, MetricPeriod, PolicyPack, SourceRef } from '../policy/schema.ts';

/**
 * A declared value exceeding the proven one by this share (or any declared value where records prove
 * nothing) is flagged for the reviewers. Why: false materials or data (提供虚假材料和数据) are a revocation
 * ground — 000 第二十条（二）, 003 第十七条（二）, 001 管理办法 — so a reviewer must see where the report
 * claims more than the ledger shows. 20 % leaves room for honest timing differences (records entered
 * after the report, enterprises not yet confirming) while catching inflated totals.
 */
export const DECLARED_EXCESS_THRESHOLD = 0.2;

/** What the records prove for one metric: confirmed units, plus what unconfirmed / disputed ones would add. */
export interface ProvenValue {
  value: number;
  pending: number;
  disputed: number;
}

/** `records`: the platform computes the value; `declared_only`: only the report can state it. */
export type EvidenceBasis = 'records' | 'declared_only';

/** One numeric check of a quantitative criterion, declared against proven. */
export interface EvidenceRow {
  criterionId: string;
  groupId: string;
  name: Localized;
  metric: string;
  metricName: Localized;
  unit: Localized;
  period: MetricPeriod | null;
  comparator: Comparator;
  required: number | null;
  basis: EvidenceBasis;
  proven: number | null;
  /** Units only unconfirmed ledger records would add (not counted in `proven`). */
  pending: number;
  /** Units only disputed ledger records would add (not counted in `proven`). */
  disputed: number;
  declared: number | null;
  /** declared − proven (null unless both are known). */
  difference: number | null;
  /** (declared − proven) / proven (null unless both are known and proven > 0). */
  excessRatio: number | null;
  flagged: boolean;
  /** The value the criterion was judged on (proven where records can prove it, else declared). */
  used: number | null;
  status: CriterionStatus;
  source: SourceRef;
}

export interface EvidenceForm {
  rows: EvidenceRow[];
  criteria: CriteriaResult;
  proposal: RatingProposal | null;
  summary: {
    flagged: number;
    pending: number;
    disputed: number;
    threshold: number;
  };
}

/** True when the declared value exceeds the proven one by at least `threshold` (any excess over zero). */
export function declaredExceedsProven(
  declared: number | null,
  proven: number | null,
  threshold = DECLARED_EXCESS_THRESHOLD,
): boolean {
  if (declared === null || proven === null || declared <= proven) {
    return false;
  }
  if (proven === 0) {
    return declared > 0;
  }
  // Compared on integers-times-100 to keep 1.2 × 100 exactly at the line.
  return Math.round(((declared - proven) / proven) * 10_000) >= Math.round(threshold * 10_000);
}

/** Whether the platform's records can prove a metric (the rest comes from the annual report only). */
export function basisOf(metric: string): EvidenceBasis {
  return findRecordMetric(metric) ? 'records' : 'declared_only';
}

/** Every metric the quantitative criteria applying to the target check (main, `also`, annual increment). */
export function metricsChecked(pack: PolicyPack, target: EvaluationTarget): string[] {
  const result = evaluateCriteria(pack, target, {});
  const keys = new Set<string>();
  for (const c of result.criteria) {
    for (const k of c.checks) {
      keys.add(k.metric);
    }
  }
  return [...keys];
}

/**
 * Builds the form. `proven` holds the record-proven values (only metrics with `basis` 'records' are
 * read from it); `declared` the annual report's values; `judgements` the reviewers' verdicts on the
 * qualitative parts.
 */
export function buildEvidenceForm(input: {
  pack: PolicyPack;
  target: EvaluationTarget;
  proven: Readonly<Record<string, ProvenValue>>;
  declared: Readonly<Record<string, number>>;
  judgements?: Readonly<Record<string, Judgement>>;
  threshold?: number;
}): EvidenceForm {
  const threshold = input.threshold ?? DECLARED_EXCESS_THRESHOLD;
  const used: Record<string, number> = {};
  for (const metric of metricsChecked(input.pack, input.target)) {
    const value =
      basisOf(metric) === 'records' ? input.proven[metric]?.value : (input.declared[metric] ?? undefined);
    if (value !== undefined) {
      used[metric] = value;
    }
  }
  const criteria = evaluateCriteria(input.pack, input.target, used, { ...(input.judgements ?? {}) });
  const rows: EvidenceRow[] = [];
  for (const c of criteria.criteria) {
    for (const check of c.checks) {
      const basis = basisOf(check.metric);
      const p = basis === 'records' ? (input.proven[check.metric] ?? null) : null;
      const proven = p?.value ?? null;
      const declared = input.declared[check.metric] ?? null;
      const def = findMetric(check.metric);
      rows.push({
        criterionId: c.id,
        groupId: c.groupId,
        name: c.name,
        metric: check.metric,
        metricName: def ? { zh: def.zh, en: def.en } : { zh: check.metric, en: check.metric },
        unit: def?.unit ?? { zh: '', en: '' },
        period: c.period,
        comparator: check.comparator,
        required: check.required,
        basis,
        proven,
        pending: p?.pending ?? 0,
        disputed: p?.disputed ?? 0,
        declared,
        difference: proven !== null && declared !== null ? declared - proven : null,
        excessRatio: proven !== null && declared !== null && proven > 0 ? (declared - proven) / proven : null,
        flagged: declaredExceedsProven(declared, proven, threshold),
        used: check.actual,
        status: check.status,
        source: c.source,
      });
    }
  }
  // A metric checked by several criteria counts once in the totals.
  const once = new Map(rows.filter((r) => r.basis === 'records').map((r) => [r.metric, r]));
  return {
    rows,
    criteria,
    proposal: proposeRating(input.pack, criteria),
    summary: {
      flagged: new Set(rows.filter((r) => r.flagged).map((r) => r.metric)).size,
      pending: [...once.values()].reduce((s, r) => s + r.pending, 0),
      disputed: [...once.values()].reduce((s, r) => s + r.disputed, 0),
      threshold,
    },
  };
}

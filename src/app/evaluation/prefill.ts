/**
 * Pre-fills a center-year's evaluation form from evidence: the record-proven values of every metric the
 * pack's quantitative criteria check (computed from the center's ledger, attendance, events…), next to
 * the values its annual report declares. Read-only; used by the form, the decision (frozen as findings)
 * and the province-wide benchmark.
 */
import { computeCenterMetrics } from '../metrics/compute-center-metrics.ts';
import type { Db } from '../../db/client.ts';
import type { AnnualReportRow } from '../../db/loaders/evaluation.ts';
import {
  basisOf,
  buildEvidenceForm,
  metricsChecked,
  type EvidenceForm,
  type ProvenValue,
} from '../../domain/evaluation/evidence.ts';
import { yearPeriod } from '../../domain/metrics/from-records.ts';
import type { Judgement } from '../../domain/policy/profile.ts';
import type { EvaluationTarget } from '../../domain/policy/engine/common.ts';
import type { PolicyPack } from '../../domain/policy/schema.ts';

export interface PrefillCenter {
  id: string;
  level: string;
  type: string;
  kind: string | null;
  direction: string | null;
}

export function targetOf(center: PrefillCenter): EvaluationTarget {
  return {
    level: center.level as EvaluationTarget['level'],
    type: center.type as EvaluationTarget['type'],
    kind: (center.kind ?? undefined) as EvaluationTarget['kind'],
    direction: center.direction ?? undefined,
  };
}

/** The record-proven values of the metrics the pack checks for this center, for `year`. */
export async function provenValues(
  db: Db,
  center: PrefillCenter,
  pack: PolicyPack,
  year: number,
): Promise<Record<string, ProvenValue>> {
  const keys = metricsChecked(pack, targetOf(center)).filter((k) => basisOf(k) === 'records');
  if (keys.length === 0) {
    return {};
  }
  const results = await computeCenterMetrics(db, center.id, yearPeriod(year), keys);
  return Object.fromEntries(
    results.map((r) => [r.key, { value: r.value, pending: r.pending.value, disputed: r.disputed.value }]),
  );
}

/** The evaluation form of one center-year: declared (submitted report only) against proven. */
export async function prefillEvaluation(
  db: Db,
  input: {
    center: PrefillCenter;
    pack: PolicyPack;
    year: number;
    report: AnnualReportRow | null | undefined;
    judgements?: Record<string, Judgement>;
  },
): Promise<EvidenceForm> {
  const proven = await provenValues(db, input.center, input.pack, input.year);
  // A draft is the center's work in progress, not a declaration.
  const declared = input.report?.status === 'submitted' ? input.report.declaredValues : {};
  return buildEvidenceForm({
    pack: input.pack,
    target: targetOf(input.center),
    proven,
    declared,
    judgements: input.judgements ?? {},
  });
}

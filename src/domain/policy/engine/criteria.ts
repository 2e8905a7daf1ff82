/** Criteria: each applicable criterion against metric values and expert judgements. */
import type { Judgement } from '../profile.ts';
import type { Comparator, Criterion, Localized, MetricPeriod, PolicyPack, SourceRef } from '../schema.ts';
import { allCriteria, applies, compare, effectiveScope, formatRequirement, msg } from './common.ts';
import type { EvaluationTarget } from './common.ts';

export type CriterionStatus = 'met' | 'not_met' | 'needs_judgement' | 'missing_value';

/** One numeric check inside a criterion (the main one, an `also`, or the annual increment). */
export interface RequirementCheck {
  metric: string;
  comparator: Comparator;
  required: number | null;
  actual: number | null;
  status: CriterionStatus;
  uncertain?: boolean;
  raw?: string;
}

/** The verdict on one criterion. `required`/`actual` describe the main metric. */
export interface CriterionResult {
  id: string;
  groupId: string;
  name: Localized;
  kind: Criterion['kind'];
  effect: 'required' | 'preferred';
  metric: string | null;
  comparator: Comparator | null;
  period: MetricPeriod | null;
  required: number | null;
  actual: number | null;
  status: CriterionStatus;
  checks: RequirementCheck[];
  reason: Localized;
  source: SourceRef;
  uncertain?: boolean;
}

export interface CriteriaSummary {
  met: number;
  notMet: number;
  needsJudgement: number;
  missingValue: number;
  /** True when every required criterion is met; false when one is not; null while some are pending. */
  allRequiredMet: boolean | null;
}

export interface CriteriaResult {
  criteria: CriterionResult[];
  summary: CriteriaSummary;
}

// not_met dominates: one failing check fails the criterion whatever else is pending.
const SEVERITY: Record<CriterionStatus, number> = {
  met: 0,
  needs_judgement: 1,
  missing_value: 2,
  not_met: 3,
};

function worst(statuses: CriterionStatus[]): CriterionStatus {
  return statuses.reduce<CriterionStatus>((a, b) => (SEVERITY[b] > SEVERITY[a] ? b : a), 'met');
}

function check(
  metric: string,
  comparator: Comparator,
  threshold: number | null,
  values: Record<string, number>,
  flags: { uncertain?: boolean | undefined; raw?: string | undefined },
): RequirementCheck {
  const actual = values[metric] ?? null;
  let status: CriterionStatus;
  if (actual === null) {
    status = 'missing_value';
  } else if (threshold === null) {
    status = 'needs_judgement'; // unreadable OCR threshold: a reviewer decides
  } else {
    status = compare(actual, comparator, threshold) ? 'met' : 'not_met';
  }
  return {
    metric,
    comparator,
    required: threshold,
    actual,
    status,
    ...(flags.uncertain ? { uncertain: true, raw: flags.raw ?? '' } : {}),
  };
}

function judged(j: Judgement | undefined): CriterionStatus {
  if (!j) {
    return 'needs_judgement';
  }
  return j.met ? 'met' : 'not_met';
}

function reasonFor(c: Criterion, status: CriterionStatus, checks: RequirementCheck[]): Localized {
  const failing = checks.find((k) => k.status === status);
  const detail = failing
    ? `${failing.metric} ${failing.actual === null ? '—' : String(failing.actual)} / ${formatRequirement(failing.comparator, failing.required)}`
    : '';
  switch (status) {
    case 'met':
      return msg(`已满足：${c.name.zh}`, `Met: ${c.name.en}`);
    case 'not_met':
      return msg(
        `未满足：${c.name.zh}${detail ? `（${detail}）` : ''}`,
        `Not met: ${c.name.en}${detail ? ` (${detail})` : ''}`,
      );
    case 'missing_value':
      return msg(`缺少指标值：${detail}`, `Missing value: ${detail}`);
    case 'needs_judgement':
      return msg(`需专家判断：${c.name.zh}`, `Needs expert judgement: ${c.name.en}`);
  }
}

/** Judge one criterion. Quantitative parts are checked on values; qualitative parts need a judgement. */
export function evaluateCriterion(
  groupId: string,
  c: Criterion,
  values: Record<string, number>,
  judgements: Record<string, Judgement>,
): CriterionResult {
  const checks: RequirementCheck[] = [];
  let status: CriterionStatus;
  if (c.kind === 'qualitative') {
    status = judged(judgements[c.id]);
  } else {
    checks.push(check(c.metric, c.comparator, c.threshold, values, c));
    for (const r of c.also) {
      checks.push(check(r.metric, r.comparator, r.threshold, values, r));
    }
    // The yearly increase is a commitment at recognition; it is checked only once a value is reported.
    if (c.annualIncrement && values[c.annualIncrement.metric] !== undefined) {
      checks.push(check(c.annualIncrement.metric, 'gte', c.annualIncrement.value, values, c.annualIncrement));
    }
    const statuses = checks.map((k) => k.status);
    if (c.qualitative) {
      statuses.push(judged(judgements[c.id]));
    }
    status = worst(statuses);
  }
  const main = checks[0];
  return {
    id: c.id,
    groupId,
    name: c.name,
    kind: c.kind,
    effect: c.effect,
    metric: c.kind === 'quantitative' ? c.metric : null,
    comparator: c.kind === 'quantitative' ? c.comparator : null,
    period: c.kind === 'quantitative' ? c.period : null,
    required: main?.required ?? null,
    actual: main?.actual ?? null,
    status,
    checks,
    reason: reasonFor(c, status, checks),
    source: c.source,
    ...(c.kind === 'quantitative' && c.uncertain ? { uncertain: true } : {}),
  };
}

/** Judge every criterion of the pack that applies to the target (level, type, kind, direction). */
export function evaluateCriteria(
  pack: PolicyPack,
  target: EvaluationTarget,
  metricValues: Record<string, number>,
  judgements: Record<string, Judgement> = {},
): CriteriaResult {
  const criteria = allCriteria(pack)
    .filter(({ group, criterion }) => applies(effectiveScope(group, criterion), target))
    .map(({ group, criterion }) => evaluateCriterion(group.id, criterion, metricValues, judgements));
  const count = (s: CriterionStatus) => criteria.filter((c) => c.status === s).length;
  const required = criteria.filter((c) => c.effect === 'required');
  const allRequiredMet = required.some((c) => c.status === 'not_met')
    ? false
    : required.every((c) => c.status === 'met')
      ? true
      : null;
  return {
    criteria,
    summary: {
      met: count('met'),
      notMet: count('not_met'),
      needsJudgement: count('needs_judgement'),
      missingValue: count('missing_value'),
      allRequiredMet,
    },
  };
}

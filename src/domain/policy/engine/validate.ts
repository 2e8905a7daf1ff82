/** Pack lint: schema, unknown metrics, missing citations, contradictory thresholds, unreachable stages. */
import { findMetric } from '../../metrics/index.ts';
import { policyPackSchema } from '../schema.ts';
import type { Applicability, PolicyPack, SourceRef } from '../schema.ts';
import { effectiveScope } from './common.ts';

export interface PackIssue {
  severity: 'error' | 'warning';
  code:
    | 'schema'
    | 'unknown_metric'
    | 'missing_citation'
    | 'contradictory_threshold'
    | 'unreachable_stage'
    | 'unknown_reference'
    | 'duplicate_id'
    | 'inconsistent_rule';
  path: string;
  message: string;
}

export interface PackValidation {
  ok: boolean;
  issues: PackIssue[];
  pack: PolicyPack | null;
}

function citationIssues(pack: PolicyPack, path: string, source: SourceRef, issues: PackIssue[]): void {
  for (const field of ['file', 'ref', 'text'] as const) {
    if (source[field].trim().length === 0) {
      issues.push({
        severity: 'error',
        code: 'missing_citation',
        path: `${path}.source.${field}`,
        message: `citation ${field} is empty`,
      });
    }
  }
}

function overlaps(a: Applicability, b: Applicability): boolean {
  const dim = <T>(x: readonly T[] | undefined, y: readonly T[] | undefined) =>
    !x || !y || x.some((v) => y.includes(v));
  return (
    dim(a.levels, b.levels) &&
    dim(a.types, b.types) &&
    dim(a.kinds, b.kinds) &&
    dim(a.directions, b.directions)
  );
}

/** Lower bound a `gte`/`gt` threshold sets, or upper bound for `lte`/`lt`. */
function bound(comparator: string, threshold: number): { lower?: number; upper?: number; exact?: number } {
  if (comparator === 'gte' || comparator === 'gt') {
    return { lower: threshold };
  }
  if (comparator === 'lte' || comparator === 'lt') {
    return { upper: threshold };
  }
  return comparator === 'eq' ? { exact: threshold } : {};
}

/** Lint a parsed pack. */
export function lintPack(pack: PolicyPack): PackIssue[] {
  const issues: PackIssue[] = [];
  const metric = (path: string, key: string) => {
    if (!findMetric(key)) {
      issues.push({
        severity: 'error',
        code: 'unknown_metric',
        path,
        message: `unknown metric "${key}" (not in the metric catalogue)`,
      });
    }
  };
  const seen = new Map<string, string>();
  const unique = (path: string, id: string) => {
    const prior = seen.get(id);
    if (prior) {
      issues.push({
        severity: 'error',
        code: 'duplicate_id',
        path,
        message: `id "${id}" is also used at ${prior}`,
      });
    } else {
      seen.set(id, path);
    }
  };
  const directionIds = new Set(pack.directions.map((d) => d.id));
  const scopeRefs = (path: string, a: Applicability | undefined) => {
    for (const d of a?.directions ?? []) {
      if (!directionIds.has(d)) {
        issues.push({
          severity: 'error',
          code: 'unknown_reference',
          path: `${path}.appliesTo.directions`,
          message: `unknown direction "${d}"`,
        });
      }
    }
  };

  // Criteria
  const checks: {
    path: string;
    metric: string;
    period: string;
    comparator: string;
    threshold: number;
    scope: Applicability;
  }[] = [];
  pack.criteriaGroups.forEach((g, gi) => {
    unique(`criteriaGroups[${gi}]`, g.id);
    scopeRefs(`criteriaGroups[${gi}]`, g.appliesTo);
    g.criteria.forEach((c, ci) => {
      const path = `criteriaGroups[${gi}].criteria[${ci}]`;
      unique(path, c.id);
      citationIssues(pack, path, c.source, issues);
      scopeRefs(path, c.appliesTo);
      if (c.kind !== 'quantitative') {
        return;
      }
      const scope = effectiveScope(g, c);
      metric(`${path}.metric`, c.metric);
      if (c.threshold !== null) {
        checks.push({
          path,
          metric: c.metric,
          period: c.period,
          comparator: c.comparator,
          threshold: c.threshold,
          scope,
        });
      }
      c.also.forEach((r, ri) => {
        metric(`${path}.also[${ri}].metric`, r.metric);
        if (r.threshold !== null) {
          checks.push({
            path: `${path}.also[${ri}]`,
            metric: r.metric,
            period: r.period ?? c.period,
            comparator: r.comparator,
            threshold: r.threshold,
            scope,
          });
        }
      });
      if (c.annualIncrement) {
        metric(`${path}.annualIncrement.metric`, c.annualIncrement.metric);
      }
    });
  });
  // Two checks on the same metric and period that can apply to the same application must agree.
  for (let i = 0; i < checks.length; i++) {
    for (let j = i + 1; j < checks.length; j++) {
      const a = checks[i];
      const b = checks[j];
      if (!a || !b || a.metric !== b.metric || a.period !== b.period || !overlaps(a.scope, b.scope)) {
        continue;
      }
      const ba = bound(a.comparator, a.threshold);
      const bb = bound(b.comparator, b.threshold);
      const same = a.comparator === b.comparator && a.threshold === b.threshold;
      const lowerUpper = (x: typeof ba, y: typeof bb) =>
        x.lower !== undefined && y.upper !== undefined && x.lower > y.upper;
      const inconsistent =
        (!same && a.comparator === b.comparator) ||
        lowerUpper(ba, bb) ||
        lowerUpper(bb, ba) ||
        (ba.exact !== undefined && bb.exact !== undefined && ba.exact !== bb.exact);
      if (inconsistent) {
        issues.push({
          severity: 'error',
          code: 'contradictory_threshold',
          path: b.path,
          message: `${b.metric} (${b.period}) ${b.comparator} ${b.threshold} contradicts ${a.path}: ${a.comparator} ${a.threshold} for the same level/type/kind`,
        });
      }
    }
  }

  // Eligibility, uniqueness
  const rules = [
    ...pack.eligibility.map((r, i) => ({ r, path: `eligibility[${i}]` })),
    ...pack.directions.flatMap((d, di) =>
      d.eligibility.map((r, i) => ({ r, path: `directions[${di}].eligibility[${i}]` })),
    ),
  ];
  for (const { r, path } of rules) {
    unique(path, r.id);
    citationIssues(pack, path, r.source, issues);
    scopeRefs(path, r.appliesTo);
    if (r.kind === 'metric_threshold') {
      metric(`${path}.requirement.metric`, r.requirement.metric);
    }
    if (r.kind === 'no_active_ban' && !pack.revocation?.ban) {
      issues.push({
        severity: 'error',
        code: 'inconsistent_rule',
        path,
        message: 'no_active_ban needs revocation.ban (the ban period)',
      });
    }
  }
  pack.uniqueness.forEach((u, i) => {
    unique(`uniqueness[${i}]`, u.id);
    citationIssues(pack, `uniqueness[${i}]`, u.source, issues);
  });
  pack.directions.forEach((d, i) => {
    unique(`directions[${i}]`, d.id);
    citationIssues(pack, `directions[${i}].quota`, d.quota.source, issues);
    d.priorities.forEach((p, pi) =>
      citationIssues(pack, `directions[${i}].priorities[${pi}]`, p.source, issues),
    );
  });

  // Processes: every stage reachable from the first (by order) through `after` links.
  pack.processes.forEach((proc, pi) => {
    const path = `processes[${pi}]`;
    unique(path, proc.id);
    citationIssues(pack, path, proc.source, issues);
    const stages = [...proc.stages].sort((a, b) => a.order - b.order);
    const ids = new Set(stages.map((s) => s.id));
    const preds = new Map<string, string[]>();
    stages.forEach((s, i) => {
      const prev = stages[i - 1];
      preds.set(s.id, s.after ?? (prev ? [prev.id] : []));
      for (const a of s.after ?? []) {
        if (!ids.has(a)) {
          issues.push({
            severity: 'error',
            code: 'unknown_reference',
            path: `${path}.stages.${s.id}.after`,
            message: `unknown stage "${a}"`,
          });
        }
      }
      citationIssues(pack, `${path}.stages.${s.id}`, s.source, issues);
    });
    const entry = stages[0];
    const reached = new Set<string>(entry ? [entry.id] : []);
    let grew = true;
    while (grew) {
      grew = false;
      for (const s of stages) {
        if (!reached.has(s.id) && (preds.get(s.id) ?? []).some((p) => reached.has(p))) {
          reached.add(s.id);
          grew = true;
        }
      }
    }
    for (const s of stages) {
      if (!reached.has(s.id)) {
        issues.push({
          severity: 'error',
          code: 'unreachable_stage',
          path: `${path}.stages.${s.id}`,
          message: `stage "${s.id}" cannot be reached from "${entry?.id ?? ''}"`,
        });
      }
    }
  });

  // Rating and revocation must agree on the scale.
  pack.revocation?.grounds.forEach((g, i) => {
    const path = `revocation.grounds[${i}]`;
    unique(path, g.id);
    citationIssues(pack, path, g.source, issues);
    if (g.trigger.kind === 'automatic') {
      const needs = g.trigger.condition === 'consecutive_lowest_star' ? 'stars' : 'grades';
      if (pack.rating?.kind !== needs) {
        issues.push({
          severity: 'error',
          code: 'inconsistent_rule',
          path,
          message: `${g.trigger.condition} needs a ${needs} rating scale`,
        });
      }
    }
  });
  if (pack.revocation?.ban) {
    citationIssues(pack, 'revocation.ban', pack.revocation.ban.source, issues);
  }
  pack.targets.forEach((tg, i) => {
    unique(`targets[${i}]`, tg.id);
    metric(`targets[${i}].metric`, tg.metric);
    citationIssues(pack, `targets[${i}]`, tg.source, issues);
  });
  pack.reportTemplates.forEach((r, i) => citationIssues(pack, `reportTemplates[${i}]`, r.source, issues));
  return issues;
}

/** Parse then lint an unknown value as a pack. `ok` when there are no errors (warnings allowed). */
export function validatePack(input: unknown): PackValidation {
  const parsed = policyPackSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      pack: null,
      issues: parsed.error.issues.map((i) => ({
        severity: 'error',
        code: 'schema',
        path: i.path.map(String).join('.'),
        message: i.message,
      })),
    };
  }
  const issues = lintPack(parsed.data);
  return { ok: !issues.some((i) => i.severity === 'error'), issues, pack: parsed.data };
}

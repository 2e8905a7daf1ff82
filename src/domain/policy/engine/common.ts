/** Shared engine helpers: applicability matching, comparators, formatting. */
import type {
  Applicability,
  CenterType,
  Comparator,
  Criterion,
  CriterionGroup,
  FunctionalKind,
  Level,
  Localized,
  PolicyPack,
} from '../schema.ts';

/** What an application is: level, type, functional kind, demonstration direction. */
export interface EvaluationTarget {
  level?: Level | undefined;
  type?: CenterType | undefined;
  kind?: FunctionalKind | undefined;
  direction?: string | undefined;
}

function matches<T>(list: readonly T[] | undefined, value: T | undefined): boolean {
  if (!list || list.length === 0) {
    return true;
  }
  // A rule scoped to, say, functional kinds does not apply to an application without a kind.
  return value !== undefined && list.includes(value);
}

/** Whether a rule scoped by `appliesTo` applies to the target. Omitted lists match everything. */
export function applies(appliesTo: Applicability | undefined, target: EvaluationTarget): boolean {
  if (!appliesTo) {
    return true;
  }
  return (
    matches(appliesTo.levels, target.level) &&
    matches(appliesTo.types, target.type) &&
    matches(appliesTo.kinds, target.kind) &&
    matches(appliesTo.directions, target.direction)
  );
}

/** A criterion's effective scope: its own lists override its group's. */
export function effectiveScope(group: CriterionGroup, criterion: Criterion): Applicability {
  const g = group.appliesTo ?? {};
  const c = criterion.appliesTo ?? {};
  return {
    ...((c.levels ?? g.levels) ? { levels: c.levels ?? g.levels } : {}),
    ...((c.types ?? g.types) ? { types: c.types ?? g.types } : {}),
    ...((c.kinds ?? g.kinds) ? { kinds: c.kinds ?? g.kinds } : {}),
    ...((c.directions ?? g.directions) ? { directions: c.directions ?? g.directions } : {}),
  };
}

/** Every criterion of the pack with its group, in document order. */
export function allCriteria(pack: PolicyPack): { group: CriterionGroup; criterion: Criterion }[] {
  return pack.criteriaGroups.flatMap((group) => group.criteria.map((criterion) => ({ group, criterion })));
}

/** The approximate band (左右) used for `approx`: within ±10 %. */
export const APPROX_TOLERANCE = 0.1;

/** Whether `value` satisfies `comparator threshold`. */
export function compare(value: number, comparator: Comparator, threshold: number): boolean {
  switch (comparator) {
    case 'gte':
      return value >= threshold;
    case 'gt':
      return value > threshold;
    case 'lte':
      return value <= threshold;
    case 'lt':
      return value < threshold;
    case 'eq':
      return value === threshold;
    case 'approx':
      return Math.abs(value - threshold) <= Math.abs(threshold) * APPROX_TOLERANCE;
  }
}

const SYMBOL: Record<Comparator, string> = { gte: '≥', gt: '>', lte: '≤', lt: '<', eq: '=', approx: '≈' };

/** `≥ 100` — a requirement as people write it. */
export function formatRequirement(comparator: Comparator, threshold: number | null): string {
  return `${SYMBOL[comparator]} ${threshold === null ? '?' : String(threshold)}`;
}

/** A bilingual message. */
export function msg(zh: string, en: string): Localized {
  return { zh, en };
}

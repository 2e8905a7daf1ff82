/** Helpers for the pack tests: look up a criterion or ground by id and fail loudly when absent. */
import type { Criterion, PolicyPack, QuantitativeCriterion, RevocationGround } from '../schema.ts';

/** The criterion with this id; throws when the pack lacks it. */
export function criterion(pack: PolicyPack, id: string): Criterion {
  for (const g of pack.criteriaGroups) {
    const c = g.criteria.find((x) => x.id === id);
    if (c) {
      return c;
    }
  }
  throw new Error(`${pack.id}: no criterion ${id}`);
}

/** The quantitative criterion with this id; throws when absent or qualitative. */
export function quantitative(pack: PolicyPack, id: string): QuantitativeCriterion {
  const c = criterion(pack, id);
  if (c.kind !== 'quantitative') {
    throw new Error(`${pack.id}: ${id} is qualitative`);
  }
  return c;
}

/** The revocation ground with this id; throws when absent. */
export function ground(pack: PolicyPack, id: string): RevocationGround {
  const g = pack.revocation?.grounds.find((x) => x.id === id);
  if (!g) {
    throw new Error(`${pack.id}: no ground ${id}`);
  }
  return g;
}

/** Every criterion of the pack. */
export function criteriaOf(pack: PolicyPack): Criterion[] {
  return pack.criteriaGroups.flatMap((g) => g.criteria);
}

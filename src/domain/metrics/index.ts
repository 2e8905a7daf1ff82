/** The metric catalogue: center metrics (criteria) merged with the provincial target metrics (004). */
import { centerMetrics } from './catalogue.ts';
import { targetMetrics } from './targets.ts';
import type { MetricDefinition } from './types.ts';

export type { MetricDefinition, MetricDefinitionPeriod } from './types.ts';
export { centerMetrics } from './catalogue.ts';
export { targetMetrics } from './targets.ts';

/** Every metric the packs may name. Duplicate keys are a bug (checked by the catalogue test). */
export const metricCatalogue: readonly MetricDefinition[] = [...centerMetrics, ...targetMetrics];

const byKey = new Map(metricCatalogue.map((m) => [m.key, m]));

/** The definition of a metric key, or undefined when the catalogue does not know it. */
export function findMetric(key: string): MetricDefinition | undefined {
  return byKey.get(key);
}

/** Keys that occur more than once in a list of definitions. */
export function duplicateMetricKeys(defs: readonly MetricDefinition[]): string[] {
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const d of defs) {
    if (seen.has(d.key)) {
      dups.add(d.key);
    }
    seen.add(d.key);
  }
  return [...dups];
}

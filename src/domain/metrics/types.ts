/** The metric vocabulary: every quantitative criterion and target names one metric key from the catalogue. */
import type { Localized, MetricPeriod } from '../policy/schema.ts';

/** How a metric is measured: over a period, cumulatively, or as a state (`current`, `level` for rates). */
export type MetricDefinitionPeriod = MetricPeriod | 'level';

/** One metric: its key, names, unit, natural period and whether platform records can prove it. */
export interface MetricDefinition {
  key: string;
  zh: string;
  en: string;
  unit: Localized;
  period: MetricDefinitionPeriod;
  description: Localized;
  /** True when the value can be computed from the center's own platform records (service ledger, events, resources). */
  provableFromRecords: boolean;
}

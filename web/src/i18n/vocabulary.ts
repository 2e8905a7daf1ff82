/** Screens name enum values from the same table as exports (src/contracts/vocabulary-labels.ts), so the words agree. */
import type { LabelTable, Localised } from '../../../src/contracts/vocabulary-labels.ts';

function names<V extends string>(table: LabelTable<V>, lang: 'zh' | 'en'): Record<V, string> {
  return Object.fromEntries(Object.entries<Localised>(table).map(([v, l]) => [v, l[lang]])) as Record<
    V,
    string
  >;
}

/** The Chinese names of a table's values, keyed by value. */
export function zhNames<V extends string>(table: LabelTable<V>): Record<V, string> {
  return names(table, 'zh');
}

/** The English names of a table's values, keyed by value. */
export function enNames<V extends string>(table: LabelTable<V>): Record<V, string> {
  return names(table, 'en');
}

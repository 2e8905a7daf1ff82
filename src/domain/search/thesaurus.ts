/**
 * The domain thesaurus as data, and query expansion with it (issue #17). A thesaurus is a list of entries;
 * an entry's `terms` are synonyms, its `narrower` terms are found when any of its terms is searched. Terms
 * are matched after folding (foldText), so 數字孿生 and ＭＥＳ expand like 数字孪生 and mes.
 */
import { z } from 'zod';
import { foldText } from './fold.ts';

export const thesaurusEntrySchema = z.object({
  terms: z.array(z.string().trim().min(1).max(40)).min(1).max(20),
  narrower: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
});

export type ThesaurusEntry = z.infer<typeof thesaurusEntrySchema>;

export const thesaurusSchema = z.array(thesaurusEntrySchema).max(2000);

/** A thesaurus indexed by folded term: what each term also finds. */
export interface Thesaurus {
  readonly related: ReadonlyMap<string, readonly string[]>;
  /** The terms of the entries a term is narrower in (煤耗 → 能耗, 能源管理 …): found, but weighing less. */
  readonly broader: ReadonlyMap<string, readonly string[]>;
}

/** Builds the lookup; later entries add to earlier ones (a center's entries extend the defaults). */
export function buildThesaurus(...lists: ThesaurusEntry[][]): Thesaurus {
  const related = new Map<string, string[]>();
  const broader = new Map<string, string[]>();
  const addTo = (map: Map<string, string[]>, term: string, others: string[]) => {
    const list = map.get(term) ?? [];
    for (const o of others) {
      if (o !== term && !list.includes(o)) {
        list.push(o);
      }
    }
    map.set(term, list);
  };
  const add = (term: string, others: string[]) => addTo(related, term, others);
  for (const list of lists) {
    for (const entry of list) {
      const terms = entry.terms.map(foldText);
      const narrower = (entry.narrower ?? []).map(foldText);
      for (const term of terms) {
        add(term, [...terms, ...narrower]);
      }
      for (const term of narrower) {
        addTo(broader, term, terms);
      }
    }
  }
  return { related, broader };
}

/** The broader terms of a folded term (without itself). */
export function broaderTerms(thesaurus: Thesaurus, term: string): readonly string[] {
  return thesaurus.broader.get(foldText(term)) ?? [];
}

/** What a folded term also finds (its synonyms, then narrower terms), without itself. */
export function relatedTerms(thesaurus: Thesaurus, term: string): readonly string[] {
  return thesaurus.related.get(foldText(term)) ?? [];
}

/** Multi-word keys of the thesaurus present in a folded text (e.g. "digital twin"), longest first. */
export function phraseKeys(thesaurus: Thesaurus, folded: string): string[] {
  const found: string[] = [];
  for (const key of new Set([...thesaurus.related.keys(), ...thesaurus.broader.keys()])) {
    if (key.includes(' ') && folded.includes(key)) {
      found.push(key);
    }
  }
  return found.sort((a, b) => b.length - a.length);
}

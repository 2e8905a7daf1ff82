/**
 * Highlighting and zero-result help for the search core (issue #17). Highlights are ranges over the
 * original text (UTF-16 offsets, end exclusive), never markup: the screen marks them with its own elements.
 */
import { foldText } from './fold.ts';
import type { Thesaurus } from './thesaurus.ts';

export type Range = [start: number, end: number];

/** The ranges of `text` holding any of the terms (compared after folding), merged and in order. */
export function highlightRanges(text: string, terms: readonly string[]): Range[] {
  // Fold character by character so an offset in the folded text maps back to the original.
  const starts: number[] = [];
  let folded = '';
  let offset = 0;
  for (const ch of text) {
    const f = foldText(ch);
    for (let i = 0; i < f.length; i += 1) {
      starts.push(offset);
    }
    folded += f;
    offset += ch.length;
  }
  starts.push(offset);
  const found: Range[] = [];
  for (const term of new Set(terms.map(foldText).filter((t) => t.trim().length > 0))) {
    let at = folded.indexOf(term);
    while (at !== -1) {
      found.push([starts[at]!, starts[at + term.length]!]);
      at = folded.indexOf(term, at + term.length);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) {
      last[1] = Math.max(last[1], r[1]);
    } else {
      merged.push([r[0], r[1]]);
    }
  }
  return merged;
}

/**
 * Did-you-mean for a query that found nothing: the thesaurus terms sharing most of the query's characters
 * (at least half of them), closest first, at most `limit`.
 */
export function suggestTerms(query: string, thesaurus: Thesaurus, limit = 5): string[] {
  const chars = new Set([...foldText(query).replace(/\s+/g, '')]);
  if (chars.size === 0) {
    return [];
  }
  const scored: [string, number][] = [];
  for (const term of thesaurus.related.keys()) {
    const termChars = new Set([...term.replace(/\s+/g, '')]);
    let shared = 0;
    for (const c of chars) {
      if (termChars.has(c)) {
        shared += 1;
      }
    }
    if (shared * 2 >= chars.size && shared > 0) {
      scored.push([term, shared / Math.max(chars.size, termChars.size)]);
    }
  }
  return scored
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([term]) => term);
}

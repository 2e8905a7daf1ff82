/** Mean NDCG@10 of the engine and of its text-only baseline on the labelled relevance set. */
import { rankForNeed } from '../../src/domain/matching/rank.ts';
import type { MatchWeights } from '../../src/domain/matching/types.ts';
import { ndcgAt, relevanceSet } from './relevance-set.ts';

/** The baseline: the same engine with every weight but text relevance set to 0. */
export const TEXT_ONLY: MatchWeights = {
  text: 1,
  industry: 0,
  scenario: 0,
  region: 0,
  budget: 0,
  grade: 0,
  evidence: 0,
  freshness: 0,
};

export interface RelevanceReport {
  needs: number;
  items: number;
  engine: number;
  textOnly: number;
}

export function evaluateRelevance(k = 10): RelevanceReport {
  const set = relevanceSet();
  let engine = 0;
  let textOnly = 0;
  for (const need of set.needs) {
    const labels = set.labels[need.id]!;
    const ids = (weights?: MatchWeights) =>
      rankForNeed(need, set.items, { today: set.today, weights, limit: k }).ranked.map((r) => r.id);
    engine += ndcgAt(k, ids(), labels);
    textOnly += ndcgAt(k, ids(TEXT_ONLY), labels);
  }
  const round = (n: number) => Math.round((n / set.needs.length) * 1000) / 1000;
  return {
    needs: set.needs.length,
    items: set.items.length,
    engine: round(engine),
    textOnly: round(textOnly),
  };
}

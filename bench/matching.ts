/**
 * Matching: relevance and ranking time, pure domain, no database.
 * `node bin/tsx.mjs bench/matching.ts [items] [runs]` (default 100,000 items, 20 runs).
 *
 * 1. NDCG@10 of the engine on the labelled set (test/matching/relevance-set.ts, 36 needs × 360 items) and,
 *    in the same run, of its text-only baseline (the same engine with every other weight 0), and the ratio.
 * 2. Top-20 for one need over N catalog items (the labelled items replicated with distinct ids and texts):
 *    the first pass (every item's text segmented once) and then p50 / p95 of `runs` passes, against the
 *    same-run baseline of the text-only ranking over the same items.
 * The target (top-20 over 100,000 items p95 < 100 ms) is for the whole request on PostgreSQL;
 * this measures the in-memory ranking part only.
 */
import { rankForNeed } from '../src/domain/matching/rank.ts';
import type { MatchItem } from '../src/domain/matching/types.ts';
import { evaluateRelevance, TEXT_ONLY } from '../test/matching/evaluate.ts';
import { relevanceSet } from '../test/matching/relevance-set.ts';

const itemCount = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 20);

const started = performance.now();
const report = evaluateRelevance(10);
console.log(
  `NDCG@10 (${report.needs} needs × ${report.items} items): engine ${report.engine}, text-only baseline ${report.textOnly}, ratio ${(report.engine / report.textOnly).toFixed(2)} (${Math.round(performance.now() - started)} ms)`,
);

const set = relevanceSet();
const suffixes = [
  '',
  '（升级版）',
  '（行业版）',
  '（云版）',
  '（私有化部署）',
  '（二期）',
  '（本地服务）',
  '（示范项目）',
];
const items: MatchItem[] = Array.from({ length: itemCount }, (_, i) => {
  const base = set.items[i % set.items.length]!;
  const copy = Math.floor(i / set.items.length);
  return {
    ...base,
    id: `${base.id}-${copy}`,
    title: `${base.title}${suffixes[copy % suffixes.length]}${copy}`,
  };
});
const need = set.needs[0]!;

function time(weights?: typeof TEXT_ONLY): number {
  const t0 = performance.now();
  rankForNeed(need, items, { today: set.today, weights, limit: 20 });
  return performance.now() - t0;
}
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

const first = time();
const engine: number[] = [];
const textOnly: number[] = [];
for (let r = 0; r < runs; r += 1) {
  engine.push(time());
  textOnly.push(time(TEXT_ONLY));
}
const fmt = (n: number) => `${n.toFixed(1)} ms`;
console.log(`top-20 over ${itemCount.toLocaleString('en')} items, ${runs} runs (in memory, 1 core):`);
console.log(`  first pass (segments every text once): ${fmt(first)}`);
console.log(`  engine     p50 ${fmt(percentile(engine, 50))}  p95 ${fmt(percentile(engine, 95))}`);
console.log(`  text-only  p50 ${fmt(percentile(textOnly, 50))}  p95 ${fmt(percentile(textOnly, 95))}`);
console.log(
  `  ratio engine / text-only (p95): ${(percentile(engine, 95) / percentile(textOnly, 95)).toFixed(2)}`,
);

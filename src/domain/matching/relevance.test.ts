import { describe, expect, it } from 'vitest';
import { evaluateRelevance } from '../../../test/matching/evaluate.ts';
import { labelOf, ndcgAt, relevanceSet } from '../../../test/matching/relevance-set.ts';

describe('relevance on the labelled set (test/matching/relevance-set.ts)', () => {
  it('has at least 30 needs × 300 items with graded labels of every grade', () => {
    const set = relevanceSet();
    expect(set.needs.length).toBeGreaterThanOrEqual(30);
    expect(set.items.length).toBeGreaterThanOrEqual(300);
    const grades = new Set(set.needs.flatMap((n) => Object.values(set.labels[n.id]!)));
    expect([...grades].sort()).toEqual([1, 2, 3]);
    // every need has at least one clearly relevant item to find
    for (const need of set.needs) {
      expect(
        set.items.some((item) => labelOf(need, item) >= 2),
        need.id,
      ).toBe(true);
    }
  });

  it('computes NDCG@10 with graded gains', () => {
    expect(ndcgAt(10, ['a', 'b'], { a: 3, b: 1 })).toBe(1);
    expect(ndcgAt(10, ['b', 'a'], { a: 3, b: 1 })).toBeLessThan(1);
    expect(ndcgAt(10, ['x'], {})).toBe(0);
  });

  it('reports NDCG@10 and beats the text-only baseline of the same engine', () => {
    const report = evaluateRelevance(10);
    console.log(
      `NDCG@10 over ${report.needs} needs × ${report.items} items: engine ${report.engine}, text-only ${report.textOnly}, ratio ${(report.engine / report.textOnly).toFixed(2)}`,
    );
    expect(report.engine).toBeGreaterThan(report.textOnly + 0.1);
  });
});

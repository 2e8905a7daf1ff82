import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateScores, median, standardDeviation, statsOf, type SubmittedSheet } from './aggregate.ts';
import type { ScoreForm, ScoreFormRow } from './scoring.ts';

const row = (id: string, maxPoints: number): ScoreFormRow =>
  ({
    criterionId: id,
    maxPoints,
    scale: maxPoints === 1 ? { kind: 'pass_fail' } : { kind: 'score', max: maxPoints, passAt: 0 },
  }) as ScoreFormRow;
const form: ScoreForm = {
  packId: 'p',
  packVersion: '1',
  rows: [row('pf', 1), row('s10', 10)],
  overallMax: 100,
};
const sheet = (
  expertId: string,
  pf: number | null,
  s10: number | null,
  overall: number | null,
  rec: 'recommend' | 'not_recommend' = 'recommend',
): SubmittedSheet => ({
  expertId,
  scores: { pf: { value: pf }, s10: { value: s10 } },
  overall,
  recommendation: rec,
  comment: '',
});

describe('aggregateScores', () => {
  it('gives mean 80, median 80 and no disagreement for overall scores 78 and 82', () => {
    const a = aggregateScores(form, [sheet('e1', 1, 8, 78), sheet('e2', 1, 7, 82)]);
    expect(a.overall).toMatchObject({
      n: 2,
      mean: 80,
      median: 80,
      std: 2,
      min: 78,
      max: 82,
      disagreement: false,
    });
    expect(a.criteria.find((c) => c.criterionId === 's10')!.stats).toMatchObject({
      mean: 7.5,
      median: 7.5,
      std: 0.5,
    });
  });

  it('keeps the median steady when one harsh reviewer sinks the mean (pretalx #656)', () => {
    const a = aggregateScores(form, [
      sheet('e1', 1, 8, 85),
      sheet('e2', 1, 8, 88),
      sheet('e3', 0, 1, 20, 'not_recommend'),
    ]);
    expect(a.overall.median).toBe(85);
    expect(a.overall.mean).toBeCloseTo(64.33, 2);
    expect(a.overall.disagreement).toBe(true);
    expect(a.disagreement).toBe(true);
    expect(a.recommendations).toEqual({ recommend: 2, notRecommend: 1 });
  });

  it('flags a split pass/fail verdict as disagreement', () => {
    const a = aggregateScores(form, [sheet('e1', 1, 8, 80), sheet('e2', 0, 8, 80)]);
    expect(a.criteria[0]!.stats).toMatchObject({ mean: 0.5, std: 0.5, disagreement: true });
    expect(a.criteria[1]!.stats.disagreement).toBe(false);
  });

  it('uses a configurable threshold (10 % flags overall scores 70 and 90; 20 % does not at std 10)', () => {
    const sheets = [sheet('e1', 1, 8, 70), sheet('e2', 1, 8, 90)];
    expect(aggregateScores(form, sheets, { threshold: 0.1 }).overall.disagreement).toBe(true);
    expect(aggregateScores(form, sheets, { threshold: 0.2 }).overall.disagreement).toBe(false);
  });

  it('counts missing scores and sheets, and computes over the scores that are there', () => {
    const a = aggregateScores(form, [sheet('e1', 1, null, 90), sheet('e2', 1, 6, null)], { expected: 3 });
    expect(a.criteria[1]!.stats).toMatchObject({
      n: 1,
      missing: 2,
      mean: 6,
      median: 6,
      std: null,
      disagreement: false,
    });
    expect(a.overall).toMatchObject({ n: 1, missing: 2, mean: 90 });
    expect(a).toMatchObject({ submitted: 2, expected: 3 });
  });

  it('gives nulls, not NaN, with no sheets', () => {
    const a = aggregateScores(form, []);
    expect(a.overall).toMatchObject({ n: 0, mean: null, median: null, std: null, min: null, max: null });
  });
});

describe('statistics (properties)', () => {
  const scores = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 15 });

  it('mean and median lie between min and max; std is zero exactly when all scores agree', () => {
    fc.assert(
      fc.property(scores, (xs) => {
        const s = statsOf(xs, 100, xs.length, 0.2);
        expect(s.mean!).toBeGreaterThanOrEqual(s.min! - 1e-9);
        expect(s.mean!).toBeLessThanOrEqual(s.max! + 1e-9);
        expect(s.median!).toBeGreaterThanOrEqual(s.min!);
        expect(s.median!).toBeLessThanOrEqual(s.max!);
        if (xs.length >= 2) {
          expect(s.std === 0).toBe(new Set(xs).size === 1);
        }
      }),
    );
  });

  it('is independent of the order of the scores', () => {
    fc.assert(
      fc.property(scores, (xs) => {
        const rev = [...xs].reverse();
        expect(median(rev)).toBe(median(xs));
        expect(standardDeviation(rev) ?? 0).toBeCloseTo(standardDeviation(xs) ?? 0, 9);
      }),
    );
  });

  it('never lets std exceed half the scale', () => {
    fc.assert(
      fc.property(scores, (xs) => {
        expect(standardDeviation(xs) ?? 0).toBeLessThanOrEqual(50 + 1e-9);
      }),
    );
  });
});

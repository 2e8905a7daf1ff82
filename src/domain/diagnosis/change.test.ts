import { describe, expect, it } from 'vitest';
import { compareResults } from './change.ts';

const result = (score: number, level: number, dims: [string, number][]) => ({
  score,
  level,
  dimensions: dims.map(([id, s]) => ({ id, score: s, max: 50 })),
});

describe('compareResults (T0 → T1)', () => {
  it('gives the change in total, level and each dimension, to two decimals', () => {
    const t0 = result(41.5, 2, [
      ['foundation', 20.25],
      ['management', 11.25],
      ['outcomes', 10],
    ]);
    const t1 = result(55.63, 2, [
      ['foundation', 28.5],
      ['management', 15.13],
      ['outcomes', 12],
    ]);
    expect(compareResults(t0, t1)).toEqual({
      scoreDelta: 14.13,
      levelDelta: 0,
      dimensions: [
        { id: 'foundation', before: 20.25, after: 28.5, delta: 8.25, max: 50 },
        { id: 'management', before: 11.25, after: 15.13, delta: 3.88, max: 50 },
        { id: 'outcomes', before: 10, after: 12, delta: 2, max: 50 },
      ],
    });
  });

  it('shows a decline as negative and counts a dimension new in T1 from 0', () => {
    const c = compareResults(
      result(60, 3, [['a', 30]]),
      result(52, 2, [
        ['a', 22],
        ['b', 30],
      ]),
    );
    expect(c.scoreDelta).toBe(-8);
    expect(c.levelDelta).toBe(-1);
    expect(c.dimensions[1]).toEqual({ id: 'b', before: 0, after: 30, delta: 30, max: 50 });
  });
});

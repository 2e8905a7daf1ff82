import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicableCells, midRankPercentile, pickBenchmark, type CellCounts } from './benchmark.ts';

const counts = (cell: CellCounts['cell'], n: number, below = 0, equal = 1): CellCounts => ({
  cell,
  n,
  below,
  equal,
});

describe('benchmark cells', () => {
  it('go from industry × city × size band to the whole country', () => {
    expect(applicableCells({ industryDivision: '34', regionCode: '370102', sizeBand: 'small' })).toEqual([
      'industry_city_size',
      'industry_city',
      'industry_province',
      'industry_national',
      'province',
      'national',
    ]);
  });

  it('skip the cells whose key the enterprise lacks', () => {
    expect(applicableCells({ industryDivision: null, regionCode: '370102', sizeBand: 'small' })).toEqual([
      'province',
      'national',
    ]);
    expect(applicableCells({ industryDivision: '34', regionCode: '370102', sizeBand: null })[0]).toBe(
      'industry_city',
    );
  });
});

describe('pickBenchmark', () => {
  it('uses the narrowest cell with at least 15 assessments and says which narrower ones were too small', () => {
    const b = pickBenchmark([
      counts('industry_city', 14, 7, 1),
      counts('industry_province', 40, 30, 2),
      counts('national', 1000, 500, 10),
    ]);
    expect(b).toEqual({
      cell: 'industry_province',
      sampleSize: 40,
      percentile: 77.5,
      skipped: [{ cell: 'industry_city', sampleSize: 14 }],
      thin: false,
    });
  });

  it('keeps a cell of exactly 15', () => {
    expect(pickBenchmark([counts('industry_city', 15, 5, 1), counts('national', 99)])?.cell).toBe(
      'industry_city',
    );
  });

  it('falls back to the widest cell, flagged thin, when every cell is small', () => {
    expect(pickBenchmark([counts('province', 3, 1, 1), counts('national', 9, 4, 1)])).toMatchObject({
      cell: 'national',
      sampleSize: 9,
      thin: true,
      skipped: [{ cell: 'province', sampleSize: 3 }],
    });
  });

  it('has nothing to say without any assessment', () => {
    expect(pickBenchmark([counts('national', 0, 0, 0)])).toBeNull();
    expect(pickBenchmark([])).toBeNull();
  });

  it('gives a mid-rank percentile between 0 and 100 that never falls as more peers score lower', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), fc.integer({ min: 1, max: 500 }), (below, above, equal) => {
        const n = below + above + equal;
        const p = midRankPercentile(n, below, equal);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(100);
        expect(midRankPercentile(n + 1, below + 1, equal)).toBeGreaterThanOrEqual(p);
      }),
    );
    expect(midRankPercentile(4, 0, 4)).toBe(50);
  });
});

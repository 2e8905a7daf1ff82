import { describe, expect, it } from 'vitest';
import { medianAbsoluteDeviation } from 'simple-statistics';
import { robustZTrailing12 } from './detectors.ts';
import type { SeriesPoint } from './series.ts';

/** `months` consecutive months from 2023-01 with a mild seasonal wobble (never flagged by itself). */
function seasonal(months: number, start = 2023): SeriesPoint[] {
  return Array.from({ length: months }, (_, i) => ({
    period: `${start + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    value: 100 + (i % 3) * 2,
  }));
}

describe('robust z-score over the trailing 12 months', () => {
  it('flags an injected spike and explains it: value, median baseline, same month last year, z, threshold', () => {
    const series = seasonal(30);
    series[27] = { ...series[27]!, value: 160 }; // 2025-04
    const r = robustZTrailing12.detect(series);
    expect(r.ok).toBe(true);
    if (!r.ok) {
      return;
    }
    expect(r.anomalies).toHaveLength(1);
    const a = r.anomalies[0]!;
    expect(a.period).toBe('2025-04');
    expect(a.value).toBe(160);
    // Trailing window 2024-04..2025-03 is four each of 100, 102, 104: median 102, MAD 2.
    expect(a.baseline).toBe(102);
    expect(a.sameMonthLastYear).toBe(100);
    expect(a.deviation).toBe(58);
    const window = series.slice(15, 27).map((p) => p.value);
    expect(medianAbsoluteDeviation(window)).toBe(2);
    expect(a.z).toBeCloseTo((0.6745 * 58) / 2, 3);
    expect(a.threshold).toBe(3.5);
    expect(a.method).toBe('robust-z-trailing-12');
  });

  it('does not flag a point whose z is at or under the threshold', () => {
    const series = seasonal(30);
    // z = 0.6745·|x − 102| / 2 = 3.4 → |x − 102| ≈ 10.08
    series[27] = { ...series[27]!, value: 112 };
    const r = robustZTrailing12.detect(series);
    expect(r.ok && r.anomalies).toEqual([]);
  });

  it('honours a custom threshold', () => {
    const series = seasonal(30);
    series[27] = { ...series[27]!, value: 112 };
    const r = robustZTrailing12.detect(series, { threshold: 3 });
    expect(r.ok && r.anomalies.map((a) => a.period)).toEqual(['2025-04']);
  });

  it('refuses a series with fewer than 24 months of history', () => {
    const r = robustZTrailing12.detect(seasonal(23));
    expect(r).toEqual({
      ok: false,
      method: 'robust-z-trailing-12',
      refusal: { code: 'too_short', months: 23, needed: 24 },
    });
  });

  it('refuses a series with a missing month, naming the period', () => {
    const series = seasonal(30).filter((p) => p.period !== '2024-06');
    const r = robustZTrailing12.detect(series);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.refusal).toEqual({ code: 'not_monthly', period: '2024-07', expected: '2024-06' });
  });

  it('flags a differing point when the whole window is constant (MAD and mean deviation 0): z is null', () => {
    const series = seasonal(26).map((p) => ({ ...p, value: 50 }));
    series[25] = { ...series[25]!, value: 51 };
    const r = robustZTrailing12.detect(series);
    expect(r.ok && r.anomalies.map((a) => [a.period, a.z])).toEqual([['2025-02', null]]);
  });

  it('treats January–February as one period when asked: a split that moves volume between them is not flagged', () => {
    // Jan and Feb swap volume year to year (Spring Festival moves); their sum is steady.
    const series: SeriesPoint[] = [];
    for (let y = 2022; y <= 2024; y++) {
      for (let m = 1; m <= 12; m++) {
        const odd = y % 2 === 1;
        const value = m === 1 ? (odd ? 40 : 160) : m === 2 ? (odd ? 160 : 40) : 100 + (m % 3);
        series.push({ period: `${y}-${String(m).padStart(2, '0')}`, value });
      }
    }
    const split = robustZTrailing12.detect(series);
    expect(split.ok && split.anomalies.length).toBeGreaterThan(0);
    const merged = robustZTrailing12.detect(series, { mergeJanFeb: true });
    expect(merged.ok && merged.anomalies).toEqual([]);
  });

  it('compares a merged 1—2月 with the merged 1—2月 of the year before', () => {
    const series = seasonal(36, 2022);
    series[24] = { ...series[24]!, value: 900 }; // 2024-01 makes 2024-01/02 huge
    const r = robustZTrailing12.detect(series, { mergeJanFeb: true });
    expect(r.ok).toBe(true);
    const a = r.ok ? r.anomalies.find((x) => x.period === '2024-01/02') : undefined;
    expect(a?.sameMonthLastYear).toBe((series[12]!.value + series[13]!.value) / 2);
  });
});

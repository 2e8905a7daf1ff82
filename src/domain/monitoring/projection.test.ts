import { describe, expect, it } from 'vitest';
import { projectToDeadline, targetStatus } from './projection.ts';

describe('projection to the deadline', () => {
  it('extends a least-squares line through the actual values to 31 December of the target year', () => {
    const p = projectToDeadline(
      [
        { asOf: '2023-12-31', value: 4 },
        { asOf: '2024-12-31', value: 7 },
      ],
      '2025-12-31',
    );
    // 3 a year (2024 is a leap year: 366 days, so 365/366 of a step per 365 days)
    expect(p?.method).toBe('least-squares-linear');
    expect(p?.projected).toBeCloseTo(7 + (3 * 365) / 366, 3);
  });

  it('fits noisy points by least squares, not through the last two', () => {
    const p = projectToDeadline(
      [
        { asOf: '2025-01-01', value: 10 },
        { asOf: '2025-01-11', value: 30 },
        { asOf: '2025-01-21', value: 20 },
      ],
      '2025-01-31',
    );
    // slope 0.5/day, intercept at day 10 is 20 → day 30: 30
    expect(p?.projected).toBeCloseTo(30, 6);
  });

  it('keeps a single reading flat and says so', () => {
    expect(projectToDeadline([{ asOf: '2025-06-30', value: 8 }], '2025-12-31')).toEqual({
      projected: 8,
      slopePerYear: 0,
      method: 'single-point',
    });
  });

  it('has no projection without actual values', () => {
    expect(projectToDeadline([], '2025-12-31')).toBeNull();
  });
});

describe('target status', () => {
  it('≥ target: green when met, amber within 10 % short, red beyond', () => {
    expect(targetStatus('gte', 10, 10)).toBe('green');
    expect(targetStatus('gte', 10, 9.2)).toBe('amber');
    expect(targetStatus('gte', 10, 8.9)).toBe('red');
  });

  it('> target: equal is not met', () => {
    expect(targetStatus('gt', 20_000, 20_000)).toBe('amber');
    expect(targetStatus('gt', 20_000, 20_001)).toBe('green');
  });

  it('≤ target (a rank): lower is better', () => {
    expect(targetStatus('lte', 3, 2)).toBe('green');
    expect(targetStatus('lte', 3, 3.2)).toBe('amber');
    expect(targetStatus('lte', 3, 5)).toBe('red');
  });

  it('左右 (approx): within 5 % below counts as met, overshooting too', () => {
    expect(targetStatus('approx', 50, 48)).toBe('green');
    expect(targetStatus('approx', 50, 70)).toBe('green');
    expect(targetStatus('approx', 50, 44)).toBe('amber');
    expect(targetStatus('approx', 50, 30)).toBe('red');
  });

  it('unknown without a projection', () => {
    expect(targetStatus('gte', 10, null)).toBe('unknown');
  });
});

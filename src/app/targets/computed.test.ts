import { describe, expect, it } from 'vitest';
import { cumulativeByMonthEnd } from './computed.ts';

describe('cumulative readings of record dates', () => {
  it('counts events at each month end from the first event, and today', () => {
    expect(
      cumulativeByMonthEnd(['2025-01-15', '2025-01-20', '2025-03-01', '2025-07-01'], '2025-04-10'),
    ).toEqual([
      { asOf: '2025-01-31', value: 2 },
      { asOf: '2025-02-28', value: 2 },
      { asOf: '2025-03-31', value: 3 },
      { asOf: '2025-04-10', value: 3 },
    ]);
  });

  it('reads 0 today when there is no record yet', () => {
    expect(cumulativeByMonthEnd([], '2025-04-10')).toEqual([{ asOf: '2025-04-10', value: 0 }]);
  });

  it('crosses a year end', () => {
    expect(cumulativeByMonthEnd(['2024-12-05'], '2025-01-31').map((p) => p.asOf)).toEqual([
      '2024-12-31',
      '2025-01-31',
    ]);
  });
});

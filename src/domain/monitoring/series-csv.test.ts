import { describe, expect, it } from 'vitest';
import { formatRowError, parseSeriesCsv } from './series-csv.ts';

describe('series CSV', () => {
  it('reads period,value rows (BOM, CRLF and a trailing blank line tolerated)', () => {
    expect(parseSeriesCsv('\uFEFFperiod,value\r\n2024-01,1.5\r\n2024-02,-2\r\n')).toEqual({
      ok: true,
      series: [
        { period: '2024-01', value: 1.5 },
        { period: '2024-02', value: -2 },
      ],
    });
  });

  it('names row and column of each bad cell, in Chinese', () => {
    const r = parseSeriesCsv('period,value\n2024-01,1\n2024-13,2\n2024-03,abc\n2024-03,4\n');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map(formatRowError)).toEqual([
      '第3行 period 列：“2024-13” 不是 YYYY-MM 格式的月份',
      '第4行 value 列：“abc” 不是数值',
    ]);
  });

  it('refuses a wrong header', () => {
    const r = parseSeriesCsv('month,amount\n2024-01,1\n');
    expect(!r.ok && r.errors[0]?.row).toBe(1);
  });

  it('refuses repeated and out-of-order months', () => {
    const r = parseSeriesCsv('period,value\n2024-02,1\n2024-02,2\n2024-01,3\n');
    expect(!r.ok && r.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'period'],
      [4, 'period'],
    ]);
  });
});

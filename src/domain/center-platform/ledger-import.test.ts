import { describe, expect, it } from 'vitest';
import { makeCreditCode } from '../organisation/credit-code.ts';
import { parseDateCell, parseLedgerRow, yuanToFen } from './ledger-import.ts';

const code = makeCreditCode({ regionCode: '370113', serial: 24 });
const good = {
  serviceType: '诊断评估',
  serviceDate: '2026-03-05',
  creditCode: code,
  title: '数字化转型诊断',
  amountYuan: '12,000.50',
  preferential: '是',
};

describe('ledger import rows', () => {
  it('reads a valid row with a Chinese service type and an amount in yuan', () => {
    const { row, problems } = parseLedgerRow(good, '2026-11-22');
    expect(problems).toEqual([]);
    expect(row).toMatchObject({ serviceType: 'diagnosis', amountFen: 1_200_050, preferential: true });
  });

  it('names the column and the bad value in Chinese', () => {
    const { row, problems } = parseLedgerRow(
      { ...good, serviceType: '喝茶', serviceDate: '2026-02-30', amountYuan: '-5' },
      '2026-11-22',
    );
    expect(row).toBeNull();
    expect(problems.map((p) => p.column)).toEqual(['服务类型', '服务日期', '金额（元）']);
    expect(problems[0]!.message).toContain('「喝茶」不是有效的服务类型');
  });

  it('refuses services dated in the future and missing required cells', () => {
    const { problems } = parseLedgerRow({ ...good, serviceDate: '2027-01-01', title: '' }, '2026-11-22');
    expect(problems).toEqual([
      { column: '服务名称', message: '必填，不能为空' },
      { column: '服务日期', message: expect.stringContaining('晚于今天') },
    ]);
  });

  it('converts yuan to fen exactly and rejects more than two decimals', () => {
    expect(yuanToFen('0.1')).toBe(10);
    expect(yuanToFen(19.99)).toBe(1999);
    expect(yuanToFen('1.234')).toBeNull();
    expect(yuanToFen('abc')).toBeNull();
  });

  it('reads Excel dates and Chinese date text', () => {
    expect(parseDateCell(new Date(Date.UTC(2026, 0, 9)))).toBe('2026-01-09');
    expect(parseDateCell('2026年3月5日')).toBe('2026-03-05');
    expect(parseDateCell('2026/13/01')).toBeNull();
  });
});

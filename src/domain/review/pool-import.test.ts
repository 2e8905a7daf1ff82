import { describe, expect, it } from 'vitest';
import { makeCreditCode } from '../organisation/credit-code.ts';
import { duplicateUsernames, missingHeaders, parseExpertImportRow } from './pool-import.ts';

const code = makeCreditCode({ regionCode: '370000', serial: 4242 });
const good = {
  登录名: 'Expert.Wang',
  姓名: '王工',
  工作单位统一社会信用代码: code,
  工作单位名称: '山东大学',
  评审领域: '技术、财务',
  职称: '教授',
  是否可用: '是',
  评审上限: '5',
  任职起始日期: '2020-01-01',
};

describe('expert import rows', () => {
  it('reads a valid row: Chinese field names become codes, the login name is lower-cased', () => {
    const r = parseExpertImportRow(2, good, '2026-12-06');
    expect(r.errors).toEqual([]);
    expect(r.value).toMatchObject({
      username: 'expert.wang',
      fields: ['technology', 'finance'],
      available: true,
      maxLoad: 5,
      fromDate: '2020-01-01',
    });
  });

  it('names the row and the column of every error in Chinese', () => {
    const r = parseExpertImportRow(
      7,
      {
        ...good,
        评审领域: '技术、法律',
        评审上限: '0',
        是否可用: '也许',
        工作单位统一社会信用代码: '123',
        任职起始日期: '2030-01-01',
      },
      '2026-12-06',
    );
    const zh = r.errors.map((e) => e.message.zh);
    expect(r.value).toBeUndefined();
    expect(zh).toContain('第 7 行「评审领域」：“法律”不是评审领域，应为技术、产业、管理、财务之一');
    expect(zh.some((m) => m.startsWith('第 7 行「评审上限」'))).toBe(true);
    expect(zh.some((m) => m.startsWith('第 7 行「是否可用」'))).toBe(true);
    expect(
      zh.some((m) => m.startsWith('第 7 行「工作单位统一社会信用代码」：统一社会信用代码应为 18 位')),
    ).toBe(true);
    expect(zh.some((m) => m.startsWith('第 7 行「任职起始日期」') && m.includes('晚于今天'))).toBe(true);
  });

  it('requires the name, login name, employer and at least one field', () => {
    const r = parseExpertImportRow(3, { ...good, 姓名: '', 评审领域: ' ' }, '2026-12-06');
    expect(r.errors.map((e) => e.column)).toEqual(['姓名', '评审领域']);
  });

  it('finds missing headers and repeated login names', () => {
    expect(missingHeaders(['登录名', '姓名'])).toEqual([
      '工作单位统一社会信用代码',
      '工作单位名称',
      '评审领域',
    ]);
    const a = parseExpertImportRow(2, good, '2026-12-06').value!;
    const b = { ...a, row: 5 };
    expect(duplicateUsernames([a, b]).map((e) => e.message.zh)).toEqual([
      '第 5 行「登录名」：“expert.wang”与第 2 行重复',
    ]);
  });
});

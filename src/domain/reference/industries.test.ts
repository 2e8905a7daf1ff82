import { describe, expect, it } from 'vitest';
import {
  findIndustry,
  industryName,
  isValidIndustryCode,
  listDivisions,
  listSections,
  normalizeIndustryCode,
} from './industries.ts';

describe('GB/T 4754-2017 industries', () => {
  it('has the 20 sections A–T with their standard names', () => {
    const sections = listSections();
    expect(sections.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
    expect(industryName('C')).toBe('制造业');
    expect(industryName('I')).toBe('信息传输、软件和信息技术服务业');
    expect(industryName('D')).toBe('电力、热力、燃气及水生产和供应业');
    expect(industryName('T')).toBe('国际组织');
  });

  it('names the manufacturing divisions exactly as the standard', () => {
    expect(industryName('C13')).toBe('农副食品加工业');
    expect(industryName('C39')).toBe('计算机、通信和其他电子设备制造业');
    expect(industryName('C43')).toBe('金属制品、机械和设备修理业');
  });

  it('has 31 manufacturing divisions C13–C43, contiguous', () => {
    const manufacturing = listDivisions('C');
    expect(manufacturing).toHaveLength(31);
    expect(manufacturing.map((d) => Number(d.division))).toEqual(
      Array.from({ length: 31 }, (_, i) => 13 + i),
    );
    expect(manufacturing.every((d) => d.section === 'C' && d.level === 'division')).toBe(true);
  });

  it('has 97 divisions 01–97 overall', () => {
    expect(listDivisions().map((d) => d.division)).toEqual(
      Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
  });

  it("accepts 'C', 'C13', '13' and lower case, and canonicalises to 'C13'", () => {
    expect(findIndustry('13')?.code).toBe('C13');
    expect(findIndustry('c13')?.name).toBe('农副食品加工业');
    expect(findIndustry('C')?.level).toBe('section');
    expect(normalizeIndustryCode('39')).toBe('C39');
  });

  it('rejects unknown, inconsistent and finer codes', () => {
    expect(isValidIndustryCode('U')).toBe(false);
    expect(isValidIndustryCode('A13')).toBe(false);
    expect(isValidIndustryCode('98')).toBe(false);
    expect(isValidIndustryCode('C391')).toBe(false);
    expect(isValidIndustryCode('')).toBe(false);
    expect(findIndustry('00')).toBeUndefined();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeCheckCharacter,
  computeOrganisationCheckDigit,
  creditCodeSchema,
  makeCreditCode,
  validateCreditCode,
} from './credit-code.ts';

const errorCode = (s: string) => {
  const r = validateCreditCode(s);
  return r.ok ? 'ok' : r.code;
};

describe('统一社会信用代码 validation (GB 32100-2015)', () => {
  it('accepts the worked example of the standard, 91350100M000100Y43', () => {
    const r = validateCreditCode('91350100M000100Y43');
    expect(r).toMatchObject({
      ok: true,
      normalized: '91350100M000100Y43',
      registrationAuthority: { code: '9', zh: '工商' },
      category: { code: '1', zh: '企业' },
      regionCode: '350100',
      organisationCode: 'M000100Y4',
    });
  });

  it.each([
    ['914403001922038216', '华为技术有限公司'],
    ['91440300708461136T', '深圳市腾讯计算机系统有限公司'],
    ['91330100799655058B', '阿里巴巴（中国）有限公司'],
    ['91110108558521630L', '小米通讯技术有限公司'],
    ['91370000163044841F', 'a 山东-registered enterprise'],
  ])('accepts the public code %s (%s)', (code) => {
    expect(validateCreditCode(code).ok).toBe(true);
  });

  it('says it is the check character that is wrong, and which one was expected', () => {
    const r = validateCreditCode('914403001922038217');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('credit_code.check_digit');
      expect(r.message.zh).toContain('校验码');
      expect(r.message.zh).toContain('应为“6”');
      expect(r.message.en).toContain("check character (18th) is wrong: expected '6'");
    }
  });

  it('normalises lower-case, surrounding spaces and full-width input', () => {
    expect(validateCreditCode(' 91440300708461136t ')).toMatchObject({
      ok: true,
      normalized: '91440300708461136T',
    });
    expect(validateCreditCode('９１３５０１００ｍ０００１００ｙ４３')).toMatchObject({
      ok: true,
      normalized: '91350100M000100Y43',
    });
  });

  it('rejects the letters I, O, S, V, Z and names the position', () => {
    for (const letter of ['I', 'O', 'S', 'V', 'Z']) {
      const r = validateCreditCode(`91350100M000100${letter}43`);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.code).toBe('credit_code.charset');
        expect(r.message.zh).toContain('第 16 位');
        expect(r.message.zh).toContain('I、O、S、V、Z');
      }
    }
    expect(errorCode('91350100M000100Y4-')).toBe('credit_code.charset');
  });

  it('rejects a wrong length', () => {
    expect(errorCode('91350100M000100Y4')).toBe('credit_code.length');
    expect(errorCode('91350100M000100Y433')).toBe('credit_code.length');
    expect(errorCode('')).toBe('credit_code.length');
  });

  it('rejects an unknown registration authority or a category it does not have', () => {
    expect(errorCode(makeCreditCodeUnchecked('B1'))).toBe('credit_code.registration_authority');
    expect(errorCode(makeCreditCodeUnchecked('94'))).toBe('credit_code.category');
    expect(errorCode(makeCreditCodeUnchecked('53'))).toBe('ok');
  });

  it('rejects a region part that is not a GB/T 2260 province, but keeps codes of merged regions valid', () => {
    expect(errorCode(makeCreditCodeUnchecked('91', '990100'))).toBe('credit_code.region');
    expect(errorCode(makeCreditCodeUnchecked('91', '37A100'))).toBe('credit_code.region');
    // Registered by the former 莱芜市 before 2019: the code does not change.
    expect(errorCode(makeCreditCodeUnchecked('91', '371202'))).toBe('ok');
    expect(errorCode(makeCreditCodeUnchecked('91', '100000'))).toBe('ok');
  });

  it('verifies the organisation code check digit (GB 11714) of chars 9–17', () => {
    // Standard's example with the organisation check digit changed and the 18th recomputed.
    const prefix = '91350100M000100Y5';
    const r = validateCreditCode(prefix + computeCheckCharacter(prefix));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('credit_code.organisation_check_digit');
      expect(r.message.zh).toContain('应为“4”');
    }
  });

  it('computes GB 11714 check digits including X and 0', () => {
    expect(computeOrganisationCheckDigit('M000100Y')).toBe('4');
    expect(computeOrganisationCheckDigit('19220382')).toBe('1');
    const digits = Array.from({ length: 200 }, (_, i) =>
      computeOrganisationCheckDigit(String(i).padStart(8, '0')),
    );
    expect(digits).toContain('X');
    expect(digits).toContain('0');
  });
});

describe('makeCreditCode', () => {
  it('builds the same valid code from the same seed', () => {
    const a = makeCreditCode({ regionCode: '620100', serial: 42 });
    expect(a).toBe(makeCreditCode({ regionCode: '620100', serial: 42 }));
    expect(validateCreditCode(a)).toMatchObject({ ok: true, regionCode: '620100' });
    expect(a.slice(0, 2)).toBe('91');
  });

  it('completes a 17-character prefix with its check character', () => {
    expect(makeCreditCode('91350100M000100Y4')).toBe('91350100M000100Y43');
  });

  it('throws rather than build an invalid code', () => {
    expect(() => makeCreditCode('91350100M000100Y5')).toThrow();
    expect(() => makeCreditCode({ serial: -1 })).toThrow();
  });

  it('always yields valid codes (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.constantFrom('370100', '620100', '350800', '100000'),
        fc.constantFrom(['9', '1'], ['9', '2'], ['5', '1'], ['1', '2'], ['Y', '1']),
        (serial, regionCode, [authority, category]) => {
          const code = makeCreditCode({ serial, regionCode, authority, category });
          expect(validateCreditCode(code).ok).toBe(true);
        },
      ),
    );
  });

  it('detects any single changed character (property)', () => {
    const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 30 }),
        (serial, position, shift) => {
          const code = makeCreditCode({ serial });
          const changed = charset.charAt((charset.indexOf(code.charAt(position)) + shift) % 31);
          const mutated = code.slice(0, position) + changed + code.slice(position + 1);
          expect(validateCreditCode(mutated).ok).toBe(false);
        },
      ),
    );
  });
});

describe('creditCodeSchema', () => {
  it('normalises valid input', () => {
    expect(creditCodeSchema.parse('91350100m000100y43')).toBe('91350100M000100Y43');
  });

  it('reports the Chinese message', () => {
    const r = creditCodeSchema.safeParse('91350100M000100Y44');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('统一社会信用代码第 18 位校验码错误：应为“3”，实际为“4”');
  });
});

/** A code with valid organisation code and check character but arbitrary authority/category/region. */
function makeCreditCodeUnchecked(authorityCategory: string, regionCode = '370100'): string {
  const body = '12345678';
  const prefix = `${authorityCategory}${regionCode}${body}${computeOrganisationCheckDigit(body)}`;
  return prefix + computeCheckCharacter(prefix);
}

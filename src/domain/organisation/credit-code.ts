// 统一社会信用代码 (unified social credit code), GB 32100-2015:
//   1      登记管理部门码 registration authority   (table below)
//   2      机构类别码 organisation category        (per authority, table below)
//   3–8    登记管理机关行政区划码 (GB/T 2260)       — the registering authority's region AT REGISTRATION:
//          codes never change when regions merge, so 371202 (old 莱芜市莱城区) stays valid. Only the format
//          and the province prefix are checked ('10' = registered at national level, e.g. 100000).
//   9–17   主体标识码 = 组织机构代码 (GB 11714): 8 body characters + its own check digit (0-9 or X)
//   18     校验码 over chars 1–17, weights 3^i mod 31, value → 31 − (Σ mod 31)
// Charset: 0-9 and A–Y without I, O, S, V, Z (31 symbols).
import { z } from 'zod';

/** The 31 symbols in value order (0–30). */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

export interface Localised {
  zh: string;
  en: string;
}

interface AuthorityEntry {
  label: Localised;
  categories: Record<string, Localised>;
}

/** GB 32100-2015 table 1 (登记管理部门码) with its category codes (机构类别码). */
export const REGISTRATION_AUTHORITIES: Readonly<Record<string, AuthorityEntry>> = {
  '1': {
    label: { zh: '机构编制', en: 'Establishment administration' },
    categories: {
      '1': { zh: '机关', en: 'Government organ' },
      '2': { zh: '事业单位', en: 'Public institution' },
      '3': {
        zh: '中央编办直接管理机构编制的群众团体',
        en: 'Mass organisation under the central establishment office',
      },
      '9': { zh: '其他', en: 'Other' },
    },
  },
  '2': {
    label: { zh: '外交', en: 'Foreign affairs' },
    categories: {
      '1': { zh: '外国常驻新闻机构', en: 'Resident foreign news agency' },
      '9': { zh: '其他', en: 'Other' },
    },
  },
  '3': {
    label: { zh: '司法行政', en: 'Justice administration' },
    categories: {
      '1': { zh: '律师执业机构', en: 'Law firm' },
      '2': { zh: '公证处', en: 'Notary office' },
      '3': { zh: '基层法律服务所', en: 'Grassroots legal service office' },
      '4': { zh: '司法鉴定机构', en: 'Forensic appraisal institution' },
      '5': { zh: '仲裁委员会', en: 'Arbitration commission' },
      '9': { zh: '其他', en: 'Other' },
    },
  },
  '4': {
    label: { zh: '文化', en: 'Culture' },
    categories: {
      '1': { zh: '外国在华文化中心', en: 'Foreign cultural centre in China' },
      '9': { zh: '其他', en: 'Other' },
    },
  },
  '5': {
    label: { zh: '民政', en: 'Civil affairs' },
    categories: {
      '1': { zh: '社会团体', en: 'Social organisation' },
      '2': { zh: '民办非企业单位', en: 'Private non-enterprise unit' },
      '3': { zh: '基金会', en: 'Foundation' },
      '9': { zh: '其他', en: 'Other' },
    },
  },
  '6': {
    label: { zh: '旅游', en: 'Tourism' },
    categories: {
      '1': { zh: '外国旅游部门常驻代表机构', en: 'Representative office of a foreign tourism authority' },
      '2': {
        zh: '港澳台地区旅游部门常驻内地（大陆）代表机构',
        en: 'Representative office of a Hong Kong, Macao or Taiwan tourism authority',
      },
      '9': { zh: '其他', en: 'Other' },
    },
  },
  '7': {
    label: { zh: '宗教', en: 'Religious affairs' },
    categories: {
      '1': { zh: '宗教活动场所', en: 'Place of religious activity' },
      '2': { zh: '宗教院校', en: 'Religious school' },
      '9': { zh: '其他', en: 'Other' },
    },
  },
  '8': {
    label: { zh: '工会', en: 'Trade unions' },
    categories: {
      '1': { zh: '基层工会', en: 'Grassroots trade union' },
      '9': { zh: '其他', en: 'Other' },
    },
  },
  '9': {
    label: { zh: '工商', en: 'Market regulation (business registration)' },
    categories: {
      '1': { zh: '企业', en: 'Enterprise' },
      '2': { zh: '个体工商户', en: 'Individual business' },
      '3': { zh: '农民专业合作社', en: "Farmers' specialised cooperative" },
    },
  },
  A: {
    label: { zh: '中央军委改革和编制办公室', en: 'CMC reform and establishment office' },
    categories: {
      '1': { zh: '军队事业单位', en: 'Military public institution' },
      '9': { zh: '其他', en: 'Other' },
    },
  },
  N: {
    label: { zh: '农业', en: 'Agriculture' },
    categories: {
      '1': { zh: '组级集体经济组织', en: 'Group-level collective economic organisation' },
      '2': { zh: '村级集体经济组织', en: 'Village-level collective economic organisation' },
      '3': { zh: '乡镇级集体经济组织', en: 'Township-level collective economic organisation' },
      '9': { zh: '其他', en: 'Other' },
    },
  },
  Y: {
    label: { zh: '其他', en: 'Other' },
    categories: {
      '1': { zh: '其他', en: 'Other' },
    },
  },
};

/** Province prefixes of GB/T 2260 plus '10' for registration at national level. */
// prettier-ignore
const REGION_PREFIXES = new Set([
  '10', '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
]);

export type CreditCodeErrorCode =
  | 'credit_code.length'
  | 'credit_code.charset'
  | 'credit_code.registration_authority'
  | 'credit_code.category'
  | 'credit_code.region'
  | 'credit_code.organisation_check_digit'
  | 'credit_code.check_digit';

export type CreditCodeResult =
  | {
      ok: true;
      normalized: string;
      registrationAuthority: { code: string } & Localised;
      category: { code: string } & Localised;
      regionCode: string;
      /** The GB 11714 organisation code, chars 9–17. */
      organisationCode: string;
    }
  | { ok: false; code: CreditCodeErrorCode; message: Localised };

/** Trims, converts full-width letters/digits (common in Chinese input) to ASCII, and upper-cases. */
export function normalizeCreditCode(input: string): string {
  return input
    .trim()
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .toUpperCase();
}

function valueOf(char: string): number {
  const v = CHARSET.indexOf(char);
  if (v < 0) {
    throw new Error(`'${char}' is not a credit-code character`);
  }
  return v;
}

/** The 18th character for the first 17 (GB 32100-2015 §5.3). Throws on a wrong length or character. */
export function computeCheckCharacter(first17: string): string {
  const s = normalizeCreditCode(first17);
  if (s.length !== 17) {
    throw new Error(`expected 17 characters, got ${s.length}`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += valueOf(s.charAt(i)) * (WEIGHTS[i] ?? 0);
  }
  return CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** The GB 11714 check digit ('0'–'9' or 'X') for an 8-character organisation code body. */
export function computeOrganisationCheckDigit(body8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(body8)) {
    throw new Error(`expected 8 characters 0-9/A-Z, got '${body8}'`);
  }
  let sum = 0;
  for (let i = 0; i < 8; i += 1) {
    const c = body8.charAt(i);
    const v = c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55; // A=10 … Z=35
    sum += v * (ORG_WEIGHTS[i] ?? 0);
  }
  const d = 11 - (sum % 11);
  return d === 11 ? '0' : d === 10 ? 'X' : String(d);
}

function fail(code: CreditCodeErrorCode, zh: string, en: string): CreditCodeResult {
  return { ok: false, code, message: { zh, en } };
}

/** Validates a 统一社会信用代码 (GB 32100-2015); accepts lower-case and full-width input. */
export function validateCreditCode(input: string): CreditCodeResult {
  const s = normalizeCreditCode(input);
  if (s.length !== 18) {
    return fail(
      'credit_code.length',
      `统一社会信用代码应为 18 位，实际为 ${s.length} 位`,
      `A unified social credit code has 18 characters, got ${s.length}`,
    );
  }
  for (let i = 0; i < 18; i += 1) {
    const c = s.charAt(i);
    if (!CHARSET.includes(c)) {
      const forbidden = 'IOSVZ'.includes(c) ? '（代码不使用字母 I、O、S、V、Z）' : '';
      const forbiddenEn = 'IOSVZ'.includes(c) ? ' (the letters I, O, S, V, Z are never used)' : '';
      return fail(
        'credit_code.charset',
        `统一社会信用代码第 ${i + 1} 位含有不允许的字符“${c}”${forbidden}`,
        `Character ${i + 1} '${c}' is not allowed in a unified social credit code${forbiddenEn}`,
      );
    }
  }
  const authorityCode = s.charAt(0);
  const authority = REGISTRATION_AUTHORITIES[authorityCode];
  if (authority === undefined) {
    return fail(
      'credit_code.registration_authority',
      `统一社会信用代码第 1 位（登记管理部门码）“${authorityCode}”不存在`,
      `Character 1 '${authorityCode}' is not a registration authority code`,
    );
  }
  const categoryCode = s.charAt(1);
  const category = authority.categories[categoryCode];
  if (category === undefined) {
    return fail(
      'credit_code.category',
      `统一社会信用代码第 2 位（机构类别码）“${categoryCode}”不适用于登记管理部门“${authority.label.zh}”`,
      `Character 2 '${categoryCode}' is not an organisation category of registration authority '${authority.label.en}'`,
    );
  }
  const regionCode = s.slice(2, 8);
  if (!/^\d{6}$/.test(regionCode) || !REGION_PREFIXES.has(regionCode.slice(0, 2))) {
    return fail(
      'credit_code.region',
      `统一社会信用代码第 3–8 位（登记管理机关行政区划码）“${regionCode}”不是有效的行政区划代码`,
      `Characters 3–8 '${regionCode}' are not a region code of the registering authority`,
    );
  }
  const organisationCode = s.slice(8, 17);
  const body = organisationCode.slice(0, 8);
  const expectedOrg = computeOrganisationCheckDigit(body);
  if (organisationCode.charAt(8) !== expectedOrg) {
    return fail(
      'credit_code.organisation_check_digit',
      `统一社会信用代码第 17 位（组织机构代码的校验码）错误：应为“${expectedOrg}”，实际为“${organisationCode.charAt(8)}”`,
      `Character 17 (the organisation code's check digit) is wrong: expected '${expectedOrg}', got '${organisationCode.charAt(8)}'`,
    );
  }
  const expected = computeCheckCharacter(s.slice(0, 17));
  if (s.charAt(17) !== expected) {
    return fail(
      'credit_code.check_digit',
      `统一社会信用代码第 18 位校验码错误：应为“${expected}”，实际为“${s.charAt(17)}”`,
      `The check character (18th) is wrong: expected '${expected}', got '${s.charAt(17)}'`,
    );
  }
  return {
    ok: true,
    normalized: s,
    registrationAuthority: { code: authorityCode, ...authority.label },
    category: { code: categoryCode, ...category },
    regionCode,
    organisationCode,
  };
}

export interface CreditCodeSeed {
  /** Six-digit region code of the registering authority; default 370100 (济南). */
  regionCode?: string;
  /** Distinguishes codes; mapped deterministically to the 8-character organisation code body. */
  serial: number;
  /** Registration authority; default '9' (工商). */
  authority?: string;
  /** Organisation category; default '1' (企业). */
  category?: string;
}

/**
 * A valid code for test factories: from a 17-character prefix (appends the check character; the prefix's
 * organisation code must already be valid) or from a seed (same seed → same code).
 */
export function makeCreditCode(prefix17OrSeed: string | CreditCodeSeed): string {
  let prefix: string;
  if (typeof prefix17OrSeed === 'string') {
    prefix = normalizeCreditCode(prefix17OrSeed);
  } else {
    const { regionCode = '370100', serial, authority = '9', category = '1' } = prefix17OrSeed;
    if (!Number.isSafeInteger(serial) || serial < 0 || serial >= 1e8) {
      throw new Error(`serial must be an integer in [0, 1e8), got ${serial}`);
    }
    const body = String(serial).padStart(8, '0');
    prefix = `${authority}${category}${regionCode}${body}${computeOrganisationCheckDigit(body)}`;
  }
  const code = prefix + computeCheckCharacter(prefix);
  const result = validateCreditCode(code);
  if (!result.ok) {
    throw new Error(`makeCreditCode produced an invalid code ${code}: ${result.message.en}`);
  }
  return code;
}

/** Zod schema: normalises (trim, full-width, upper case), then validates; the issue message is the Chinese one. */
export const creditCodeSchema = z
  .string({ error: '请填写统一社会信用代码' })
  .overwrite(normalizeCreditCode)
  .superRefine((value, ctx) => {
    const result = validateCreditCode(value);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.message.zh, params: { code: result.code } });
    }
  });

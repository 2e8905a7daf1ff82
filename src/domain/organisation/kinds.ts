// Organisation kinds, authority levels and enterprise flags, with the organisation input schema.
//
// Region conventions for authorities (主管部门), by level:
//   national   → NATIONAL_REGION_CODE '000000' (the whole country; the only place '000000' is accepted)
//   provincial → a province-level code (370000)
//   municipal  → a prefecture-level division (370100), or a member of a 省直辖县级行政区划 group (419001 济源市,
//                429004 仙桃市), which the province governs directly like a prefecture;
//                not the municipalities' 市辖区/县 placeholders (110100) nor the xx9000 group nodes
//   county     → a county-level code (370116); members of 省直辖县级行政区划 groups are accepted too
import { z } from 'zod';
import { isValidIndustryCode, normalizeIndustryCode } from '../reference/industries.ts';
import {
  NATIONAL_REGION_CODE,
  isPrefectureEquivalent,
  isProvinceAdministeredCounty,
  isValidRegionCode,
  regionLevel,
} from '../reference/regions.ts';
import { creditCodeSchema } from './credit-code.ts';
import type { Localised } from './credit-code.ts';

import { ORGANISATION_KIND_LABELS, organisationKindValues, type OrganisationKind } from './kind-labels.ts';

export * from './kind-labels.ts';

export const authorityLevelValues = ['national', 'provincial', 'municipal', 'county'] as const;
export type AuthorityLevel = (typeof authorityLevelValues)[number];

export const AUTHORITY_LEVEL_LABELS: Readonly<Record<AuthorityLevel, Localised>> = {
  national: { zh: '国家级', en: 'National' },
  provincial: { zh: '省级', en: 'Provincial' },
  municipal: { zh: '市级', en: 'Municipal' },
  county: { zh: '县级', en: 'County' },
};

export const soeValues = ['central', 'provincial'] as const;
export type Soe = (typeof soeValues)[number];

export const SOE_LABELS: Readonly<Record<Soe, Localised>> = {
  central: { zh: '中央企业', en: 'Central state-owned enterprise' },
  provincial: { zh: '省属国有企业', en: 'Provincial state-owned enterprise' },
};

/** Kinds that may carry the enterprise flags (sme, specialisedSme, aboveScale, soe). */
const ENTERPRISE_LIKE: ReadonlySet<OrganisationKind> = new Set(['enterprise', 'telecom_operator']);

/** True when an organisation of this kind may carry the enterprise flags. */
export function carriesEnterpriseFlags(kind: OrganisationKind): boolean {
  return ENTERPRISE_LIKE.has(kind);
}

/** True when `regionCode` is of the level an authority of `level` governs (conventions at the top). */
export function authorityRegionMatches(level: AuthorityLevel, regionCode: string): boolean {
  switch (level) {
    case 'national':
      return regionCode === NATIONAL_REGION_CODE;
    case 'provincial':
      return regionLevel(regionCode) === 'province';
    case 'municipal':
      return isPrefectureEquivalent(regionCode);
    case 'county':
      return regionLevel(regionCode) === 'county' || isProvinceAdministeredCounty(regionCode);
  }
}

const REGION_FOR_LEVEL: Readonly<Record<AuthorityLevel, string>> = {
  national: '全国（000000）',
  provincial: '省级行政区划代码',
  municipal: '地级行政区划代码（或省直辖县级市）',
  county: '县级行政区划代码',
};

const industryCodeSchema = z
  .string({ error: '行业代码应为文本' })
  .overwrite((code) => normalizeIndustryCode(code) ?? code)
  .refine(isValidIndustryCode, { error: '行业代码无效：应为 GB/T 4754-2017 的门类（如 C）或大类（如 C13）' });

/** Input for creating or editing an organisation; every message is Chinese and names its field. */
export const organisationInputSchema = z
  .object({
    name: z
      .string({ error: '请填写单位名称' })
      .trim()
      .min(2, { error: '单位名称至少 2 个字' })
      .max(128, { error: '单位名称不超过 128 个字' }),
    creditCode: creditCodeSchema,
    kind: z.enum(organisationKindValues, { error: '请选择单位类型' }),
    authorityLevel: z
      .enum(authorityLevelValues, { error: '主管部门层级应为国家级、省级、市级或县级' })
      .nullish(),
    registrationDate: z.iso.date({ error: '成立（登记）日期应为有效日期，格式 YYYY-MM-DD' }).nullish(),
    regionCode: z
      .string({ error: '请选择所在地区' })
      .refine((code) => code === NATIONAL_REGION_CODE || isValidRegionCode(code), {
        error: '所在地区的行政区划代码无效（GB/T 2260）',
      }),
    industryCodes: z
      .array(industryCodeSchema, { error: '所属行业应为行业代码列表' })
      .max(20, { error: '所属行业最多 20 个' })
      .default([]),
    sme: z.boolean({ error: '“中小企业”应为是或否' }).default(false),
    specialisedSme: z.boolean({ error: '“专精特新中小企业”应为是或否' }).default(false),
    aboveScale: z.boolean({ error: '“规上企业”应为是或否' }).default(false),
    soe: z.enum(soeValues, { error: '国有企业类型应为中央企业或省属国有企业' }).nullish(),
  })
  .superRefine((org, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });

    if (org.kind === 'authority') {
      if (org.authorityLevel === null || org.authorityLevel === undefined) {
        issue('authorityLevel', '政府主管部门须填写层级（国家级、省级、市级或县级）');
      } else if (!authorityRegionMatches(org.authorityLevel, org.regionCode)) {
        const level = AUTHORITY_LEVEL_LABELS[org.authorityLevel].zh;
        issue('regionCode', `${level}主管部门的所在地区应为${REGION_FOR_LEVEL[org.authorityLevel]}`);
      }
    } else {
      if (org.authorityLevel !== null && org.authorityLevel !== undefined) {
        issue('authorityLevel', '只有政府主管部门才填写层级');
      }
      if (org.regionCode === NATIONAL_REGION_CODE) {
        issue('regionCode', '全国（000000）只适用于国家级主管部门，请选择所在地区');
      }
    }

    if (carriesEnterpriseFlags(org.kind)) {
      if (org.specialisedSme && !org.sme) {
        issue('specialisedSme', '专精特新中小企业须同时是中小企业');
      }
    } else {
      const kind = ORGANISATION_KIND_LABELS[org.kind].zh;
      if (org.sme) {
        issue('sme', `${kind}不能标记为中小企业`);
      }
      if (org.specialisedSme) {
        issue('specialisedSme', `${kind}不能标记为专精特新中小企业`);
      }
      if (org.aboveScale) {
        issue('aboveScale', `${kind}不能标记为规上企业`);
      }
      if (org.soe !== null && org.soe !== undefined) {
        issue('soe', `${kind}不能标记为国有企业`);
      }
    }

    const seen = new Set<string>();
    org.industryCodes.forEach((code, index) => {
      if (seen.has(code)) {
        ctx.addIssue({ code: 'custom', path: ['industryCodes', index], message: `行业代码 ${code} 重复` });
      }
      seen.add(code);
    });
  });

export type OrganisationInput = z.input<typeof organisationInputSchema>;
export type Organisation = z.output<typeof organisationInputSchema>;

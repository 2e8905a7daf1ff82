import { describe, expect, it } from 'vitest';
import { makeCreditCode } from './credit-code.ts';
import {
  AUTHORITY_LEVEL_LABELS,
  ORGANISATION_KIND_LABELS,
  authorityRegionMatches,
  organisationInputSchema,
  organisationKindValues,
} from './kinds.ts';
import type { OrganisationInput } from './kinds.ts';

function makeOrganisationInput(overrides: Partial<OrganisationInput> = {}): OrganisationInput {
  return {
    name: '山东示例智能制造有限公司',
    creditCode: makeCreditCode({ regionCode: '370100', serial: 7 }),
    kind: 'enterprise',
    registrationDate: '2015-06-01',
    regionCode: '370116',
    industryCodes: ['C34'],
    sme: true,
    specialisedSme: true,
    aboveScale: true,
    soe: null,
    ...overrides,
  };
}

/** Field path → Chinese message for a failed parse. */
function issuesOf(input: unknown): Record<string, string> {
  const r = organisationInputSchema.safeParse(input);
  if (r.success) {
    return {};
  }
  return Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('organisation kinds and labels', () => {
  it('labels every kind and authority level in Chinese and English', () => {
    for (const kind of organisationKindValues) {
      expect(ORGANISATION_KIND_LABELS[kind].zh).not.toBe('');
      expect(ORGANISATION_KIND_LABELS[kind].en).not.toBe('');
    }
    expect(AUTHORITY_LEVEL_LABELS.municipal.zh).toBe('市级');
  });
});

describe('authority level ↔ region level', () => {
  it('puts national authorities on 000000', () => {
    expect(authorityRegionMatches('national', '000000')).toBe(true);
    expect(authorityRegionMatches('national', '110000')).toBe(false);
  });

  it('matches provincial, municipal and county authorities to their region level', () => {
    expect(authorityRegionMatches('provincial', '370000')).toBe(true);
    expect(authorityRegionMatches('provincial', '370100')).toBe(false);
    expect(authorityRegionMatches('municipal', '370100')).toBe(true);
    expect(authorityRegionMatches('municipal', '370116')).toBe(false);
    expect(authorityRegionMatches('county', '370116')).toBe(true);
    expect(authorityRegionMatches('county', '350800')).toBe(false);
  });

  it('treats 省直辖县级市 as municipal (济源, 仙桃) but not the group node or municipal placeholders', () => {
    expect(authorityRegionMatches('municipal', '419001')).toBe(true);
    expect(authorityRegionMatches('municipal', '429004')).toBe(true);
    expect(authorityRegionMatches('municipal', '429000')).toBe(false);
    expect(authorityRegionMatches('municipal', '110100')).toBe(false);
    expect(authorityRegionMatches('county', '469021')).toBe(true);
  });
});

describe('organisationInputSchema', () => {
  it('accepts a valid enterprise and canonicalises its codes', () => {
    const parsed = organisationInputSchema.parse(
      makeOrganisationInput({
        creditCode: makeCreditCode({ serial: 7 }).toLowerCase(),
        industryCodes: ['34', 'i'],
      }),
    );
    expect(parsed.creditCode).toBe(makeCreditCode({ serial: 7 }));
    expect(parsed.industryCodes).toEqual(['C34', 'I']);
  });

  it('defaults the flags to false and soe to absent', () => {
    const parsed = organisationInputSchema.parse({
      name: '兰州大学',
      creditCode: makeCreditCode({ regionCode: '620100', serial: 1, authority: '1', category: '2' }),
      kind: 'university',
      regionCode: '620100',
    });
    expect(parsed).toMatchObject({ sme: false, specialisedSme: false, aboveScale: false, industryCodes: [] });
  });

  it('gives field-level Chinese messages', () => {
    const issues = issuesOf({
      name: '甲',
      creditCode: '91350100M000100Y44',
      kind: 'factory',
      registrationDate: '2023-02-30',
      regionCode: '371200',
      industryCodes: ['C44x'],
    });
    expect(issues.name).toBe('单位名称至少 2 个字');
    expect(issues.creditCode).toContain('校验码错误');
    expect(issues.kind).toBe('请选择单位类型');
    expect(issues.registrationDate).toContain('有效日期');
    expect(issues.regionCode).toContain('行政区划代码无效');
    expect(issues['industryCodes.0']).toContain('GB/T 4754-2017');
  });

  it('requires an authority level for authorities and checks its region level', () => {
    expect(
      issuesOf(
        makeOrganisationInput({ kind: 'authority', sme: false, specialisedSme: false, aboveScale: false }),
      ),
    ).toHaveProperty('authorityLevel');
    const wrongLevel = issuesOf(
      makeOrganisationInput({
        kind: 'authority',
        authorityLevel: 'municipal',
        regionCode: '370000',
        sme: false,
        specialisedSme: false,
        aboveScale: false,
      }),
    );
    expect(wrongLevel.regionCode).toBe('市级主管部门的所在地区应为地级行政区划代码（或省直辖县级市）');
    const national = organisationInputSchema.safeParse(
      makeOrganisationInput({
        name: '工业和信息化部',
        creditCode: makeCreditCode({ regionCode: '100000', serial: 3, authority: '1', category: '1' }),
        kind: 'authority',
        authorityLevel: 'national',
        regionCode: '000000',
        industryCodes: [],
        sme: false,
        specialisedSme: false,
        aboveScale: false,
      }),
    );
    expect(national.success).toBe(true);
  });

  it('accepts 000000 only for a national authority', () => {
    expect(issuesOf(makeOrganisationInput({ regionCode: '000000' })).regionCode).toContain('国家级主管部门');
    expect(issuesOf(makeOrganisationInput({ authorityLevel: 'county' })).authorityLevel).toBe(
      '只有政府主管部门才填写层级',
    );
  });

  it('requires a 专精特新 enterprise to be an SME', () => {
    expect(issuesOf(makeOrganisationInput({ sme: false, specialisedSme: true })).specialisedSme).toBe(
      '专精特新中小企业须同时是中小企业',
    );
  });

  it('keeps enterprise flags off other kinds but allows a central-SOE telecom operator', () => {
    const university = issuesOf(makeOrganisationInput({ kind: 'university', soe: 'central' }));
    expect(university.sme).toBe('高等院校不能标记为中小企业');
    expect(university.soe).toBe('高等院校不能标记为国有企业');
    const operator = organisationInputSchema.safeParse(
      makeOrganisationInput({ kind: 'telecom_operator', sme: false, specialisedSme: false, soe: 'central' }),
    );
    expect(operator.success).toBe(true);
  });

  it('rejects duplicate industry codes in any form', () => {
    expect(issuesOf(makeOrganisationInput({ industryCodes: ['C13', '13'] }))['industryCodes.1']).toBe(
      '行业代码 C13 重复',
    );
  });
});

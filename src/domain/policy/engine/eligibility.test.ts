import { describe, expect, it } from 'vitest';
import { national2022 } from '../packs/national-2022.ts';
import { getPack } from '../packs/index.ts';
import { parseProfile } from '../profile.ts';
import type { ApplicationProfileInput } from '../profile.ts';
import { definePack } from '../schema.ts';
import type { PolicyPackInput } from '../schema.ts';
import { evaluateEligibility } from './eligibility.ts';

const src = { file: 'test.txt', ref: '第一条', text: '原文' };
const t = (zh: string) => ({ zh, en: zh });

/** A minimal pack with a direction, to exercise the rule kinds the shipped packs use least. */
const demo = definePack({
  id: 'test-demo',
  version: '1',
  title: t('测试'),
  jurisdiction: { level: 'provincial', regionCode: '370000', name: t('省') },
  sourceDocument: { file: 'test.txt', title: t('测试'), issuer: t('省'), docNumber: null, date: null },
  levels: ['provincial'],
  directions: [
    {
      id: 'benchmark',
      name: t('贯标示范企业'),
      quota: { count: 20, approximate: true, unit: t('家'), source: src },
      eligibility: [
        {
          id: 'cert-date',
          kind: 'fact_date_range',
          fact: 'certificateDate',
          from: '2023-01-01',
          to: 'call_deadline',
          description: t('证书时间'),
          source: src,
        },
      ],
      priorities: [{ id: 'aaa', description: t('AAA优先'), fact: 'aaaCertified', source: src }],
    },
    {
      id: 'pilot',
      name: t('促进中心试点'),
      quota: { count: 10, approximate: true, unit: t('个'), source: src },
      eligibility: [
        {
          id: 'area',
          kind: 'metric_threshold',
          requirement: { metric: 'floorArea', comparator: 'gte', threshold: 1000 },
          description: t('面积'),
          source: src,
        },
      ],
    },
  ],
  eligibility: [
    {
      id: 'lp',
      kind: 'legal_person',
      exemptOrgKinds: ['telecom_operator'],
      description: t('独立法人（电信运营商除外）'),
      source: src,
    },
    { id: 'age', kind: 'min_registration_years', years: 1, description: t('注册满1年'), source: src },
  ],
  uniqueness: [
    {
      id: 'one-dir',
      kind: 'one_direction_per_enterprise',
      description: t('同一企业不牵头多个方向'),
      source: src,
    },
    { id: 'no-repeat', kind: 'no_repeat_direction', description: t('不重复申报'), source: src },
  ],
} satisfies PolicyPackInput);

const base: ApplicationProfileInput = {
  applicationDate: '2023-06-01',
  callDeadline: '2023-06-30',
  level: 'provincial',
  direction: 'benchmark',
  leadOrg: { name: '某企业', orgKind: 'enterprise', legalPerson: true, registeredOn: '2020-01-01' },
  factDates: { certificateDate: '2023-03-01' },
};

const rule = (input: ApplicationProfileInput, id: string) =>
  evaluateEligibility(demo, parseProfile(input)).rules.find((r) => r.id === id);

describe('evaluateEligibility', () => {
  it('exempts a telecom operator from the independent-legal-person rule', () => {
    expect(
      rule(
        {
          ...base,
          leadOrg: {
            name: '某运营商分公司',
            orgKind: 'telecom_operator',
            legalPerson: false,
            registeredOn: '2010-01-01',
          },
        },
        'lp',
      )?.passed,
    ).toBe(true);
    expect(
      rule(
        {
          ...base,
          leadOrg: {
            name: '某分公司',
            orgKind: 'enterprise',
            legalPerson: false,
            registeredOn: '2010-01-01',
          },
        },
        'lp',
      )?.passed,
    ).toBe(false);
  });

  it('requires the enterprise to be registered at least one year', () => {
    expect(rule({ ...base, leadOrg: { ...base.leadOrg, registeredOn: '2022-06-02' } }, 'age')?.passed).toBe(
      false,
    );
    expect(rule({ ...base, leadOrg: { ...base.leadOrg, registeredOn: '2022-06-01' } }, 'age')?.passed).toBe(
      true,
    );
  });

  it('checks a certificate dated between 2023-01-01 and the call deadline', () => {
    expect(rule(base, 'cert-date')?.passed).toBe(true);
    expect(rule({ ...base, factDates: { certificateDate: '2022-12-31' } }, 'cert-date')?.passed).toBe(false);
    expect(rule({ ...base, factDates: { certificateDate: '2023-07-01' } }, 'cert-date')?.passed).toBe(false);
  });

  it('applies direction-specific conditions only to that direction (floor area for the pilot)', () => {
    expect(rule(base, 'area')).toBeUndefined();
    expect(rule({ ...base, direction: 'pilot', metricValues: { floorArea: 800 } }, 'area')?.passed).toBe(
      false,
    );
  });

  it('refuses an enterprise leading a second direction in the same call', () => {
    expect(
      rule({ ...base, history: { otherApplications: [{ direction: 'pilot' }] } }, 'one-dir')?.passed,
    ).toBe(false);
  });

  it('names the other direction by its name in the pack, not its id (002 二、（二）4)', () => {
    const pack = getPack('shandong-demo-2023')!;
    const verdict = evaluateEligibility(
      pack,
      parseProfile({
        ...base,
        direction: pack.directions[0]!.id,
        history: { otherApplications: [{ direction: pack.directions[1]!.id }] },
      }),
    ).rules.find((r) => r.kind === 'one_direction_per_enterprise');
    expect(verdict?.passed).toBe(false);
    expect(verdict?.reason.zh).toContain(`另申报：${pack.directions[1]!.name.zh}`);
    expect(verdict?.reason.zh).not.toContain(pack.directions[1]!.id);
  });

  it('refuses a project already a demonstration in the same direction', () => {
    expect(
      rule({ ...base, history: { directionsHeld: [{ direction: 'benchmark', year: 2022 }] } }, 'no-repeat')
        ?.passed,
    ).toBe(false);
    expect(
      rule({ ...base, history: { directionsHeld: [{ direction: 'pilot', year: 2022 }] } }, 'no-repeat')
        ?.passed,
    ).toBe(true);
  });

  it('national level requires a center already built; provincial accepts a planned one (001 第十一、十二条)', () => {
    const p: ApplicationProfileInput = {
      applicationDate: '2025-01-01',
      level: 'national',
      type: 'comprehensive',
      buildStatus: 'planned',
      leadOrg: { name: 'x', orgKind: 'university', legalPerson: true },
      facts: { recognisedProvincialCenter: true },
    };
    expect(
      evaluateEligibility(national2022, parseProfile(p)).rules.find((r) => r.id === 'n22-built-national')
        ?.passed,
    ).toBe(false);
    const prov = evaluateEligibility(national2022, parseProfile({ ...p, level: 'provincial' }));
    expect(prov.rules.find((r) => r.id === 'n22-built-provincial')?.passed).toBe(true);
    expect(prov.eligible).toBe(true);
  });
});

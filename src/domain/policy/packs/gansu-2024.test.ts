import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../calendar/index.ts';
import {
  annualReportDue,
  changeFilingDue,
  evaluateEligibility,
  evaluateRevocation,
  lintPack,
  publicityWindow,
  validityEnd,
} from '../engine/index.ts';
import { parseProfile } from '../profile.ts';
import type { ApplicationProfileInput } from '../profile.ts';
import { gansu2024 as pack } from './gansu-2024.ts';
import { ground, quantitative } from './test-support.ts';

// [criterion id, metric, threshold, period, words of the 评价要素表]
const thresholds: [string, string, number, string, string][] = [
  ['gs-comp-operation', 'operatingStaff', 50, 'current', '运营人数在 50 人以上'],
  ['gs-comp-outcomes', 'innovationOutcomes', 40, 'cumulative', '40 项以上'],
  ['gs-comp-adoption', 'newProductAdopters', 50, 'cumulative', '新产品被 50 家以上企业'],
  ['gs-comp-models', 'modelsAggregated', 150, 'cumulative', '不少于 150 个'],
  ['gs-comp-suppliers', 'suppliersAggregated', 50, 'cumulative', '不少于 50 家数字化转型供应商'],
  ['gs-comp-diagnosis', 'diagnosisRegions', 5, 'cumulative', '至少 5 个地区、5 个行业'],
  ['gs-comp-matchmaking', 'matchmakingEvents', 2, 'perYear', '2 次以上高水平的供需对接活动'],
  ['gs-comp-events', 'talentEvents', 2, 'perYear', '2 场以上数字化人才赛事'],
  ['gs-comp-training', 'trainingPersonTimes', 1000, 'perYear', '1000 人次以上'],
  ['gs-comp-service-scale', 'enterprisesServed', 200, 'perYear', '200 家以上工业企业'],
  ['gs-comp-sme-scale', 'smePartners', 500, 'cumulative', '500 家以上中小企业'],
  ['gs-ind-operation', 'operatingStaff', 25, 'current', '运营人数在 25 人以上'],
  ['gs-ind-outcomes', 'innovationOutcomes', 30, 'cumulative', '30 项以上'],
  ['gs-ind-models', 'modelsAggregated', 50, 'cumulative', '汇集 50 个行业模型'],
  ['gs-ind-matchmaking', 'matchmakingEvents', 2, 'perYear', '供需对接活动 2 次以上'],
  ['gs-ind-training', 'trainingPersonTimes', 300, 'lastYear', '300 人次以上'],
  ['gs-ind-service-share', 'aboveScaleIndustryShareServed', 10, 'perYear', '覆盖行业内规上企业的 10% 以上'],
  ['gs-ind-sme-scale', 'smePartners', 100, 'cumulative', '100 家以上行业中小企业'],
  ['gs-func-operation', 'operatingStaff', 25, 'current', '运营人数在 25 人以上'],
  ['gs-tech-environment', 'techFieldsWithValidationEnv', 2, 'current', '在 2 个以上工业互联网重点技术领域'],
  ['gs-tech-outcomes', 'innovationOutcomes', 50, 'cumulative', '形成 50 项以上'],
  ['gs-tech-partners', 'universityPartners', 3, 'current', '3 家以上高校或科研院所'],
  ['gs-tech-open-topics', 'openTopics', 2, 'perYear', '2 项以上工业互联网相关开放课题'],
  ['gs-inc-products', 'newProductClasses', 2, 'cumulative', '孵化出 2 类以上新产品'],
  ['gs-inc-adoption', 'newProductAdopters', 50, 'cumulative', '新产品被 50 家以上企业'],
  ['gs-inc-suppliers', 'supplySidePartners', 20, 'current', '20 家以上工业互联网供给侧企业'],
  ['gs-tal-environment', 'trainingSeats', 50, 'current', '同时容纳 50 人以上'],
  ['gs-tal-scale', 'trainingPersonTimes', 2000, 'perYear', '实训 2000 人次以上'],
  ['gs-tal-agreements', 'industryEducationAgreements', 3, 'perYear', '达成合作 3 项以上'],
  ['gs-tal-contests', 'talentContests', 1, 'perYear', '1 次以上人才赛事活动'],
  ['gs-sme-solutions', 'smeSolutions', 100, 'cumulative', '不少于 100 个针对中小企业'],
  ['gs-sme-served', 'smesServed', 200, 'perYear', '200 家以上中小企业'],
  ['gs-sme-preferential', 'smesBenefitingPreferential', 100, 'lastYear', '不少于100家'],
];

const applicant: ApplicationProfileInput = {
  applicationDate: '2025-06-01',
  level: 'provincial',
  type: 'industry',
  regionCode: '620100',
  industryCode: 'C31',
  leadOrg: {
    name: '兰州某钢铁集团',
    orgKind: 'provincial_soe',
    legalPerson: true,
    registeredRegionCode: '620100',
  },
};

describe('gansu-2024 pack (003 实施细则 + 评价要素表)', () => {
  it.each(thresholds)('%s: %s ≥ %d (%s), quoting "%s"', (id, metric, threshold, period, quote) => {
    const c = quantitative(pack, id);
    expect([c.metric, c.comparator, c.threshold, c.period]).toEqual([metric, 'gte', threshold, period]);
    expect(c.source.text).toContain(quote);
    expect(c.source.file).toBe('003_cc2352fc7793a6dc.txt');
  });

  it('comprehensive outcomes must span ≥2 industries and grow by ≥10 a year', () => {
    const c = quantitative(pack, 'gs-comp-outcomes');
    expect(c.also).toContainEqual(expect.objectContaining({ metric: 'outcomeIndustries', threshold: 2 }));
    expect(c.annualIncrement).toMatchObject({ value: 10 });
    expect(c.source.text).toContain('至少跨 2 个行业领域');
  });

  it('industry models must cover ≥3 links (≥3个环节)', () => {
    expect(quantitative(pack, 'gs-ind-models').also).toContainEqual(
      expect.objectContaining({ metric: 'modelLinksCovered', threshold: 3 }),
    );
  });

  it.each([
    ['gs-failed-twice', '（一）', '连续两次在年度评估中不合格'],
    ['gs-false-materials', '（二）', '提供虚假材料和数据'],
    ['gs-not-cooperating', '（三）', '不配合评估相关工作'],
    ['gs-force-majeure', '（四）', '不可抗力'],
  ])('revocation ground %s is 第十七条%s: %s', (id, item, quote) => {
    const g = ground(pack, id);
    expect(g.source.ref).toBe(`第十七条${item}`);
    expect(g.source.text).toContain(quote);
  });

  it('has four grounds and a 2-year ban counted from exit (第十七条)', () => {
    expect(pack.revocation?.grounds).toHaveLength(4);
    expect(pack.revocation?.ban).toMatchObject({ years: 2, from: 'exit' });
    expect(pack.revocation?.ban?.source.text).toContain('两年内不得再次申报');
  });

  it('revokes after two consecutive 不合格 with a ban ending 2 years after exit', () => {
    const v = evaluateRevocation(pack, {
      evaluations: [
        { year: 2024, rating: 'fail' },
        { year: 2025, rating: 'fail', decidedOn: '2026-03-20' },
      ],
      events: [],
      exitDate: '2026-04-01',
    });
    expect(v).toMatchObject({
      due: true,
      revocationDate: '2026-03-20',
      banEndsOn: '2028-04-01',
      banYears: 2,
    });
  });

  it('revokes on an established manual ground (不配合评估) without automatic history', () => {
    const v = evaluateRevocation(pack, {
      evaluations: [{ year: 2025, rating: 'good' }],
      events: [{ kind: 'not_cooperating', date: '2026-02-01' }],
    });
    expect(v.due).toBe(true);
    expect(v.ground).toMatchObject({ id: 'gs-not-cooperating', trigger: 'manual', date: '2026-02-01' });
    expect(v.banEndsOn).toBe('2028-02-01');
  });

  it('computes the 5-working-day publicity across the 2025 National Day holiday (第十三条)', () => {
    // Working days: 09-30, then Oct 1–8 off, 10-09, 10-10, 10-11 (Sat, make-up day), 10-13.
    const w = publicityWindow('2025-09-30', pack, defaultCalendar);
    expect(w).toMatchObject({ start: '2025-09-30', end: '2025-10-13', workingDays: 5 });
    expect(w?.source.text).toContain('公示期为5个工作日');
  });

  it('starts a publicity announced on a holiday on the next working day', () => {
    expect(publicityWindow('2025-10-03', pack, defaultCalendar)).toMatchObject({
      start: '2025-10-09',
      end: '2025-10-14',
    });
  });

  it('wants the annual report for 2025 by 2026-01-31 (第十五条)', () => {
    expect(annualReportDue(2025, pack)?.due).toBe('2026-01-31');
  });

  it('wants a change filed within one month (第十八条)', () => {
    expect(changeFilingDue('2025-03-31', pack)?.due).toBe('2025-04-30');
  });

  it('keeps its rules valid for two years from issue (第二十条)', () => {
    expect(validityEnd(pack, '2024-09-01')).toBe('2026-09-01');
    expect(pack.validity?.source.text).toContain('有效期两年');
  });

  it('lets central and provincial SOEs skip the local review and apply to the province (第十条)', () => {
    const local = pack.processes
      .find((p) => p.kind === 'recognition')
      ?.stages.find((s) => s.id === 'local-review');
    expect(local?.skippedFor).toEqual(['central_soe', 'provincial_soe']);
  });

  it('allows one type of center per unit (第八条)', () => {
    const r = evaluateEligibility(
      pack,
      parseProfile({
        ...applicant,
        history: {
          centers: [
            { name: '某技术创新中心', ledByApplicant: true, type: 'functional', kind: 'tech_innovation' },
          ],
        },
      }),
    );
    expect(r.rules.find((x) => x.id === 'gs-one-type-per-unit')).toMatchObject({
      passed: false,
      inPrinciple: true,
    });
  });

  it('allows one industry-type center per industry (第八条)', () => {
    const r = evaluateEligibility(
      pack,
      parseProfile({
        ...applicant,
        history: {
          centers: [
            { name: '甘肃冶金行业促进中心', ledByApplicant: false, type: 'industry', industryCode: 'C31' },
          ],
        },
      }),
    );
    expect(r.rules.find((x) => x.id === 'gs-one-industry-center')?.passed).toBe(false);
  });

  it('admits a clean applicant', () => {
    expect(evaluateEligibility(pack, parseProfile(applicant)).eligible).toBe(true);
  });

  it('blocks a lead unit that exited 1 year ago (2-year ban)', () => {
    const r = evaluateEligibility(
      pack,
      parseProfile({
        ...applicant,
        history: { revocations: [{ revokedOn: '2024-05-01', exitOn: '2024-07-01' }] },
      }),
    );
    expect(r.rules.find((x) => x.id === 'gs-no-ban')).toMatchObject({
      passed: false,
      banEndsOn: '2026-07-01',
    });
  });

  it('passes its own lint', () => {
    expect(lintPack(pack)).toEqual([]);
  });
});

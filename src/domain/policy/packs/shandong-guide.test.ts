import { describe, expect, it } from 'vitest';
import { changeFilingDue, evaluateEligibility, evaluateRevocation, lintPack } from '../engine/index.ts';
import { parseProfile } from '../profile.ts';
import type { ApplicationProfileInput } from '../profile.ts';
import { shandongGuide as pack } from './shandong-guide.ts';
import { ground, quantitative } from './test-support.ts';

// [criterion id, metric, threshold, period, words of the 引导性要素条件]
const thresholds: [string, string, number, string, string][] = [
  ['sd-comp-floor-area', 'floorArea', 2000, 'current', '使用面积2000平方米以上'],
  ['sd-comp-staff', 'operatingStaff', 20, 'current', '专职运营团队不少于20人'],
  ['sd-comp-outcomes', 'innovationOutcomes', 40, 'cumulative', '不少于40项'],
  ['sd-comp-deployments', 'productDeployments', 200, 'cumulative', '在200家以上企业实际部署'],
  ['sd-comp-incubated-firms', 'incubatedSupplyFirms', 3, 'cumulative', '培育孵化3家以上'],
  ['sd-comp-served', 'enterprisesServed', 200, 'perYear', '每年度直接为200家以上企业'],
  ['sd-comp-models', 'modelsAggregated', 200, 'cumulative', '不少于200个数字化模型'],
  ['sd-comp-suppliers', 'suppliersAggregated', 100, 'cumulative', '不少于100家数字化转型供应商'],
  ['sd-comp-events', 'talentEvents', 2, 'perYear', '每年度举办2场以上'],
  ['sd-comp-training', 'trainingPersonTimes', 1000, 'perYear', '1000人次以上'],
  ['sd-comp-matchmaking', 'matchmakingEvents', 2, 'perYear', '开展2次以上高水平的供需对接活动'],
  ['sd-ind-floor-area', 'floorArea', 1000, 'current', '使用面积1000平方米以上'],
  ['sd-ind-staff', 'operatingStaff', 15, 'current', '不少于15人'],
  ['sd-ind-outcomes', 'innovationOutcomes', 30, 'cumulative', '30项以上'],
  ['sd-ind-models', 'modelsAggregated', 100, 'cumulative', '不少于100个行业数字化转型相关模型'],
  ['sd-ind-training', 'trainingPersonTimes', 500, 'perYear', '不少于500人次'],
  ['sd-ind-matchmaking', 'matchmakingEvents', 5, 'perYear', '不少于5次供需对接服务'],
  ['sd-ind-collaboration', 'collaborationSmes', 100, 'perYear', '100家以上中小企业与大型企业'],
  ['sd-ind-served', 'enterprisesServed', 100, 'perYear', '不少于100家行业企业'],
  ['sd-func-floor-area', 'floorArea', 1000, 'current', '使用面积1000平方米以上'],
  ['sd-func-staff', 'operatingStaff', 15, 'current', '不少于15人'],
  ['sd-tech-open-topics', 'openTopics', 3, 'perYear', '3项以上开放课题研究'],
  ['sd-tech-partners', 'provincialLabPartners', 2, 'current', '不少于2个省级实验室'],
  ['sd-tech-outcomes', 'innovationOutcomes', 100, 'cumulative', '不少于100项'],
  ['sd-inc-deployments', 'productDeployments', 200, 'cumulative', '200家以上企业的实际部署'],
  ['sd-tal-seats', 'trainingSeats', 100, 'current', '同时容纳100人以上'],
  ['sd-tal-textbooks', 'textbooksAdopted', 3, 'cumulative', '至少3套教材'],
  ['sd-tal-scale', 'trainingPersonTimes', 2000, 'perYear', '不少于2000人次'],
  ['sd-tal-agreements', 'industryEducationAgreements', 20, 'perYear', '20项以上'],
  ['sd-tal-contests', 'talentContests', 1, 'perYear', '1次以上大型人才赛事'],
  ['sd-sme-solutions', 'smeSolutions', 200, 'cumulative', '不少于200个针对中小企业'],
  ['sd-sme-served', 'smesServed', 500, 'perYear', '不少于500家中小企业'],
];

const revokedLead: ApplicationProfileInput = {
  applicationDate: '2026-03-01',
  level: 'provincial',
  type: 'industry',
  regionCode: '370100',
  leadOrg: {
    name: '济南某科技有限公司',
    orgKind: 'enterprise',
    legalPerson: true,
    registeredRegionCode: '370102',
    registeredOn: '2015-01-01',
  },
  facts: { fullTimeTeam: true },
  history: { revocations: [{ revokedOn: '2024-03-01' }] },
};

describe('shandong-guide pack (000 工作指南 + 引导性要素条件)', () => {
  it.each(thresholds)('%s: %s ≥ %d (%s), quoting "%s"', (id, metric, threshold, period, quote) => {
    const c = quantitative(pack, id);
    expect([c.metric, c.comparator, c.threshold, c.period]).toEqual([metric, 'gte', threshold, period]);
    expect(c.source.text).toContain(quote);
    expect(c.source.file).toBe('000_803fcdb3f0604fbe.txt');
  });

  it.each([
    ['sd-comp-outcomes', 10, '且未来每年增加至少10项上述成果'],
    ['sd-ind-outcomes', 5, '且未来每年增加至少5项上述成果'],
    ['sd-tech-outcomes', 10, '未来每年增加至少10项上述成果'],
  ] as const)('%s requires +%d outcomes a year ("%s")', (id, value, quote) => {
    const c = quantitative(pack, id);
    expect(c.annualIncrement).toMatchObject({ metric: 'innovationOutcomesAnnualIncrease', value });
    expect(c.source.text).toContain(quote);
  });

  it('tech-innovation partners also need ≥2 universities or institutes', () => {
    expect(quantitative(pack, 'sd-tech-partners').also).toContainEqual(
      expect.objectContaining({ metric: 'universityPartners', threshold: 2 }),
    );
  });

  it.each([
    ['sd-failed-twice', '（一）', '连续两次在年度质量评价中未能达标'],
    ['sd-false-materials', '（二）', '提供虚假材料和数据'],
    ['sd-operator-changed', '（三）', '运营主体发生变更或改变经营方向'],
    ['sd-accident', '（四）', '较大质量事故、安全责任事故和严重违法'],
    ['sd-tax-dishonesty', '（五）', '偷税、漏税、失信'],
    ['sd-harmed-stakeholders', '（六）', '损害利害关系人的利益'],
    ['sd-force-majeure', '（七）', '不可抗力'],
    ['sd-legal-person-terminated', '（八）', '企业法人资格被依法终止'],
  ])('revocation ground %s is 第二十条%s: %s', (id, item, quote) => {
    const g = ground(pack, id);
    expect(g.source.ref).toBe(`第二十条${item}`);
    expect(g.source.text).toContain(quote);
  });

  it('has the eight grounds of 第二十条 and a 3-year ban from revocation (第二十一条)', () => {
    expect(pack.revocation?.grounds).toHaveLength(8);
    expect(pack.revocation?.ban).toMatchObject({ years: 3, from: 'revocation' });
    expect(pack.revocation?.ban?.source.text).toContain('各地三年内不得再次推荐该申报单位');
  });

  it('revokes after two consecutive fails with a ban ending 3 years after revocation', () => {
    const v = evaluateRevocation(pack, {
      evaluations: [
        { year: 2024, rating: 'fail' },
        { year: 2025, rating: 'fail', decidedOn: '2026-04-15' },
      ],
      events: [],
    });
    expect(v).toMatchObject({
      due: true,
      revocationDate: '2026-04-15',
      banEndsOn: '2029-04-15',
      banYears: 3,
    });
    expect(v.ground?.id).toBe('sd-failed-twice');
  });

  it('does not revoke for fails separated by a pass', () => {
    const v = evaluateRevocation(pack, {
      evaluations: [
        { year: 2023, rating: 'fail' },
        { year: 2024, rating: 'pass' },
        { year: 2025, rating: 'fail' },
      ],
      events: [],
    });
    expect(v.due).toBe(false);
  });

  it('blocks re-application by a lead unit revoked 2 years ago (3-year ban, 000 §21)', () => {
    const r = evaluateEligibility(pack, parseProfile(revokedLead));
    expect(r.eligible).toBe(false);
    expect(r.rules.find((x) => x.id === 'sd-no-ban')).toMatchObject({
      passed: false,
      banEndsOn: '2027-03-01',
    });
  });

  it('admits the same lead unit once the 3 years have run', () => {
    const r = evaluateEligibility(pack, parseProfile({ ...revokedLead, applicationDate: '2027-03-01' }));
    expect(r.rules.find((x) => x.id === 'sd-no-ban')?.passed).toBe(true);
  });

  it('requires registration in Shandong (第七条)', () => {
    const r = evaluateEligibility(
      pack,
      parseProfile({
        ...revokedLead,
        leadOrg: { ...revokedLead.leadOrg, registeredRegionCode: '110105' },
        history: {},
      }),
    );
    expect(r.rules.find((x) => x.id === 'sd-registered')?.passed).toBe(false);
  });

  it('rejects a lead unit with a major accident within the last 3 years (第七条)', () => {
    const r = evaluateEligibility(
      pack,
      parseProfile({
        ...revokedLead,
        history: {},
        incidents: [{ date: '2023-06-01', kind: 'safety', severity: 'major' }],
      }),
    );
    expect(r.rules.find((x) => x.id === 'sd-no-incident')?.passed).toBe(false);
  });

  it('flags a second center for the same region and industry (原则上, 第十五条)', () => {
    const r = evaluateEligibility(
      pack,
      parseProfile({
        ...revokedLead,
        industryCode: 'C26',
        history: {
          centers: [
            {
              name: '济南化工促进中心',
              ledByApplicant: false,
              type: 'industry',
              regionCode: '370100',
              industryCode: 'C26',
            },
          ],
        },
      }),
    );
    expect(r.rules.find((x) => x.id === 'sd-one-per-region-industry')).toMatchObject({
      passed: false,
      inPrinciple: true,
    });
  });

  it('requires change filing within one month (第二十二条)', () => {
    expect(changeFilingDue('2025-01-31', pack)?.due).toBe('2025-02-28');
    expect(changeFilingDue('2025-05-10', pack)?.due).toBe('2025-06-10');
    expect(pack.changeFiling?.source.text).toContain('应在变更后一个月内向省工业和信息化厅提交变更材料');
  });

  it('rates 优秀/良好/合格/不合格 (第十八条)', () => {
    expect(pack.rating).toMatchObject({ kind: 'grades', failing: ['fail'] });
  });

  it('starts annual evaluation the year after recognition (第十七条)', () => {
    expect(pack.processes.find((p) => p.kind === 'annual_evaluation')?.startsYearAfterRecognition).toBe(true);
  });

  it('passes its own lint', () => {
    expect(lintPack(pack)).toEqual([]);
  });
});

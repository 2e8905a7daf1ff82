import { describe, expect, it } from 'vitest';
import { evaluateRevocation, evaluationWindows, lintPack } from '../engine/index.ts';
import { national2022 as pack } from './national-2022.ts';
import { criteriaOf, criterion, ground, quantitative } from './test-support.ts';

// [criterion id, metric, threshold, words of the 认定标准 cell]
const thresholds: [string, string, number, string][] = [
  ['n22-comp-operation-national', 'operatingStaff', 100, '运营人数在100人以上'],
  ['n22-comp-operation-provincial', 'operatingStaff', 50, '运营人数在50人以上'],
  ['n22-comp-outcomes-national', 'innovationOutcomes', 100, '形成100项以上'],
  ['n22-comp-outcomes-provincial', 'innovationOutcomes', 50, '形成50项以上'],
  ['n22-comp-products-national', 'newProductClasses', 3, '孵化出3类以上新产品'],
  ['n22-comp-adoption-national', 'newProductAdopters', 1000, '新产品被1000家以上企业'],
  ['n22-comp-adoption-provincial', 'newProductAdopters', 500, '新产品被S00家以上企业'],
  ['n22-comp-diagnosis-national', 'diagnosisRegions', 10, '至少10个地区、10个行业'],
  ['n22-comp-diagnosis-provincial', 'diagnosisRegions', 5, '至少5个地区、5个行业'],
  ['n22-comp-matchmaking-national', 'matchmakingEvents', 10, '10次以上高水平的供需对接活动'],
  ['n22-comp-matchmaking-provincial', 'matchmakingEvents', 5, '5次以上高水平的供蔷对接活动'],
  ['n22-comp-events-national', 'talentEvents', 5, '举办5场以上'],
  ['n22-comp-events-provincial', 'talentEvents', 5, '举办5场以上'],
  ['n22-comp-training-national', 'trainingPersonTimes', 2000, '2000人次以上'],
  ['n22-comp-training-provincial', 'trainingPersonTimes', 1000, '1000人次以上'],
  ['n22-comp-service-scale-national', 'enterprisesServed', 1000, '1000家以上行业企业'],
  ['n22-comp-service-scale-provincial', 'enterprisesServed', 500, '500家以上行业企业'],
  ['n22-comp-sme-scale-national', 'smePartners', 5000, '5000家以上中小企业'],
  ['n22-comp-sme-scale-provincial', 'smePartners', 2000, '2000家以上中企业'],
  ['n22-ind-operation-national', 'operatingStaff', 50, '运常人数在50人以上'],
  ['n22-ind-operation-provincial', 'operatingStaff', 25, '运管人数在25人以上'],
  ['n22-ind-outcomes-national', 'innovationOutcomes', 100, '100项以上'],
  ['n22-ind-outcomes-provincial', 'innovationOutcomes', 50, '50项以上'],
  ['n22-ind-models-national', 'modelsAggregated', 1000, '汇聚1000个行业模型'],
  ['n22-ind-models-provincial', 'modelsAggregated', 500, '汇影S00 个行业模型'],
  ['n22-ind-matchmaking-national', 'matchmakingEvents', 5, '供需对按活动S次以上'],
  ['n22-ind-matchmaking-provincial', 'matchmakingEvents', 2, '供需对接活动2次以上'],
  ['n22-ind-training-national', 'trainingPersonTimes', 500, '500人次以上'],
  ['n22-ind-training-provincial', 'trainingPersonTimes', 300, '300人次以上'],
  ['n22-ind-service-scale-national', 'enterprisesServed', 300, '300家以上'],
  ['n22-ind-service-scale-provincial', 'enterprisesServed', 150, '150家以上'],
  ['n22-ind-sme-scale-national', 'smePartners', 500, '500家以上行业中小企业'],
  ['n22-ind-sme-scale-provincial', 'smePartners', 300, '300家以上行业中小企业'],
  ['n22-func-operation-national', 'operatingStaff', 50, '运营人数在S0人以上'],
  ['n22-func-operation-provincial', 'operatingStaff', 25, '运营人数在25人以上'],
  ['n22-tech-environment-national', 'techFieldsWithValidationEnv', 5, '在5个以上工业互联网重点技术领城'],
  ['n22-tech-environment-provincial', 'techFieldsWithValidationEnv', 2, '在2个以上'],
  ['n22-tech-outcomes-national', 'innovationOutcomes', 300, '形成300项以上'],
  ['n22-tech-outcomes-provincial', 'innovationOutcomes', 150, '形成150项以上'],
  ['n22-tech-partners-national', 'universityPartners', 5, '5家以上高校或科研院所'],
  ['n22-tech-partners-provincial', 'universityPartners', 3, '3家以上高校或科研院所'],
  ['n22-tech-open-topics-national', 'openTopics', 5, '5项以上开放课题研究'],
  ['n22-tech-open-topics-provincial', 'openTopics', 2, '2项以上开放课题研究'],
  ['n22-tech-open-source-national', 'openSourceCommunities', 1, '1个以上开源社区'],
  ['n22-inc-products-provincial', 'newProductClasses', 2, '孵化出2类以上新产品'],
  ['n22-inc-adoption-national', 'newProductAdopters', 800, '800家以上企业'],
  ['n22-inc-adoption-provincial', 'newProductAdopters', 500, '500家以上企业'],
  ['n22-inc-suppliers-national', 'supplySidePartners', 50, '50家以上工业互联网供给侧企业'],
  ['n22-inc-suppliers-provincial', 'supplySidePartners', 50, '50家以上工业互联网供给侧企业'],
  ['n22-tal-environment-national', 'trainingSeats', 100, '同时容纳100人以上'],
  ['n22-tal-environment-provincial', 'trainingSeats', 50, '同时容纳50人以上'],
  ['n22-tal-scale-national', 'trainingPersonTimes', 20000, '20000人次以上'],
  ['n22-tal-scale-provincial', 'trainingPersonTimes', 10000, '10000人次以上'],
  ['n22-tal-agreements-national', 'industryEducationAgreements', 30, '达成合作30项以上'],
  ['n22-tal-agreements-provincial', 'industryEducationAgreements', 15, '达成合作1S项以上'],
  ['n22-tal-contests-national', 'talentContests', 1, '参赛队伍在 2000支以上'],
  ['n22-tal-contests-provincial', 'talentContests', 1, '参赛队伍在1000支以上'],
  ['n22-sme-solutions-national', 'smeSolutions', 5000, '不少于5000个'],
  ['n22-sme-served-national', 'smesServed', 5000, 'S000家以上中小企业'],
  ['n22-sme-served-provincial', 'smesServed', 1000, '1000家以上中小企业'],
  ['n22-sme-preferential-national', 'smesBenefitingPreferential', 3000, '不少于 3000家'],
  ['n22-sme-preferential-provincial', 'smesBenefitingPreferential', 1500, '不少于1500家'],
  [
    'n22-sme-collaboration-national',
    'collaborationLargeEnterprises',
    30,
    '30家以上大企业、600家以上中小企业',
  ],
];

describe('national-2022 pack (001 认定标准)', () => {
  it.each(thresholds)('%s: %s ≥ %d, quoting "%s"', (id, metric, threshold, quote) => {
    const c = quantitative(pack, id);
    expect(c.metric).toBe(metric);
    expect(c.comparator).toBe('gte');
    expect(c.threshold).toBe(threshold);
    expect(c.source.text).toContain(quote);
    expect(c.source.file).toBe('001_515e38f239b45b15.txt');
  });

  it.each([
    ['n22-comp-diagnosis-national', 'diagnosisIndustries', 10],
    ['n22-comp-diagnosis-provincial', 'diagnosisIndustries', 5],
    ['n22-ind-models-provincial', 'modelLinksCovered', 3],
    ['n22-tech-partners-national', 'nationalLabPartners', 3],
    ['n22-tech-partners-provincial', 'nationalLabPartners', 1],
    ['n22-inc-suppliers-national', 'leadingSupplyPartners', 10],
    ['n22-inc-suppliers-national', 'specialisedSupplyPartners', 20],
    ['n22-inc-suppliers-provincial', 'specialisedSupplyPartners', 10],
    ['n22-tal-contests-national', 'contestTeams', 2000],
    ['n22-tal-contests-provincial', 'contestTeams', 1000],
    ['n22-sme-collaboration-national', 'collaborationSmes', 600],
  ] as const)('%s also requires %s ≥ %d', (id, metric, threshold) => {
    expect(quantitative(pack, id).also).toContainEqual(
      expect.objectContaining({ metric, comparator: 'gte', threshold }),
    );
  });

  it.each([
    ['n22-comp-adoption-provincial', 500, 'S00'],
    ['n22-ind-models-provincial', 500, 'S00'],
    ['n22-func-operation-national', 50, 'S0'],
    ['n22-ind-matchmaking-national', 5, 'S次'],
    ['n22-tal-agreements-provincial', 15, '1S'],
    ['n22-sme-served-national', 5000, 'S000'],
  ] as const)('keeps the OCR-garbled value of %s visible: %d, printed "%s"', (id, value, raw) => {
    const c = quantitative(pack, id);
    expect(c).toMatchObject({ threshold: value, uncertain: true, raw });
  });

  it('leaves the unreadable national incubation product-class count (＄类) unset', () => {
    expect(quantitative(pack, 'n22-inc-products-national')).toMatchObject({
      threshold: null,
      uncertain: true,
      raw: '＄类',
    });
  });

  it('has no provincial cell where the table prints "/" (open-source community, industrial collaboration, large–small collaboration)', () => {
    const ids = criteriaOf(pack).map((c) => c.id);
    expect(ids).not.toContain('n22-tech-open-source-provincial');
    expect(ids).not.toContain('n22-inc-collaboration-provincial');
    expect(ids).not.toContain('n22-sme-collaboration-provincial');
  });

  it('encodes every row of the three tables at both levels (19 comprehensive, 11 industry, 24 functional rows)', () => {
    const rows = new Set(criteriaOf(pack).map((c) => c.id.replace(/-(national|provincial)$/, '')));
    expect([...rows].filter((r) => r.startsWith('n22-comp-'))).toHaveLength(19);
    expect([...rows].filter((r) => r.startsWith('n22-ind-'))).toHaveLength(11);
    expect([...rows].filter((r) => /^n22-(func|tech|inc|tal|sme)-/.test(r))).toHaveLength(24);
  });

  it('qualitative rows are expert-judged (环境搭建)', () => {
    expect(criterion(pack, 'n22-comp-environment-national')).toMatchObject({
      kind: 'qualitative',
      scale: { kind: 'pass_fail' },
    });
  });

  it('rates with stars, 1★ lowest, 5 by default (第十三条 does not fix the count)', () => {
    expect(pack.rating).toMatchObject({ kind: 'stars', count: 5, lowest: 1 });
    expect(pack.rating?.source.text).toContain('以星级体现');
  });

  it.each([
    ['n22-false-materials', '提供虚材料'],
    ['n22-operator-changed', '运营主体发生变更或改变经营方向'],
    ['n22-safety-accident', '发生重大安全事故'],
    ['n22-tax-dishonesty', '偷税、漏税、失信'],
    ['n22-harmed-stakeholders', '损害利害关系人的利益'],
    ['n22-one-star-twice', '连续两次在年度质量评价中被评为一星级'],
    ['n22-force-majeure', '不可抗力'],
  ])('revocation ground %s quotes 第十五条: %s', (id, quote) => {
    expect(ground(pack, id).source.text).toContain(quote);
  });

  it('has exactly the seven grounds of 第十五条 and no re-application ban', () => {
    expect(pack.revocation?.grounds).toHaveLength(7);
    expect(pack.revocation?.ban).toBeNull();
  });

  it('revokes a center rated 1★ in two consecutive annual evaluations (第十五条（六）)', () => {
    const v = evaluateRevocation(pack, {
      evaluations: [
        { year: 2023, rating: 3 },
        { year: 2024, rating: 1 },
        { year: 2025, rating: 1, decidedOn: '2025-10-31' },
      ],
      events: [],
    });
    expect(v.due).toBe(true);
    expect(v.ground?.id).toBe('n22-one-star-twice');
    expect(v.revocationDate).toBe('2025-10-31');
    expect(v.banEndsOn).toBeNull();
  });

  it('does not revoke for two 1★ ratings that are not consecutive', () => {
    const v = evaluateRevocation(pack, {
      evaluations: [
        { year: 2023, rating: 1 },
        { year: 2024, rating: 2 },
        { year: 2025, rating: 1 },
      ],
      events: [],
    });
    expect(v.due).toBe(false);
  });

  it('puts the provincial pre-review in July–August and the MIIT final review in October (第十四条)', () => {
    const w = evaluationWindows(2025, pack);
    expect(w.map((x) => [x.stageId, x.start, x.end, x.actor])).toEqual([
      ['pre-review', '2025-07-01', '2025-08-31', 'provincial_admin'],
      ['final-review', '2025-10-01', '2025-10-31', 'national_admin'],
    ]);
  });

  it('passes its own lint', () => {
    expect(lintPack(pack)).toEqual([]);
  });
});

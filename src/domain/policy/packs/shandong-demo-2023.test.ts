import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../calendar/index.ts';
import { findMetric } from '../../metrics/index.ts';
import { publicityWindow, recognitionTermEnd } from '../engine/deadlines.ts';
import { evaluateEligibility } from '../engine/eligibility.ts';
import { validatePack } from '../engine/validate.ts';
import { applicationProfileSchema } from '../profile.ts';
import type { ApplicationProfile, ApplicationProfileInput } from '../profile.ts';
import { policyPackSchema } from '../schema.ts';
import type { Direction, EligibilityRule, SourceRef } from '../schema.ts';
import { SHANDONG_DEMO_2023_DIRECTIONS, shandongDemo2023 } from './shandong-demo-2023.ts';

const FILE = '002_e31b8155242699ce.txt';

function direction(id: string): Direction {
  const d = shandongDemo2023.directions.find((x) => x.id === id);
  if (!d) {
    throw new Error(`no direction ${id}`);
  }
  return d;
}

function packRule(id: string): EligibilityRule {
  const r = shandongDemo2023.eligibility.find((x) => x.id === id);
  if (!r) {
    throw new Error(`no rule ${id}`);
  }
  return r;
}

function collectSources(o: unknown, out: SourceRef[] = []): SourceRef[] {
  if (Array.isArray(o)) {
    o.forEach((x) => collectSources(x, out));
  } else if (o !== null && typeof o === 'object') {
    const r = o as Record<string, unknown>;
    if (typeof r.file === 'string' && typeof r.ref === 'string' && typeof r.text === 'string') {
      out.push(r as unknown as SourceRef);
    }
    Object.values(r).forEach((v) => collectSources(v, out));
  }
  return out;
}

describe('shandong-demo-2023 pack (seed 002)', () => {
  it('validates clean: no lint issue (metrics, citations, ids, stages)', () => {
    expect(validatePack(shandongDemo2023)).toMatchObject({ ok: true, issues: [] });
  });

  it('parses with the policy-pack schema', () => {
    const parsed = policyPackSchema.parse(shandongDemo2023);
    expect(parsed.id).toBe('shandong-demo-2023');
    expect(parsed.jurisdiction.regionCode).toBe('370000');
  });

  it('cites seed 002 with original Chinese text for every rule', () => {
    const sources = collectSources(shandongDemo2023);
    expect(sources.length).toBeGreaterThan(40);
    for (const s of sources) {
      expect(s.file).toBe(FILE);
      expect(s.text).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('lists the seven directions of 一、示范方向 in order', () => {
    expect(shandongDemo2023.directions.map((d) => d.id)).toEqual([...SHANDONG_DEMO_2023_DIRECTIONS]);
  });

  it.each([
    [
      'integration_management_demo_enterprise',
      '两化融合管理体系贯标示范企业',
      20,
      '家',
      '新认定两化融合管理体系贯标示范企业20家左右。',
    ],
    ['equipment_cloud_benchmark', '工业设备上云标杆企业', 20, '家', '新认定工业设备上云标杆企业20家左右。'],
    ['benchmark_factory', '工业互联网标杆工厂', 20, '个', '新认定工业互联网标杆工厂20个左右。'],
    [
      'fiveg_industrial_internet_benchmark',
      '5G+工业互联网应用标杆',
      20,
      '个',
      '新认定5G+工业互联网应用标杆20个左右。',
    ],
    [
      'promotion_center_pilot',
      '工业互联网数字化转型促进中心试点',
      10,
      '个',
      '培育工业互联网数字化转型促进中心试点10个左右。',
    ],
    [
      'fiveg_innovation_promotion_center',
      '5G行业应用创新推广中心',
      5,
      '个',
      '认定5G行业应用创新推广中心5个左右。',
    ],
    ['industrial_internet_park', '工业互联网园区', 10, '个', '新认定工业互联网园区10个左右。'],
  ])('sets the quota of %s (%s) at about %i %s: 「%s」', (id, zh, count, unit, quote) => {
    const d = direction(id);
    expect(d.name.zh).toBe(zh);
    expect(d.quota).toMatchObject({ count, approximate: true, unit: { zh: unit } });
    expect(d.quota.source).toEqual({
      file: FILE,
      ref: expect.stringContaining('一、') as unknown,
      text: quote,
    });
  });

  it.each([
    ['promotion_center_pilot', 'floorArea', 1000, '使用面积1000平方米以上'],
    ['promotion_center_pilot', 'operatingStaff', 15, '具有15人以上的专职运营团队开展相关数字化转型服务工作'],
    ['fiveg_innovation_promotion_center', 'rdStaff', 5, '运营团队包括至少5位专职研发人员'],
    [
      'fiveg_innovation_promotion_center',
      'experienceArea',
      200,
      '运营场所中应具备200平方米以上体验条件，集展示、体验、培训、交流活动于一体。',
    ],
  ])('requires %s to have %s ≥ %i: 「%s」', (id, metric, threshold, quote) => {
    const rule = direction(id).eligibility.find(
      (r) => r.kind === 'metric_threshold' && r.requirement.metric === metric,
    );
    expect(rule?.kind).toBe('metric_threshold');
    if (rule?.kind !== 'metric_threshold') {
      return;
    }
    expect(rule.requirement).toMatchObject({ comparator: 'gte', threshold, period: 'current' });
    expect(rule.source.text).toBe(quote);
    expect(findMetric(metric), metric).toBeDefined();
  });

  it.each([
    ['promotion_center_pilot', 'hasLeadAndJointApplicants', '促进中心建设运营应有牵头单位和联合申报单位'],
    ['promotion_center_pilot', 'hasFixedOperatingSite', '具有固定的建设运营场地'],
    ['promotion_center_pilot', 'sustainedResourceInvestment', '满足充分保障资源的可持续投入与能力建设等要求'],
    ['fiveg_innovation_promotion_center', 'hasActualOperatingSite', '具有实际运营场所'],
    ['fiveg_innovation_promotion_center', 'leadIsFivegProducerOrUser', '5G创新应用推广中心应由产或用牵头'],
  ])('asks %s to attest %s: 「%s」', (id, fact, quote) => {
    const rule = direction(id).eligibility.find((r) => r.kind === 'attestation' && r.fact === fact);
    expect(rule?.source.text).toBe(quote);
  });

  it('lets only industry or users lead a 5G innovation promotion center, never a university or institute (一、（六）)', () => {
    const rule = direction('fiveg_innovation_promotion_center').eligibility.find(
      (r) => r.kind === 'lead_org_kind',
    );
    expect(rule?.kind).toBe('lead_org_kind');
    if (rule?.kind !== 'lead_org_kind') {
      return;
    }
    expect(rule.allowed).toContain('enterprise');
    expect(rule.allowed).not.toContain('university');
    expect(rule.allowed).not.toContain('research_institute');
    expect(rule.source.text).toBe('5G创新应用推广中心应由产或用牵头，其他方面合作加入共同创建');
  });

  it('requires the conformance certificate to date from 2023-01-01 up to the call deadline (一、（一）)', () => {
    const [rule] = direction('integration_management_demo_enterprise').eligibility;
    expect(rule).toMatchObject({
      kind: 'fact_date_range',
      fact: 'integrationManagementCertificateDate',
      from: '2023-01-01',
      to: 'call_deadline',
    });
    expect(rule?.source.text).toBe(
      '企业两化融合管理体系贯标评定证书获得时间应为2023年1月1日至本次申报截止日。',
    );
  });

  it.each([
    [
      'integration_management_demo_enterprise',
      'integrationManagementAaaCertified',
      '优先支持获得两化融合管理体系AAA级认证的企业。',
    ],
    [
      'equipment_cloud_benchmark',
      'priorityEquipmentClassesOnCloud',
      '优先支持化工装置、高能耗设备、通用动力设备、新能源设备和智能化设备上云上平台的企业。',
    ],
    [
      'promotion_center_pilot',
      'inPromotionCenterProjectLibrary',
      '优先支持工业互联网数字化转型促进中心已入库项目。',
    ],
    [
      'fiveg_innovation_promotion_center',
      'leadIsIndustryLeader',
      '优先支持行业龙头企业牵头建设的5G行业应用创新推广中心。',
    ],
    [
      'industrial_internet_park',
      'onLastYearParkCultivationList',
      '优先支持已列入上年度工业互联网园区培育名单的园区。',
    ],
  ])('gives %s priority (never a condition) on %s: 「%s」', (id, fact, quote) => {
    const d = direction(id);
    expect(d.priorities).toHaveLength(1);
    expect(d.priorities[0]).toMatchObject({ fact, source: { text: quote } });
  });

  it('adds no direction-specific conditions to the benchmark directions (一、（二）–（四）、（七）)', () => {
    for (const id of [
      'equipment_cloud_benchmark',
      'benchmark_factory',
      'fiveg_industrial_internet_benchmark',
      'industrial_internet_park',
    ]) {
      expect(direction(id).eligibility, id).toEqual([]);
    }
  });

  it.each([
    ['registered_in_shandong', 'registered_in_region', '应在山东省内注册'],
    ['independent_legal_person', 'legal_person', '具有独立法人资格（电信运营商可不受独立法人限制）'],
    ['registered_at_least_one_year', 'min_registration_years', '企业注册时间不少于1年'],
    ['economic_and_technical_strength', 'attestation', '具有较好的经济实力、技术研发和融合发展能力。'],
    ['sound_financial_management', 'attestation', '具有健全的财务管理机构和制度，运营状况良好'],
    ['influence_and_good_credit', 'attestation', '在本行业和省内具有一定的影响力和良好的社会信用。'],
    ['professional_team', 'attestation', '具有专业化的团队和人才支撑，所申报项目应具有良好的示范作用。'],
  ])('encodes basic condition %s as %s: 「%s」 (二、（一）)', (id, kind, quote) => {
    const rule = packRule(id);
    expect(rule.kind).toBe(kind);
    expect(rule.source.ref).toMatch(/^二、（一）/);
    expect(rule.source.text).toBe(quote);
  });

  it('exempts telecom operators from the independent-legal-person rule only', () => {
    const rule = packRule('independent_legal_person');
    expect(rule).toMatchObject({ kind: 'legal_person', exemptOrgKinds: ['telecom_operator'] });
  });

  it('requires enterprises to have been registered for at least 1 year', () => {
    expect(packRule('registered_at_least_one_year')).toMatchObject({ years: 1 });
    expect(packRule('registered_in_shandong')).toMatchObject({ regionCode: '370000' });
  });

  it.each([
    [
      'no_major_incident_three_years',
      'no_major_incident',
      '近三年来，在生产经营中发生较大以上安全生产事故、环境事故或发生造成恶劣影响的社会事件等。',
    ],
    ['complies_with_industrial_policy', 'attestation', '不符合国家和省相关产业政策的。'],
    ['built_projects_only_except_pilot', 'build_status', '除试点方向外，不支持未建或在建项目申报。'],
  ])('encodes restricting condition %s as %s: 「%s」 (二、（二）)', (id, kind, quote) => {
    const rule = packRule(id);
    expect(rule.kind).toBe(kind);
    expect(rule.source.ref).toMatch(/^二、（二）/);
    expect(rule.source.text).toBe(quote);
  });

  it('refuses a major accident within the last 3 years', () => {
    expect(packRule('no_major_incident_three_years')).toMatchObject({ years: 3 });
  });

  it('admits unbuilt or in-construction projects only in the promotion-center pilot direction (二、（二）3)', () => {
    const rule = packRule('built_projects_only_except_pilot');
    expect(rule).toMatchObject({ kind: 'build_status', allowed: ['built'] });
    const scoped = rule.appliesTo?.directions ?? [];
    expect(scoped).toHaveLength(6);
    expect(scoped).not.toContain('promotion_center_pilot');
  });

  it.each([
    ['one_direction_per_lead_enterprise', 'one_direction_per_enterprise', '不支持同一企业牵头申报多个方向。'],
    ['no_repeat_in_same_direction', 'no_repeat_direction', '不支持已列入前期同方向示范的项目重复申报。'],
  ])('enforces uniqueness %s (%s) strictly: 「%s」 (二、（二）4)', (id, kind, quote) => {
    const rule = shandongDemo2023.uniqueness.find((u) => u.id === id);
    expect(rule).toMatchObject({ kind, inPrinciple: false, source: { ref: '二、（二）4', text: quote } });
  });

  it('runs application → recommending check → emergency-management opinion → recommendation → expert review → publicity → recognition', () => {
    const [process] = shandongDemo2023.processes;
    expect(process?.kind).toBe('recognition');
    const stages = [...(process?.stages ?? [])].sort((a, b) => a.order - b.order);
    expect(stages.map((s) => [s.id, s.actor])).toEqual([
      ['application', 'applicant'],
      ['recommending_check', 'recommending_authority'],
      ['emergency_management_opinion', 'emergency_management'],
      ['recommendation', 'recommending_authority'],
      ['expert_review', 'expert'],
      ['publicity', 'public'],
      ['recognition', 'provincial_admin'],
    ]);
  });

  it('asks the same-level emergency-management department for its opinion before recommending (三、（一）)', () => {
    const stage = shandongDemo2023.processes[0]?.stages.find((s) => s.id === 'emergency_management_opinion');
    expect(stage?.source.text).toBe('征求同级应急管理部门意见');
  });

  it('publicises the list on the portal for 5 working days (三、（三）)', () => {
    const stage = shandongDemo2023.processes[0]?.stages.find((s) => s.id === 'publicity');
    expect(stage?.deadline).toEqual({ kind: 'working_days', days: 5 });
    expect(stage?.source.text).toBe(
      '对拟认定的示范名单在省工业和信息化厅门户网站进行公示，公示期为5个工作日。',
    );
  });

  it('sets a 2-year demonstration period from recognition (三、（四）)', () => {
    expect(shandongDemo2023.recognitionTerm).toMatchObject({ years: 2, from: 'recognition' });
    expect(shandongDemo2023.recognitionTerm?.source.text).toContain('示范期2年');
  });
});

/** A profile that meets every basic and restricting condition of 002 for a built benchmark factory. */
function makeProfile(overrides: Partial<ApplicationProfileInput> = {}): ApplicationProfile {
  return applicationProfileSchema.parse({
    applicationDate: '2023-06-15',
    callDeadline: '2023-06-30',
    level: 'provincial',
    direction: 'benchmark_factory',
    leadOrg: {
      name: '济南某装备制造有限公司',
      orgKind: 'enterprise',
      legalPerson: true,
      registeredRegionCode: '370100',
      registeredOn: '2015-03-01',
    },
    buildStatus: 'built',
    facts: {
      economicAndTechnicalStrength: true,
      soundFinancialManagement: true,
      industryInfluenceAndGoodCredit: true,
      professionalTeam: true,
      compliesWithIndustrialPolicy: true,
    },
    ...overrides,
  });
}

function failing(profile: ApplicationProfile): string[] {
  return evaluateEligibility(shandongDemo2023, profile)
    .rules.filter((r) => !r.passed)
    .map((r) => r.id);
}

describe('shandong-demo-2023 pack through the eligibility engine', () => {
  it('admits a Shandong enterprise with a built benchmark factory meeting every condition', () => {
    expect(failing(makeProfile())).toEqual([]);
  });

  it('refuses an enterprise already leading another direction in the call (不支持同一企业牵头申报多个方向, 002 二、（二）4)', () => {
    const result = evaluateEligibility(
      shandongDemo2023,
      makeProfile({
        history: { otherApplications: [{ direction: 'equipment_cloud_benchmark' }] },
      }),
    );
    expect(result.eligible).toBe(false);
    const refusal = result.rules.find((r) => !r.passed);
    expect(refusal).toMatchObject({
      id: 'one_direction_per_lead_enterprise',
      kind: 'one_direction_per_enterprise',
      source: { file: FILE, ref: '二、（二）4', text: '不支持同一企业牵头申报多个方向。' },
    });
  });

  it('refuses a project already a demonstration in the same direction, but not in another one (002 二、（二）4)', () => {
    const held = (direction: string) =>
      makeProfile({ history: { directionsHeld: [{ direction, year: 2022 }] } });
    expect(failing(held('benchmark_factory'))).toEqual(['no_repeat_in_same_direction']);
    expect(failing(held('equipment_cloud_benchmark'))).toEqual([]);
  });

  it('admits a planned promotion-center pilot but refuses an unbuilt benchmark factory (除试点方向外, 002 二、（二）3)', () => {
    const pilot = makeProfile({
      direction: 'promotion_center_pilot',
      buildStatus: 'planned',
      metricValues: { floorArea: 1000, operatingStaff: 15 },
      facts: {
        ...makeProfile().facts,
        hasLeadAndJointApplicants: true,
        hasFixedOperatingSite: true,
        sustainedResourceInvestment: true,
      },
    });
    expect(failing(pilot)).toEqual([]);
    expect(failing(makeProfile({ buildStatus: 'under_construction' }))).toEqual([
      'built_projects_only_except_pilot',
    ]);
  });

  it.each([
    ['floorArea', 999, 'pilot_floor_area'],
    ['operatingStaff', 14, 'pilot_operating_staff'],
  ])('refuses a promotion-center pilot with %s = %i (002 一、（五）)', (metric, value, ruleId) => {
    const profile = makeProfile({
      direction: 'promotion_center_pilot',
      metricValues: { floorArea: 1000, operatingStaff: 15, [metric]: value },
      facts: {
        ...makeProfile().facts,
        hasLeadAndJointApplicants: true,
        hasFixedOperatingSite: true,
        sustainedResourceInvestment: true,
      },
    });
    expect(failing(profile)).toEqual([ruleId]);
  });

  it('refuses a 5G innovation promotion center led by a university (由产或用牵头, 002 一、（六）)', () => {
    const profile = makeProfile({
      direction: 'fiveg_innovation_promotion_center',
      leadOrg: { name: '某大学', orgKind: 'university', legalPerson: true, registeredRegionCode: '370200' },
      metricValues: { rdStaff: 5, experienceArea: 200 },
      facts: { ...makeProfile().facts, leadIsFivegProducerOrUser: true, hasActualOperatingSite: true },
    });
    expect(failing(profile)).toEqual(['fiveg_center_led_by_industry_or_user']);
  });

  it('lets a telecom operator branch without legal personality apply (电信运营商可不受独立法人限制, 002 二、（一）1)', () => {
    const profile = makeProfile({
      leadOrg: {
        name: '某电信运营商山东分公司',
        orgKind: 'telecom_operator',
        legalPerson: false,
        registeredRegionCode: '370000',
        registeredOn: '2010-01-01',
      },
    });
    expect(failing(profile)).toEqual([]);
  });

  it('refuses an enterprise registered outside Shandong or for less than 1 year (002 二、（一）1)', () => {
    const base = makeProfile().leadOrg;
    expect(failing(makeProfile({ leadOrg: { ...base, registeredRegionCode: '320500' } }))).toEqual([
      'registered_in_shandong',
    ]);
    expect(failing(makeProfile({ leadOrg: { ...base, registeredOn: '2022-07-01' } }))).toEqual([
      'registered_at_least_one_year',
    ]);
  });

  it('refuses a major safety accident within 3 years but not one 4 years back (002 二、（二）1)', () => {
    const accident = (date: string) =>
      makeProfile({ incidents: [{ date, kind: 'safety', severity: 'major' }] });
    expect(failing(accident('2021-01-10'))).toEqual(['no_major_incident_three_years']);
    expect(failing(accident('2019-05-01'))).toEqual([]);
  });

  it.each([
    ['2022-12-31', ['integration_management_certificate_window']],
    ['2023-01-01', []],
    ['2023-06-30', []],
    ['2023-07-01', ['integration_management_certificate_window']],
  ])('judges a conformance certificate dated %s against 2023-01-01 … the call deadline', (date, expected) => {
    const profile = makeProfile({
      direction: 'integration_management_demo_enterprise',
      factDates: { integrationManagementCertificateDate: date },
    });
    expect(failing(profile)).toEqual(expected);
  });

  it('computes the 5-working-day publicity over the 2023 National Day holiday with its make-up days', () => {
    const w = publicityWindow('2023-09-28', shandongDemo2023, defaultCalendar);
    // 9-28 (Thu), 10-07 and 10-08 (调休 make-up weekend days), 10-09, 10-10.
    expect(w).toMatchObject({ start: '2023-09-28', end: '2023-10-10', workingDays: 5 });
    expect(w?.source.text).toContain('公示期为5个工作日');
  });

  it('ends the demonstration period 2 years after recognition', () => {
    expect(recognitionTermEnd(shandongDemo2023, '2023-12-20')).toBe('2025-12-20');
  });
});

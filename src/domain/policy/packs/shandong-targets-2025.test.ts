import { describe, expect, it } from 'vitest';
import { findMetric, targetMetrics } from '../../metrics/index.ts';
import { validatePack } from '../engine/validate.ts';
import { policyPackSchema } from '../schema.ts';
import type { Target } from '../schema.ts';
import { shandongTargets2025 } from './shandong-targets-2025.ts';

const FILE = '004_db211bfba31f3480.txt';

function byId(id: string): Target {
  const t = shandongTargets2025.targets.find((x) => x.id === id);
  if (!t) {
    throw new Error(`no target ${id}`);
  }
  return t;
}

describe('shandong-targets-2025 pack (seed 004)', () => {
  it('validates clean: no lint issue (metrics, citations, ids, stages)', () => {
    expect(validatePack(shandongTargets2025)).toMatchObject({ ok: true, issues: [] });
  });

  it('parses with the policy-pack schema and records the draft status', () => {
    const parsed = policyPackSchema.parse(shandongTargets2025);
    expect(parsed.id).toBe('shandong-targets-2025');
    expect(parsed.sourceDocument.status?.zh).toBe('征求意见稿');
  });

  it('names only metrics of the catalogue, and every 004 target metric is used', () => {
    for (const t of shandongTargets2025.targets) {
      expect(findMetric(t.metric), t.metric).toBeDefined();
    }
    const used = new Set(shandongTargets2025.targets.map((t) => t.metric));
    expect(targetMetrics.filter((m) => !used.has(m.key)).map((m) => m.key)).toEqual([]);
  });

  it('gives every target a unique id and a citation of seed 004 that states its figure', () => {
    const ids = shandongTargets2025.targets.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of shandongTargets2025.targets) {
      expect(t.source.file).toBe(FILE);
      expect(t.source.text).toMatch(/\d|全覆盖|前三/);
    }
  });

  // [id, comparator, value, period, targetYear, quote]
  it.each<[string, Target['comparator'], number, Target['period'], number, string]>([
    [
      'diagnosis_coverage',
      'gte',
      100,
      'level',
      2025,
      '实现有需求的规模以上制造业企业数字化转型评估诊断全覆盖',
    ],
    ['digital_economy_headquarters', 'approx', 50, 'multiYear', 2025, '3年内培育50家左右“数字经济总部”'],
    ['integration_index', 'approx', 125, 'level', 2025, '两化融合发展指数达到125左右'],
    ['integration_index_rank', 'lte', 3, 'level', 2025, '两化融合发展指数达到125左右，保持全国前三'],
    ['fiveg_base_stations', 'gte', 250_000, 'cumulative', 2025, '建设开通5G基站25万个以上、力争达到27万个'],
    ['sme_service_providers', 'gte', 300, 'cumulative', 2025, '引进培育300家以上中小企业数字化转型服务商'],
    ['it_industry_revenue', 'gt', 20_000, 'level', 2025, '助力全省信息技术产业营收突破2万亿元'],
    [
      'it_industry_revenue_growth',
      'gte',
      10,
      'perYear',
      2025,
      '助力全省信息技术产业营收突破2万亿元，年均增长10%以上',
    ],
    [
      'lighthouse_smart_factories',
      'gte',
      50,
      'cumulative',
      2025,
      '到2025年，建成50家达标“灯塔工厂”的国家级智能工厂',
    ],
    ['fiveg_factories', 'gte', 500, 'cumulative', 2025, '500家以上5G工厂'],
    ['morning_star_factories', 'gte', 10_000, 'cumulative', 2025, '1万家以上“晨星工厂”'],
    ['digital_pilot_enterprises', 'approx', 10, 'cumulative', 2025, '到2025年，培育10家左右“数字领航”企业'],
    [
      'provincial_soe_strategy_coverage',
      'gte',
      100,
      'level',
      2025,
      '实现省属企业数字化转型“一企一战略”全覆盖',
    ],
    [
      'provincial_promotion_centers',
      'gte',
      10,
      'cumulative',
      2025,
      '试点建设10个以上省级工业互联网数字化转型促进中心',
    ],
    ['smes_transformed', 'gte', 100_000, 'cumulative', 2025, '推进10万家以上中小企业数字化转型'],
    [
      'excellent_service_providers_per_year',
      'gte',
      10,
      'perYear',
      2025,
      '每年遴选10家优秀服务商、100家数字化改造标杆',
    ],
    [
      'digital_retrofit_benchmarks_per_year',
      'gte',
      100,
      'perYear',
      2025,
      '每年遴选10家优秀服务商、100家数字化改造标杆',
    ],
    [
      'clusters_fully_transformed',
      'gte',
      50,
      'multiYear',
      2025,
      '3年内实现50个特色产业集群整体数字化转型全覆盖',
    ],
    ['national_sme_center_area', 'approx', 4000, 'level', 2024, '建设约4000㎡体验中心、实训基地及办公场所'],
    [
      'pilot_city_sub_industries',
      'gte',
      3,
      'level',
      2025,
      '支持济南、青岛作为全国首批中小企业数字化转型试点城市，率先各选择3个细分行业、不少于500家企业开展数字化改造',
    ],
    [
      'pilot_city_enterprises_retrofitted',
      'gte',
      500,
      'cumulative',
      2025,
      '支持济南、青岛作为全国首批中小企业数字化转型试点城市，率先各选择3个细分行业、不少于500家企业开展数字化改造',
    ],
    [
      'provincial_industry_brains',
      'gte',
      50,
      'cumulative',
      2025,
      '分行业分区域累计建设50个以上省级“产业大脑”',
    ],
    ['flagship_chains_upgraded', 'gte', 11, 'level', 2025, '“一链一策”推动11条标志性产业链加快数字化升级'],
    [
      'key_chain_platform_coverage',
      'gte',
      100,
      'level',
      2025,
      '到2025年，基本建成覆盖制造业细分行业的工业互联网平台体系，重点产业链工业互联网平台实现全覆盖',
    ],
    [
      'management_digitalisation_rate',
      'approx',
      85,
      'level',
      2025,
      '到2025年，规模以上工业企业经营管理数字化普及率达到85%左右',
    ],
    ['digital_rd_tool_rate', 'approx', 90, 'level', 2025, '数字化研发设计工具普及率达到90%左右'],
    ['industrial_internet_platform_rate', 'approx', 45, 'level', 2025, '工业互联网平台普及率达到45%左右'],
    [
      'industrial_internet_parks',
      'gte',
      30,
      'cumulative',
      2025,
      '到2025年，累计培育30个以上网络基础设施完备、平台作用发挥明显、企业协同合作高效的工业互联网园区',
    ],
    ['gigabit_fibre_city_coverage', 'gte', 100, 'level', 2025, '实现各市千兆光网100%覆盖'],
    ['ten_g_pon_ports', 'gte', 1_800_000, 'cumulative', 2025, '10G-PON及以上端口数达180万个'],
    [
      'provincial_key_platforms',
      'gte',
      300,
      'cumulative',
      2025,
      '到2025年，累计培育省级重点平台300家以上、国家级特色专业型平台40家以上',
    ],
    [
      'national_specialised_platforms',
      'gte',
      40,
      'cumulative',
      2025,
      '到2025年，累计培育省级重点平台300家以上、国家级特色专业型平台40家以上',
    ],
    [
      'typical_scenarios_per_year',
      'gte',
      100,
      'perYear',
      2025,
      '每年打造100个以上模式创新、成效显著、易复制推广的数字化转型典型场景',
    ],
    ['identifier_secondary_nodes', 'gte', 35, 'cumulative', 2025, '到2025年，上线运营二级节点35个以上'],
    ['identifier_registrations', 'gt', 100_000_000_000, 'cumulative', 2025, '标识注册量超过1000亿'],
    [
      'gongfu_shandong_events',
      'gte',
      100,
      'cumulative',
      2025,
      '到2025年，在全省累计组织开展“工赋山东”活动100场以上',
    ],
    ['gongfu_shandong_enterprises_matched', 'approx', 10_000, 'cumulative', 2025, '对接企业1万家左右'],
    ['total_compute_power', 'gt', 12, 'level', 2025, '到2025年，总算力规模超过12 EFLOPS（百亿亿次）'],
    ['high_performance_compute_share', 'gte', 40, 'level', 2025, '高性能算力占比达到40%'],
    ['domestic_compute_share', 'gte', 90, 'level', 2025, '到2025年，国产化算力占比达到90%以上'],
    ['new_data_center_rack_power', 'gte', 6, 'level', 2025, '加快新建单体机柜功率不低于6kw数据中心'],
    ['first_version_software_per_year', 'gte', 20, 'perYear', 2025, '每年培育20个以上省级首版次高端软件'],
    [
      'first_set_equipment_per_year',
      'approx',
      30,
      'perYear',
      2025,
      '每年培育30项左右智能制造首台（套）重大技术装备和关键零部件',
    ],
    [
      'provincial_industry_data_centers',
      'approx',
      50,
      'cumulative',
      2025,
      '到2025年，累计培育50个左右省级行业中心和300个左右边缘级中心',
    ],
    [
      'edge_data_centers',
      'approx',
      300,
      'cumulative',
      2025,
      '到2025年，累计培育50个左右省级行业中心和300个左右边缘级中心',
    ],
    ['major_sci_tech_tasks_per_year', 'gte', 20, 'perYear', 2025, '每年部署20项以上重大科技攻关任务'],
  ])('sets target %s: %s %d (%s, %d) — 「%s」', (id, comparator, value, period, targetYear, quote) => {
    const t = byId(id);
    expect({ comparator: t.comparator, value: t.value, period: t.period, targetYear: t.targetYear }).toEqual({
      comparator,
      value,
      period,
      targetYear,
    });
    expect(t.source.text).toBe(quote);
  });

  it('encodes all 46 quantified targets of the plan', () => {
    expect(shandongTargets2025.targets).toHaveLength(46);
  });

  it('keeps the stretch aim of 270,000 5G base stations beside the floor of 250,000 (力争)', () => {
    expect(byId('fiveg_base_stations')).toMatchObject({ value: 250_000, aim: 270_000 });
  });

  it('counts the two “within 3 years” targets over a 3-year period', () => {
    for (const id of ['digital_economy_headquarters', 'clusters_fully_transformed']) {
      expect(byId(id).periodYears, id).toBe(3);
    }
  });

  it('marks no target uncertain: seed 004 has no OCR-garbled figures', () => {
    expect(shandongTargets2025.targets.filter((t) => t.uncertain === true)).toEqual([]);
  });
});

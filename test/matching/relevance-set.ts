/**
 * A labelled relevance set for the matching engine: 36 needs × 360 catalog items, deterministic.
 *
 * Every text states its facts in Chinese: a need says what the factory wants (in its own words), its
 * industry, city and budget; an item says what it does (one of three wordings per topic, so the same thing
 * is often described with different words), which industries it serves, where, and at what price. The
 * graded label (0–3) of a (need, item) pair is written from those stated facts with one rubric — never
 * from any engine score:
 *   3  the item does what the need asks, for the need's industry, in a region that covers the need's city,
 *      within 120 % of the budget (or priced on negotiation);
 *   2  it does what the need asks, but one of industry / region / budget does not fit;
 *   1  it does what the need asks with two misfits, or it is a neighbouring service of the same
 *      scenario for the need's industry and region;
 *   0  otherwise.
 * The rubric rewards region as "covers the city or not" and ignores grade, evidence and freshness, so the
 * engine is not graded on its own component curves.
 */
import type { MatchItem, MatchNeed } from '../../src/domain/matching/types.ts';
import type { Scenario } from '../../src/domain/resources/vocabulary.ts';

interface Topic {
  key: string;
  scenario: Scenario;
  /** Three ways suppliers describe it. */
  wordings: readonly (readonly [title: string, summary: string])[];
  /** How factories ask for it (one per need of this topic). */
  asks: readonly (readonly [title: string, description: string])[];
}

const TOPICS: readonly Topic[] = [
  {
    key: 'vision',
    scenario: 'quality',
    wordings: [
      ['AI 视觉表面缺陷检测系统', '基于深度学习的表面缺陷在线检测，识别划痕、气孔、裂纹，替代人工目检'],
      ['机器视觉瑕疵识别与自动分拣', '工业相机采集图像，自动识别外观瑕疵并剔除不良品'],
      ['外观质检一体机', '高分辨率成像加智能算法，产线末端全检产品外观'],
    ],
    asks: [
      ['产品表面缺陷自动检测', '产品表面缺陷靠人工目检，漏检率高，希望用机器视觉在线检测缺陷'],
      ['外观质检替代人工', '质检工人多、标准不一，想引入视觉检测设备做外观全检'],
      ['铸件气孔裂纹识别', '铸件表面气孔、裂纹人工难以发现，需要智能检测方案'],
    ],
  },
  {
    key: 'maintenance',
    scenario: 'operation_service',
    wordings: [
      ['设备预测性维护解决方案', '采集振动、温度数据，建立故障预警模型，预测性维护减少非计划停机'],
      ['设备健康管理平台', '振动监测与设备健康评估，提前发现轴承、齿轮箱故障'],
      ['关键设备状态监测服务', '对空压机、风机、泵等关键设备做状态监测与寿命预测'],
    ],
    asks: [
      ['关键设备故障预警', '关键设备突发故障导致停机，希望实时监测设备状态，提前预警故障'],
      ['减少非计划停机', '产线设备老化，非计划停机频繁，想做预测性维护'],
      ['风机泵类设备监测', '厂里风机和水泵很多，靠人工巡检，希望在线监测振动和温度'],
    ],
  },
  {
    key: 'energy',
    scenario: 'energy',
    wordings: [
      ['能耗在线监测平台', '水电气分项计量，能效分析与对标，支撑节能降碳'],
      ['企业节能诊断服务', '现场能源审计与节能诊断，给出节能改造方案'],
      ['碳排放核算与能源管理系统', '能源数据采集、碳排放核算与碳足迹报告'],
    ],
    asks: [
      ['降低单位产品能耗', '电费和蒸汽成本高，想做分项计量和能耗分析，降低单位产品能耗'],
      ['碳排放核算', '客户要求提供产品碳足迹，需要碳排放核算和能源管理'],
      ['能源计量改造', '全厂只有总电表，不知道能耗花在哪里，需要能耗监测'],
    ],
  },
  {
    key: 'mes',
    scenario: 'production',
    wordings: [
      ['MES 生产执行系统', '工单下达、报工、在制品跟踪与生产看板'],
      ['车间排产与报工管理软件', '高级排产、工序报工与进度透明化'],
      ['生产过程数字化管控平台', '生产计划、物料追溯与车间数据采集一体化'],
    ],
    asks: [
      ['车间生产管理数字化', '车间纸质工单，生产进度不透明，希望上 MES 实现工单、报工和在制品管理'],
      ['排产与进度跟踪', '订单多批量小，排产靠经验，交期经常延误，需要排产系统'],
      ['生产追溯', '客户要求产品批次可追溯，目前生产记录全靠纸质'],
    ],
  },
  {
    key: 'supply',
    scenario: 'procurement_sales',
    wordings: [
      ['供应链协同管理系统', '采购、库存与订单协同，提升供应商交付准时率'],
      ['供应商门户与订单协同平台', '在线下单、交期确认、对账开票全流程协同'],
      ['采购寻源与比价平台', '在线询价比价、供应商准入与绩效评价'],
    ],
    asks: [
      ['供应链协同平台', '采购靠电话和表格，供应商交期经常延误，需要供应链协同平台'],
      ['采购比价与供应商管理', '采购价格不透明，希望在线询价比价并评价供应商'],
      ['订单对账协同', '与上百家供应商对账靠表格，工作量大且经常出错'],
    ],
  },
  {
    key: 'plm',
    scenario: 'rd_design',
    wordings: [
      ['PLM 产品数据管理系统', '图纸与 BOM 版本管理，研发流程协同'],
      ['三维设计与仿真软件', '三维建模、结构仿真，缩短研发周期'],
      ['CAE 仿真分析服务', '强度、流体与热仿真分析，减少样机试制次数'],
    ],
    asks: [
      ['研发设计协同', '新产品开发周期长，图纸版本混乱，希望引入 PLM 和三维设计协同'],
      ['结构仿真', '新产品样机反复试制成本高，想用仿真分析代替部分试验'],
      ['图纸与 BOM 管理', '设计变更后 BOM 不同步，生产经常用错图纸'],
    ],
  },
  {
    key: 'safety',
    scenario: 'safety',
    wordings: [
      ['危险作业安全监测预警系统', '有限空间、动火作业气体监测与超限预警'],
      ['智能视频安全行为识别', '视频识别未戴安全帽、越界闯入等违规行为并告警'],
      ['安全生产双重预防信息系统', '风险分级管控与隐患排查治理线上化'],
    ],
    asks: [
      ['安全风险在线监测', '厂区危化品和有限空间作业多，希望实现安全风险在线监测和预警'],
      ['违规行为识别', '工人不戴安全帽、闯入危险区域屡禁不止，需要视频识别告警'],
      ['隐患排查信息化', '安全隐患排查靠纸质台账，整改闭环难跟踪'],
    ],
  },
  {
    key: 'warehouse',
    scenario: 'logistics',
    wordings: [
      ['智能仓储 WMS 系统', '条码出入库、库位管理与库存实时准确'],
      ['AGV 厂内物流自动化', '自动导引车搬运物料，减少人工转运'],
      ['仓库条码管理与库位优化', '扫码收发料、先进先出与库位规划'],
    ],
    asks: [
      ['仓库管理数字化', '仓库靠人工记账，找料慢，库存不准，希望上 WMS 和条码管理'],
      ['物料搬运自动化', '车间之间物料靠叉车和人工转运，效率低，想用 AGV'],
      ['库存准确率提升', '账实不符严重，每月盘点耗时两天'],
    ],
  },
  {
    key: 'iot',
    scenario: 'production',
    wordings: [
      ['设备联网数据采集网关', '兼容主流 PLC 与数控系统协议，设备数据采集上云'],
      ['中小企业设备上云服务', '设备联网与云端监控，低成本上云'],
      ['工业物联网平台接入服务', '设备接入、数据可视化与远程监控'],
    ],
    asks: [
      ['设备联网上云', '设备品牌杂，数据无法采集，希望设备联网上云，远程查看设备运行状态'],
      ['数控设备数据采集', '几十台数控机床不知道开机率，需要采集设备运行数据'],
      ['远程监控设备', '分厂设备分散，想在总部远程监控设备运行'],
    ],
  },
  {
    key: 'bi',
    scenario: 'management',
    wordings: [
      ['经营分析驾驶舱', '经营数据实时汇聚，管理层移动端查看关键指标'],
      ['报表自动化与经营分析', '财务、销售、生产报表自动生成与多维分析'],
      ['企业数据中台', '打通 ERP、MES 数据，统一指标口径'],
    ],
    asks: [
      ['经营数据可视化', '各部门报表靠手工汇总，领导看不到实时经营数据，需要经营分析驾驶舱'],
      ['报表自动化', '每月做报表要三天，数据口径不统一'],
      ['系统数据打通', 'ERP 和生产系统数据互不相通，决策缺少数据'],
    ],
  },
  {
    key: 'aftersales',
    scenario: 'operation_service',
    wordings: [
      ['产品远程运维与售后服务平台', '售出设备远程监控、远程诊断与售后工单管理'],
      ['售后工单与备件管理系统', '报修、派工、备件出库与服务评价全流程'],
      ['客户设备远程诊断服务', '为装备制造企业提供远程诊断与服务化转型'],
    ],
    asks: [
      ['售后远程服务', '卖出去的设备分布全国，售后靠派人上门，希望远程诊断和售后工单管理'],
      ['备件与服务管理', '售后备件管理混乱，服务响应慢，客户投诉多'],
      ['服务化转型', '想从卖设备转向卖服务，需要远程运维平台'],
    ],
  },
  {
    key: 'network',
    scenario: 'production',
    wordings: [
      ['5G 工业专网建设', '厂区 5G 专网覆盖，支撑 AGV、移动终端与高清视频'],
      ['工厂无线网络改造', '车间无线覆盖与网络优化，保障移动设备稳定接入'],
      ['工业 PON 网络部署', '车间光网络改造，设备稳定高速接入'],
    ],
    asks: [
      ['厂区 5G 专网', '厂区 Wi-Fi 信号差，AGV 和移动终端掉线，想建设 5G 专网'],
      ['车间网络改造', '车间网络老旧，设备接入不稳定，需要网络改造'],
      ['无线覆盖', '新厂房需要全厂无线覆盖，支持手持终端和视频监控'],
    ],
  },
];

/** Neighbouring services: same scenario family (a grade-1 pair when industry and region fit). */
const NEIGHBOURS: Readonly<Record<string, readonly string[]>> = {
  maintenance: ['aftersales', 'iot'],
  aftersales: ['maintenance'],
  iot: ['maintenance', 'mes', 'network'],
  mes: ['iot', 'warehouse'],
  network: ['iot'],
  warehouse: ['mes', 'supply'],
  supply: ['warehouse'],
  bi: ['mes'],
  vision: ['mes'],
  energy: ['iot'],
  safety: ['vision'],
  plm: ['mes'],
};

const INDUSTRIES: readonly (readonly [code: string, name: string])[] = [
  ['C33', '金属制品业'],
  ['C34', '通用设备制造业'],
  ['C26', '化学原料和化学制品制造业'],
  ['C13', '农副食品加工业'],
  ['C38', '电气机械和器材制造业'],
  ['C36', '汽车制造业'],
  ['C17', '纺织业'],
  ['C39', '计算机、通信和其他电子设备制造业'],
  ['C27', '医药制造业'],
  ['C30', '非金属矿物制品业'],
];

const CITIES: readonly (readonly [code: string, name: string, province: string, provinceName: string])[] = [
  ['370100', '济南市', '370000', '山东省'],
  ['370200', '青岛市', '370000', '山东省'],
  ['370600', '烟台市', '370000', '山东省'],
  ['370700', '潍坊市', '370000', '山东省'],
  ['620100', '兰州市', '620000', '甘肃省'],
  ['350100', '福州市', '350000', '福建省'],
];

/** Mulberry32: a small seeded generator, so the set is identical on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface LabelledNeed extends MatchNeed {
  id: string;
  topic: string;
  cityCode: string;
}
export interface LabelledItem extends MatchItem {
  topic: string;
}
export interface RelevanceSet {
  today: string;
  needs: LabelledNeed[];
  items: LabelledItem[];
  /** labels[needId][itemId] = 0–3 (absent = 0). */
  labels: Record<string, Record<string, number>>;
}

const wan = (fen: number) => `${Math.round(fen / 1_000_000)} 万元`;

function buildNeeds(): LabelledNeed[] {
  const needs: LabelledNeed[] = [];
  TOPICS.forEach((topic, ti) => {
    topic.asks.forEach(([title, description], ai) => {
      const [industryCode, industryName] = INDUSTRIES[(ti * 3 + ai) % INDUSTRIES.length]!;
      const [cityCode, cityName] = CITIES[(ti + ai * 2) % CITIES.length]!;
      const maxFen = [30, 60, 150][ai]! * 1_000_000;
      needs.push({
        id: `need-${topic.key}-${ai + 1}`,
        topic: topic.key,
        cityCode,
        title,
        description: `我们是${cityName}的一家${industryName}企业。${description}。预算 ${wan(maxFen / 3)} 至 ${wan(maxFen)}。`,
        industryCode,
        scenarios: [topic.scenario],
        regionCode: cityCode,
        budgetMinFen: maxFen / 3,
        budgetMaxFen: maxFen,
      });
    });
  });
  return needs;
}

function buildItems(): LabelledItem[] {
  const rnd = random(20261205);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const items: LabelledItem[] = [];
  TOPICS.forEach((topic, ti) => {
    const topicIndustries = topic.asks.map((_, ai) => INDUSTRIES[(ti * 3 + ai) % INDUSTRIES.length]!);
    for (let i = 0; i < 30; i += 1) {
      const [title, summary] = topic.wordings[i % 3]!;
      const roll = rnd();
      const industries: (readonly [string, string])[] =
        roll < 0.45
          ? [pick(topicIndustries)]
          : roll < 0.6
            ? [['C', '制造业']]
            : [pick(INDUSTRIES), pick(INDUSTRIES)];
      const place = rnd();
      const city = pick(CITIES);
      const region: readonly [string, string] =
        place < 0.35
          ? [city[0], city[1]]
          : place < 0.7
            ? [city[2], city[3]]
            : place < 0.85
              ? ['000000', '全国']
              : [city[0], city[1]];
      const priced = rnd() < 0.8;
      const priceFen = priced ? Math.round((5 + rnd() ** 2 * 145) * 10) * 100_000 : null;
      const grade = pick(['A', 'B', 'C', 'D', null] as const);
      const ageDays = Math.floor(rnd() * 1000);
      const updated = new Date(Date.UTC(2026, 5, 30) - ageDays * 86_400_000).toISOString().slice(0, 10);
      const industryText = industries.map(([, n]) => n).join('、');
      items.push({
        id: `item-${topic.key}-${String(i + 1).padStart(2, '0')}`,
        topic: topic.key,
        kind: 'solution',
        title: i % 2 === 0 ? title : `${title}（${pick(['标准版', '企业版', '轻量版'])}）`,
        summary: `${summary}。适用于${industryText}企业，服务范围：${region[1]}。${
          priceFen === null ? '价格面议' : `参考价 ${wan(priceFen)}`
        }。`,
        providerName: `${region[1] === '全国' ? '中工' : region[1].slice(0, 2)}${pick(['智造', '数科', '工联', '云控'])}科技有限公司`,
        industryCodes: industries.map(([c]) => c),
        scenarios: [topic.scenario, ...(rnd() < 0.3 ? [pick(TOPICS).scenario] : [])],
        regionCodes: [region[0]],
        priceModel: priceFen === null ? 'negotiable' : 'one_time',
        priceFen,
        grade,
        deploymentCount: Math.floor(rnd() * 8),
        caseEvidence:
          rnd() < 0.4 ? [{ industryCode: industries[0]![0], count: 1 + Math.floor(rnd() * 6) }] : [],
        status: 'published',
        updatedAt: updated,
      });
    }
  });
  return items;
}

function covers(
  item: LabelledItem,
  need: LabelledNeed,
): { industry: boolean; region: boolean; budget: boolean } {
  const province = `${need.cityCode.slice(0, 2)}0000`;
  return {
    industry: item.industryCodes.some((c) => c === need.industryCode || c === 'C'),
    region: item.regionCodes.some((c) => c === need.cityCode || c === province || c === '000000'),
    budget:
      item.priceFen === null ||
      item.priceFen === undefined ||
      item.priceFen <= (need.budgetMaxFen ?? 0) * 1.2,
  };
}

/** The rubric of the module comment. */
export function labelOf(need: LabelledNeed, item: LabelledItem): number {
  const fit = covers(item, need);
  const misfits = [fit.industry, fit.region, fit.budget].filter((ok) => !ok).length;
  if (item.topic === need.topic) {
    return misfits === 0 ? 3 : misfits === 1 ? 2 : misfits === 2 ? 1 : 0;
  }
  return (NEIGHBOURS[need.topic] ?? []).includes(item.topic) && fit.industry && fit.region ? 1 : 0;
}

/** The whole set: 36 needs, 360 items, graded labels. */
export function relevanceSet(): RelevanceSet {
  const needs = buildNeeds();
  const items = buildItems();
  const labels: Record<string, Record<string, number>> = {};
  for (const need of needs) {
    labels[need.id] = {};
    for (const item of items) {
      const label = labelOf(need, item);
      if (label > 0) {
        labels[need.id]![item.id] = label;
      }
    }
  }
  return { today: '2026-06-30', needs, items, labels };
}

/** NDCG@k of one ranking (gain 2^label − 1, log2 discount). */
export function ndcgAt(k: number, rankedIds: readonly string[], labels: Record<string, number>): number {
  const gain = (label: number) => 2 ** label - 1;
  let dcg = 0;
  rankedIds.slice(0, k).forEach((id, i) => {
    dcg += gain(labels[id] ?? 0) / Math.log2(i + 2);
  });
  const ideal = Object.values(labels)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, label, i) => sum + gain(label) / Math.log2(i + 2), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

/**
 * National 2022 rules (seed 001, forwarded by Fujian): 管理办法（2022年） and 认定标准（2022年）,
 * national and provincial columns for all three types and the four functional kinds.
 */
import { definePack } from '../schema.ts';
import type { Applicability, Localized, MetricPeriod } from '../schema.ts';
import { citer, quant, qual, t } from './build.ts';
import type { CriterionInput, RequirementInput } from './build.ts';

const FILE = '001_515e38f239b45b15.txt';
const cite = citer(FILE);

/** One cell of the 认定标准 table: its original text and, when it has a number, the check. */
interface Cell {
  text: string;
  en: string;
  q?: {
    metric: string;
    threshold: number | null;
    period: MetricPeriod;
    also?: RequirementInput[];
    /** The qualitative remainder of the cell, for the expert. */
    judge?: Localized;
    uncertain?: boolean;
    raw?: string;
  };
}

type Col = 'national' | 'provincial';

/** One row of a 认定标准 table → one criterion per level column (`null` = the cell is "/"). */
function row(
  table: string,
  scope: Applicability,
  id: string,
  name: Localized,
  cells: Record<Col, Cell | null>,
): CriterionInput[] {
  const out: CriterionInput[] = [];
  for (const col of ['national', 'provincial'] as const) {
    const cell = cells[col];
    if (!cell) {
      continue;
    }
    const appliesTo: Applicability = { ...scope, levels: [col] };
    const source = cite(
      `认定标准（2022年） ${table} 「${name.zh}」 ${col === 'national' ? '国家级' : '省级'}`,
      cell.text,
    );
    const cid = `${id}-${col}`;
    const statement = t(cell.text, cell.en);
    out.push(
      cell.q
        ? quant(cid, name, statement, cell.q.metric, cell.q.threshold, cell.q.period, source, {
            appliesTo,
            ...(cell.q.also ? { also: cell.q.also } : {}),
            ...(cell.q.judge ? { judge: cell.q.judge } : {}),
            ...(cell.q.uncertain ? { uncertain: true, raw: cell.q.raw } : {}),
          })
        : qual(cid, name, statement, source, { appliesTo }),
    );
  }
  return out;
}

const COMP = '一、综合类';
const IND = '二、行业类';
const FUNC = '三、功能类';
const comp: Applicability = { types: ['comprehensive'] };
const ind: Applicability = { types: ['industry'] };
const func: Applicability = { types: ['functional'] };
const kind = (k: 'tech_innovation' | 'incubation' | 'talent' | 'sme_service'): Applicability => ({
  types: ['functional'],
  kinds: [k],
});

const comprehensiveCriteria: CriterionInput[] = [
  ...row(COMP, comp, 'n22-comp-operation', t('建设主体水平与运营情况', 'Lead unit strength and operation'), {
    national: {
      text: '建设主体综合实力全国领先，运营人数在100人以上',
      en: 'Lead unit among the strongest nationally; at least 100 operating staff',
      q: {
        metric: 'operatingStaff',
        threshold: 100,
        period: 'current',
        judge: t('建设主体综合实力全国领先', 'Overall strength of the lead unit leads the country'),
      },
    },
    provincial: {
      text: '建设主体综合实力区城领先，运营人数在50人以上',
      en: 'Lead unit among the strongest in the region; at least 50 operating staff',
      q: {
        metric: 'operatingStaff',
        threshold: 50,
        period: 'current',
        judge: t('建设主体综合实力区域领先', 'Overall strength of the lead unit leads the region'),
      },
    },
  }),
  ...row(COMP, comp, 'n22-comp-environment', t('环境搭建', 'Innovation environment'), {
    national: {
      text: '具备全国先进的工业互联网融合技术创新验证环境',
      en: 'A nationally advanced validation environment for industrial-internet fusion technology',
    },
    provincial: {
      text: '具备较为完誉的工业互联网融合技术创新验证环境',
      en: 'A fairly complete validation environment for industrial-internet fusion technology',
    },
  }),
  ...row(COMP, comp, 'n22-comp-validation', t('融合技术创新验证', 'Fusion-technology validation'), {
    national: {
      text: '促进中心能开展跨地区、多场景的融合技术验证',
      en: 'Validates fusion technology across regions and scenarios',
    },
    provincial: {
      text: '促进中心能开展多场景的融合技术验证',
      en: 'Validates fusion technology in multiple scenarios',
    },
  }),
  ...row(COMP, comp, 'n22-comp-outcomes', t('创新成果转化', 'Innovation outcomes'), {
    national: {
      text: '促进中心形成100项以上工业互联网领域专利、软著、标准等成果',
      en: 'At least 100 industrial-internet patents, software copyrights, standards and similar outcomes',
      q: { metric: 'innovationOutcomes', threshold: 100, period: 'cumulative' },
    },
    provincial: {
      text: '促进中心形成50项以上工业互联网领域专利、软著、标准等成来',
      en: 'At least 50 industrial-internet patents, software copyrights, standards and similar outcomes',
      q: { metric: 'innovationOutcomes', threshold: 50, period: 'cumulative' },
    },
  }),
  ...row(COMP, comp, 'n22-comp-products', t('产品水平', 'Product level'), {
    national: {
      text: '團绕工业互联网网络、标识、平台、安全、工业软件、自动化，装备、工业大数据与エ业智能数字李生，边缘计算等领域，促进中心孵化出3类以上新产品.产品性能功能在同领城非常先进，对于支撑数字化转型具有重要意义',
      en: 'At least 3 classes of new products incubated in the listed fields, very advanced in their field',
      q: {
        metric: 'newProductClasses',
        threshold: 3,
        period: 'cumulative',
        judge: t(
          '产品性能功能在同领域非常先进，对于支撑数字化转型具有重要意义',
          'Products very advanced in their field and important for digital transformation',
        ),
      },
    },
    provincial: {
      text: '图绕工业互联网网络、标识、平台、安全、工业软件、自动化、装备、工业大数据与工业智能、数字李生、边缘计算等领城，促进中心孵化出新技术产品，在同领域较为先进',
      en: 'Has incubated new technology products, fairly advanced in their field',
    },
  }),
  ...row(COMP, comp, 'n22-comp-adoption', t('产品推广', 'Product adoption'), {
    national: {
      text: '新产品被1000家以上企业免费使用或低成本购买',
      en: 'New products used free or bought at low cost by at least 1000 enterprises',
      q: { metric: 'newProductAdopters', threshold: 1000, period: 'cumulative' },
    },
    provincial: {
      text: '新产品被S00家以上企业免费使用或低成本购买',
      en: 'New products used free or bought at low cost by at least 500 enterprises (OCR: S00)',
      q: { metric: 'newProductAdopters', threshold: 500, period: 'cumulative', uncertain: true, raw: 'S00' },
    },
  }),
  ...row(COMP, comp, 'n22-comp-testing', t('产品方案检测评估', 'Product and solution testing'), {
    national: {
      text: '具备覆盖全部重点领域、高水平的工业互联网产品方案评价测试能力',
      en: 'High-level testing of industrial-internet products and solutions covering all key fields',
    },
    provincial: {
      text: '具备覆益若千领域工业互联网产品方案评价测试能力',
      en: 'Testing of industrial-internet products and solutions in several fields',
    },
  }),
  ...row(COMP, comp, 'n22-comp-infrastructure', t('基础设施资源', 'Infrastructure resources'), {
    national: {
      text: '促进中心实现多地区新型网络、标识解析、平台等基础设施资源的高效管理与利用',
      en: 'Efficient management and use of networks, identifier resolution and platforms across regions',
    },
    provincial: {
      text: '促进中心实现区城内新型网络、标识解析、平台等基础设施资源的高效管理与利用',
      en: 'Efficient management and use of networks, identifier resolution and platforms in the region',
    },
  }),
  ...row(COMP, comp, 'n22-comp-innovation-resources', t('应用创新资源', 'Application-innovation resources'), {
    national: {
      text: '全国范围的数字化转型相关模型、算法、工具、数据築等资源实现高效汇聚',
      en: 'Models, algorithms, tools and datasets aggregated efficiently nationwide',
    },
    provincial: {
      text: '区城内数字化转型相关模型、算法、工具、数据集等资源实现较为高效汇聚',
      en: 'Models, algorithms, tools and datasets aggregated fairly efficiently in the region',
    },
  }),
  ...row(COMP, comp, 'n22-comp-supply-pool', t('产业供给资源', 'Supply-side resources'), {
    national: {
      text: '建成高质量的全図工业互联网供给资源池',
      en: 'A high-quality national pool of industrial-internet suppliers',
    },
    provincial: {
      text: '建成较高水平的全図工业互联网供给资源池',
      en: 'A fairly high-level national pool of industrial-internet suppliers',
    },
  }),
  ...row(COMP, comp, 'n22-comp-diagnosis', t('诊断咨询', 'Diagnosis and consulting'), {
    national: {
      text: '能为至少10个地区、10个行业的企业提供了诊新咨询服务，形成相关図家和行业标准',
      en: 'Diagnosis for enterprises in at least 10 regions and 10 industries; national and industry standards formed',
      q: {
        metric: 'diagnosisRegions',
        threshold: 10,
        period: 'cumulative',
        also: [{ metric: 'diagnosisIndustries', comparator: 'gte', threshold: 10 }],
        judge: t('形成相关国家和行业标准', 'Related national and industry standards formed'),
      },
    },
    provincial: {
      text: '为至少5个地区、5个行业的企业提供了诊断咨询服务',
      en: 'Diagnosis for enterprises in at least 5 regions and 5 industries',
      q: {
        metric: 'diagnosisRegions',
        threshold: 5,
        period: 'cumulative',
        also: [{ metric: 'diagnosisIndustries', comparator: 'gte', threshold: 5 }],
      },
    },
  }),
  ...row(COMP, comp, 'n22-comp-matchmaking', t('供需对接', 'Supply–demand matchmaking'), {
    national: {
      text: '上一年度开展了10次以上高水平的供需对接活动，达成合作覆盖多地区多行业多场景',
      en: 'At least 10 high-level matchmaking events last year, deals across regions, industries and scenarios',
      q: {
        metric: 'matchmakingEvents',
        threshold: 10,
        period: 'lastYear',
        judge: t('达成合作覆盖多地区多行业多场景', 'Deals cover several regions, industries and scenarios'),
      },
    },
    provincial: {
      text: '上一年度开展了5次以上高水平的供蔷对接活动、达成合作爱盖多行业多场景',
      en: 'At least 5 high-level matchmaking events last year, deals across industries and scenarios',
      q: {
        metric: 'matchmakingEvents',
        threshold: 5,
        period: 'lastYear',
        judge: t('达成合作覆盖多行业多场景', 'Deals cover several industries and scenarios'),
      },
    },
  }),
  ...row(COMP, comp, 'n22-comp-sme-capability', t('中小企业服务能力', 'SME service capability'), {
    national: {
      text: '具备为各类中小企业提供转型资源和服务的能力，建成中小企业服务资源平台系统并投入使用',
      en: 'Can provide SMEs with resources and services; an SME resource platform is in use',
    },
    provincial: {
      text: '具备为各类中小企业提供转型资深和服务的能力',
      en: 'Can provide SMEs with transformation resources and services',
    },
  }),
  ...row(COMP, comp, 'n22-comp-decision-support', t('政府决策优化', 'Decision support for government'), {
    national: {
      text: '定期监测全国产业规模、数字化转型发展成效数据、因家、省部级篮大项目及进展成效等',
      en: 'Regular national monitoring of industry scale, transformation results and major projects',
    },
    provincial: {
      text: '定期监测区城产业规模、数字化转型发展成效数据、国家、省部级直大项目及进展成效等',
      en: 'Regular regional monitoring of industry scale, transformation results and major projects',
    },
  }),
  ...row(
    COMP,
    comp,
    'n22-comp-finance',
    t('引入金融资本、产融对接', 'Finance and industry–finance matching'),
    {
      national: {
        text: '能引入大规祺的产业恭金等合作伙伴，每年达成众多商水平的工业互联网产融合作',
        en: 'Brings in large industry funds; many high-level industry–finance deals each year',
      },
      provincial: {
        text: '能引入产业基金等合作伙伴，毎年达成众多较高水平的工业互联网产融合作',
        en: 'Brings in industry funds; many fairly high-level industry–finance deals each year',
      },
    },
  ),
  ...row(COMP, comp, 'n22-comp-events', t('举办会议赛事等活动', 'Conferences and contests'), {
    national: {
      text: '举办5场以上工业互联网人才赛事、高峰论坛等活动',
      en: 'At least 5 industrial-internet talent contests, summit forums or similar events',
      q: { metric: 'talentEvents', threshold: 5, period: 'perYear' },
    },
    provincial: {
      text: '举办5场以上工业互联网人オ赛斑、高峰论坛等活动',
      en: 'At least 5 industrial-internet talent contests, summit forums or similar events',
      q: { metric: 'talentEvents', threshold: 5, period: 'perYear' },
    },
  }),
  ...row(COMP, comp, 'n22-comp-training', t('人才实训培训', 'Talent training'), {
    national: {
      text: '上一年度工业互联网相关人オ培训实训规模在2000人次以上',
      en: 'At least 2000 training person-times last year',
      q: { metric: 'trainingPersonTimes', threshold: 2000, period: 'lastYear' },
    },
    provincial: {
      text: '上一年度工业互联网相关人才培训实训规模在1000人次以上',
      en: 'At least 1000 training person-times last year',
      q: { metric: 'trainingPersonTimes', threshold: 1000, period: 'lastYear' },
    },
  }),
  ...row(COMP, comp, 'n22-comp-service-scale', t('总体服务规模与成效', 'Overall service scale'), {
    national: {
      text: '上一年度为全国1000家以上行业企业损供协同创新、产品推广、产品评测、绩效评价、供 对按等服务',
      en: 'Served at least 1000 enterprises nationwide last year',
      q: { metric: 'enterprisesServed', threshold: 1000, period: 'lastYear' },
    },
    provincial: {
      text: '上一年度为区城500家以上行业企业提供协同创新、产品推广、绩效评价、供需对接等服务',
      en: 'Served at least 500 enterprises in the region last year',
      q: { metric: 'enterprisesServed', threshold: 500, period: 'lastYear' },
    },
  }),
  ...row(COMP, comp, 'n22-comp-sme-scale', t('中小企业服务规模与成效', 'SME service scale'), {
    national: {
      text: '促进中心生态合作伙伴或服务对象包含全国范图内5000家以上中小企业',
      en: 'At least 5000 SMEs nationwide among partners or service recipients',
      q: { metric: 'smePartners', threshold: 5000, period: 'cumulative' },
    },
    provincial: {
      text: '促进中心生态合作伙伴或服务对象包含2000家以上中企业',
      en: 'At least 2000 SMEs among partners or service recipients',
      q: { metric: 'smePartners', threshold: 2000, period: 'cumulative' },
    },
  }),
];

const industryCriteria: CriterionInput[] = [
  ...row(IND, ind, 'n22-ind-operation', t('建设主体水平与运营情况', 'Lead unit strength and operation'), {
    national: {
      text: '建设主体在行业内的能力非常强与成果贡献非常突出；由行业内领先企业或行业协会牵头负贲运营，运常人数在50人以上',
      en: 'Very strong in the industry, led by a leading firm or association; at least 50 operating staff',
      q: {
        metric: 'operatingStaff',
        threshold: 50,
        period: 'current',
        judge: t(
          '能力非常强、成果贡献非常突出，由行业领先企业或行业协会牵头运营',
          'Very strong, outstanding contribution, run by a leading firm or industry association',
        ),
      },
    },
    provincial: {
      text: '建设主体在行业内的能力较强与成跟贡献较突出；由行业内领先企业或行业协会牵头负贵运营，运管人数在25人以上',
      en: 'Fairly strong in the industry, led by a leading firm or association; at least 25 operating staff',
      q: {
        metric: 'operatingStaff',
        threshold: 25,
        period: 'current',
        judge: t(
          '能力较强、成果贡献较突出，由行业领先企业或行业协会牵头运营',
          'Fairly strong, notable contribution, run by a leading firm or industry association',
        ),
      },
    },
  }),
  ...row(IND, ind, 'n22-ind-environment', t('环境搭建', 'Innovation environment'), {
    national: {
      text: '具备宪善、全国领先的工业互联网与行业融合技术创新验证环境',
      en: 'A complete, nationally leading validation environment for the industry',
    },
    provincial: {
      text: '具备区域领先的工业互联网与行业融合技术创新验证环境',
      en: 'A regionally leading validation environment for the industry',
    },
  }),
  ...row(IND, ind, 'n22-ind-validation', t('融合技术创新验证', 'Fusion-technology validation'), {
    national: {
      text: '促进中心开展踱盖行业全环节的融合技术验证',
      en: 'Validation covering every link of the industry',
    },
    provincial: {
      text: '促进中心开展瑗莶行业大部分环节的融合技术验证',
      en: 'Validation covering most links of the industry',
    },
  }),
  ...row(IND, ind, 'n22-ind-outcomes', t('创新成果转化', 'Innovation outcomes'), {
    national: {
      text: '促进中心形成了100项以上工业互联网与行业融合创新的相关专利、软著、标准等成果',
      en: 'At least 100 patents, software copyrights and standards on industry fusion',
      q: { metric: 'innovationOutcomes', threshold: 100, period: 'cumulative' },
    },
    provincial: {
      text: '促进中心形成了50项以上工业互联网与行业融合创新的相关专利、软著、标准等成果',
      en: 'At least 50 patents, software copyrights and standards on industry fusion',
      q: { metric: 'innovationOutcomes', threshold: 50, period: 'cumulative' },
    },
  }),
  ...row(IND, ind, 'n22-ind-models', t('应用创新资源', 'Application-innovation resources'), {
    national: {
      text: '汇聚1000个行业模型，覆茄生产制造、经营管理、研发设计、采购销售镓全环节',
      en: '1000 industry models covering production, management, R&D, purchasing and sales — every link',
      q: {
        metric: 'modelsAggregated',
        threshold: 1000,
        period: 'cumulative',
        judge: t(
          '模型覆盖生产制造、经营管理、研发设计、采购销售等全环节',
          'Models cover every link from production to sales',
        ),
      },
    },
    provincial: {
      text: '汇影S00 个行业模型，覆益生产制造、经营管理、研发设计、采购销售锦3个以上环节',
      en: '500 industry models (OCR: S00) covering at least 3 links',
      q: {
        metric: 'modelsAggregated',
        threshold: 500,
        period: 'cumulative',
        uncertain: true,
        raw: 'S00',
        also: [{ metric: 'modelLinksCovered', comparator: 'gte', threshold: 3 }],
      },
    },
  }),
  ...row(IND, ind, 'n22-ind-supply-pool', t('产业供给资源', 'Supply-side resources'), {
    national: {
      text: '建成面向行业企业的工业互联网供给资源池，行业数字化转型供应商与产品方案基本全面覆盖',
      en: 'A supplier pool for the industry covering nearly all its suppliers and solutions',
    },
    provincial: { text: '建成面向行业企业的工业互联网供给资源池', en: 'A supplier pool for the industry' },
  }),
  ...row(IND, ind, 'n22-ind-diagnosis', t('诊断咨询', 'Diagnosis and consulting'), {
    national: {
      text: '形成若千行业数字化转型绩效评价标准，能对行业上下游全类型企业和全场景进行诊断咨询',
      en: 'Industry performance-evaluation standards; diagnosis of every type of firm and scenario up and down the chain',
    },
    provincial: {
      text: '能对行业上下游部分类型企业和大部分场景进行诊断咨询',
      en: 'Diagnosis of some types of firm and most scenarios up and down the chain',
    },
  }),
  ...row(IND, ind, 'n22-ind-matchmaking', t('供需对接', 'Supply–demand matchmaking'), {
    national: {
      text: '上年度开展高水平供需对按活动S次以上，达成了大量供需合作',
      en: 'At least 5 high-level matchmaking events last year (OCR: S次), many deals',
      q: {
        metric: 'matchmakingEvents',
        threshold: 5,
        period: 'lastYear',
        uncertain: true,
        raw: 'S次',
        judge: t('达成了大量供需合作', 'Many supply–demand deals'),
      },
    },
    provincial: {
      text: '上年度开展高水平供需对接活动2次以上，达成了供需合作',
      en: 'At least 2 high-level matchmaking events last year, with deals',
      q: {
        metric: 'matchmakingEvents',
        threshold: 2,
        period: 'lastYear',
        judge: t('达成了供需合作', 'Supply–demand deals reached'),
      },
    },
  }),
  ...row(IND, ind, 'n22-ind-training', t('人才实训培训', 'Talent training'), {
    national: {
      text: '具备一定的人才培训／实训环境、上年度工业互联网行业人才培训实训规模在 500人次以上',
      en: 'A training environment; at least 500 training person-times last year',
      q: {
        metric: 'trainingPersonTimes',
        threshold: 500,
        period: 'lastYear',
        judge: t('具备一定的人才培训/实训环境', 'Has a training environment'),
      },
    },
    provincial: {
      text: '具备一定的人オ培训／实训环境，上年度工业互联网行业人才培训实训规模在300人次以上',
      en: 'A training environment; at least 300 training person-times last year',
      q: {
        metric: 'trainingPersonTimes',
        threshold: 300,
        period: 'lastYear',
        judge: t('具备一定的人才培训/实训环境', 'Has a training environment'),
      },
    },
  }),
  ...row(IND, ind, 'n22-ind-service-scale', t('服务规模与成效', 'Service scale'), {
    national: {
      text: '上一年度为行业内300家以上衍业企业提供绩效评价、咨询规划、供需对接等服务，带动相关企业数字化水平显著提升',
      en: 'Served at least 300 firms of the industry last year, raising their digital level markedly',
      q: {
        metric: 'enterprisesServed',
        threshold: 300,
        period: 'lastYear',
        judge: t('带动相关企业数字化水平显著提升', 'Digital level of those firms raised markedly'),
      },
    },
    provincial: {
      text: '上一年度为行业内150家以上行业企业提供绩效评价、咨询规划、供需对接等服务，带动相关企业数字化水平提升',
      en: 'Served at least 150 firms of the industry last year, raising their digital level',
      q: {
        metric: 'enterprisesServed',
        threshold: 150,
        period: 'lastYear',
        judge: t('带动相关企业数字化水平提升', 'Digital level of those firms raised'),
      },
    },
  }),
  ...row(IND, ind, 'n22-ind-sme-scale', t('中小企业服务规模与成效', 'SME service scale'), {
    national: {
      text: '促进中心生态合作伙伴或服务对象包合全国范围内500家以上行业中小企业',
      en: 'At least 500 SMEs of the industry nationwide among partners or recipients',
      q: { metric: 'smePartners', threshold: 500, period: 'cumulative' },
    },
    provincial: {
      text: '促进中心生态合作伙伴或服务对象包含300家以上行业中小企业',
      en: 'At least 300 SMEs of the industry among partners or recipients',
      q: { metric: 'smePartners', threshold: 300, period: 'cumulative' },
    },
  }),
];

const TECH = '三、功能类 技术创新功能类';
const INC = '三、功能类 产业孵化功能类';
const TAL = '三、功能类 人才培育功能类';
const SME = '三、功能类 中小企业服务功能类';

const functionalCriteria: CriterionInput[] = [
  ...row(FUNC, func, 'n22-func-operation', t('建设主体水平与运营情况', 'Lead unit strength and operation'), {
    national: {
      text: '建设主体在特定技术领城内的能力较强与成采贡献较突出；运营人数在S0人以上',
      en: 'Fairly strong in its technical field; at least 50 operating staff (OCR: S0)',
      q: {
        metric: 'operatingStaff',
        threshold: 50,
        period: 'current',
        uncertain: true,
        raw: 'S0',
        judge: t(
          '在特定技术领域内的能力较强与成果贡献较突出',
          'Fairly strong with notable contributions in its field',
        ),
      },
    },
    provincial: {
      text: '建设主体在特定技术领域内的能力较强与成果贡献较突出；运营人数在25人以上',
      en: 'Fairly strong in its technical field; at least 25 operating staff',
      q: {
        metric: 'operatingStaff',
        threshold: 25,
        period: 'current',
        judge: t(
          '在特定技术领域内的能力较强与成果贡献较突出',
          'Fairly strong with notable contributions in its field',
        ),
      },
    },
  }),
  // 技术创新
  ...row(TECH, kind('tech_innovation'), 'n22-tech-environment', t('环境搭建', 'Innovation environment'), {
    national: {
      text: '在5个以上工业互联网重点技术领城具有全国领先的技术创新验证环境',
      en: 'Nationally leading validation environments in at least 5 key fields',
      q: { metric: 'techFieldsWithValidationEnv', threshold: 5, period: 'current' },
    },
    provincial: {
      text: '在2个以上エ业互联网重点技术领域具有全図领先的技术创新验证环境',
      en: 'Nationally leading validation environments in at least 2 key fields',
      q: { metric: 'techFieldsWithValidationEnv', threshold: 2, period: 'current' },
    },
  }),
  ...row(
    TECH,
    kind('tech_innovation'),
    'n22-tech-validation',
    t('融合技术创新验证', 'Technology validation'),
    {
      national: {
        text: '促进中心开展了国内外前沿、高水平的工业互联网技术验证，相关技术验证国内外首创或指标达到国内外领先水平',
        en: 'Frontier validation, first at home or abroad or with world-leading indicators',
      },
      provincial: {
        text: '促进中心开展了国内高水平的工业互联网技术验证，相关技术验证指标达到圆内领先水平',
        en: 'High-level validation with nationally leading indicators',
      },
    },
  ),
  ...row(TECH, kind('tech_innovation'), 'n22-tech-outcomes', t('创新成果转化', 'Innovation outcomes'), {
    national: {
      text: '促进中心形成300项以上工业互联网特定技术领城专利、软著、标准等成果',
      en: 'At least 300 patents, software copyrights and standards in its field',
      q: { metric: 'innovationOutcomes', threshold: 300, period: 'cumulative' },
    },
    provincial: {
      text: '促进中心形成150项以上工业\n互联网特定技术领域专利、软著、标准等成果',
      en: 'At least 150 patents, software copyrights and standards in its field',
      q: { metric: 'innovationOutcomes', threshold: 150, period: 'cumulative' },
    },
  }),
  ...row(TECH, kind('tech_innovation'), 'n22-tech-partners', t('创新伙伴能力', 'Innovation partners'), {
    national: {
      text: '促进中心生态合作伙伴包含5家以上高校或科研院所，并与3个以上国家级实验室／エ糙研究中心开展工业互联网相关技术合作',
      en: 'At least 5 universities or institutes as partners and cooperation with at least 3 national labs / engineering centers',
      q: {
        metric: 'universityPartners',
        threshold: 5,
        period: 'current',
        also: [{ metric: 'nationalLabPartners', comparator: 'gte', threshold: 3 }],
      },
    },
    provincial: {
      text: '促进中心生态合作伙伴包含3家以上高校或科研院所，并与1个以上国家级实验室／工徑研究中心开展工业互联网相关技术合作',
      en: 'At least 3 universities or institutes as partners and cooperation with at least 1 national lab / engineering center',
      q: {
        metric: 'universityPartners',
        threshold: 3,
        period: 'current',
        also: [{ metric: 'nationalLabPartners', comparator: 'gte', threshold: 1 }],
      },
    },
  }),
  ...row(
    TECH,
    kind('tech_innovation'),
    'n22-tech-open-topics',
    t('创新合作情况', 'Open research cooperation'),
    {
      national: {
        text: '上年度开展5项以上开放课题研究，相关产果被参与单位或第三方在实际中应用',
        en: 'At least 5 open research topics last year, results applied by participants or third parties',
        q: {
          metric: 'openTopics',
          threshold: 5,
          period: 'lastYear',
          judge: t('相关成果被参与单位或第三方在实际中应用', 'Results applied in practice'),
        },
      },
      provincial: {
        text: '上年度开展2项以上开放课题研究，相关产果被参与单位或第三方在实际中应用',
        en: 'At least 2 open research topics last year, results applied by participants or third parties',
        q: {
          metric: 'openTopics',
          threshold: 2,
          period: 'lastYear',
          judge: t('相关成果被参与单位或第三方在实际中应用', 'Results applied in practice'),
        },
      },
    },
  ),
  ...row(
    TECH,
    kind('tech_innovation'),
    'n22-tech-open-source',
    t('开放创新生态能力', 'Open-innovation ecosystem'),
    {
      national: {
        text: '在工业互联网技术领城淀设运营1个以上开源社区，凝聚了众多领域内从业者，社区活跃度好',
        en: 'Runs at least 1 open-source community with many active practitioners',
        q: {
          metric: 'openSourceCommunities',
          threshold: 1,
          period: 'current',
          judge: t('凝聚了众多领域内从业者，社区活跃度好', 'Many practitioners, an active community'),
        },
      },
      provincial: null,
    },
  ),
  // 产业孵化
  ...row(INC, kind('incubation'), 'n22-inc-products', t('产品水平', 'Product level'), {
    national: {
      text: '围绕工业互联网网络、标识、平台、安全，工业软件、自动化、装备、工业大数据与工业智能、数字李生、边缘计算等领域，促进中心孵化出＄类以上新产品，产品性能功能在同领城非常先进',
      en: 'Incubated at least ? classes of new products (OCR: ＄类, count unreadable), very advanced in their field',
      q: {
        metric: 'newProductClasses',
        threshold: null,
        period: 'cumulative',
        uncertain: true,
        raw: '＄类',
        judge: t('产品性能功能在同领域非常先进', 'Products very advanced in their field'),
      },
    },
    provincial: {
      text: '围绕工业互联网网络、标识、平台、安全、工业软件、自动化、装备、工业大数据与工业智能、数字孪生、边缘计算等领域，促进中心孵化出2类以上新产品，在同领域较为先进',
      en: 'Incubated at least 2 classes of new products, fairly advanced in their field',
      q: {
        metric: 'newProductClasses',
        threshold: 2,
        period: 'cumulative',
        judge: t('在同领域较为先进', 'Fairly advanced in their field'),
      },
    },
  }),
  ...row(INC, kind('incubation'), 'n22-inc-adoption', t('新产品推广情况', 'New-product adoption'), {
    national: {
      text: '新产品被 800家以上企业免费使用或购买',
      en: 'New products used free or bought by at least 800 enterprises',
      q: { metric: 'newProductAdopters', threshold: 800, period: 'cumulative' },
    },
    provincial: {
      text: '新产品被500家以上企业免费使用或购买',
      en: 'New products used free or bought by at least 500 enterprises',
      q: { metric: 'newProductAdopters', threshold: 500, period: 'cumulative' },
    },
  }),
  ...row(INC, kind('incubation'), 'n22-inc-environment', t('产业孵化环境', 'Incubation environment'), {
    national: {
      text: '促进中心提供覆益方案设计、软硬件开发、工业设计、样机试制、中小批量试制各环节全国领先的孵化环境',
      en: 'Nationally leading incubation across design, development, prototyping and small-batch trial production',
    },
    provincial: {
      text: '促进中心提供硬盖方案设计、软硬件开发、工业设计、样机试制、中小批量试制多个环节本地区领先的孵化环境',
      en: 'Regionally leading incubation across several of design, development, prototyping and trial production',
    },
  }),
  ...row(INC, kind('incubation'), 'n22-inc-suppliers', t('供应商资源汇聚能力', 'Supplier partners'), {
    national: {
      text: '促进中心生态运营伙伴包含50家以上工业互联网供给侧企业，其中至少10家是相关领城头部企业、至少20家企业是新兴领城专精特新企业，相关企业为促进中心贡献了资源或服务',
      en: 'At least 50 supply-side partners, of which ≥10 leading firms and ≥20 specialised SMEs',
      q: {
        metric: 'supplySidePartners',
        threshold: 50,
        period: 'current',
        also: [
          { metric: 'leadingSupplyPartners', comparator: 'gte', threshold: 10 },
          { metric: 'specialisedSupplyPartners', comparator: 'gte', threshold: 20 },
        ],
        judge: t('相关企业为促进中心贡献了资源或服务', 'The partners contributed resources or services'),
      },
    },
    provincial: {
      text: '促进中心生态运曾伙伴包含50家以上工业互联网供给侧企业，其中至少10家企业是新兴领域专精特新企业，湘关企业为促进中心贡献了资深或服务',
      en: 'At least 50 supply-side partners, of which ≥10 specialised SMEs',
      q: {
        metric: 'supplySidePartners',
        threshold: 50,
        period: 'current',
        also: [{ metric: 'specialisedSupplyPartners', comparator: 'gte', threshold: 10 }],
        judge: t('相关企业为促进中心贡献了资源或服务', 'The partners contributed resources or services'),
      },
    },
  }),
  ...row(INC, kind('incubation'), 'n22-inc-testing', t('技术产品评测能力', 'Product testing'), {
    national: {
      text: '具备爱盖全部重点领域、高水平的工业互联网产品方衆评价测试能力和认证体系',
      en: 'High-level testing and certification covering all key fields',
    },
    provincial: { text: '具备覆盖若千领域工业互联网产品方案评价测试能力', en: 'Testing in several fields' },
  }),
  ...row(INC, kind('incubation'), 'n22-inc-collaboration', t('产业协作情况', 'Industrial collaboration'), {
    national: {
      text: '促进中心图绕工业5C、边缘计算、时问敏感网络、边缘计算、新型标识、工业智能、数字李生、行业解决方案等领城，组织上下游企业协作开发产品，填补市场空白',
      en: 'Organises up- and downstream firms to co-develop products that fill market gaps',
    },
    provincial: null,
  }),
  // 人才培育
  ...row(TAL, kind('talent'), 'n22-tal-environment', t('人才培训实训环境', 'Training environment'), {
    national: {
      text: '具备全国领先的新技术人才培训／实训线上线下环境，能同时容纳100人以上开展上机实训操作',
      en: 'Nationally leading online/offline training environment; at least 100 simultaneous seats',
      q: { metric: 'trainingSeats', threshold: 100, period: 'current' },
    },
    provincial: {
      text: '具备完善的新技术人才培训／实训线上线下环境，能同时容纳50人以上开展上机实训操作',
      en: 'Complete online/offline training environment; at least 50 simultaneous seats',
      q: { metric: 'trainingSeats', threshold: 50, period: 'current' },
    },
  }),
  ...row(TAL, kind('talent'), 'n22-tal-curriculum', t('人才培训实训课程体系', 'Curriculum'), {
    national: {
      text: '工业互联网课程体系与教学方案先进、全面、合理，出版相关教材，在高校、企业中得到了实践',
      en: 'Advanced, complete curriculum; published textbooks used in universities and firms',
    },
    provincial: {
      text: '工业互联网课程体系与教学方案全面、合理，有完善的教学课件',
      en: 'Complete, sound curriculum with full courseware',
    },
  }),
  ...row(TAL, kind('talent'), 'n22-tal-scale', t('人才培训实训规模', 'Training scale'), {
    national: {
      text: '上年度开展特定领域新披术培训实训20000人次以上',
      en: 'At least 20000 training person-times last year',
      q: { metric: 'trainingPersonTimes', threshold: 20000, period: 'lastYear' },
    },
    provincial: {
      text: '上年度开展特定领域新技术培训实训 10000人次以上',
      en: 'At least 10000 training person-times last year',
      q: { metric: 'trainingPersonTimes', threshold: 10000, period: 'lastYear' },
    },
  }),
  ...row(TAL, kind('talent'), 'n22-tal-agreements', t('产教合作水平', 'Industry–education cooperation'), {
    national: {
      text: '促进中心为企业和高校院所提供产敏合作服务，上年度达成合作30项以上',
      en: 'At least 30 industry–education agreements last year',
      q: { metric: 'industryEducationAgreements', threshold: 30, period: 'lastYear' },
    },
    provincial: {
      text: '促进中心为企业和高校院所提供产教合作服务、上年度达成合作1S项以上',
      en: 'At least 15 industry–education agreements last year (OCR: 1S)',
      q: {
        metric: 'industryEducationAgreements',
        threshold: 15,
        period: 'lastYear',
        uncertain: true,
        raw: '1S',
      },
    },
  }),
  ...row(TAL, kind('talent'), 'n22-tal-experts', t('专家人才资源', 'Expert pool'), {
    national: {
      text: '具有工业互联网颌域国内领先的高端人才专家庳',
      en: 'A nationally leading pool of senior industrial-internet experts',
    },
    provincial: {
      text: '汇影一批工业互联网领域高端人才专家',
      en: 'A group of senior industrial-internet experts',
    },
  }),
  ...row(TAL, kind('talent'), 'n22-tal-contests', t('人才赛事活动', 'Talent contests'), {
    national: {
      text: '上年度开展1次以上大型人オ赛事活动，参赛队伍在 2000支以上',
      en: 'At least 1 large talent contest last year with at least 2000 teams',
      q: {
        metric: 'talentContests',
        threshold: 1,
        period: 'lastYear',
        also: [{ metric: 'contestTeams', comparator: 'gte', threshold: 2000 }],
      },
    },
    provincial: {
      text: '上年度开展1次以上人才崟事活动，参赛队伍在1000支以上',
      en: 'At least 1 talent contest last year with at least 1000 teams',
      q: {
        metric: 'talentContests',
        threshold: 1,
        period: 'lastYear',
        also: [{ metric: 'contestTeams', comparator: 'gte', threshold: 1000 }],
      },
    },
  }),
  // 中小企业服务
  ...row(SME, kind('sme_service'), 'n22-sme-solutions', t('中小企业资源能力', 'SME resources'), {
    national: {
      text: '面向中小企业各类数字化转型需求，具备全面完善的服务资源和能力，汇聚针对中小企业的工业互联网解决方案不少于5000个',
      en: 'Complete resources for SMEs; at least 5000 solutions for SMEs',
      q: {
        metric: 'smeSolutions',
        threshold: 5000,
        period: 'cumulative',
        judge: t('具备全面完善的服务资源和能力', 'Complete service resources and capability'),
      },
    },
    provincial: {
      text: '面向本地区中小企业数字化转型的相关需求，具备全面光善的服务资源和能力',
      en: 'Complete resources and capability for the region’s SMEs',
    },
  }),
  ...row(SME, kind('sme_service'), 'n22-sme-served', t('中小企业服务规模', 'SMEs served'), {
    national: {
      text: '上年度为 S000家以上中小企业提供绩效评估、咨询规划、供窬对接、订单对接、产融对接等服务',
      en: 'Served at least 5000 SMEs last year (OCR: S000, probable)',
      q: { metric: 'smesServed', threshold: 5000, period: 'lastYear', uncertain: true, raw: 'S000' },
    },
    provincial: {
      text: '上年度为1000家以上中小企业提供绩效评估、咨询规划、供需对接、订单对接、产融对按等服务',
      en: 'Served at least 1000 SMEs last year',
      q: { metric: 'smesServed', threshold: 1000, period: 'lastYear' },
    },
  }),
  ...row(SME, kind('sme_service'), 'n22-sme-results', t('中小企业服务成效', 'SME service results'), {
    national: {
      text: '上年度为中小企业提供的订单对技与产融对按殷务金额规祺较大，提供的绩效评估、咨询规划与供需对按服务使相关企业数字化水平得到了较大提升',
      en: 'Large order and finance matching amounts; SMEs’ digital level raised considerably',
    },
    provincial: {
      text: '上年度为中小企业提供的订单对楼与产融对接服务具有一定金额规模，提供的绮效评估、咨询規划与供霸对按服务使相关企业数字化水平得到了一定提升',
      en: 'Some order and finance matching amounts; SMEs’ digital level raised somewhat',
    },
  }),
  ...row(
    SME,
    kind('sme_service'),
    'n22-sme-preferential',
    t('中小企业普惠抽施', 'Preferential measures for SMEs'),
    {
      national: {
        text: '制定了中小企业免费使用或低价购买转型服务、低价使用基础设施资源、共享数字化人才等优惠举措，上年度享受优惑的中小企业不少于 3000家',
        en: 'Preferential measures; at least 3000 SMEs benefited last year',
        q: {
          metric: 'smesBenefitingPreferential',
          threshold: 3000,
          period: 'lastYear',
          judge: t(
            '制定了免费或低价服务、低价基础设施、共享人才等优惠举措',
            'Free/discounted services, infrastructure and shared talent measures in place',
          ),
        },
      },
      provincial: {
        text: '制定了中小企业免费使用或低价购买转型服务、低价使用基础设施资源等优忘举措，上年度享受优慮的中小企业不少于1500家',
        en: 'Preferential measures; at least 1500 SMEs benefited last year',
        q: {
          metric: 'smesBenefitingPreferential',
          threshold: 1500,
          period: 'lastYear',
          judge: t(
            '制定了免费或低价服务、低价基础设施等优惠举措',
            'Free/discounted services and infrastructure measures in place',
          ),
        },
      },
    },
  ),
  ...row(
    SME,
    kind('sme_service'),
    'n22-sme-collaboration',
    t('大中小企业融通发展情况', 'Large–small collaboration'),
    {
      national: {
        text: '帮助 30家以上大企业、600家以上中小企业开展协同转型、协同设计、协同制造等融通实殿',
        en: 'Helped at least 30 large firms and 600 SMEs collaborate',
        q: {
          metric: 'collaborationLargeEnterprises',
          threshold: 30,
          period: 'cumulative',
          also: [{ metric: 'collaborationSmes', comparator: 'gte', threshold: 600 }],
        },
      },
      provincial: null,
    },
  ),
];

/** Groups follow the 认定项目 of each table; criteria are filtered by type, kind and level. */
function groupsOf(prefix: string, scope: Applicability, criteria: CriterionInput[]) {
  return {
    id: prefix,
    name: t(`认定标准（2022年）${prefix}`, `Recognition standard (2022) ${prefix}`),
    appliesTo: scope,
    criteria,
  };
}

const ART = (ref: string, text: string) => cite(`管理办法（2022年） ${ref}`, text);

/** 管理办法 + 认定标准 (2022), national framework. */
export const national2022 = definePack({
  id: 'national-2022',
  version: '2022.1',
  title: t(
    '工业互联网数字化转型促进中心管理办法及认定标准（2022年）',
    'Promotion Center management measures and recognition standard (2022)',
  ),
  jurisdiction: {
    level: 'national',
    regionCode: null,
    name: t('工业和信息化部', 'Ministry of Industry and Information Technology'),
  },
  sourceDocument: {
    file: FILE,
    title: t(
      '福建省工业和信息化厅关于推进工业互联网数字化转型促进中心建设的通知（附：建设指南、管理办法、认定标准、培育情况表）',
      'Fujian notice forwarding the national guide, management measures, recognition standard and cultivation report',
    ),
    issuer: t(
      '工业和信息化部（福建省工业和信息化厅转发）',
      'MIIT (forwarded by the Fujian Department of Industry and IT)',
    ),
    docNumber: null,
    date: null,
    status: t('2022年', '2022 edition'),
  },
  levels: ['national', 'provincial'],
  types: ['comprehensive', 'industry', 'functional'],
  kinds: ['tech_innovation', 'incubation', 'talent', 'sme_service'],
  criteriaGroups: [
    groupsOf(COMP, comp, comprehensiveCriteria),
    groupsOf(IND, ind, industryCriteria),
    groupsOf(FUNC, func, functionalCriteria),
  ],
  eligibility: [
    {
      id: 'n22-legal-person',
      kind: 'legal_person',
      description: t('由具备法人资格的单位牵头建设和运营', 'Built and run under a legal person'),
      source: cite(
        '建设指南 第六条',
        '促进中心建设与运营主体应由具备法人资格的企业、高校、科研机构或行业组织牵头，能充分保障资源的可持续投入，满足能力建设相关要求。',
      ),
    },
    {
      id: 'n22-lead-org-kind',
      kind: 'lead_org_kind',
      allowed: [
        'enterprise',
        'university',
        'research_institute',
        'association',
        'telecom_operator',
        'central_soe',
        'provincial_soe',
      ],
      description: t(
        '牵头单位为企业、高校、科研机构或行业组织',
        'Lead unit is an enterprise, university, research institute or industry organisation',
      ),
      source: cite(
        '建设指南 第六条',
        '促进中心建设与运营主体应由具备法人资格的企业、高校、科研机构或行业组织牵头',
      ),
    },
    {
      id: 'n22-built-national',
      kind: 'build_status',
      allowed: ['built'],
      appliesTo: { levels: ['national'] },
      description: t('国家级：已建成并取得实际成效', 'National: already built, with real results'),
      source: ART(
        '第十一条',
        '申报主体应是已建成并取得实际成效的促进中心、创新中心、体验中心、实验室等公共服务创新载体。',
      ),
    },
    {
      id: 'n22-built-provincial',
      kind: 'build_status',
      allowed: ['built', 'under_construction', 'planned'],
      appliesTo: { levels: ['provincial'] },
      description: t('省级：已建成或拟筹建', 'Provincial: built or planned'),
      source: ART(
        '第十二条',
        '申报主体应是已建成或拟筹建的促进中心、创新中心、体验中心、实验室等公共服务创新载体。',
      ),
    },
    {
      id: 'n22-from-provincial',
      kind: 'attestation',
      fact: 'recognisedProvincialCenter',
      appliesTo: { levels: ['national'] },
      description: t(
        '国家级从省级促进中心范围内择优选取',
        'National centers are chosen from provincial centers',
      ),
      source: cite(
        '通知附件1 建设指南 （二）实施动态管理',
        '从省级促进中心范围内择优选取认定若干国家级促进中心',
      ),
    },
  ],
  processes: [
    {
      id: 'n22-recognition',
      kind: 'recognition',
      name: t('分级认定', 'Recognition by level'),
      source: ART(
        '第三章 分级认定',
        '第十一条 国家级促进中心由工业和信息化部通过工业互联网试点示范进行择优遴选',
      ),
      stages: [
        {
          id: 'apply',
          name: t('申报', 'Application'),
          actor: 'applicant',
          order: 0,
          source: ART('第十一条', '申报主体应是已建成并取得实际成效的促进中心'),
        },
        {
          id: 'provincial-recognition',
          name: t(
            '省级认定（商同级通信管理局）',
            'Provincial recognition (with the communications administration)',
          ),
          actor: 'provincial_admin',
          order: 1,
          appliesTo: { levels: ['provincial'] },
          source: ART('第十二条', '省级促进中心由省级工业和信息化主管部门商同级通信管理局进行认定'),
        },
        {
          id: 'national-selection',
          name: t('国家级试点示范择优遴选', 'National selection through pilot demonstration'),
          actor: 'national_admin',
          order: 2,
          after: ['apply'],
          appliesTo: { levels: ['national'] },
          source: ART('第十一条', '国家级促进中心由工业和信息化部通过工业互联网试点示范进行择优遴选'),
        },
        {
          id: 'directory',
          name: t('纳入国家级促进中心名录', 'Listed in the national directory'),
          actor: 'national_admin',
          order: 3,
          after: ['national-selection'],
          appliesTo: { levels: ['national'] },
          source: ART('第十一条', '认定通过后纳入《国家工业互联网数字化转型促进中心名录》。'),
        },
      ],
    },
    {
      id: 'n22-annual-evaluation',
      kind: 'annual_evaluation',
      name: t('年度质量评价', 'Annual quality evaluation'),
      source: ART('第十四条', '质量评价工作年度开展。'),
      stages: [
        {
          id: 'pre-review',
          name: t('省级预审并上报预审材料（7-8月）', 'Provincial pre-review (July–August)'),
          actor: 'provincial_admin',
          order: 0,
          deadline: { kind: 'month_range', fromMonth: 7, toMonth: 8 },
          source: ART(
            '第十四条',
            '每年7-8月，省级工业和信息化主管部门商同级通信管理局，开展本地区国家级促进中心质量评价预审并上报预审材料',
          ),
        },
        {
          id: 'final-review',
          name: t('工信部终审（10月）', 'MIIT final review (October)'),
          actor: 'national_admin',
          order: 1,
          deadline: { kind: 'month_range', fromMonth: 10, toMonth: 10 },
          source: ART('第十四条', '每年10月，工业和信息化部组织开展国家级促进中心质量评价终审'),
        },
        {
          id: 'publish',
          name: t('门户网站公布结果', 'Results published on the MIIT portal'),
          actor: 'national_admin',
          order: 2,
          source: ART('第十四条', '相关结果在工业和信息化部门户网站公布。'),
        },
      ],
    },
  ],
  rating: {
    kind: 'stars',
    count: 5,
    lowest: 1,
    source: ART(
      '第十三条',
      '工业和信息化部组织对国家级促进中心进行质量评价，以星级体现（星级越高表示发展质量越好）',
    ),
  },
  revocation: {
    grounds: [
      {
        id: 'n22-false-materials',
        description: t(
          '提供虚假材料，不配合认定、评价等相关工作',
          'False materials; not cooperating with recognition or evaluation',
        ),
        trigger: { kind: 'manual', event: 'false_materials' },
        source: ART('第十五条（一）', '提供虚材料，不配合认定、评价等相关工作；'),
      },
      {
        id: 'n22-operator-changed',
        description: t(
          '运营主体发生变更或改变经营方向',
          'Operator changed or changed its business direction',
        ),
        trigger: { kind: 'manual', event: 'operator_changed' },
        source: ART('第十五条（二）', '促进中心运营主体发生变更或改变经营方向的；'),
      },
      {
        id: 'n22-safety-accident',
        description: t('发生重大安全事故', 'Major safety accident'),
        trigger: { kind: 'manual', event: 'major_accident' },
        source: ART('第十五条（三）', '发生重大安全事故的；'),
      },
      {
        id: 'n22-tax-dishonesty',
        description: t(
          '偷税、漏税、失信等重大违法违规行为',
          'Tax evasion, dishonesty or other major violations',
        ),
        trigger: { kind: 'manual', event: 'major_violation' },
        source: ART('第十五条（四）', '发生偷税、漏税、失信等重大违法违规行为的；'),
      },
      {
        id: 'n22-harmed-stakeholders',
        description: t(
          '损害利害关系人利益并隐瞒或不实报告',
          'Harmed stakeholders and hid it or reported falsely',
        ),
        trigger: { kind: 'manual', event: 'harmed_stakeholders' },
        source: ART('第十五条（五）', '运菅主体损害利害关系人的利益，而予以隐瞒或者作不实的报告的；'),
      },
      {
        id: 'n22-one-star-twice',
        description: t(
          '连续两次在年度质量评价中被评为一星级',
          'Rated one star in two consecutive annual evaluations',
        ),
        trigger: { kind: 'automatic', condition: 'consecutive_lowest_star', count: 2 },
        source: ART('第十五条（六）', '连续两次在年度质量评价中被评为一星级的；'),
      },
      {
        id: 'n22-force-majeure',
        description: t(
          '因不可抗力等原因无法继续运营或提供服务',
          'Cannot continue operating or serving, e.g. force majeure',
        ),
        trigger: { kind: 'manual', event: 'force_majeure' },
        source: ART('第十五条（七）', '因不可抗力等原因，无法继续履行促进中心运营管理工作或提供服务的。'),
      },
    ],
    ban: null,
  },
  notes: [
    t(
      '星级数量原文未规定，按默认5星建模，可配置。',
      'The text does not fix the number of stars; modelled as 5 (configurable).',
    ),
    t(
      '撤销依据第十五条适用于国家级促进中心；省级由地方参照制定实施细则（第十六条）。',
      'Revocation (art. 15) applies to national centers; provinces write their own rules (art. 16).',
    ),
  ],
});

/**
 * Shandong provincial guide (seed 000): 山东省工业互联网数字化转型促进中心建设工作指南（暂行，征求意见稿）
 * with its appendix 引导性要素条件 — every paragraph's thresholds as criteria.
 */
import { definePack } from '../schema.ts';
import type { Applicability } from '../schema.ts';
import { citer, FOUR_GRADES, quant, qual, req, t } from './build.ts';
import type { CriterionInput } from './build.ts';

const FILE = '000_803fcdb3f0604fbe.txt';
const cite = citer(FILE);
const APP = (item: string, text: string) => cite(`附件 引导性要素条件 ${item}`, text);

const comp: Applicability = { types: ['comprehensive'] };
const ind: Applicability = { types: ['industry'] };
const func: Applicability = { types: ['functional'] };
const kind = (k: 'tech_innovation' | 'incubation' | 'talent' | 'sme_service'): Applicability => ({
  types: ['functional'],
  kinds: [k],
});

const comprehensive: CriterionInput[] = [
  quant(
    'sd-comp-floor-area',
    t('基本运营要求：场地面积', 'Basic operation: floor area'),
    t('具有固定的建设运营场地（使用面积2000平方米以上）', 'A fixed site of at least 2000 m²'),
    'floorArea',
    2000,
    'current',
    APP('一、1', '具有固定的建设运营场地（使用面积2000平方米以上）'),
    { appliesTo: comp },
  ),
  quant(
    'sd-comp-staff',
    t('基本运营要求：专职运营团队', 'Basic operation: full-time team'),
    t('专职运营团队不少于20人', 'At least 20 full-time operating staff'),
    'operatingStaff',
    20,
    'current',
    APP('一、1', '专职运营团队不少于20人。'),
    { appliesTo: comp },
  ),
  qual(
    'sd-comp-facilities',
    t('基本运营要求：设施与平台', 'Basic operation: facilities and platform'),
    t(
      '软硬件设施完备，服务能力综合全面，建有专门线上公共服务平台',
      'Complete facilities, comprehensive service, a dedicated online public service platform',
    ),
    APP('一、1', '软硬件设施完备，服务能力综合全面，建有专门线上公共服务平台'),
    { appliesTo: comp },
  ),
  quant(
    'sd-comp-outcomes',
    t('技术开放创新：创新成果', 'Open innovation: outcomes'),
    t(
      '已形成国内领先的专利、软著、标准等技术创新成果不少于40项，且未来每年增加至少10项',
      'At least 40 leading patents, software copyrights and standards, plus at least 10 more each year',
    ),
    'innovationOutcomes',
    40,
    'cumulative',
    APP(
      '一、2',
      '已形成国内领先的专利、软著、标准等技术创新成果不少于40项，且未来每年增加至少10项上述成果。',
    ),
    {
      appliesTo: comp,
      annualIncrement: { metric: 'innovationOutcomesAnnualIncrease', value: 10 },
      judge: t(
        '能够联合各方开展5G、确定性网络、边缘计算、平台、工业智能、数字孪生等领域技术攻关',
        'Can lead joint R&D in 5G, deterministic networks, edge computing, platforms, industrial AI, digital twins',
      ),
    },
  ),
  quant(
    'sd-comp-deployments',
    t('产业培育服务：产品部署', 'Incubation: product deployment'),
    t(
      '产品功能性能领先，在200家以上企业实际部署，应用成效显著',
      'Leading products deployed in at least 200 enterprises with clear results',
    ),
    'productDeployments',
    200,
    'cumulative',
    APP('一、3', '产品功能性能领先，在200家以上企业实际部署，应用成效显著。'),
    {
      appliesTo: comp,
      judge: t(
        '具备多领域产品孵化能力，产品功能性能领先，应用成效显著',
        'Multi-field incubation, leading products, clear results',
      ),
    },
  ),
  qual(
    'sd-comp-testing',
    t('产业培育服务：评价测试认证', 'Incubation: testing and certification'),
    t(
      '具备相关数字化产品与解决方案的评价测试和认证能力',
      'Can test and certify digital products and solutions',
    ),
    APP('一、3', '具备相关数字化产品与解决方案的评价测试和认证能力。'),
    { appliesTo: comp },
  ),
  quant(
    'sd-comp-incubated-firms',
    t('产业培育服务：孵化供给侧企业', 'Incubation: supply-side firms'),
    t('培育孵化3家以上有较强竞争力的供给侧企业', 'At least 3 competitive supply-side firms incubated'),
    'incubatedSupplyFirms',
    3,
    'cumulative',
    APP('一、3', '培育孵化3家以上有较强竞争力的供给侧企业'),
    { appliesTo: comp },
  ),
  quant(
    'sd-comp-served',
    t('产业培育服务：年度服务企业', 'Incubation: enterprises served per year'),
    t(
      '每年度直接为200家以上企业提供协同创新、产品推广、产品评测、绩效评价、供需对接等服务',
      'Directly serves at least 200 enterprises a year',
    ),
    'enterprisesServed',
    200,
    'perYear',
    APP('一、3', '每年度直接为200家以上企业提供协同创新、产品推广、产品评测、绩效评价、供需对接等服务。'),
    { appliesTo: comp },
  ),
  quant(
    'sd-comp-models',
    t('产业资源带动：模型集聚', 'Resources: models'),
    t('实现不少于200个数字化模型集聚沉淀与复用推广', 'At least 200 digital models aggregated and reused'),
    'modelsAggregated',
    200,
    'cumulative',
    APP('一、4', '实现不少于200个数字化模型集聚沉淀与复用推广。'),
    { appliesTo: comp },
  ),
  quant(
    'sd-comp-suppliers',
    t('产业资源带动：供应商集聚', 'Resources: suppliers'),
    t('集聚不少于100家数字化转型供应商资源', 'At least 100 digital-transformation suppliers aggregated'),
    'suppliersAggregated',
    100,
    'cumulative',
    APP('一、4', '集聚不少于100家数字化转型供应商资源。'),
    { appliesTo: comp },
  ),
  qual(
    'sd-comp-infrastructure',
    t('产业资源带动：基础设施共享', 'Resources: infrastructure'),
    t('支持网络、标识、平台等基础设施资源集聚共享', 'Shares network, identifier and platform infrastructure'),
    APP('一、4', '支持网络、标识、平台等基础设施资源集聚共享。'),
    { appliesTo: comp },
  ),
  qual(
    'sd-comp-monitoring',
    t('产业资源带动：动态监测与决策支撑', 'Resources: monitoring and decision support'),
    t(
      '支持产业发展水平及数字化转型成效的动态监测，支撑政府决策优化',
      'Monitors industry and transformation results to support government decisions',
    ),
    APP('一、4', '支持产业发展水平及数字化转型成效的动态监测，支撑政府决策优化。'),
    { appliesTo: comp },
  ),
  qual(
    'sd-comp-finance',
    t('产业资源带动：产融合作', 'Resources: industry–finance'),
    t(
      '引入产业基金等各类合作伙伴，每年度达成若干高水平的产融合作',
      'Brings in industry funds; several high-level finance deals a year',
    ),
    APP('一、4', '引入产业基金等各类合作伙伴，每年度达成若干高水平的产融合作。'),
    { appliesTo: comp },
  ),
  quant(
    'sd-comp-events',
    t('产业资源带动：人才赛事论坛', 'Resources: contests and forums'),
    t(
      '每年度举办2场以上数字化人才赛事、高峰论坛等活动',
      'At least 2 talent contests, summit forums or similar a year',
    ),
    'talentEvents',
    2,
    'perYear',
    APP('一、4', '每年度举办2场以上数字化人才赛事、高峰论坛等活动'),
    { appliesTo: comp },
  ),
  quant(
    'sd-comp-training',
    t('产业资源带动：人才实训培训', 'Resources: training'),
    t('开展1000人次以上人才实训培训活动', 'At least 1000 training person-times a year'),
    'trainingPersonTimes',
    1000,
    'perYear',
    APP('一、4', '开展1000人次以上人才实训培训活动。'),
    { appliesTo: comp },
  ),
  qual(
    'sd-comp-toolbox',
    t('应用落地推广：评估体系与工具箱', 'Promotion: assessment system and toolbox'),
    t(
      '构建数字化转型评估体系和能力工具箱，覆盖企业转型全生命周期各环节',
      'An assessment system and toolbox covering the whole transformation life cycle',
    ),
    APP(
      '一、5',
      '构建数字化转型评估体系和能力工具箱，形成覆盖评估诊断、方案设计、产品选型、改造实施等企业转型全生命周期各环节的服务能力',
    ),
    { appliesTo: comp },
  ),
  quant(
    'sd-comp-matchmaking',
    t('应用落地推广：供需对接', 'Promotion: matchmaking'),
    t(
      '开展2次以上高水平的供需对接活动，相关服务覆盖多地区、多行业',
      'At least 2 high-level matchmaking events, across regions and industries',
    ),
    'matchmakingEvents',
    2,
    'perYear',
    APP('一、5', '开展2次以上高水平的供需对接活动，相关服务覆盖多地区、多行业。'),
    {
      appliesTo: comp,
      judge: t('相关服务覆盖多地区、多行业', 'Services cover several regions and industries'),
    },
  ),
  qual(
    'sd-comp-sme-system',
    t('应用落地推广：中小企业协作系统', 'Promotion: SME collaboration system'),
    t('建成面向中小企业的资源共享和能力协作系统', 'A resource-sharing and collaboration system for SMEs'),
    APP('一、5', '建成面向中小企业的资源共享和能力协作系统，为中小企业落地应用数字化转型提供针对性的服务。'),
    { appliesTo: comp },
  ),
];

const industry: CriterionInput[] = [
  quant(
    'sd-ind-floor-area',
    t('基本运营要求：场地面积', 'Basic operation: floor area'),
    t('具有固定的建设运营场地（使用面积1000平方米以上）', 'A fixed site of at least 1000 m²'),
    'floorArea',
    1000,
    'current',
    APP('二、1', '具有固定的建设运营场地（使用面积1000平方米以上）'),
    { appliesTo: ind },
  ),
  quant(
    'sd-ind-staff',
    t('基本运营要求：专职运营团队', 'Basic operation: full-time team'),
    t('专职运营团队人数不少于15人', 'At least 15 full-time operating staff'),
    'operatingStaff',
    15,
    'current',
    APP('二、1', '专职运营团队人数不少于15人。'),
    { appliesTo: ind },
  ),
  qual(
    'sd-ind-lead-facilities',
    t('基本运营要求：牵头与设施', 'Basic operation: lead and facilities'),
    t(
      '由行业龙头企业、服务商或协会组织等牵头建设，软硬件设施完备，建有专门线上公共服务平台',
      'Led by an industry leader, service provider or association; complete facilities; online platform',
    ),
    APP(
      '二、1',
      '由行业龙头企业、服务商或协会组织等牵头建设，具有固定的建设运营场地（使用面积1000平方米以上），软硬件设施完备，具备面向特定行业的专业化服务能力，建有专门线上公共服务平台',
    ),
    { appliesTo: ind },
  ),
  quant(
    'sd-ind-outcomes',
    t('技术开放创新：创新成果', 'Open innovation: outcomes'),
    t(
      '已形成专利、软著、标准等30项以上面向特定行业的数字化技术创新成果，且未来每年增加至少5项',
      'At least 30 industry outcomes, plus at least 5 more each year',
    ),
    'innovationOutcomes',
    30,
    'cumulative',
    APP(
      '二、2',
      '已形成专利、软著、标准等30项以上面向特定行业的数字化技术创新成果，且未来每年增加至少5项上述成果。',
    ),
    {
      appliesTo: ind,
      annualIncrement: { metric: 'innovationOutcomesAnnualIncrease', value: 5 },
      judge: t('建成完善的数字化创新技术验证环境', 'A complete validation environment'),
    },
  ),
  quant(
    'sd-ind-models',
    t('产业资源带动：行业知识中心', 'Resources: industry knowledge center'),
    t(
      '汇聚共享不少于100个行业数字化转型相关模型、算法、知识与数据，模型实现在行业全环节的应用',
      'At least 100 industry models, algorithms, knowledge and data, applied across every link',
    ),
    'modelsAggregated',
    100,
    'cumulative',
    APP(
      '二、3',
      '建成行业知识中心，汇聚共享不少于100个行业数字化转型相关模型、算法、知识与数据，模型实现在生产制造、经营管理、研发设计、采购销售等行业全环节的应用。',
    ),
    {
      appliesTo: ind,
      judge: t(
        '模型实现在生产制造、经营管理、研发设计、采购销售等行业全环节的应用',
        'Models applied in every link of the industry',
      ),
    },
  ),
  qual(
    'sd-ind-supply-pool',
    t('产业资源带动：供给资源池', 'Resources: supplier pool'),
    t(
      '建成面向行业企业的数字化转型供给资源池，基本覆盖各类供应商与产品方案',
      'A supplier pool covering the industry’s suppliers and solutions',
    ),
    APP(
      '二、3',
      '建成面向行业企业的数字化转型供给资源池，基本覆盖针对行业上下游企业数字化转型需求的各类供应商与相关产品方案。',
    ),
    { appliesTo: ind },
  ),
  quant(
    'sd-ind-training',
    t('产业资源带动：人才培训实训', 'Resources: training'),
    t(
      '每年度为行业数字化人才、技能工人等开展不少于500人次的人才培训实训活动',
      'At least 500 training person-times a year',
    ),
    'trainingPersonTimes',
    500,
    'perYear',
    APP(
      '二、3',
      '建成基于行业模拟示范产线的人才培训实训环境，开发行业数字化转型相关的培训材料与实训工具，每年度为行业数字化人才、技能工人等开展不少于500人次的人才培训实训活动。',
    ),
    {
      appliesTo: ind,
      judge: t(
        '建成基于行业模拟示范产线的人才培训实训环境',
        'A training environment on a model production line',
      ),
    },
  ),
  quant(
    'sd-ind-matchmaking',
    t('应用落地推广：供需对接', 'Promotion: matchmaking'),
    t('每年度组织不少于5次供需对接服务', 'At least 5 matchmaking events a year'),
    'matchmakingEvents',
    5,
    'perYear',
    APP(
      '二、4',
      '持续开展面向行业企业的评估诊断，构建行业数字化转型应用需求图谱，每年度组织不少于5次供需对接服务。',
    ),
    {
      appliesTo: ind,
      judge: t('持续开展评估诊断，构建行业应用需求图谱', 'Ongoing diagnosis; an industry demand graph'),
    },
  ),
  quant(
    'sd-ind-collaboration',
    t('应用落地推广：大中小融通', 'Promotion: large–small collaboration'),
    t(
      '每年度助力100家以上中小企业与大型企业开展融通实践',
      'At least 100 SMEs a year helped to collaborate with large firms',
    ),
    'collaborationSmes',
    100,
    'perYear',
    APP(
      '二、4',
      '推动行业龙头与中小企业协同发展，每年度助力100家以上中小企业与大型企业开展协同转型、协同设计、协同制造等融通实践。',
    ),
    { appliesTo: ind },
  ),
  quant(
    'sd-ind-served',
    t('运营服务成效：服务行业企业', 'Results: enterprises served'),
    t(
      '每年度为不少于100家行业企业提供绩效评估、咨询规划、供需对接等服务',
      'At least 100 firms of the industry served a year',
    ),
    'enterprisesServed',
    100,
    'perYear',
    APP('二、5', '每年度为不少于100家行业企业提供数字化转型绩效评估、咨询规划、供需对接等服务'),
    { appliesTo: ind, judge: t('形成可持续造血的运营服务模式', 'A self-sustaining operating model') },
  ),
];

const functional: CriterionInput[] = [
  quant(
    'sd-func-floor-area',
    t('基本运营要求：场地面积', 'Basic operation: floor area'),
    t('具有固定的建设运营场地（使用面积1000平方米以上）', 'A fixed site of at least 1000 m²'),
    'floorArea',
    1000,
    'current',
    APP('三、1', '具有固定的建设运营场地（使用面积1000平方米以上）'),
    { appliesTo: func },
  ),
  quant(
    'sd-func-staff',
    t('基本运营要求：专职运营团队', 'Basic operation: full-time team'),
    t('专职运营团队不少于15人', 'At least 15 full-time operating staff'),
    'operatingStaff',
    15,
    'current',
    APP('三、1', '专职运营团队不少于15人。'),
    { appliesTo: func },
  ),
  qual(
    'sd-func-facilities',
    t('基本运营要求：设施与平台', 'Basic operation: facilities and platform'),
    t(
      '针对特定领域建有相关的软硬件设施条件，建有专门线上公共服务平台',
      'Facilities for its field; a dedicated online platform',
    ),
    APP('三、1', '针对特定领域建有相关的软硬件设施条件，建有专门线上公共服务平台'),
    { appliesTo: func },
  ),
  quant(
    'sd-tech-open-topics',
    t('技术创新功能类：开放课题', 'Tech innovation: open topics'),
    t('每年度开展3项以上开放课题研究和技术创新服务', 'At least 3 open research topics a year'),
    'openTopics',
    3,
    'perYear',
    APP('三、2', '聚焦工业互联网、5G等领域，每年度开展3项以上开放课题研究和技术创新服务'),
    { appliesTo: kind('tech_innovation') },
  ),
  quant(
    'sd-tech-partners',
    t('技术创新功能类：技术合作', 'Tech innovation: partners'),
    t(
      '与不少于2个省级实验室/工程研究中心、不少于2家高校或科研院所开展技术合作',
      'Cooperation with at least 2 provincial labs / engineering centers and 2 universities or institutes',
    ),
    'provincialLabPartners',
    2,
    'current',
    APP(
      '三、2',
      '与不少于2个省级实验室/工程研究中心、不少于2家高校或科研院所开展技术合作，实现数字化相关技术的首创验证或指标达到国际领先水平。',
    ),
    {
      appliesTo: kind('tech_innovation'),
      also: [req('universityPartners', 'gte', 2)],
      judge: t(
        '实现数字化相关技术的首创验证或指标达到国际领先水平',
        'First-of-a-kind validation or world-leading indicators',
      ),
    },
  ),
  quant(
    'sd-tech-outcomes',
    t('技术创新功能类：创新成果', 'Tech innovation: outcomes'),
    t(
      '形成不少于100项专利、软著、标准等创新成果，未来每年增加至少10项',
      'At least 100 outcomes, plus at least 10 more each year',
    ),
    'innovationOutcomes',
    100,
    'cumulative',
    APP(
      '三、2',
      '强化创新成果转化，形成不少于100项专利、软著、标准等创新成果，未来每年增加至少10项上述成果，成果在行业企业中得到实际应用。',
    ),
    {
      appliesTo: kind('tech_innovation'),
      annualIncrement: { metric: 'innovationOutcomesAnnualIncrease', value: 10 },
      judge: t('成果在行业企业中得到实际应用', 'Outcomes applied in industry'),
    },
  ),
  qual(
    'sd-tech-environment',
    t('技术创新功能类：验证环境', 'Tech innovation: validation environment'),
    t(
      '建有领先的数字化技术创新验证环境，支持特定领域数字化融合技术研究和试验',
      'A leading validation environment for research and trials in its field',
    ),
    APP('三、2', '建有领先的数字化技术创新验证环境，支持特定领域数字化融合技术研究和试验。'),
    { appliesTo: kind('tech_innovation') },
  ),
  qual(
    'sd-inc-services',
    t('产业培育功能类：孵化能力与测试认证', 'Incubation: services and certification'),
    t(
      '提供方案设计、工业设计、样机试制、中试验证等孵化服务及综合测试认证服务，综合性能品质达到国内先进水平',
      'Design, prototyping and pilot services plus testing and certification; products at national advanced level',
    ),
    APP(
      '三、3',
      '具备数字化特定技术领域的产品孵化能力，提供方案设计、工业设计、样机试制、中试验证等产品孵化服务，推进创新技术向产品与解决方案的演进。提供产品解决方案的综合测试认证服务，实现产品的升级迭代，综合性能品质达到国内先进水平。',
    ),
    { appliesTo: kind('incubation') },
  ),
  quant(
    'sd-inc-deployments',
    t('产业培育功能类：实际部署', 'Incubation: deployments'),
    t(
      '通过供需对接等方式，实现在200家以上企业的实际部署，应用成效显著',
      'Deployed in at least 200 enterprises with clear results',
    ),
    'productDeployments',
    200,
    'cumulative',
    APP(
      '三、3',
      '推动产品与解决方案的市场化推广，通过供需对接等方式，实现在200家以上企业的实际部署，应用成效显著。',
    ),
    { appliesTo: kind('incubation') },
  ),
  quant(
    'sd-tal-seats',
    t('人才培训功能类：实训环境', 'Talent: training seats'),
    t('实现同时容纳100人以上开展实训操作', 'At least 100 simultaneous training seats'),
    'trainingSeats',
    100,
    'current',
    APP('三、4', '建成全国领先、线上线下融合的数字化人才培训实训环境，实现同时容纳100人以上开展实训操作。'),
    {
      appliesTo: kind('talent'),
      judge: t('全国领先、线上线下融合的实训环境', 'Nationally leading online/offline training environment'),
    },
  ),
  quant(
    'sd-tal-textbooks',
    t('人才培训功能类：课程与教材', 'Talent: curriculum and textbooks'),
    t('至少3套教材在高校、企业中得到实践', 'At least 3 textbooks used in universities and firms'),
    'textbooksAdopted',
    3,
    'cumulative',
    APP(
      '三、4',
      '形成的数字化课程体系与教学方案先进、全面、合理，至少3套教材在高校、企业中得到实践，汇聚了数字化培训实训专家资源。',
    ),
    {
      appliesTo: kind('talent'),
      judge: t(
        '课程体系与教学方案先进、全面、合理，汇聚了培训实训专家资源',
        'Advanced curriculum; a pool of training experts',
      ),
    },
  ),
  quant(
    'sd-tal-scale',
    t('人才培训功能类：培训规模', 'Talent: training scale'),
    t('每年度实现不少于2000人次的数字化培训实训', 'At least 2000 training person-times a year'),
    'trainingPersonTimes',
    2000,
    'perYear',
    APP('三、4', '扩大培训规模，每年度实现不少于2000人次的数字化培训实训。'),
    { appliesTo: kind('talent') },
  ),
  quant(
    'sd-tal-agreements',
    t('人才培训功能类：产教合作', 'Talent: industry–education agreements'),
    t(
      '每年度达成20项以上企业和高校、职业教育学院的产教合作',
      'At least 20 industry–education agreements a year',
    ),
    'industryEducationAgreements',
    20,
    'perYear',
    APP('三、4', '提升服务效果，每年度达成20项以上企业和高校、职业教育学院的产教合作'),
    { appliesTo: kind('talent') },
  ),
  quant(
    'sd-tal-contests',
    t('人才培训功能类：人才赛事', 'Talent: contests'),
    t('开展1次以上大型人才赛事活动', 'At least 1 large talent contest a year'),
    'talentContests',
    1,
    'perYear',
    APP('三、4', '开展1次以上大型人才赛事活动。'),
    { appliesTo: kind('talent') },
  ),
  quant(
    'sd-sme-solutions',
    t('中小企业服务功能类：解决方案', 'SME service: solutions'),
    t('汇聚不少于200个针对中小企业的数字化解决方案', 'At least 200 digital solutions for SMEs'),
    'smeSolutions',
    200,
    'cumulative',
    APP(
      '三、5',
      '加快中小企业上云用数，强化中小企业转型资源保障，汇聚不少于200个针对中小企业的数字化解决方案',
    ),
    { appliesTo: kind('sme_service') },
  ),
  qual(
    'sd-sme-preferential',
    t('中小企业服务功能类：优惠举措', 'SME service: preferential measures'),
    t(
      '制定有中小企业免费使用或低价购买转型服务、低价使用基础设施资源、共享数字化人才的优惠举措',
      'Free/discounted services, cheap infrastructure and shared talent for SMEs',
    ),
    APP(
      '三、5',
      '制定有中小企业免费使用或低价购买转型服务、低价使用基础设施资源、共享数字化人才的优惠举措。',
    ),
    { appliesTo: kind('sme_service') },
  ),
  quant(
    'sd-sme-served',
    t('中小企业服务功能类：服务规模', 'SME service: SMEs served'),
    t(
      '每年度为不少于500家中小企业提供绩效评估、咨询规划、供需对接、订单对接、产融对接等服务',
      'At least 500 SMEs served a year',
    ),
    'smesServed',
    500,
    'perYear',
    APP(
      '三、5',
      '扩大转型服务规模，每年度为不少于500家中小企业提供绩效评估、咨询规划、供需对接、订单对接、产融对接等服务，显著提升中小企业数字化水平。',
    ),
    { appliesTo: kind('sme_service') },
  ),
];

const A = (ref: string, text: string) => cite(ref, text);

/** 山东省促进中心建设工作指南（暂行，征求意见稿） with 引导性要素条件. */
export const shandongGuide = definePack({
  id: 'shandong-guide',
  version: '2023-draft.1',
  title: t(
    '山东省工业互联网数字化转型促进中心建设工作指南（暂行）',
    'Shandong Promotion Center construction guide (interim)',
  ),
  jurisdiction: {
    level: 'provincial',
    regionCode: '370000',
    name: t('山东省工业和信息化厅', 'Shandong Department of Industry and IT'),
  },
  sourceDocument: {
    file: FILE,
    title: t(
      '山东省工业互联网数字化转型促进中心建设工作指南（暂行）（征求意见稿）',
      'Shandong Promotion Center construction guide (interim, draft for comment)',
    ),
    issuer: t('山东省工业和信息化厅', 'Shandong Department of Industry and Information Technology'),
    docNumber: null,
    date: null,
    status: t('征求意见稿', 'Draft for comment'),
  },
  levels: ['provincial'],
  types: ['comprehensive', 'industry', 'functional'],
  kinds: ['tech_innovation', 'incubation', 'talent', 'sme_service'],
  criteriaGroups: [
    {
      id: 'sd-comprehensive',
      name: t('一、综合类', 'I. Comprehensive'),
      appliesTo: comp,
      criteria: comprehensive,
    },
    { id: 'sd-industry', name: t('二、行业类', 'II. Industry'), appliesTo: ind, criteria: industry },
    { id: 'sd-functional', name: t('三、功能类', 'III. Functional'), appliesTo: func, criteria: functional },
  ],
  eligibility: [
    {
      id: 'sd-registered',
      kind: 'registered_in_region',
      regionCode: '370000',
      regionName: t('山东省', 'Shandong'),
      description: t('牵头单位在山东省内注册', 'Lead unit registered in Shandong'),
      source: A(
        '第七条',
        '促进中心建设与运营的牵头单位应是在山东省内注册、具备独立法人资格的行业重点企业、高校、科研机构或行业协会等机构',
      ),
    },
    {
      id: 'sd-legal-person',
      kind: 'legal_person',
      description: t('牵头单位具备独立法人资格', 'Lead unit is an independent legal person'),
      source: A(
        '第七条',
        '牵头单位应是在山东省内注册、具备独立法人资格的行业重点企业、高校、科研机构或行业协会等机构',
      ),
    },
    {
      id: 'sd-lead-kind',
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
        '牵头单位为行业重点企业、高校、科研机构或行业协会等',
        'Lead unit is a key enterprise, university, research institute or association',
      ),
      source: A('第七条', '行业重点企业、高校、科研机构或行业协会等机构'),
    },
    {
      id: 'sd-member-legal-person',
      kind: 'member_legal_person',
      description: t('联合申报单位具备独立法人资格', 'Joint applicants are independent legal persons'),
      source: A('第七条', '联合申报单位应是具备独立法人资格的企业、高校、科研机构或行业协会等机构。'),
    },
    {
      id: 'sd-full-time-team',
      kind: 'attestation',
      fact: 'fullTimeTeam',
      description: t(
        '保障资源可持续投入，具有专职运营团队',
        'Sustained investment and a full-time operating team',
      ),
      source: A(
        '第七条',
        '建设与运营单位应满足充分保障资源的可持续投入与能力建设等要求，具有专职运营团队开展相关数字化转型服务工作',
      ),
    },
    {
      id: 'sd-no-incident',
      kind: 'no_major_incident',
      years: 3,
      description: t(
        '近三年未发生较大以上安全生产、环境事故或造成恶劣影响的社会稳定事件',
        'No major safety or environmental accident or harmful social event in the last 3 years',
      ),
      source: A('第七条', '且近三年未发生过较大以上安全生产、环境事故或造成恶劣影响的社会稳定事件。'),
    },
    {
      id: 'sd-consortium',
      kind: 'consortium_agreement',
      description: t('申报前各联合体单位达成合作协议', 'Consortium agreement signed before applying'),
      source: A('第十条', '申报前各联合体单位应达成组建促进中心的合作协议。'),
    },
    {
      id: 'sd-no-ban',
      kind: 'no_active_ban',
      description: t(
        '牵头单位不在撤销后三年禁止推荐期内',
        'Lead unit not within the 3-year ban after revocation',
      ),
      source: A('第二十一条', '自撤销之日起，各地三年内不得再次推荐该申报单位（牵头主体）申报促进中心。'),
    },
  ],
  uniqueness: [
    {
      id: 'sd-one-per-region-industry',
      kind: 'one_center_per_region_industry',
      inPrinciple: true,
      description: t(
        '原则上每个地区、每个行业只建设1个促进中心',
        'In principle one center per region per industry',
      ),
      source: A('第十五条', '为避免重复建设，原则上每个地区、每个行业只建设1个促进中心。'),
    },
  ],
  processes: [
    {
      id: 'sd-recognition',
      kind: 'recognition',
      name: t('认定程序', 'Recognition'),
      source: A('第四章 工作程序', '第十二条 促进中心每年组织申报，具体要求按当年申报工作通知办理。'),
      stages: [
        {
          id: 'call',
          name: t('年度申报通知', 'Annual call'),
          actor: 'provincial_admin',
          order: 0,
          source: A('第十二条', '促进中心每年组织申报，具体要求按当年申报工作通知办理。'),
        },
        {
          id: 'submit',
          name: t('按属地提交申报书、建设方案', 'Submit application form and construction plan locally'),
          actor: 'applicant',
          order: 1,
          source: A(
            '第十三条',
            '符合条件的申报主体（牵头单位），原则上按属地向所在地工业和信息化主管部门提交申报材料，申报材料包括申报书、建设方案等。',
          ),
        },
        {
          id: 'qualification-review',
          name: t('资格审核和现场核查', 'Qualification review and site check'),
          actor: 'city_officer',
          order: 2,
          source: A('第十四条', '各地工业和信息化主管部门会同相关部门对申报材料进行资格审核和现场核查'),
        },
        {
          id: 'recommendation',
          name: t('正式文件报省', 'Formal recommendation to the province'),
          actor: 'city_officer',
          order: 3,
          source: A('第十四条', '对符合申报条件要求的以正式文件报省工业和信息化厅。'),
        },
        {
          id: 'expert-review',
          name: t('专家评审、现场答辩', 'Expert review and defense'),
          actor: 'expert',
          order: 4,
          source: A(
            '第十五条',
            '省工业和信息化厅组织技术、产业、管理、财务等领域专家或委托第三方专业机构，对申报材料进行评审、组织现场答辩。',
          ),
        },
        {
          id: 'site-visit',
          name: t('现场考察（必要时）', 'Site visit (when needed)'),
          actor: 'expert',
          order: 5,
          optional: true,
          source: A('第十五条', '必要时，组织专家进行现场考察。'),
        },
        {
          id: 'decision',
          name: t('审定评审结果', 'Decision'),
          actor: 'provincial_admin',
          order: 6,
          source: A('第十六条', '省工业和信息化厅会同相关部门按程序审定评审结果'),
        },
        {
          id: 'publicity',
          name: t('公示', 'Publicity'),
          actor: 'public',
          order: 7,
          source: A('第十六条', '名单经公示无异议后，向社会公布。'),
        },
        {
          id: 'announcement',
          name: t('向社会公布', 'Announcement'),
          actor: 'provincial_admin',
          order: 8,
          source: A('第十六条', '名单经公示无异议后，向社会公布。'),
        },
      ],
    },
    {
      id: 'sd-annual-evaluation',
      kind: 'annual_evaluation',
      name: t('年度质量评价', 'Annual quality evaluation'),
      startsYearAfterRecognition: true,
      source: A('第十七条', '从认定次年起，每年对认定的促进中心开展一次质量评价工作。'),
      stages: [
        {
          id: 'first-review',
          name: t('各地初审评价材料', 'City first review'),
          actor: 'city_officer',
          order: 0,
          source: A(
            '第十七条',
            '各地工业和信息化主管部门会同相关部门按质量评价年度通知要求对促进中心评价材料进行初审，并将评价材料报送省工业和信息化厅审核。',
          ),
        },
        {
          id: 'provincial-evaluation',
          name: t('专家或第三方评价', 'Expert or third-party evaluation'),
          actor: 'expert',
          order: 1,
          source: A(
            '第十七条',
            '省工业和信息化厅组织专家或委托第三方专业机构，根据促进中心年度工作完成情况进行评价，形成评价结果。',
          ),
        },
        {
          id: 'publish',
          name: t('门户网站公布评价结果', 'Results published on the portal'),
          actor: 'provincial_admin',
          order: 2,
          source: A('第十八条', '评价结果在省工业和信息化厅门户网站公布。'),
        },
        {
          id: 'recommend-miit',
          name: t('择优推荐工信部试点示范', 'Best recommended to MIIT pilots'),
          actor: 'provincial_admin',
          order: 3,
          optional: true,
          source: A(
            '第十九条',
            '省工业和信息化厅根据促进中心的质量评价结果，择优推荐申报工信部工业互联网试点示范项目。',
          ),
        },
      ],
    },
  ],
  rating: {
    kind: 'grades',
    grades: [...FOUR_GRADES],
    failing: ['fail'],
    source: A(
      '第十八条',
      '促进中心评价结果分为优秀、良好、合格、不合格，评价结果在省工业和信息化厅门户网站公布。',
    ),
  },
  revocation: {
    grounds: [
      {
        id: 'sd-failed-twice',
        description: t('连续两次在年度质量评价中未能达标', 'Failed the annual evaluation twice in a row'),
        trigger: { kind: 'automatic', condition: 'consecutive_fail', count: 2 },
        source: A('第二十条（一）', '连续两次在年度质量评价中未能达标的；'),
      },
      {
        id: 'sd-false-materials',
        description: t(
          '提供虚假材料和数据，不配合认定、评价等工作',
          'False materials or data; not cooperating',
        ),
        trigger: { kind: 'manual', event: 'false_materials' },
        source: A('第二十条（二）', '提供虚假材料和数据，不配合认定、评价等相关工作；'),
      },
      {
        id: 'sd-operator-changed',
        description: t('运营主体发生变更或改变经营方向', 'Operator changed or changed direction'),
        trigger: { kind: 'manual', event: 'operator_changed' },
        source: A('第二十条（三）', '促进中心运营主体发生变更或改变经营方向的；'),
      },
      {
        id: 'sd-accident',
        description: t(
          '发生较大质量事故、安全责任事故和严重违法',
          'Major quality or safety accident, serious violation of law',
        ),
        trigger: { kind: 'manual', event: 'major_accident' },
        source: A('第二十条（四）', '发生较大质量事故、安全责任事故和严重违法的；'),
      },
      {
        id: 'sd-tax-dishonesty',
        description: t(
          '偷税、漏税、失信等重大违法违规行为',
          'Tax evasion, dishonesty or other major violations',
        ),
        trigger: { kind: 'manual', event: 'major_violation' },
        source: A('第二十条（五）', '发生偷税、漏税、失信等重大违法违规行为的；'),
      },
      {
        id: 'sd-harmed-stakeholders',
        description: t(
          '损害利害关系人利益并隐瞒或不实报告',
          'Harmed stakeholders and hid it or reported falsely',
        ),
        trigger: { kind: 'manual', event: 'harmed_stakeholders' },
        source: A('第二十条（六）', '运营主体损害利害关系人的利益，而予以隐瞒或者作不实的报告的；'),
      },
      {
        id: 'sd-force-majeure',
        description: t('因不可抗力等原因无法继续运营或提供服务', 'Cannot continue, e.g. force majeure'),
        trigger: { kind: 'manual', event: 'force_majeure' },
        source: A('第二十条（七）', '因不可抗力等原因，无法继续履行促进中心运营管理工作或提供服务的；'),
      },
      {
        id: 'sd-legal-person-terminated',
        description: t('企业法人资格被依法终止', 'Legal personality terminated'),
        trigger: { kind: 'manual', event: 'legal_person_terminated' },
        source: A('第二十条（八）', '企业法人资格被依法终止的。'),
      },
    ],
    ban: {
      years: 3,
      from: 'revocation',
      scope: 'lead_unit',
      description: t(
        '自撤销之日起三年内不得再次推荐该申报单位（牵头主体）',
        'The lead unit may not be recommended again for 3 years from revocation',
      ),
      source: A(
        '第二十一条',
        '因本办法第二十条所列原因被撤销促进中心称号的，自撤销之日起，各地三年内不得再次推荐该申报单位（牵头主体）申报促进中心。',
      ),
    },
  },
  changeFiling: {
    kinds: ['rename', 'merger', 'split', 'restructuring'],
    deadline: { kind: 'calendar_months', months: 1 },
    recipient: 'provincial_admin',
    description: t(
      '更名、合并、分立、重组后一个月内向省工业和信息化厅提交变更材料',
      'File changes with the province within one month',
    ),
    source: A(
      '第二十二条',
      '促进中心牵头单位或联合申报单位发生名称更名、合并、分立、重组等变更情况的，应在变更后一个月内向省工业和信息化厅提交变更材料。',
    ),
  },
  notes: [
    t(
      '第二十条（一）“未能达标”按评价结果“不合格”处理。',
      'Art. 20(1) "未能达标" is read as the grade 不合格 (fail).',
    ),
    t('公示期天数原文未规定。', 'The text does not state the length of the publicity period.'),
  ],
});

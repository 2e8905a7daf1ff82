/**
 * The catalog relevance suite's data (issue #17): ≥ 500 resource texts generated deterministically from
 * topics, and ≥ 50 queries in the words enterprises use, each labelled with graded relevance (2: what the
 * enterprise asked for, 1: related and useful, 0: not relevant).
 *
 * The labels are written from the texts: every resource is generated from exactly one topic, whose title and
 * summary forms below are the resource's text, so a query's label for a topic is the label of every
 * resource written from it. Several topics hold distractors on purpose — texts that share characters with
 * a query but not its meaning (客户关系维护 for "maintenance", 协同办公 for 协同设计, 云南 for 上云).
 */
import type { ResourceKind } from '../../src/contracts/resources.ts';

export interface CorpusTopic {
  key: string;
  /** Title and summary forms; resources cycle through them, so the synonyms are spread over the topic. */
  forms: [title: string, summary: string][];
  kinds: ResourceKind[];
  count: number;
}

export interface CorpusResource {
  key: string;
  topic: string;
  industry: string;
  kind: ResourceKind;
  title: string;
  summary: string;
  providerName: string;
}

const INDUSTRIES = ['纺织', '化工', '钢铁', '汽车零部件', '电子信息', '食品加工', '装备制造', '建材'];
const GENERIC = [
  '支持私有化部署与按年订阅。',
  '提供驻场实施与培训服务。',
  '已在省内多家企业落地应用。',
  '提供标准接口，便于与现有系统集成。',
  '可按企业规模灵活配置。',
];

export const TOPICS: CorpusTopic[] = [
  {
    key: 'energy',
    kinds: ['solution', 'tool', 'case', 'model'],
    count: 14,
    forms: [
      ['能耗在线监测平台', '水电气分项计量与能效分析，及时发现高耗能环节'],
      ['能碳管理平台', '能源消耗与碳排放一体化核算，支撑节能降碳目标'],
      ['锅炉煤耗优化系统', '燃烧参数寻优，降低单位产品煤耗'],
      ['企业能源管理系统', '能源数据采集、用能分析与节能诊断'],
      ['节能降碳改造服务', '电机、空压机系统节能改造与效果评估'],
      ['能效对标分析工具', '与行业先进值对标，定位用能短板'],
      ['碳足迹核算工具', '产品全生命周期碳排放核算与报告'],
    ],
  },
  {
    key: 'quality',
    kinds: ['solution', 'algorithm', 'case', 'dataset', 'tool'],
    count: 14,
    forms: [
      ['AI 视觉质量检测系统', '深度学习识别产品表面缺陷，替代人工目检'],
      ['表面缺陷检测算法', '基于图像的划痕、污渍、裂纹识别'],
      ['在线质检一体机', '产线末端自动质检与不良品剔除'],
      ['产品缺陷检测数据集', '标注的缺陷图片，用于训练检测模型'],
      ['AOI 外观检测设备', '自动光学检测，识别焊点与外观瑕疵'],
      ['质量检测与追溯平台', '检验数据采集、质量追溯与统计过程控制'],
      ['瑕疵识别模型', '织物与板材表面瑕疵自动识别'],
    ],
  },
  {
    key: 'cloud',
    kinds: ['solution', 'infrastructure', 'knowledge', 'tool'],
    count: 13,
    forms: [
      ['中小企业设备上云服务', '低成本网关接入，设备数据上云与远程监控'],
      ['工业云服务平台', '提供计算、存储与工业软件的云服务'],
      ['企业上云迁移服务', '业务系统评估、迁移与上云后的运维保障'],
      ['业务系统云化改造方案', '将本地部署的软件云化，按需订阅使用'],
      ['上云用云补贴政策解读', '企业上云用云专项补贴的申报要点'],
      ['工业云主机租用', '弹性云服务器与对象存储，按量计费'],
    ],
  },
  {
    key: 'scheduling',
    kinds: ['solution', 'tool', 'algorithm', 'case'],
    count: 12,
    forms: [
      ['智能排产系统', '按订单交期与产能约束自动排产，缩短交付周期'],
      ['APS 高级计划排程', '有限产能计划排程，支持插单与急单调整'],
      ['生产计划与排程优化工具', '多工序计划排程与设备负荷均衡'],
      ['车间排产优化算法', '基于遗传算法的车间作业排产'],
    ],
  },
  {
    key: 'mes',
    kinds: ['solution', 'case', 'supplier'],
    count: 12,
    forms: [
      ['MES 制造执行系统', '生产执行、计划排程、工单派工与质量追溯'],
      ['离散制造 MES 解决方案', '车间计划排程、物料配送与生产报工'],
      ['生产执行管理系统', '工单管理、过程追溯与车间看板'],
      ['MES 实施服务商', '制造执行系统选型、实施与二次开发'],
    ],
  },
  {
    key: 'collab-design',
    kinds: ['solution', 'tool', 'case', 'infrastructure'],
    count: 12,
    forms: [
      ['协同研发设计平台', '多地研发团队在线协同研发设计与版本管理'],
      ['云端协同设计工具', '三维模型在线评审与多人协同设计'],
      ['PLM 产品生命周期管理', '研发数据、BOM 与设计变更的协同管理'],
      ['研发设计协同服务', '产业链上下游企业联合研发与设计协同'],
    ],
  },
  {
    key: 'maintenance',
    kinds: ['solution', 'tool', 'case', 'algorithm', 'supplier'],
    count: 16,
    forms: [
      ['设备预测性维护解决方案', '采集振动与温度数据，提前预警故障，减少非计划停机'],
      ['设备运维管理平台', '设备台账、点检巡检、维修工单与备件管理'],
      ['数控机床远程运维服务', '远程诊断、在线运维与故障处理'],
      ['电梯智能维保系统', '物联网监测与按需维保'],
      ['设备维修管理软件', '维修工单、保养计划与备件库存'],
      ['轴承故障诊断与预测性维护算法', '基于频谱特征的轴承剩余寿命预测'],
      ['风机设备健康管理', '设备健康评估与维护决策支持'],
      ['设备点检巡检系统', '移动点检、隐患上报与闭环处理'],
    ],
  },
  {
    key: 'twin',
    kinds: ['solution', 'tool', 'model', 'case'],
    count: 11,
    forms: [
      ['数字孪生工厂解决方案', '工厂级孪生体，支撑规划与运营优化'],
      ['产线数字孪生建模工具', '三维建模与实时数据驱动的产线仿真'],
      ['设备数字孪生模型', '关键设备的机理与数据融合模型'],
      ['虚拟工厂仿真平台', '工厂布局与物流的虚拟仿真与验证'],
    ],
  },
  {
    key: 'identifier',
    kinds: ['infrastructure', 'solution', 'knowledge'],
    count: 12,
    forms: [
      ['工业互联网标识解析二级节点', '面向行业的标识注册与解析服务'],
      ['标识解析集成应用方案', '基于标识的产品全生命周期追溯'],
      ['产品追溯标识服务', '一物一码赋码与标识解析查询'],
    ],
  },
  {
    key: 'edge',
    kinds: ['infrastructure', 'tool', 'solution'],
    count: 12,
    forms: [
      ['边缘计算网关', '现场数据就近处理与协议适配'],
      ['边缘计算一体机', '产线侧的实时分析与模型推理'],
      ['云边协同边缘平台', '边缘节点统一管理与应用下发'],
    ],
  },
  {
    key: 'erp',
    kinds: ['solution', 'supplier', 'case'],
    count: 12,
    forms: [
      ['ERP 企业资源计划系统', '财务、采购、销售与库存一体化管理'],
      ['云 ERP 经营管理软件', '面向中小企业的进销存与财务一体化'],
      ['企业资源计划实施服务', 'ERP 选型、实施与数据迁移'],
      ['业财一体化管理系统', '业务与财务数据贯通，经营分析'],
    ],
  },
  {
    key: 'warehouse',
    kinds: ['solution', 'infrastructure', 'case'],
    count: 11,
    forms: [
      ['WMS 仓储管理系统', '入库、出库、库位与盘点管理'],
      ['智能仓储物流方案', '立体仓库与 AGV 自动搬运'],
      ['厂内物流配送优化', '物料配送路径与节拍优化'],
    ],
  },
  {
    key: 'safety',
    kinds: ['solution', 'case', 'tool'],
    count: 11,
    forms: [
      ['安全生产风险监测平台', '危险源在线监测与风险预警'],
      ['危化品安全管理系统', '重大危险源监控与双重预防机制'],
      ['安全生产隐患排查工具', '隐患排查治理闭环与安全培训'],
    ],
  },
  {
    key: 'supply-chain',
    kinds: ['solution', 'case', 'infrastructure'],
    count: 11,
    forms: [
      ['供应链协同管理平台', '采购、库存与订单协同，提升周转效率'],
      ['供应商协同门户', '询价、订单与交付的上下游协同'],
      ['产业链供需对接平台', '上下游企业供需信息发布与撮合'],
    ],
  },
  {
    key: '5g',
    kinds: ['infrastructure', 'solution', 'case'],
    count: 12,
    forms: [
      ['5G 工业专网', '园区 5G 专网覆盖与低时延接入'],
      ['5G 全连接工厂方案', '5G 网络与生产设备全连接'],
    ],
  },
  {
    key: 'ics-security',
    kinds: ['infrastructure', 'solution', 'supplier'],
    count: 12,
    forms: [
      ['工控安全防护平台', '工业控制系统安全监测与防护'],
      ['工业防火墙', '工控协议深度解析与访问控制'],
      ['工业网络安全态势感知', '资产识别、漏洞扫描与威胁告警'],
    ],
  },
  {
    key: 'data-governance',
    kinds: ['solution', 'tool', 'supplier'],
    count: 12,
    forms: [
      ['工业数据治理平台', '数据标准、数据质量与主数据管理'],
      ['主数据管理系统', '物料、客户与供应商主数据统一'],
      ['数据中台建设服务', '企业数据汇聚、治理与共享'],
    ],
  },
  {
    key: 'training',
    kinds: ['knowledge', 'solution', 'supplier'],
    count: 12,
    forms: [
      ['数字化人才培训课程', '工业互联网与智能制造技能培训'],
      ['智能制造实训基地', '产线实操实训与工程师认证'],
      ['企业数字化技能提升培训', '面向一线员工的数字化技能培训'],
    ],
  },
  {
    key: 'diagnosis',
    kinds: ['supplier', 'tool', 'knowledge'],
    count: 11,
    forms: [
      ['数字化转型诊断服务商', '为中小企业提供数字化水平评测与改造方案'],
      ['数字化转型成熟度评估工具', '对标评估模型，生成诊断报告'],
      ['两化融合评估服务', '两化融合管理体系贯标与评估'],
    ],
  },
  {
    key: 'iot',
    kinds: ['tool', 'solution', 'infrastructure'],
    count: 11,
    forms: [
      ['设备联网数据采集网关', '支持 Modbus、OPC UA 等协议的数据采集'],
      ['工业物联网平台', '设备接入、数据采集与远程监控'],
      ['PLC 数据采集软件', '多品牌 PLC 数据采集与协议转换'],
    ],
  },
  {
    key: 'process-ai',
    kinds: ['model', 'algorithm', 'solution'],
    count: 11,
    forms: [
      ['工艺参数优化模型', '基于机器学习的工艺参数寻优，提高良率'],
      ['工业大数据分析平台', '生产数据建模分析与可视化'],
      ['配方优化算法', '原料配比智能优化，降低成本'],
    ],
  },
  // Distractors and other needs: texts sharing characters with the queries above, not their meaning.
  {
    key: 'crm',
    kinds: ['solution', 'tool'],
    count: 12,
    forms: [
      ['客户关系管理 CRM', '销售线索、商机与客户关系维护'],
      ['营销获客工具', '线上营销活动与客户维护'],
    ],
  },
  {
    key: 'oa',
    kinds: ['solution', 'tool'],
    count: 12,
    forms: [
      ['协同办公 OA 系统', '审批流程、公文与移动协同办公'],
      ['企业即时通讯与协作', '消息、日程与文档协作'],
    ],
  },
  {
    key: 'industrial-design',
    kinds: ['supplier', 'solution'],
    count: 12,
    forms: [
      ['工业设计服务', '产品外观设计与结构设计'],
      ['包装设计与品牌策划', '产品包装与视觉形象设计'],
    ],
  },
  {
    key: 'yunnan',
    kinds: ['case', 'dataset'],
    count: 12,
    forms: [
      ['云南普洱茶溯源案例', '茶叶种植、加工与销售的溯源管理'],
      ['云南咖啡种植数据集', '气象与种植记录数据'],
    ],
  },
  {
    key: 'new-energy',
    kinds: ['case', 'solution'],
    count: 12,
    forms: [
      ['新能源汽车电池回收', '动力电池梯次利用与回收'],
      ['储能电站运营服务', '电化学储能电站的运营与调度'],
    ],
  },
  {
    key: 'lab-testing',
    kinds: ['supplier', 'infrastructure'],
    count: 12,
    forms: [
      ['检验检测认证服务', '材料理化性能检测与产品认证'],
      ['计量校准服务', '仪器仪表计量校准与检测报告'],
    ],
  },
  {
    key: 'qms',
    kinds: ['supplier', 'knowledge'],
    count: 12,
    forms: [
      ['质量管理体系认证咨询', 'ISO 9001 体系建设与认证辅导'],
      ['质量管理培训', '质量工具与六西格玛培训'],
    ],
  },
  {
    key: 'fleet',
    kinds: ['solution'],
    count: 12,
    forms: [
      ['运输车队调度系统', '车辆路径优化与运力调度'],
      ['网络货运平台', '货源发布与车货匹配'],
    ],
  },
  {
    key: 'finance',
    kinds: ['solution', 'supplier'],
    count: 12,
    forms: [
      ['供应链金融服务', '基于订单与应收账款的融资服务'],
      ['科技型企业融资对接', '知识产权质押与投贷联动'],
    ],
  },
  {
    key: 'hr',
    kinds: ['solution', 'tool'],
    count: 12,
    forms: [
      ['人力资源管理系统', '招聘、考勤与薪酬管理'],
      ['灵活用工平台', '临时用工匹配与结算'],
    ],
  },
  {
    key: 'ecommerce',
    kinds: ['solution', 'case'],
    count: 12,
    forms: [
      ['工业品电商平台', '工业品在线采购与交易'],
      ['跨境电商服务', '海外店铺运营与物流'],
    ],
  },
  {
    key: 'env',
    kinds: ['solution', 'case'],
    count: 12,
    forms: [
      ['污水处理在线监测', '排污口水质在线监测与超标预警'],
      ['废气治理设备运行监控', '治污设施运行状态与排放监测'],
    ],
  },
  {
    key: 'park',
    kinds: ['infrastructure', 'solution'],
    count: 12,
    forms: [
      ['智慧园区管理平台', '园区安防、能源与招商服务'],
      ['工业互联网园区公共服务平台', '园区企业公共服务与资源共享'],
    ],
  },
  {
    key: 'ip',
    kinds: ['knowledge', 'supplier'],
    count: 12,
    forms: [
      ['知识产权服务', '专利申请、布局与维权'],
      ['技术标准制定咨询', '团体标准与行业标准制定'],
    ],
  },
  {
    key: 'procurement',
    kinds: ['solution', 'tool'],
    count: 12,
    forms: [
      ['电子招标采购平台', '招标公告、投标与评标管理'],
      ['采购寻源管理', '供应商寻源、比价与合同管理'],
    ],
  },
  {
    key: 'equipment-sales',
    kinds: ['supplier', 'case'],
    count: 12,
    forms: [
      ['数控机床整机销售', '立式加工中心与数控车床销售'],
      ['工业机器人集成', '焊接、搬运机器人工作站集成'],
    ],
  },
  {
    key: 'software-dev',
    kinds: ['supplier', 'tool'],
    count: 12,
    forms: [
      ['低代码开发平台', '拖拽式表单与流程应用开发'],
      ['工业 APP 定制开发', '面向行业场景的工业 APP 开发'],
    ],
  },
  {
    key: 'consulting',
    kinds: ['supplier', 'knowledge'],
    count: 12,
    forms: [
      ['精益生产咨询', '现场改善、价值流分析与精益管理'],
      ['管理咨询服务', '战略规划、组织与流程优化'],
    ],
  },
  {
    key: 'video',
    kinds: ['solution', 'infrastructure'],
    count: 12,
    forms: [
      ['厂区视频监控系统', '视频接入、存储与行为识别'],
      ['人员定位系统', '厂区人员实时定位与电子围栏'],
    ],
  },
  {
    key: 'metrology',
    kinds: ['dataset', 'knowledge'],
    count: 12,
    forms: [
      ['行业运行监测数据集', '规上企业月度运行数据'],
      ['工业经济统计报告', '分行业产值与效益统计'],
    ],
  },
  {
    key: 'print',
    kinds: ['solution', 'case'],
    count: 12,
    forms: [
      ['3D 打印增材制造服务', '金属与塑料零件快速打印'],
      ['模具快速制造', '注塑模具设计与快速加工'],
    ],
  },
  {
    key: 'water',
    kinds: ['solution', 'case'],
    count: 12,
    forms: [
      ['智慧水务平台', '供水管网漏损监测与调度'],
      ['农业灌溉物联网', '墒情监测与精准灌溉'],
    ],
  },
];

/** The corpus: every topic's resources, in a fixed order with fixed texts. */
export function relevanceCorpus(): CorpusResource[] {
  const out: CorpusResource[] = [];
  TOPICS.forEach((topic, t) => {
    for (let i = 0; i < topic.count; i += 1) {
      const [title, summary] = topic.forms[i % topic.forms.length]!;
      const industry = INDUSTRIES[(i * 3 + t) % INDUSTRIES.length]!;
      const round = Math.floor(i / topic.forms.length);
      out.push({
        key: `${topic.key}-${i + 1}`,
        topic: topic.key,
        industry,
        kind: topic.kinds[i % topic.kinds.length]!,
        title: round === 0 ? title : `${industry}行业${title}`,
        summary: `${summary}，适用于${industry}企业。${GENERIC[(i + t) % GENERIC.length]!}`,
        providerName: `山东${['智造', '工联', '数智', '云帆', '鲁信', '海岱'][(i + t) % 6]!}科技有限公司`,
      });
    }
  });
  return out;
}

export interface LabelledQuery {
  q: string;
  /** Topic → grade; topics not named are 0. */
  grades: Record<string, 1 | 2>;
  /** When the query names an industry, that industry's resources of a grade-2 topic stay 2, the others 1. */
  industry?: string;
}

/**
 * Queries as enterprises type them (short needs, whole sentences, English abbreviations), with the
 * issue's failing cases: 能耗 vs 能碳/煤耗, 质量检测 vs 缺陷检测, 上云 vs 云服务, 排产 vs 计划排程/MES,
 * 协同设计 vs 协同研发设计, and "maintenance".
 */
export const QUERIES: LabelledQuery[] = [
  { q: '能耗', grades: { energy: 2 } },
  { q: '降低能耗', grades: { energy: 2 } },
  { q: '我们工厂能耗太高，想找节能方案', grades: { energy: 2 } },
  { q: '能碳管理', grades: { energy: 2 } },
  { q: '煤耗', grades: { energy: 2 } },
  { q: '节能降碳', grades: { energy: 2 } },
  { q: '碳排放核算', grades: { energy: 2 } },
  { q: '质量检测', grades: { quality: 2, 'lab-testing': 1 } },
  { q: '缺陷检测', grades: { quality: 2 } },
  { q: '产品质检', grades: { quality: 2 } },
  { q: '表面瑕疵', grades: { quality: 2 } },
  { q: '视觉检测', grades: { quality: 2 } },
  { q: '纺织厂布匹质量检测', grades: { quality: 2 }, industry: '纺织' },
  { q: '上云', grades: { cloud: 2 } },
  { q: '设备上云', grades: { cloud: 2, iot: 1 } },
  { q: '云服务', grades: { cloud: 2 } },
  { q: '企业上云补贴', grades: { cloud: 2 } },
  { q: '排产', grades: { scheduling: 2, mes: 1 } },
  { q: '智能排产', grades: { scheduling: 2, mes: 1 } },
  { q: '计划排程', grades: { scheduling: 2, mes: 2 } },
  { q: '生产排程', grades: { scheduling: 2, mes: 1 } },
  { q: 'MES', grades: { mes: 2, scheduling: 1 } },
  { q: '制造执行系统', grades: { mes: 2, scheduling: 1 } },
  { q: 'APS', grades: { scheduling: 2 } },
  { q: '协同设计', grades: { 'collab-design': 2 } },
  { q: '协同研发', grades: { 'collab-design': 2 } },
  { q: 'PLM', grades: { 'collab-design': 2 } },
  { q: 'maintenance', grades: { maintenance: 2 } },
  { q: 'predictive maintenance', grades: { maintenance: 2 } },
  { q: '预测性维护', grades: { maintenance: 2 } },
  { q: '设备运维', grades: { maintenance: 2 } },
  { q: '设备坏了想提前预警', grades: { maintenance: 2 } },
  { q: '设备维修', grades: { maintenance: 2 } },
  { q: '维保', grades: { maintenance: 2 } },
  { q: 'digital twin', grades: { twin: 2 } },
  { q: '数字孪生', grades: { twin: 2 } },
  { q: '虚拟仿真', grades: { twin: 2 } },
  { q: '标识解析', grades: { identifier: 2 } },
  { q: '产品追溯', grades: { identifier: 2, quality: 1 } },
  { q: '边缘计算', grades: { edge: 2 } },
  { q: 'ERP', grades: { erp: 2 } },
  { q: '进销存', grades: { erp: 2 } },
  { q: '企业资源计划', grades: { erp: 2 } },
  { q: 'WMS', grades: { warehouse: 2 } },
  { q: '仓储管理', grades: { warehouse: 2 } },
  { q: '安全生产', grades: { safety: 2 } },
  { q: '危化品', grades: { safety: 2 } },
  { q: '供应链协同', grades: { 'supply-chain': 2 } },
  { q: '5G专网', grades: { '5g': 2 } },
  { q: '工控安全', grades: { 'ics-security': 2 } },
  { q: '数据治理', grades: { 'data-governance': 2 } },
  { q: '数字化人才培训', grades: { training: 2 } },
  { q: '数字化转型诊断', grades: { diagnosis: 2 } },
  { q: '设备联网', grades: { iot: 2 } },
  { q: '数据采集', grades: { iot: 2 } },
  { q: '工艺参数优化', grades: { 'process-ai': 2 } },
  { q: '數字孿生', grades: { twin: 2 } },
  { q: '質量檢測', grades: { quality: 2, 'lab-testing': 1 } },
  { q: 'ＭＥＳ', grades: { mes: 2, scheduling: 1 } },
];

/** The grade of a resource for a query. */
export function gradeOf(query: LabelledQuery, resource: CorpusResource): number {
  const grade = query.grades[resource.topic] ?? 0;
  if (grade === 2 && query.industry && resource.industry !== query.industry) {
    return 1;
  }
  return grade;
}

/** NDCG@k with gains 2^g − 1, the ideal order taken over every labelled resource. */
export function ndcgAt(k: number, found: number[], all: number[]): number {
  const dcg = (grades: number[]) =>
    grades.slice(0, k).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...all].sort((a, b) => b - a));
  return ideal === 0 ? 1 : dcg(found) / ideal;
}

/** Recall@k: the relevant resources (grade ≥ 1) in the first k, over as many as k can hold. */
export function recallAt(k: number, found: number[], all: number[]): number {
  const relevant = all.filter((g) => g > 0).length;
  if (relevant === 0) {
    return 1;
  }
  return found.slice(0, k).filter((g) => g > 0).length / Math.min(relevant, k);
}

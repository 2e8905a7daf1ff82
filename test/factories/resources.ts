/**
 * Resource-pool factories: valid cards of every kind (with overrides), created through the real command so
 * the tokens, grade and audit are the application's own. Used by the tests, the benchmark and the demo seed.
 */
import type { Db } from '../../src/db/client.ts';
import { resourceCardSchema, type ResourceCard, type ResourceKind } from '../../src/contracts/resources.ts';
import { findCenter } from '../../src/db/loaders/centers.ts';
import { createResource } from '../../src/app/resources/save-resource.ts';
import { systemActor } from '../../src/app/actor.ts';

let serial = 0;

/** A valid card of `kind`; `overrides` replace top-level fields (and `details` wholesale). */
export function resourceCard(
  kind: ResourceKind = 'solution',
  overrides: Partial<Record<keyof ResourceCard, unknown>> = {},
): ResourceCard {
  serial += 1;
  const details =
    kind === 'supplier'
      ? {
          evaluation: {
            criteria: [
              { name: '技术能力', weight: 40, score: 90, evidence: '发明专利 12 项，软件著作权 30 项' },
              { name: '服务案例', weight: 30, score: 85, evidence: '近三年服务企业 86 家' },
              { name: '客户评价', weight: 30, score: 80, evidence: '满意度调查 4.5/5' },
            ],
            evaluatedOn: '2026-06-30',
            evaluator: '山东省工业互联网产业联盟',
          },
        }
      : kind === 'case'
        ? {
            conditions: '企业已完成主要设备联网，具备基础数据采集条件',
            solution: '部署设备健康管理平台，建立故障预警模型',
            results: [
              { indicator: '设备综合效率提升', value: 12, unit: '%' },
              { indicator: '非计划停机减少', value: 30, unit: '%' },
            ],
          }
        : kind === 'infrastructure'
          ? { subkind: 'platform', capacity: '接入企业 300 家' }
          : { specs: '' };
  return resourceCardSchema.parse({
    kind,
    title: `测试资源${serial}`,
    summary: '用于测试的资源简介',
    providerName: '济南测试科技有限公司',
    industryCodes: ['C34'],
    scenarios: ['production'],
    regionCodes: ['370000'],
    priceModel: 'negotiable',
    access: 'public',
    releaseVersion: 'V1.0',
    attachments: [{ name: '产品手册', url: 'https://example.cn/manual.pdf' }],
    status: 'published',
    details,
    ...overrides,
  });
}

/** Creates a resource in the center through the real command; returns its id. */
export async function makeResource(
  db: Db,
  centerId: string,
  kind: ResourceKind = 'solution',
  overrides: Partial<Record<keyof ResourceCard, unknown>> = {},
): Promise<string> {
  const center = await findCenter(db, centerId);
  if (!center) {
    throw new Error(`no center ${centerId}`);
  }
  const card = resourceCard(kind, overrides);
  return db.transaction((tx) => createResource({ actor: systemActor('factory'), tx, center, card }));
}

const TOPICS = [
  ['设备预测性维护解决方案', '基于振动与温度数据的设备健康评估与故障预警', '运维服务'],
  ['中小企业设备上云服务', '设备联网采集与云端监控，降低上云门槛', '生产制造'],
  ['AI 视觉质量检测系统', '基于深度学习的表面缺陷检测，替代人工目检', '质量管控'],
  ['产线数字孪生建模工具', '三维建模与实时数据驱动的产线仿真', '研发设计'],
  ['能耗在线监测平台', '分项计量与能效分析，支撑节能降碳', '节能降碳'],
  ['供应链协同管理系统', '采购、库存与订单协同，提升周转效率', '采购销售'],
] as const;

/** One valid import row (Chinese headers) for a solution; `i` makes the title unique. */
export function importRow(i: number, overrides: Record<string, string> = {}): Record<string, string> {
  const [title, summary, scenario] = TOPICS[i % TOPICS.length]!;
  return {
    资源类型: '产品与解决方案',
    名称: `${title}（${i + 1}号）`,
    简介: summary,
    提供方: `山东第${(i % 17) + 1}工业软件有限公司`,
    适用行业: i % 2 === 0 ? 'C34、C35' : 'C38',
    应用场景: scenario,
    服务区域: i % 3 === 0 ? '全国' : '370100',
    价格模式: '先试用后购买',
    '参考价格（元）': String(10000 + i),
    开放方式: i % 5 === 0 ? '申请后开放' : '公开',
    版本: 'V1.0',
    ...overrides,
  };
}

/** An .xlsx import file with the template's headers and these rows. */
export async function importWorkbook(rows: Record<string, string>[]): Promise<Buffer> {
  const { TEMPLATE_COLUMNS } = await import('../../src/app/resources/import-columns.ts');
  const { writeSheet } = await import('../../src/app/resources/spreadsheet.ts');
  return writeSheet(
    TEMPLATE_COLUMNS,
    rows.map((row) => TEMPLATE_COLUMNS.map((c) => row[c.header] ?? '')),
    [],
  );
}

/** The demo center's pool: a dozen realistic cards of every kind (also used by the e2e flows). */
export async function seedDemoResources(db: Db, centerId: string): Promise<void> {
  const demo: [ResourceKind, Partial<Record<keyof ResourceCard, unknown>>][] = [
    [
      'solution',
      {
        title: '风机设备预测性维护解决方案',
        summary:
          '采集振动、温度与电流数据，建立故障预测模型，提前 7–14 天预警轴承与齿轮箱故障，减少非计划停机。',
        providerName: '济南智维工业软件有限公司',
        industryCodes: ['C34', 'D44'],
        scenarios: ['operation_service', 'production'],
        priceModel: 'trial_then_paid',
        priceFen: 8_000_000,
      },
    ],
    [
      'solution',
      {
        title: '数控机床预测性维护与远程运维平台',
        summary: '主轴、刀具状态在线监测与健康评估，支持远程诊断和服务工单。',
        providerName: '山东数控科技有限公司',
        industryCodes: ['C34'],
        scenarios: ['operation_service'],
        priceModel: 'subscription',
      },
    ],
    [
      'algorithm',
      {
        title: '滚动轴承剩余寿命预测算法',
        summary: '基于频谱特征与深度学习的轴承剩余寿命预测，可用于预测性维护。',
        providerName: '济南智维工业软件有限公司',
        scenarios: ['operation_service'],
        priceModel: 'per_use',
      },
    ],
    [
      'solution',
      {
        title: '中小企业设备上云服务包',
        summary: '低成本工业网关接入，设备数据上云、远程监控与能耗统计，适合中小企业起步。',
        providerName: '山东云联网络科技有限公司',
        industryCodes: ['C33', 'C34'],
        scenarios: ['production'],
        regionCodes: ['370100'],
        priceModel: 'trial_then_paid',
      },
    ],
    [
      'solution',
      {
        title: 'AI 视觉质量检测系统',
        summary: '深度学习识别金属件表面划痕、凹坑等缺陷，替代人工目检。',
        providerName: '济南慧眼智能科技有限公司',
        industryCodes: ['C33', 'C36'],
        scenarios: ['quality'],
        priceModel: 'one_time',
        priceFen: 25_000_000,
      },
    ],
    [
      'dataset',
      {
        title: '注塑件表面缺陷样本数据集',
        summary: '2 万张标注的注塑件缺陷图像，覆盖缩痕、飞边、气泡等 8 类缺陷。',
        providerName: '济南慧眼智能科技有限公司',
        industryCodes: ['C29'],
        scenarios: ['quality'],
        access: 'on_request',
        priceModel: 'free',
        attachments: [
          { name: '数据集样例与说明', url: 'https://example.cn/datasets/injection-defects-sample.zip' },
        ],
      },
    ],
    [
      'tool',
      {
        title: '产线数字孪生建模工具',
        summary: '三维建模与实时数据驱动的产线仿真，支持产能评估与布局优化。',
        providerName: '青岛孪生科技有限公司',
        industryCodes: ['C34', 'C38'],
        scenarios: ['rd_design', 'production'],
        priceModel: 'subscription',
      },
    ],
    [
      'model',
      {
        title: '电机能效评估模型',
        summary: '根据运行电流与负载估算电机能效等级，给出节能改造建议。',
        providerName: '山东节能环保研究院',
        industryCodes: ['C38'],
        scenarios: ['energy'],
        priceModel: 'free',
      },
    ],
    [
      'knowledge',
      {
        title: '设备上云补贴政策解读（山东）',
        summary: '省市两级设备上云专项补贴的申报条件、流程与材料要点。',
        providerName: '济南工业互联网数字化转型促进中心',
        scenarios: ['management'],
        priceModel: 'free',
        access: 'members_only',
      },
    ],
    [
      'case',
      {
        title: '空压站预测性维护应用案例',
        summary: '某化工企业空压站 12 台空压机的健康管理与预测性维护。',
        providerName: '济南智维工业软件有限公司',
        industryCodes: ['C26'],
        scenarios: ['operation_service', 'energy'],
      },
    ],
    [
      'supplier',
      {
        title: '济南智维工业软件有限公司',
        summary: '专注设备健康管理与预测性维护的工业软件供应商，服务装备制造、化工行业。',
        providerName: '济南智维工业软件有限公司',
        industryCodes: ['C34', 'I65'],
        scenarios: ['operation_service'],
        regionCodes: ['000000'],
      },
    ],
    [
      'infrastructure',
      {
        title: '工业互联网标识解析二级节点（装备制造行业）',
        summary: '面向装备制造行业的标识注册、解析与数据共享服务。',
        providerName: '山东云联网络科技有限公司',
        scenarios: ['management', 'procurement_sales'],
        details: { subkind: 'identifier_resolution', capacity: '已接入企业 320 家，标识注册量 1.2 亿' },
      },
    ],
  ];
  for (const [kind, overrides] of demo) {
    await makeResource(db, centerId, kind, { attachments: [], releaseVersion: 'V1.0', ...overrides });
  }
}

/**
 * `sme-digital-2024` — MIIT 《中小企业数字化水平评测指标（2024年版）》(工信厅企业〔2024〕56号).
 *
 * The weights are the document's (数字化基础 50, 数字化管理 30, 数字化成效 20; 数字化经营 as 16 scenarios
 * rated level 1–4), as digested in issue 9. The document's own text is not among the seeds, so option
 * wording, rate band limits, scenario descriptors and the level rule are our reading, each marked
 * `uncertain` with a note; replace them when the official annex is at hand.
 */
import { defineModel } from '../schema.ts';
import type { DiagnosisModelInput, EvidenceInput, Localized } from '../schema.ts';

const t = (zh: string, en: string): Localized => ({ zh, en });
const doc = (ref: string) => ({ ref: `工信厅企业〔2024〕56号 附件 ${ref}` });

/** The five shares every rated item pays (0/25/50/75/100 % of the item). */
const SHARES = [0, 0.25, 0.5, 0.75, 1] as const;

const OPTION_NOTE = t(
  '选项措辞与分档为本平台依据文件权重的解读（原文附件未收录），按 0/25/50/75/100% 计分',
  'Option wording and steps are our reading of the weights (the annex text is not in our sources); they pay 0/25/50/75/100 %',
);

/** A single choice of five steps paying 0/25/50/75/100 % of `points`. */
function steps(
  id: string,
  points: number,
  text: Localized,
  labels: readonly [Localized, Localized, Localized, Localized, Localized],
  extra: { evidence?: EvidenceInput } = {},
) {
  return {
    id,
    type: 'single' as const,
    text,
    options: labels.map((label, i) => ({ id: `${id}-${i}`, label, points: points * (SHARES[i] ?? 0) })),
    uncertain: true,
    note: OPTION_NOTE,
    ...extra,
  };
}

/** A rate question (percent) paying 0/25/50/75/100 % of `points` from the given band limits. */
function rate(id: string, points: number, text: Localized, definition: Localized, limits: readonly number[]) {
  return {
    id,
    type: 'rate' as const,
    text,
    definition,
    points,
    bands: SHARES.map((share, i) => ({ from: i === 0 ? 0 : (limits[i - 1] ?? 100), share })),
    uncertain: true,
    note: t(
      `分档下限（${limits.map((l) => `${l}%`).join('、')}）为本平台解读，文件规定按 0/25/50/75/100% 计分`,
      `Band limits (${limits.map((l) => `${l}%`).join(', ')}) are our reading; the document pays 0/25/50/75/100 %`,
    ),
  };
}

const SCENARIOS: [string, string, string][] = [
  ['product-design', '产品设计', 'Product design'],
  ['process-design', '工艺设计', 'Process design'],
  ['marketing', '营销管理', 'Marketing'],
  ['after-sales', '售后服务', 'After-sales service'],
  ['planning-scheduling', '计划排程', 'Planning and scheduling'],
  ['production-control', '生产管控', 'Production control'],
  ['quality-management', '质量管理', 'Quality management'],
  ['equipment-management', '设备管理', 'Equipment management'],
  ['safety', '安全生产', 'Production safety'],
  ['energy', '能耗管理', 'Energy management'],
  ['procurement', '采购管理', 'Procurement'],
  ['warehousing-logistics', '仓储物流', 'Warehousing and logistics'],
  ['finance', '财务管理', 'Finance'],
  ['human-resources', '人力资源', 'Human resources'],
  ['office-collaboration', '协同办公', 'Office collaboration'],
  ['decision-support', '决策支持', 'Decision support'],
];

const model: DiagnosisModelInput = {
  id: 'sme-digital-2024',
  version: '2024.1',
  title: t('中小企业数字化水平评测（2024年版）', 'SME digital maturity assessment (2024 edition)'),
  summary: t(
    '数字化基础 50 分、数字化管理 30 分、数字化成效 20 分，数字化经营按 16 个场景评定一至四级，综合确定一至四级水平',
    'Foundation 50, management 30, outcomes 20 points; 16 business scenarios rated level 1–4; overall level 1–4',
  ),
  source: {
    title: t('中小企业数字化水平评测指标（2024年版）', 'SME digital maturity assessment indicators (2024 edition)'),
    issuer: t('工业和信息化部办公厅', 'General Office of MIIT'),
    docNumber: '工信厅企业〔2024〕56号',
    year: 2024,
  },
  maxScore: 100,
  dimensions: [
    {
      id: 'foundation',
      name: t('数字化基础', 'Digital foundation'),
      weight: 50,
      citation: doc('一、数字化基础（50分）'),
      indicators: [
        {
          id: 'equipment-systems',
          name: t('设备系统', 'Equipment and systems'),
          weight: 20,
          citation: doc('设备系统（20分 = 网络建设 8 + 设备数字化率 6 + 设备联网率 6）'),
          questions: [
            steps(
              'network-build',
              8,
              t('企业网络建设情况', 'Network build-out'),
              [
                t('未建设企业内部网络', 'No internal network'),
                t('办公区域实现网络覆盖', 'Offices covered'),
                t('生产区域部分实现工业网络覆盖', 'Part of the shop floor covered by an industrial network'),
                t('生产区域全面覆盖有线或无线网络', 'Whole shop floor covered, wired or wireless'),
                t(
                  '采用 5G、工业 PON、TSN 等新型网络，实现内外网互联',
                  'New networks (5G, industrial PON, TSN) linking internal and external networks',
                ),
              ],
            ),
            rate(
              'device-digitization-rate',
              6,
              t('设备数字化率', 'Share of digitised equipment'),
              t('数字化设备数 / 生产设备总数 × 100%', 'Digitised equipment / all production equipment × 100 %'),
              [20, 40, 60, 80],
            ),
            {
              ...rate(
                'device-networking-rate',
                6,
                t('设备联网率', 'Share of networked equipment'),
                t('联网的数字化设备数 / 生产设备总数 × 100%', 'Networked digitised equipment / all production equipment × 100 %'),
                [20, 40, 60, 80],
              ),
              evidence: {
                kinds: ['screenshot', 'system_export'],
                description: t('设备联网监控界面截图或设备台账导出', 'Screenshot of the equipment monitoring view or an asset-register export'),
                required: false,
              },
            },
          ],
        },
        {
          id: 'data-collection',
          name: t('数据采集', 'Data collection'),
          weight: 10,
          citation: doc('数据采集（10分）'),
          questions: [
            steps('data-collection-level', 10, t('生产经营数据采集方式', 'How operating data is collected'), [
              t('主要依靠手工纸质记录', 'Mostly handwritten records'),
              t('使用电子表格记录部分数据', 'Some data kept in spreadsheets'),
              t('关键环节数据通过信息系统录入', 'Key steps recorded in information systems'),
              t('关键设备和工序数据自动采集', 'Key equipment and process data collected automatically'),
              t('全面自动采集并集中统一管理', 'Collected automatically throughout and managed centrally'),
            ]),
          ],
        },
        {
          id: 'information-systems',
          name: t('信息系统', 'Information systems'),
          weight: 10,
          citation: doc('信息系统（10分）'),
          questions: [
            {
              id: 'systems-in-use',
              type: 'multi',
              text: t('已应用的信息系统（可多选）', 'Information systems in use (choose all that apply)'),
              max: 10,
              uncertain: true,
              note: t(
                '每类系统计 2 分（办公/财务 1 分），合计不超过 10 分，为本平台解读',
                'Each kind of system 2 points (office/finance 1), capped at 10: our reading',
              ),
              options: [
                { id: 'erp', label: t('企业资源计划（ERP）', 'ERP'), points: 2 },
                { id: 'mes', label: t('制造执行系统（MES）', 'MES'), points: 2 },
                { id: 'plm', label: t('产品生命周期管理/计算机辅助设计（PLM/CAD）', 'PLM / CAD'), points: 2 },
                { id: 'crm', label: t('客户关系管理（CRM）', 'CRM'), points: 2 },
                { id: 'scm', label: t('供应链/仓储管理（SCM/WMS）', 'SCM / WMS'), points: 2 },
                { id: 'office', label: t('协同办公或财务软件', 'Office collaboration or accounting software'), points: 1 },
                { id: 'cloud', label: t('业务系统上云', 'Business systems on the cloud'), points: 2 },
                { id: 'none', label: t('以上均未应用', 'None of these'), points: 0, exclusive: true },
              ],
            },
          ],
        },
        {
          id: 'information-security',
          name: t('信息安全', 'Information security'),
          weight: 10,
          citation: doc('信息安全（10分 = 网络安全 5 + 数据安全 5）'),
          questions: [
            steps('network-security', 5, t('网络安全防护', 'Network security'), [
              t('未采取网络安全措施', 'No network security measures'),
              t('部署防火墙、杀毒软件等基础防护', 'Basic protection (firewall, antivirus)'),
              t('建立网络安全管理制度并落实', 'Network security rules in force'),
              t('开展安全监测与定期评估', 'Security monitoring and regular assessment'),
              t('通过等级保护测评或同等认证', 'Passed 等保 assessment or equivalent certification'),
            ]),
            steps('data-security', 5, t('数据安全保护', 'Data security'), [
              t('未采取数据安全措施', 'No data security measures'),
              t('重要数据定期备份', 'Important data backed up regularly'),
              t('数据分类分级并设置访问权限', 'Data classified with access control'),
              t('数据加密存储传输并有恢复演练', 'Encryption at rest and in transit, recovery drills'),
              t('建立数据安全管理体系并通过评估', 'Data security management system, assessed'),
            ]),
          ],
        },
      ],
    },
    {
      id: 'management',
      name: t('数字化管理', 'Digital management'),
      weight: 30,
      citation: doc('三、数字化管理（30分）'),
      indicators: [
        {
          id: 'planning-management',
          name: t('规划管理', 'Planning and governance'),
          weight: 15,
          citation: doc('规划管理（15分）'),
          questions: [
            steps(
              'transformation-plan',
              15,
              t('数字化转型规划与组织', 'Transformation plan and organisation'),
              [
                t('尚无数字化转型规划', 'No transformation plan'),
                t('有初步设想，未形成书面规划', 'Ideas, no written plan'),
                t('制定了数字化转型规划', 'A written transformation plan'),
                t('有规划、专门负责人和年度实施计划', 'Plan, a responsible person and yearly implementation plans'),
                t('规划纳入企业战略并定期评估调整', 'Plan part of corporate strategy, reviewed regularly'),
              ],
              {
                evidence: {
                  kinds: ['document'],
                  description: t('数字化转型规划或实施方案', 'The transformation plan or implementation plan'),
                  required: false,
                },
              },
            ),
          ],
        },
        {
          id: 'resource-assurance',
          name: t('要素保障', 'Resources'),
          weight: 15,
          citation: doc('要素保障（15分 = 人才 7.5 + 资金 7.5）'),
          questions: [
            rate(
              'digital-talent-share',
              7.5,
              t('数字化人才占比', 'Share of digital staff'),
              t('从事数字化相关工作的人员数 / 员工总数 × 100%', 'Staff working on digital systems / all staff × 100 %'),
              [1, 3, 5, 10],
            ),
            rate(
              'digital-investment-share',
              7.5,
              t('数字化投入占营业收入比重', 'Digital investment as a share of revenue'),
              t('近一年数字化投入 / 营业收入 × 100%', 'Digital investment last year / revenue × 100 %'),
              [0.5, 1, 2, 3],
            ),
          ],
        },
      ],
    },
    {
      id: 'outcomes',
      name: t('数字化成效', 'Digital outcomes'),
      weight: 20,
      citation: doc('四、数字化成效（20分）'),
      indicators: [
        {
          id: 'green-low-carbon',
          name: t('绿色低碳', 'Green and low-carbon'),
          weight: 7,
          citation: doc('绿色低碳（7分）'),
          questions: [
            steps('energy-carbon', 7, t('能耗与碳排放的数字化管理成效', 'Energy and carbon results from digital tools'), [
              t('未开展能耗统计', 'Energy not measured'),
              t('人工统计能耗', 'Energy counted by hand'),
              t('重点设备能耗在线监测', 'Key equipment energy monitored online'),
              t('能耗在线监测并优化，单位产值能耗下降', 'Monitored and optimised; energy per output fell'),
              t('实现碳排放核算与能碳协同优化', 'Carbon accounted and energy–carbon jointly optimised'),
            ]),
          ],
        },
        {
          id: 'product-quality',
          name: t('产品质量', 'Product quality'),
          weight: 7,
          citation: doc('产品质量（7分）'),
          questions: [
            steps('quality-results', 7, t('质量管理数字化成效', 'Quality results from digital tools'), [
              t('质量记录以纸质为主', 'Quality records mostly on paper'),
              t('质量数据电子化记录', 'Quality data recorded electronically'),
              t('关键工序质量数据在线采集', 'Key process quality data collected online'),
              t('实现产品质量追溯，合格率提升', 'Product traceability; pass rate improved'),
              t('质量数据分析预测，持续改进', 'Quality predicted from data, continuous improvement'),
            ]),
          ],
        },
        {
          id: 'market-benefit',
          name: t('市场效益', 'Market results'),
          weight: 6,
          citation: doc('市场效益（6分）'),
          questions: [
            steps('market-results', 6, t('数字化对经营效益的影响', 'Effect of digital tools on business results'), [
              t('无明显影响', 'No visible effect'),
              t('个别业务效率有所提升', 'Some tasks faster'),
              t('营业收入或利润有所增长', 'Revenue or profit grew'),
              t('人均产值明显提升', 'Output per employee clearly up'),
              t('形成新产品、新模式或新市场', 'New products, business models or markets'),
            ]),
          ],
        },
      ],
    },
  ],
  scenarios: SCENARIOS.map(([id, zh, en]) => ({
    id: `scenario-${id}`,
    name: t(zh, en),
    citation: doc(`二、数字化经营 ${zh}`),
    uncertain: true,
    note: t(
      '各级描述为本平台依据“一级人工—二级单项系统—三级集成—四级数据驱动优化”阶梯的概括，非文件原文',
      'Descriptors summarise the ladder manual → single system → integrated → data-driven; not the official wording',
    ),
    levels: [
      { level: 1, descriptor: t(`${zh}主要依靠人工或纸质方式`, `${en}: mostly manual or on paper`) },
      { level: 2, descriptor: t(`${zh}使用单项信息系统或工具，数据电子化`, `${en}: single systems or tools, data kept electronically`) },
      { level: 3, descriptor: t(`${zh}与上下游环节系统集成、数据贯通`, `${en}: integrated with upstream and downstream steps`) },
      { level: 4, descriptor: t(`${zh}基于数据分析实现智能决策与持续优化`, `${en}: decisions and optimisation driven by data`) },
    ],
  })),
  levels: {
    uncertain: true,
    citation: doc('评测等级'),
    note: t(
      '等级规则为本平台解读（原文未收录）：按总分（基础+管理+成效）与数字化经营场景等级综合确定——一级 ≥20 分；二级 ≥40 分且至少 4 个场景达到二级；三级 ≥60 分且至少 6 个场景达到三级；四级 ≥80 分且至少 8 个场景达到四级',
      'Level rule is our reading (the text is not in our sources): total (foundation + management + outcomes) and scenario levels together — L1 ≥ 20; L2 ≥ 40 with ≥ 4 scenarios at level 2; L3 ≥ 60 with ≥ 6 at level 3; L4 ≥ 80 with ≥ 8 at level 4',
    ),
    rules: [
      { level: 1, name: t('一级', 'Level 1'), minScore: 20 },
      { level: 2, name: t('二级', 'Level 2'), minScore: 40, scenarios: { minLevel: 2, count: 4 } },
      { level: 3, name: t('三级', 'Level 3'), minScore: 60, scenarios: { minLevel: 3, count: 6 } },
      { level: 4, name: t('四级', 'Level 4'), minScore: 80, scenarios: { minLevel: 4, count: 8 } },
    ],
  },
  plausibility: [
    {
      kind: 'lte',
      id: 'networked-within-digitized',
      left: 'device-networking-rate',
      right: 'device-digitization-rate',
      severity: 'error',
      message: t(
        '设备联网率不能高于设备数字化率（联网设备须为数字化设备）',
        'The networked share cannot exceed the digitised share (a networked device is a digitised one)',
      ),
    },
    {
      kind: 'requires',
      id: 'equipment-scenario-needs-networking',
      when: 'scenario-equipment-management',
      whenAtLeast: 3,
      then: 'device-networking-rate',
      thenAtLeast: 40,
      severity: 'warning',
      uncertain: true,
      note: t('阈值为本平台经验设定', 'Threshold set by us from experience'),
      message: t(
        '设备管理场景达到三级及以上，但设备联网率低于 40%，请核实',
        'Equipment management at level 3 or above with under 40 % of equipment networked: please check',
      ),
    },
    {
      kind: 'requires',
      id: 'automatic-collection-needs-networking',
      when: 'data-collection-level',
      whenAtLeast: 7.5,
      then: 'device-networking-rate',
      thenAtLeast: 20,
      severity: 'warning',
      uncertain: true,
      note: t('阈值为本平台经验设定', 'Threshold set by us from experience'),
      message: t(
        '数据采集选择了自动采集，但设备联网率低于 20%，请核实',
        'Automatic data collection claimed with under 20 % of equipment networked: please check',
      ),
    },
  ],
};

export const smeDigital2024 = defineModel(model);

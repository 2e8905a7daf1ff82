/**
 * The resource import sheet: its Chinese columns, and the conversion of one row into a card input. The card
 * itself is then validated by the same zod schema as the API and the web form.
 */
import {
  INFRASTRUCTURE_SUBKIND_LABELS,
  PRICE_MODEL_LABELS,
  RESOURCE_ACCESS_LABELS,
  RESOURCE_KIND_LABELS,
  SCENARIO_LABELS,
  codeOfLabel,
  type ResourceKind,
} from '../../domain/resources/vocabulary.ts';
import { NATIONAL_REGION_CODE } from '../../domain/reference/regions.ts';
import type { TemplateColumn } from './spreadsheet.ts';

export const COL = {
  kind: '资源类型',
  title: '名称',
  summary: '简介',
  providerName: '提供方',
  providerCreditCode: '提供方统一社会信用代码',
  industryCodes: '适用行业',
  scenarios: '应用场景',
  regionCodes: '服务区域',
  priceModel: '价格模式',
  price: '参考价格（元）',
  access: '开放方式',
  releaseVersion: '版本',
  attachments: '附件',
  status: '状态',
  specs: '规格说明',
  subkind: '基础设施类型',
  capacity: '基础设施能力',
  conditions: '案例实施条件',
  solution: '案例解决方案',
  results: '案例成效',
  criteria: '供应商评价指标',
  evaluatedOn: '评价日期',
  evaluator: '评价机构',
} as const;

const join = (labels: Record<string, { zh: string }>) =>
  Object.values(labels)
    .map((l) => l.zh)
    .join('、');

export const TEMPLATE_COLUMNS: TemplateColumn[] = [
  { header: COL.kind, width: 16, required: true, note: `可选：${join(RESOURCE_KIND_LABELS)}` },
  { header: COL.title, width: 30, required: true, note: '2–120 个字' },
  { header: COL.summary, width: 50, required: true, note: '不超过 2000 个字' },
  { header: COL.providerName, width: 28, required: true, note: '提供方单位全称' },
  { header: COL.providerCreditCode, width: 22, required: false, note: '18 位统一社会信用代码，可不填' },
  {
    header: COL.industryCodes,
    width: 16,
    required: true,
    note: 'GB/T 4754-2017 门类或大类代码，多个用顿号分隔，如 C34、C35',
  },
  {
    header: COL.scenarios,
    width: 20,
    required: true,
    note: `多个用顿号分隔，可选：${join(SCENARIO_LABELS)}`,
  },
  {
    header: COL.regionCodes,
    width: 16,
    required: true,
    note: 'GB/T 2260 行政区划代码，多个用顿号分隔；全国填“全国”或 000000',
  },
  { header: COL.priceModel, width: 14, required: true, note: `可选：${join(PRICE_MODEL_LABELS)}` },
  { header: COL.price, width: 14, required: false, note: '单位：元，最多两位小数，可不填' },
  { header: COL.access, width: 14, required: true, note: `可选：${join(RESOURCE_ACCESS_LABELS)}` },
  { header: COL.releaseVersion, width: 10, required: false, note: '如 V2.1' },
  {
    header: COL.attachments,
    width: 30,
    required: false,
    note: '名称|链接，多个用分号分隔，如 产品手册|https://example.cn/a.pdf',
  },
  { header: COL.status, width: 10, required: false, note: '草稿 或 已发布（默认已发布）' },
  { header: COL.specs, width: 30, required: false, note: '产品、模型、算法、工具、数据集、知识的规格说明' },
  {
    header: COL.subkind,
    width: 14,
    required: false,
    note: `基础设施必填，可选：${join(INFRASTRUCTURE_SUBKIND_LABELS)}`,
  },
  { header: COL.capacity, width: 24, required: false, note: '基础设施的能力或规模，如 接入企业 300 家' },
  { header: COL.conditions, width: 30, required: false, note: '案例必填：企业基础与实施条件' },
  { header: COL.solution, width: 30, required: false, note: '案例必填：采用的解决方案' },
  {
    header: COL.results,
    width: 30,
    required: false,
    note: '案例必填：指标:数值单位，多个用分号分隔，如 设备综合效率提升:12%；故障停机减少:30%',
  },
  {
    header: COL.criteria,
    width: 40,
    required: false,
    note: '供应商必填：指标|权重|得分|依据，多个用分号分隔，权重之和为 100',
  },
  { header: COL.evaluatedOn, width: 12, required: false, note: '供应商必填：YYYY-MM-DD' },
  { header: COL.evaluator, width: 20, required: false, note: '供应商必填：评价机构' },
];

export const REQUIRED_HEADERS = TEMPLATE_COLUMNS.filter((c) => c.required).map((c) => c.header);

/** Rows whose name starts with this are the template's example and are skipped. */
export const EXAMPLE_MARK = '【示例】';

export const TEMPLATE_EXAMPLE: Record<string, string> = {
  [COL.kind]: '产品与解决方案',
  [COL.title]: `${EXAMPLE_MARK}风机设备预测性维护解决方案`,
  [COL.summary]: '基于振动与温度数据的设备健康评估与故障预警，降低非计划停机。',
  [COL.providerName]: '济南某工业软件有限公司',
  [COL.providerCreditCode]: '',
  [COL.industryCodes]: 'C34、C38',
  [COL.scenarios]: '运维服务、生产制造',
  [COL.regionCodes]: '370000',
  [COL.priceModel]: '先试用后购买',
  [COL.price]: '50000',
  [COL.access]: '公开',
  [COL.releaseVersion]: 'V2.1',
  [COL.attachments]: '产品手册|https://example.cn/manual.pdf',
  [COL.status]: '已发布',
  [COL.specs]: '支持 Modbus、OPC UA 接入',
};

export const TEMPLATE_INSTRUCTIONS = [
  '1. 第 1 行为表头，请勿修改；橙色表头为必填列。将鼠标移到表头可查看填写要求。',
  `2. 名称以“${EXAMPLE_MARK}”开头的行为示例，导入时自动跳过，可直接覆盖或删除。`,
  '3. 多个取值用顿号“、”、逗号或分号分隔。',
  '4. 先“试导入”检查错误（不会写入任何数据），全部通过后再“确认导入”；确认导入要么全部成功，要么全部不导入。',
  '5. 供应商需填写分级评价指标（指标|权重|得分|依据），系统按加权得分评定 A/B/C/D 级：≥85 A，≥70 B，≥60 C。',
  '6. 案例需填写实施条件、解决方案和量化成效（指标:数值单位）。',
];

export interface CellProblem {
  column: string;
  message: string;
}

const SPLIT = /[、,，;；\n]+/;

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(SPLIT)
    .map((v) => v.trim())
    .filter(Boolean);
}

function labelList<K extends string>(
  value: string | undefined,
  labels: Record<K, { zh: string; en: string }>,
  column: string,
  problems: CellProblem[],
): K[] {
  const out: K[] = [];
  for (const item of list(value)) {
    const code = codeOfLabel(labels, item);
    if (code) {
      out.push(code);
    } else {
      problems.push({ column, message: `“${item}”不是有效的取值，可选：${join(labels)}` });
    }
  }
  return out;
}

function one<K extends string>(
  value: string | undefined,
  labels: Record<K, { zh: string; en: string }>,
  column: string,
  problems: CellProblem[],
  fallback?: K,
): K | undefined {
  if (!value) {
    return fallback;
  }
  const code = codeOfLabel(labels, value);
  if (!code) {
    problems.push({ column, message: `“${value}”不是有效的取值，可选：${join(labels)}` });
  }
  return code;
}

function numberOf(text: string): number | undefined {
  const n = Number(text.replace(/[,，\s]/g, ''));
  return text.trim() !== '' && Number.isFinite(n) ? n : undefined;
}

/** Converts one sheet row into the card input the schema validates; cell-level problems are collected. */
export function rowToCardInput(cells: Record<string, string>): { input: unknown; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const get = (header: string) => cells[header]?.trim() ?? '';
  const kind = one<ResourceKind>(
    get(COL.kind) === '解决方案' ? '产品与解决方案' : get(COL.kind),
    RESOURCE_KIND_LABELS,
    COL.kind,
    problems,
  );
  let priceFen: number | null = null;
  if (get(COL.price)) {
    const yuan = numberOf(get(COL.price));
    if (yuan === undefined || yuan < 0 || Math.abs(yuan * 100 - Math.round(yuan * 100)) > 1e-6) {
      problems.push({ column: COL.price, message: `“${get(COL.price)}”不是有效的金额（元，最多两位小数）` });
    } else {
      priceFen = Math.round(yuan * 100);
    }
  }
  const attachments = get(COL.attachments)
    .split(/[;；\n]+/)
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const [name, url] = item.split('|');
      return { name: (name ?? '').trim(), url: (url ?? '').trim() };
    });
  const statusText = get(COL.status);
  const status =
    statusText === '' || statusText === '已发布' || statusText === '发布'
      ? 'published'
      : statusText === '草稿'
        ? 'draft'
        : statusText;
  const base = {
    kind,
    title: get(COL.title),
    summary: get(COL.summary),
    providerName: get(COL.providerName),
    providerCreditCode: get(COL.providerCreditCode) || null,
    industryCodes: list(get(COL.industryCodes)),
    scenarios: labelList(get(COL.scenarios), SCENARIO_LABELS, COL.scenarios, problems),
    regionCodes: list(get(COL.regionCodes)).map((c) => (c === '全国' ? NATIONAL_REGION_CODE : c)),
    priceModel: one(get(COL.priceModel), PRICE_MODEL_LABELS, COL.priceModel, problems) ?? get(COL.priceModel),
    priceFen,
    access: one(get(COL.access), RESOURCE_ACCESS_LABELS, COL.access, problems) ?? get(COL.access),
    releaseVersion: get(COL.releaseVersion),
    attachments,
    status,
  };
  let details: unknown;
  if (kind === 'case') {
    const results = list(get(COL.results)).map((item) => {
      const m = /^(.+?)[:：]\s*([-+]?\d+(?:\.\d+)?)\s*(.*)$/.exec(item);
      if (!m) {
        problems.push({
          column: COL.results,
          message: `“${item}”应写成 指标:数值单位，如 设备综合效率提升:12%`,
        });
        return { indicator: item, value: Number.NaN, unit: '' };
      }
      return { indicator: m[1]!.trim(), value: Number(m[2]), unit: m[3]!.trim() };
    });
    details = { conditions: get(COL.conditions), solution: get(COL.solution), results };
  } else if (kind === 'supplier') {
    const criteria = list(get(COL.criteria)).map((item) => {
      const [name = '', weight = '', score = '', ...evidence] = item.split('|').map((p) => p.trim());
      const w = numberOf(weight);
      const s = numberOf(score);
      if (w === undefined || s === undefined) {
        problems.push({
          column: COL.criteria,
          message: `“${item}”应写成 指标|权重|得分|依据，权重与得分为数字`,
        });
      }
      return { name, weight: w ?? 0, score: s ?? 0, evidence: evidence.join('|') };
    });
    details = { evaluation: { criteria, evaluatedOn: get(COL.evaluatedOn), evaluator: get(COL.evaluator) } };
  } else if (kind === 'infrastructure') {
    details = {
      subkind:
        one(get(COL.subkind), INFRASTRUCTURE_SUBKIND_LABELS, COL.subkind, problems) ?? get(COL.subkind),
      capacity: get(COL.capacity),
    };
  } else {
    details = { specs: get(COL.specs) };
  }
  return { input: { ...base, details }, problems };
}

/** The sheet column a card field's validation issue belongs to. */
export function columnOfPath(path: readonly PropertyKey[]): string {
  const [first, second, third] = path;
  if (first === 'details') {
    if (second === 'evaluation') {
      return third === 'evaluatedOn' ? COL.evaluatedOn : third === 'evaluator' ? COL.evaluator : COL.criteria;
    }
    const byDetail: Record<string, string> = {
      specs: COL.specs,
      subkind: COL.subkind,
      capacity: COL.capacity,
      conditions: COL.conditions,
      solution: COL.solution,
      results: COL.results,
    };
    return byDetail[String(second)] ?? COL.kind;
  }
  if (first === 'priceFen') {
    return COL.price;
  }
  return (COL as Record<string, string>)[String(first)] ?? String(first);
}

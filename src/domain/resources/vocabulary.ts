/**
 * The resource pool's vocabulary (GLOSSARY.md: 资源池): kinds, scenarios / links, access, price models,
 * infrastructure subkinds, statuses — stable codes with Chinese and English labels. The Chinese labels are
 * also what a spreadsheet import accepts.
 */
import type { Localised } from '../organisation/credit-code.ts';

export const resourceKindValues = [
  'supplier',
  'solution',
  'model',
  'algorithm',
  'tool',
  'dataset',
  'knowledge',
  'case',
  'infrastructure',
] as const;
export type ResourceKind = (typeof resourceKindValues)[number];

export const RESOURCE_KIND_LABELS: Readonly<Record<ResourceKind, Localised>> = {
  supplier: { zh: '供应商', en: 'Supplier' },
  solution: { zh: '产品与解决方案', en: 'Product / solution' },
  model: { zh: '模型', en: 'Model' },
  algorithm: { zh: '算法', en: 'Algorithm' },
  tool: { zh: '工具', en: 'Tool' },
  dataset: { zh: '数据集', en: 'Dataset' },
  knowledge: { zh: '知识', en: 'Knowledge' },
  case: { zh: '案例', en: 'Case' },
  infrastructure: { zh: '基础设施', en: 'Infrastructure' },
};

/** Links of the value chain a resource serves (场景 / 环节). */
export const scenarioValues = [
  'rd_design',
  'production',
  'management',
  'procurement_sales',
  'operation_service',
  'quality',
  'logistics',
  'safety',
  'energy',
] as const;
export type Scenario = (typeof scenarioValues)[number];

export const SCENARIO_LABELS: Readonly<Record<Scenario, Localised>> = {
  rd_design: { zh: '研发设计', en: 'R&D and design' },
  production: { zh: '生产制造', en: 'Production' },
  management: { zh: '经营管理', en: 'Business management' },
  procurement_sales: { zh: '采购销售', en: 'Procurement and sales' },
  operation_service: { zh: '运维服务', en: 'Operation and maintenance' },
  quality: { zh: '质量管控', en: 'Quality control' },
  logistics: { zh: '仓储物流', en: 'Warehousing and logistics' },
  safety: { zh: '安全生产', en: 'Work safety' },
  energy: { zh: '节能降碳', en: 'Energy and carbon' },
};

/** Who may see a resource's attachments: anyone; after an approved request; signed-in members only. */
export const resourceAccessValues = ['public', 'on_request', 'members_only'] as const;
export type ResourceAccess = (typeof resourceAccessValues)[number];

export const RESOURCE_ACCESS_LABELS: Readonly<Record<ResourceAccess, Localised>> = {
  public: { zh: '公开', en: 'Public' },
  on_request: { zh: '申请后开放', en: 'On request' },
  members_only: { zh: '仅限会员', en: 'Members only' },
};

export const priceModelValues = [
  'free',
  'trial_then_paid',
  'one_time',
  'subscription',
  'per_use',
  'negotiable',
] as const;
export type PriceModel = (typeof priceModelValues)[number];

export const PRICE_MODEL_LABELS: Readonly<Record<PriceModel, Localised>> = {
  free: { zh: '免费', en: 'Free' },
  trial_then_paid: { zh: '先试用后购买', en: 'Free trial, then paid' },
  one_time: { zh: '一次性买断', en: 'One-time purchase' },
  subscription: { zh: '订阅', en: 'Subscription' },
  per_use: { zh: '按量计费', en: 'Pay per use' },
  negotiable: { zh: '面议', en: 'Negotiable' },
};

export const infrastructureSubkindValues = [
  'network',
  'identifier_resolution',
  'platform',
  'security',
] as const;
export type InfrastructureSubkind = (typeof infrastructureSubkindValues)[number];

export const INFRASTRUCTURE_SUBKIND_LABELS: Readonly<Record<InfrastructureSubkind, Localised>> = {
  network: { zh: '网络', en: 'Network' },
  identifier_resolution: { zh: '标识解析节点', en: 'Identifier-resolution node' },
  platform: { zh: '平台', en: 'Platform' },
  security: { zh: '安全', en: 'Security' },
};

export const resourceStatusValues = ['draft', 'published', 'archived'] as const;
export type ResourceStatus = (typeof resourceStatusValues)[number];

export const RESOURCE_STATUS_LABELS: Readonly<Record<ResourceStatus, Localised>> = {
  draft: { zh: '草稿', en: 'Draft' },
  published: { zh: '已发布', en: 'Published' },
  archived: { zh: '已下架', en: 'Archived' },
};

/** How a resource was taken up: reused (a model, algorithm, tool …) or deployed (a product in an enterprise). */
export const adoptionKindValues = ['reuse', 'deployment'] as const;
export type AdoptionKind = (typeof adoptionKindValues)[number];

export const ADOPTION_KIND_LABELS: Readonly<Record<AdoptionKind, Localised>> = {
  reuse: { zh: '复用', en: 'Reuse' },
  deployment: { zh: '部署应用', en: 'Deployment' },
};

export const accessRequestStatusValues = ['pending', 'approved', 'rejected'] as const;
export type AccessRequestStatus = (typeof accessRequestStatusValues)[number];

/** The code whose Chinese (or English) label is `label`, ignoring surrounding spaces; undefined if none. */
export function codeOfLabel<K extends string>(
  labels: Readonly<Record<K, Localised>>,
  label: string,
): K | undefined {
  const wanted = label.trim().toLowerCase();
  return (Object.keys(labels) as K[]).find(
    (k) => labels[k].zh === wanted || labels[k].en.toLowerCase() === wanted || k === wanted,
  );
}

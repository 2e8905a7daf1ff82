/**
 * Resource pools (资源池): the card every kind shares, kind-specific details, catalog search with facets,
 * adoption (reuse / deployment) records, access requests and spreadsheet import. One schema validates the
 * API, the web form and every imported row; messages are Chinese and name their field.
 */
import { z } from 'zod';
import { idSchema, isoDateSchema, pageOf, pageQuerySchema, versionSchema } from './common.ts';
import { creditCodeSchema } from '../domain/organisation/credit-code.ts';
import { isValidIndustryCode, normalizeIndustryCode } from '../domain/reference/industries.ts';
import { isValidRegionCode, NATIONAL_REGION_CODE } from '../domain/reference/regions.ts';
import {
  accessRequestStatusValues,
  adoptionKindValues,
  infrastructureSubkindValues,
  priceModelValues,
  resourceAccessValues,
  resourceKindValues,
  resourceStatusValues,
  scenarioValues,
} from '../domain/resources/vocabulary.ts';
import { supplierGradeValues, weightsComplete } from '../domain/resources/supplier-grade.ts';

export * from '../domain/resources/vocabulary.ts';
export {
  supplierGradeValues,
  SUPPLIER_GRADE_LABELS,
  type SupplierGrade,
} from '../domain/resources/supplier-grade.ts';

export const resourceKindSchema = z.enum(resourceKindValues, { error: '资源类型无效' });
export const scenarioSchema = z.enum(scenarioValues, { error: '应用场景无效' });

const industryCodeSchema = z
  .string({ error: '行业代码应为文本' })
  .overwrite((code) => normalizeIndustryCode(code.trim()) ?? code)
  .refine(isValidIndustryCode, { error: '行业代码无效：应为 GB/T 4754-2017 的门类（如 C）或大类（如 C34）' });

const servedRegionSchema = z
  .string({ error: '服务区域应为行政区划代码' })
  .trim()
  .refine((code) => code === NATIONAL_REGION_CODE || isValidRegionCode(code), {
    error: '服务区域的行政区划代码无效（GB/T 2260，全国为 000000）',
  });

export const attachmentSchema = z.strictObject({
  name: z.string({ error: '请填写附件名称' }).trim().min(1, { error: '请填写附件名称' }).max(120),
  url: z
    .string({ error: '请填写附件链接' })
    .trim()
    .regex(/^(https?:\/\/|\/)/, { error: '附件链接应以 http://、https:// 或 / 开头' })
    .max(500),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const gradeCriterionSchema = z.strictObject({
  name: z.string({ error: '请填写评价指标' }).trim().min(1, { error: '请填写评价指标' }).max(60),
  weight: z
    .number({ error: '权重应为数字' })
    .gt(0, { error: '权重应大于 0' })
    .max(100, { error: '权重不超过 100' }),
  score: z
    .number({ error: '得分应为数字' })
    .min(0, { error: '得分不低于 0' })
    .max(100, { error: '得分不超过 100' }),
  evidence: z
    .string({ error: '请填写评价依据' })
    .trim()
    .min(1, { error: '每项评价指标都应写明依据（证据）' })
    .max(500),
});

const supplierDetailsSchema = z.strictObject({
  evaluation: z.strictObject({
    criteria: z
      .array(gradeCriterionSchema, { error: '请填写分级评价指标' })
      .min(1, { error: '供应商至少需要 1 项评价指标' })
      .max(20)
      .refine(weightsComplete, { error: '评价指标的权重之和应为 100' }),
    evaluatedOn: isoDateSchema.describe('评价日期'),
    evaluator: z.string({ error: '请填写评价机构' }).trim().min(1, { error: '请填写评价机构' }).max(120),
  }),
});

export const caseResultSchema = z.strictObject({
  indicator: z.string({ error: '请填写成效指标' }).trim().min(1, { error: '请填写成效指标' }).max(60),
  value: z.number({ error: '成效数值应为数字' }).finite(),
  unit: z.string().trim().max(20).default(''),
});

const caseDetailsSchema = z.strictObject({
  conditions: z.string({ error: '请填写实施条件' }).trim().min(1, { error: '请填写实施条件' }).max(2000),
  solution: z.string({ error: '请填写解决方案' }).trim().min(1, { error: '请填写解决方案' }).max(4000),
  results: z
    .array(caseResultSchema, { error: '请填写应用成效' })
    .min(1, { error: '案例至少需要 1 项量化成效（指标与数值）' })
    .max(20),
});

const infrastructureDetailsSchema = z.strictObject({
  subkind: z.enum(infrastructureSubkindValues, { error: '基础设施类型应为网络、标识解析节点、平台或安全' }),
  capacity: z.string().trim().max(200).default(''),
});

const genericDetailsSchema = z.strictObject({
  specs: z.string().trim().max(2000).default(''),
});

const baseCard = {
  title: z
    .string({ error: '请填写名称' })
    .trim()
    .min(2, { error: '名称至少 2 个字' })
    .max(120, { error: '名称不超过 120 个字' }),
  summary: z
    .string({ error: '请填写简介' })
    .trim()
    .min(1, { error: '请填写简介' })
    .max(2000, { error: '简介不超过 2000 个字' }),
  providerName: z
    .string({ error: '请填写提供方' })
    .trim()
    .min(2, { error: '提供方名称至少 2 个字' })
    .max(120, { error: '提供方名称不超过 120 个字' }),
  providerCreditCode: creditCodeSchema.nullish(),
  industryCodes: z
    .array(industryCodeSchema, { error: '请选择适用行业' })
    .min(1, { error: '至少选择 1 个适用行业' })
    .max(20, { error: '适用行业最多 20 个' }),
  scenarios: z
    .array(scenarioSchema, { error: '请选择应用场景' })
    .min(1, { error: '至少选择 1 个应用场景' })
    .max(9),
  regionCodes: z
    .array(servedRegionSchema, { error: '请选择服务区域' })
    .min(1, { error: '至少选择 1 个服务区域' })
    .max(50, { error: '服务区域最多 50 个' }),
  priceModel: z.enum(priceModelValues, { error: '价格模式无效' }),
  /** Reference price in fen, when there is one. */
  priceFen: z
    .number({ error: '价格应为数字' })
    .int({ error: '价格应精确到分' })
    .min(0, { error: '价格不能为负' })
    .nullish(),
  access: z.enum(resourceAccessValues, { error: '开放方式应为公开、申请后开放或仅限会员' }),
  releaseVersion: z.string().trim().max(32, { error: '版本号不超过 32 个字符' }).default(''),
  attachments: z.array(attachmentSchema).max(20, { error: '附件最多 20 个' }).default([]),
  status: z.enum(['draft', 'published'], { error: '状态应为草稿或已发布' }).default('published'),
};

const genericKinds = ['solution', 'model', 'algorithm', 'tool', 'dataset', 'knowledge'] as const;

/** A resource card: the shared fields plus `details` that depend on `kind`. */
export const resourceCardSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ ...baseCard, kind: z.literal('supplier'), details: supplierDetailsSchema }),
    z.strictObject({ ...baseCard, kind: z.literal('case'), details: caseDetailsSchema }),
    z.strictObject({ ...baseCard, kind: z.literal('infrastructure'), details: infrastructureDetailsSchema }),
    z.strictObject({
      ...baseCard,
      kind: z.enum(genericKinds),
      details: genericDetailsSchema.default({ specs: '' }),
    }),
  ],
  { error: '资源类型无效' },
);
export type ResourceCard = z.output<typeof resourceCardSchema>;
export type ResourceCardInput = z.input<typeof resourceCardSchema>;

export const createResourceBodySchema = resourceCardSchema;
export type CreateResourceBody = ResourceCard;

/** Editing replaces the card (the kind cannot change) and may archive it; `version` guards lost updates. */
export const updateResourceBodySchema = z.strictObject({
  version: versionSchema,
  card: resourceCardSchema,
  archived: z.boolean().default(false),
});
export type UpdateResourceBody = z.infer<typeof updateResourceBodySchema>;

export const supplierEvaluationViewSchema = z.object({
  criteria: z.array(gradeCriterionSchema),
  evaluatedOn: z.string(),
  evaluator: z.string(),
  score: z.number(),
  grade: z.enum(supplierGradeValues),
});

export const resourceSummaryViewSchema = z.object({
  id: idSchema,
  kind: resourceKindSchema,
  title: z.string(),
  summary: z.string(),
  providerName: z.string(),
  industryCodes: z.array(z.string()),
  scenarios: z.array(scenarioSchema),
  regionCodes: z.array(z.string()),
  priceModel: z.enum(priceModelValues),
  access: z.enum(resourceAccessValues),
  status: z.enum(resourceStatusValues),
  grade: z.enum(supplierGradeValues).nullable(),
  infrastructureSubkind: z.enum(infrastructureSubkindValues).nullable(),
  reuseCount: z.number().int(),
  deploymentCount: z.number().int(),
  center: z.object({ id: idSchema, slug: z.string(), name: z.string() }),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  /** Relevance score of a catalog search (null when not searching by text). */
  score: z.number().nullable(),
});
export type ResourceSummaryView = z.infer<typeof resourceSummaryViewSchema>;

export const resourceViewSchema = resourceSummaryViewSchema.extend({
  providerCreditCode: z.string().nullable(),
  priceFen: z.number().int().nullable(),
  releaseVersion: z.string(),
  details: z.record(z.string(), z.unknown()),
  evaluation: supplierEvaluationViewSchema.nullable(),
  /** Null when the caller may not see them yet (gated resource without an approved request). */
  attachments: z.array(attachmentSchema).nullable(),
  attachmentCount: z.number().int(),
  version: z.number().int(),
  /** The caller's own access request for a gated resource, if any. */
  myAccessRequest: z
    .object({ id: idSchema, status: z.enum(accessRequestStatusValues), createdAt: z.string() })
    .nullable(),
  abilities: z.object({ edit: z.boolean(), requestAccess: z.boolean(), recordAdoption: z.boolean() }),
});
export type ResourceView = z.infer<typeof resourceViewSchema>;

export const resourceSortValues = ['relevance', 'newest', 'most_reused'] as const;

const csv = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v),
    z.array(item).max(20).optional(),
  );

/** Catalog search: text plus facet filters (several values of one facet are alternatives). */
export const resourceSearchQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  kind: csv(resourceKindSchema),
  industry: csv(z.string().max(8)),
  scenario: csv(scenarioSchema),
  region: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  provider: z.string().trim().max(120).optional(),
  grade: csv(z.enum(supplierGradeValues)),
  center: z.string().max(64).optional(),
  sort: z.enum(resourceSortValues).optional(),
});
export type ResourceSearchQuery = z.infer<typeof resourceSearchQuerySchema>;

export const facetBucketSchema = z.object({ value: z.string(), label: z.string(), count: z.number().int() });
export type FacetBucket = z.infer<typeof facetBucketSchema>;

export const resourceFacetsSchema = z.object({
  kind: z.array(facetBucketSchema),
  industry: z.array(facetBucketSchema),
  scenario: z.array(facetBucketSchema),
  region: z.array(facetBucketSchema),
  provider: z.array(facetBucketSchema),
  grade: z.array(facetBucketSchema),
});
export type ResourceFacets = z.infer<typeof resourceFacetsSchema>;

export const resourceSearchResultSchema = pageOf(resourceSummaryViewSchema).extend({
  /** True when the matches were many: the total is estimated from a uniform sample (shown as 约 N). */
  totalApproximate: z.boolean(),
  facets: resourceFacetsSchema,
  /** True when the matches were too many to count facets exactly: counts are estimated from a sample. */
  facetsApproximate: z.boolean(),
  /** Thesaurus terms searched besides the words typed (shown as 也搜索了：…). */
  expansions: z.array(z.string()),
  /** Per item on the page: the ranges [start, end) of its title and summary holding a searched word. */
  highlights: z.array(
    z.object({
      id: z.uuid(),
      title: z.array(z.tuple([z.number().int(), z.number().int()])),
      summary: z.array(z.tuple([z.number().int(), z.number().int()])),
    }),
  ),
  /** When nothing was found: terms that would find something (did you mean …). */
  suggestions: z.array(z.string()),
  tookMs: z.number(),
});
export type ResourceSearchResult = z.infer<typeof resourceSearchResultSchema>;

/** The operator's list of a center's resources (drafts and archived included). */
export const resourceListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  kind: resourceKindSchema.optional(),
  status: z.enum(resourceStatusValues).optional(),
  access: z.enum(resourceAccessValues).optional(),
});
export type ResourceListQuery = z.infer<typeof resourceListQuerySchema>;
export const resourcePageSchema = pageOf(resourceSummaryViewSchema);

export const publicCenterViewSchema = z.object({
  id: idSchema,
  slug: z.string(),
  name: z.string(),
  summary: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  level: z.string(),
  type: z.string(),
  status: z.string(),
  resourceCount: z.number().int(),
  abilities: z.object({ operate: z.boolean() }),
});
export type PublicCenterView = z.infer<typeof publicCenterViewSchema>;

// Adoption (reuse / deployment) ------------------------------------------------------------------------

export const recordAdoptionBodySchema = z.strictObject({
  kind: z.enum(adoptionKindValues, { error: '请选择复用或部署应用' }),
  adopterName: z.string({ error: '请填写采用单位' }).trim().min(2, { error: '请填写采用单位' }).max(120),
  adopterCreditCode: creditCodeSchema.nullish(),
  adoptedOn: isoDateSchema,
  note: z.string().trim().max(500).default(''),
});
export type RecordAdoptionBody = z.infer<typeof recordAdoptionBodySchema>;

export const adoptionViewSchema = z.object({
  id: idSchema,
  kind: z.enum(adoptionKindValues),
  adopterName: z.string(),
  adopterCreditCode: z.string().nullable(),
  adoptedOn: z.string(),
  note: z.string(),
  createdAt: z.string(),
});
export type AdoptionView = z.infer<typeof adoptionViewSchema>;

// Access requests ----------------------------------------------------------------------------------------

export const requestAccessBodySchema = z.strictObject({
  purpose: z
    .string({ error: '请填写使用目的' })
    .trim()
    .min(4, { error: '使用目的至少 4 个字' })
    .max(500, { error: '使用目的不超过 500 个字' }),
});
export type RequestAccessBody = z.infer<typeof requestAccessBodySchema>;

export const decideAccessRequestBodySchema = z.strictObject({
  decision: z.enum(['approved', 'rejected'], { error: '请选择批准或驳回' }),
  note: z.string().trim().max(500).default(''),
});
export type DecideAccessRequestBody = z.infer<typeof decideAccessRequestBodySchema>;

export const accessRequestViewSchema = z.object({
  id: idSchema,
  resource: z.object({ id: idSchema, title: z.string(), kind: resourceKindSchema }),
  requester: z.object({ displayName: z.string(), organisationName: z.string() }),
  purpose: z.string(),
  status: z.enum(accessRequestStatusValues),
  note: z.string(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type AccessRequestView = z.infer<typeof accessRequestViewSchema>;
export const accessRequestListQuerySchema = pageQuerySchema.extend({
  status: z.enum(accessRequestStatusValues).optional(),
});
export const accessRequestPageSchema = pageOf(accessRequestViewSchema);

// Import -------------------------------------------------------------------------------------------------

export const importRowErrorSchema = z.object({
  /** Spreadsheet row number as the user sees it (the header is row 1). */
  row: z.number().int(),
  column: z.string(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

export const importReportSchema = z.object({
  fileRows: z.number().int(),
  validRows: z.number().int(),
  errors: z.array(importRowErrorSchema),
  /** Counts of valid rows by kind, to show what a commit would add. */
  byKind: z.record(z.string(), z.number().int()),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const importQuerySchema = z.object({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});

export const importJobViewSchema = z.object({
  id: z.string(),
  status: z.enum(['running', 'succeeded', 'failed']),
  processed: z.number().int(),
  total: z.number().int(),
  created: z.number().int(),
  report: importReportSchema.nullable(),
  error: z.string().nullable(),
});
export type ImportJobView = z.infer<typeof importJobViewSchema>;

// Attached files -------------------------------------------------------------------------------------------

/** A file uploaded to a resource (name, detected type and size; the bytes are downloaded separately). */
export const resourceFileViewSchema = z.object({
  id: idSchema,
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
});
export type ResourceFileView = z.infer<typeof resourceFileViewSchema>;

export const resourceFileListSchema = z.object({
  items: z.array(resourceFileViewSchema),
  /** Whether the caller may download: public → anyone; on request → approved requesters, the operator and authorities in jurisdiction; members only → signed-in users. */
  canDownload: z.boolean(),
  /** Whether the caller operates the resource's center (upload and delete). */
  canManage: z.boolean(),
});
export type ResourceFileList = z.infer<typeof resourceFileListSchema>;

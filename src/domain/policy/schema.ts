/**
 * The policy-pack schema: one versioned, cited encoding of one source document (工作指南, 管理办法,
 * 认定标准, 实施细则, 评价要素表, 申报指南, 行动方案). Packs are data; the engine reads only these types.
 *
 * Every rule, criterion, threshold, stage and ground carries a `source` citation with the original
 * Chinese text. Values garbled by OCR carry `uncertain: true` and the `raw` text as printed.
 */
import { z } from 'zod';

// ---------------------------------------------------------------------------------------------
// Shared vocabulary
// ---------------------------------------------------------------------------------------------

/** A human string in both languages (the UI is zh-CN first, English second). */
export const localizedSchema = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
});
export type Localized = z.infer<typeof localizedSchema>;

/** ISO calendar date `YYYY-MM-DD` (Asia/Shanghai). */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** Where a rule comes from: the seed file, the article / table row, and the original Chinese text. */
export const sourceRefSchema = z.object({
  file: z.string().min(1),
  /** Article or table row, e.g. `第二十一条`, `认定标准 表1 第3行`, `附件 一、1`. */
  ref: z.string().min(1),
  /** The original Chinese wording (OCR errors kept as printed). */
  text: z.string().min(1),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

/** OCR flags: when the printed value is garbled, `uncertain` is true and `raw` keeps the printed text. */
const uncertaintyShape = {
  uncertain: z.boolean().optional(),
  raw: z.string().optional(),
};

export const levelSchema = z.enum(['national', 'provincial', 'municipal']);
export type Level = z.infer<typeof levelSchema>;

export const centerTypeSchema = z.enum(['comprehensive', 'industry', 'functional']);
export type CenterType = z.infer<typeof centerTypeSchema>;

export const functionalKindSchema = z.enum(['tech_innovation', 'incubation', 'talent', 'sme_service']);
export type FunctionalKind = z.infer<typeof functionalKindSchema>;

/** ≥, >, ≤, <, =, ≈ (左右: an approximate aim, never a hard rule). */
export const comparatorSchema = z.enum(['gte', 'gt', 'lte', 'lt', 'eq', 'approx']);
export type Comparator = z.infer<typeof comparatorSchema>;

/** The period a metric value is measured over. `current` = state at the time of application (area, staff). */
export const metricPeriodSchema = z.enum(['current', 'cumulative', 'perYear', 'lastYear']);
export type MetricPeriod = z.infer<typeof metricPeriodSchema>;

/** Kinds of organisation the documents name (牵头单位 may be any of these). */
export const orgKindSchema = z.enum([
  'enterprise',
  'university',
  'research_institute',
  'association',
  'telecom_operator',
  'central_soe',
  'provincial_soe',
  'park',
  'other',
]);
export type OrgKind = z.infer<typeof orgKindSchema>;

/** Who acts at a process stage. */
export const actorRoleSchema = z.enum([
  'applicant',
  'city_officer',
  'recommending_authority',
  'emergency_management',
  'provincial_admin',
  'national_admin',
  'expert',
  'third_party',
  'public',
]);
export type ActorRole = z.infer<typeof actorRoleSchema>;

/** Where a rule or criterion applies; an omitted list means "all". */
export const applicabilitySchema = z.object({
  levels: z.array(levelSchema).optional(),
  types: z.array(centerTypeSchema).optional(),
  kinds: z.array(functionalKindSchema).optional(),
  directions: z.array(z.string()).optional(),
});
export type Applicability = z.infer<typeof applicabilitySchema>;

// ---------------------------------------------------------------------------------------------
// Criteria (评价项目 → 评价指标 → 评价标准)
// ---------------------------------------------------------------------------------------------

/** One numeric requirement on a metric from the catalogue. `threshold: null` only for unreadable OCR. */
export const requirementSchema = z
  .object({
    metric: z.string().min(1),
    comparator: comparatorSchema,
    threshold: z.number().nullable(),
    period: metricPeriodSchema.optional(),
    description: localizedSchema.optional(),
    ...uncertaintyShape,
  })
  .refine((r) => r.threshold !== null || r.uncertain === true, {
    message: 'threshold may be null only when uncertain (unreadable OCR)',
    path: ['threshold'],
  })
  .refine((r) => r.uncertain !== true || (r.raw !== undefined && r.raw.length > 0), {
    message: 'an uncertain value must keep the printed text in raw',
    path: ['raw'],
  });
export type Requirement = z.infer<typeof requirementSchema>;

/** How an expert judges a qualitative item. */
export const judgementScaleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pass_fail') }),
  z.object({ kind: z.literal('score'), max: z.number().positive(), passAt: z.number().nonnegative() }),
  z.object({
    kind: z.literal('levels'),
    levels: z.array(localizedSchema).min(2),
    passFrom: z.number().int().nonnegative(),
  }),
]);
export type JudgementScale = z.infer<typeof judgementScaleSchema>;

const criterionBaseShape = {
  id: z.string().min(1),
  /** 评价指标, e.g. 创新成果转化. */
  name: localizedSchema,
  /** The 评价标准 wording, translated. */
  statement: localizedSchema,
  appliesTo: applicabilitySchema.optional(),
  /** `preferred` rows (优先支持) rank applications but never exclude one. */
  effect: z.enum(['required', 'preferred']).default('required'),
  source: sourceRefSchema,
};

/** A qualitative part judged by experts (具备较为完善的…环境). */
export const qualitativePartSchema = z.object({
  statement: localizedSchema,
  scale: judgementScaleSchema.default({ kind: 'pass_fail' }),
});

/** A criterion checked on metric values; may also carry a qualitative part for the expert. */
export const quantitativeCriterionSchema = z.object({
  ...criterionBaseShape,
  kind: z.literal('quantitative'),
  metric: z.string().min(1),
  comparator: comparatorSchema,
  threshold: z.number().nullable(),
  period: metricPeriodSchema,
  /** "且未来每年增加至少10项" — a yearly increase, checked on its own metric when a value is given. */
  annualIncrement: z
    .object({ metric: z.string().min(1), value: z.number().positive(), ...uncertaintyShape })
    .optional(),
  /** Further numeric conditions that must all hold ("跨2个行业领域", "3个以上环节", "至少10家专精特新"). */
  also: z.array(requirementSchema).default([]),
  qualitative: qualitativePartSchema.optional(),
  ...uncertaintyShape,
});
export type QuantitativeCriterion = z.infer<typeof quantitativeCriterionSchema>;

/** A criterion only an expert can judge. */
export const qualitativeCriterionSchema = z.object({
  ...criterionBaseShape,
  kind: z.literal('qualitative'),
  scale: judgementScaleSchema.default({ kind: 'pass_fail' }),
});
export type QualitativeCriterion = z.infer<typeof qualitativeCriterionSchema>;

export const criterionSchema = z
  .discriminatedUnion('kind', [quantitativeCriterionSchema, qualitativeCriterionSchema])
  .refine((c) => c.kind !== 'quantitative' || c.threshold !== null || c.uncertain === true, {
    message: 'threshold may be null only when uncertain (unreadable OCR)',
    path: ['threshold'],
  })
  .refine((c) => c.kind !== 'quantitative' || c.uncertain !== true || (c.raw ?? '').length > 0, {
    message: 'an uncertain value must keep the printed text in raw',
    path: ['raw'],
  });
export type Criterion = z.infer<typeof criterionSchema>;

/** 评价项目: a group of criteria, e.g. 技术开放创新. */
export const criterionGroupSchema = z.object({
  id: z.string().min(1),
  name: localizedSchema,
  appliesTo: applicabilitySchema.optional(),
  criteria: z.array(criterionSchema),
});
export type CriterionGroup = z.infer<typeof criterionGroupSchema>;

// ---------------------------------------------------------------------------------------------
// Eligibility (申报条件) and uniqueness
// ---------------------------------------------------------------------------------------------

const ruleBaseShape = {
  id: z.string().min(1),
  description: localizedSchema,
  appliesTo: applicabilitySchema.optional(),
  source: sourceRefSchema,
  ...uncertaintyShape,
};

/** One eligibility rule, discriminated by `kind`; each kind reads one set of profile facts. */
export const eligibilityRuleSchema = z.discriminatedUnion('kind', [
  /** Lead unit is an independent legal person; `exemptOrgKinds` (电信运营商) are exempt. */
  z.object({
    ...ruleBaseShape,
    kind: z.literal('legal_person'),
    exemptOrgKinds: z.array(orgKindSchema).default([]),
  }),
  /** Every joint applicant (联合申报单位) is a legal person. */
  z.object({ ...ruleBaseShape, kind: z.literal('member_legal_person') }),
  /** Lead unit registered in the region (GB/T 2260 code of the province, e.g. 370000). */
  z.object({
    ...ruleBaseShape,
    kind: z.literal('registered_in_region'),
    regionCode: z.string().regex(/^\d{6}$/),
    regionName: localizedSchema,
  }),
  /** Lead unit is one of these kinds of organisation. */
  z.object({ ...ruleBaseShape, kind: z.literal('lead_org_kind'), allowed: z.array(orgKindSchema).min(1) }),
  /** No major (较大以上) safety / environmental accident or bad social event in the last N years. */
  z.object({ ...ruleBaseShape, kind: z.literal('no_major_incident'), years: z.number().int().positive() }),
  /** Enterprise registered at least N years before applying. */
  z.object({
    ...ruleBaseShape,
    kind: z.literal('min_registration_years'),
    years: z.number().positive(),
    orgKinds: z.array(orgKindSchema).optional(),
  }),
  /** Consortium members signed the agreement before applying. */
  z.object({ ...ruleBaseShape, kind: z.literal('consortium_agreement') }),
  /** No re-application ban in force (the ban period is `revocation.ban`). */
  z.object({ ...ruleBaseShape, kind: z.literal('no_active_ban') }),
  /** Build status of the project (已建成 / 在建 / 拟筹建). */
  z.object({
    ...ruleBaseShape,
    kind: z.literal('build_status'),
    allowed: z.array(z.enum(['built', 'under_construction', 'planned'])).min(1),
  }),
  /** A numeric condition on a metric (使用面积1000平方米以上). */
  z.object({ ...ruleBaseShape, kind: z.literal('metric_threshold'), requirement: requirementSchema }),
  /** A dated fact within a range (证书获得时间应为2023年1月1日至本次申报截止日); `to: 'call_deadline'` = the call's deadline. */
  z.object({
    ...ruleBaseShape,
    kind: z.literal('fact_date_range'),
    fact: z.string().min(1),
    from: isoDateSchema.optional(),
    to: z.union([isoDateSchema, z.literal('call_deadline')]).optional(),
  }),
  /** A yes/no fact the applicant attests and the reviewer checks (健全的财务管理制度, 良好的社会信用). */
  z.object({ ...ruleBaseShape, kind: z.literal('attestation'), fact: z.string().min(1) }),
]);
export type EligibilityRule = z.infer<typeof eligibilityRuleSchema>;
export type EligibilityRuleKind = EligibilityRule['kind'];

/** Duplicate-construction limits (避免重复建设). `inPrinciple` = 原则上 (the authority may deviate). */
export const uniquenessRuleSchema = z.object({
  id: z.string().min(1),
  kind: z.enum([
    'one_center_per_region_industry',
    'one_type_per_unit',
    'one_industry_center_per_industry',
    'one_direction_per_enterprise',
    'no_repeat_direction',
  ]),
  inPrinciple: z.boolean().default(false),
  description: localizedSchema,
  appliesTo: applicabilitySchema.optional(),
  source: sourceRefSchema,
});
export type UniquenessRule = z.infer<typeof uniquenessRuleSchema>;

// ---------------------------------------------------------------------------------------------
// Deadlines and process stages
// ---------------------------------------------------------------------------------------------

/** A deadline or window, in the document's own terms. */
export const deadlineSchema = z.discriminatedUnion('kind', [
  /** N Chinese working days (holidays and 调休 make-up days), counted from the stage start. */
  z.object({ kind: z.literal('working_days'), days: z.number().int().positive() }),
  z.object({ kind: z.literal('calendar_days'), days: z.number().int().positive() }),
  /** "一个月内": N calendar months after the event. */
  z.object({ kind: z.literal('calendar_months'), months: z.number().int().positive() }),
  /** A fixed day each year, e.g. Jan 31 (`yearOffset: 1` = in the year after the reference year). */
  z.object({
    kind: z.literal('fixed_date'),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    yearOffset: z.number().int().default(0),
  }),
  /** Whole months each year, e.g. July–August (7..8), October (10..10). */
  z.object({
    kind: z.literal('month_range'),
    fromMonth: z.number().int().min(1).max(12),
    toMonth: z.number().int().min(1).max(12),
    yearOffset: z.number().int().default(0),
  }),
]);
export type Deadline = z.infer<typeof deadlineSchema>;

/** One step of a process: who acts, in which order, within what time. */
export const stageSchema = z.object({
  id: z.string().min(1),
  name: localizedSchema,
  actor: actorRoleSchema,
  order: z.number().int().nonnegative(),
  /** Predecessor stage ids; omitted = the previous stage by `order`. */
  after: z.array(z.string()).optional(),
  deadline: deadlineSchema.optional(),
  /** Organisation kinds that skip this stage (中央在甘企业和省属企业可直接向省工信厅申报). */
  skippedFor: z.array(orgKindSchema).optional(),
  optional: z.boolean().optional(),
  appliesTo: applicabilitySchema.optional(),
  source: sourceRefSchema,
});
export type Stage = z.infer<typeof stageSchema>;

export const processKindSchema = z.enum([
  'recognition',
  'annual_evaluation',
  'annual_report',
  'change_filing',
  'cultivation_report',
]);
export type ProcessKind = z.infer<typeof processKindSchema>;

export const processSchema = z.object({
  id: z.string().min(1),
  kind: processKindSchema,
  name: localizedSchema,
  /** "从认定次年起，每年…" — the first year is the one after recognition. */
  startsYearAfterRecognition: z.boolean().optional(),
  stages: z.array(stageSchema).min(1),
  source: sourceRefSchema,
});
export type Process = z.infer<typeof processSchema>;

// ---------------------------------------------------------------------------------------------
// Rating, revocation, change filing, annual report
// ---------------------------------------------------------------------------------------------

export const ratingGradeSchema = z.enum(['excellent', 'good', 'pass', 'fail']);
export type RatingGrade = z.infer<typeof ratingGradeSchema>;

/** The result scale of annual evaluation: four grades (优秀/良好/合格/不合格) or stars. */
export const ratingScaleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('grades'),
    /** Best first. */
    grades: z.array(z.object({ id: ratingGradeSchema, name: localizedSchema })).min(2),
    failing: z.array(ratingGradeSchema).min(1),
    source: sourceRefSchema,
  }),
  z.object({
    kind: z.literal('stars'),
    /** Number of stars; the 2022 text does not fix it, so it is configurable (default 5). */
    count: z.number().int().min(2).default(5),
    lowest: z.literal(1).default(1),
    source: sourceRefSchema,
  }),
]);
export type RatingScale = z.infer<typeof ratingScaleSchema>;

/** A revocation ground: automatic (counted from evaluation history) or manual (decided on facts). */
export const revocationGroundSchema = z.object({
  id: z.string().min(1),
  description: localizedSchema,
  trigger: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('automatic'),
      condition: z.enum(['consecutive_fail', 'consecutive_lowest_star']),
      count: z.number().int().min(1),
    }),
    /** Decided by the authority when an event of this kind is established. */
    z.object({ kind: z.literal('manual'), event: z.string().min(1) }),
  ]),
  source: sourceRefSchema,
});
export type RevocationGround = z.infer<typeof revocationGroundSchema>;

/** 不得再次申报: how long the lead unit is barred, counted from revocation (撤销) or exit (退出). */
export const reapplicationBanSchema = z.object({
  years: z.number().int().positive(),
  from: z.enum(['revocation', 'exit']),
  scope: z.enum(['lead_unit']).default('lead_unit'),
  description: localizedSchema,
  source: sourceRefSchema,
});
export type ReapplicationBan = z.infer<typeof reapplicationBanSchema>;

export const revocationSchema = z.object({
  grounds: z.array(revocationGroundSchema).min(1),
  ban: reapplicationBanSchema.nullable(),
});
export type Revocation = z.infer<typeof revocationSchema>;

export const changeFilingSchema = z.object({
  kinds: z.array(z.enum(['rename', 'merger', 'split', 'restructuring'])).min(1),
  deadline: deadlineSchema,
  recipient: actorRoleSchema,
  description: localizedSchema,
  source: sourceRefSchema,
});
export type ChangeFiling = z.infer<typeof changeFilingSchema>;

/** The yearly work report (年度工作情况报告): `due` is relative to the year being reported on. */
export const annualReportSchema = z.object({
  due: deadlineSchema,
  recipient: actorRoleSchema,
  description: localizedSchema,
  source: sourceRefSchema,
});
export type AnnualReport = z.infer<typeof annualReportSchema>;

/** A period measured in years from a reference date (rules valid 2 years; demonstration period 2 years). */
export const termSchema = z.object({
  years: z.number().int().positive(),
  from: z.enum(['issue', 'recognition']),
  description: localizedSchema,
  source: sourceRefSchema,
});
export type Term = z.infer<typeof termSchema>;

// ---------------------------------------------------------------------------------------------
// Directions (示范方向), report templates (培育情况表), targets (004)
// ---------------------------------------------------------------------------------------------

/** A priority (优先支持): ranks, never excludes. Optionally tied to an attested fact. */
export const prioritySchema = z.object({
  id: z.string().min(1),
  description: localizedSchema,
  fact: z.string().optional(),
  source: sourceRefSchema,
});
export type Priority = z.infer<typeof prioritySchema>;

export const directionSchema = z.object({
  id: z.string().min(1),
  name: localizedSchema,
  description: localizedSchema.optional(),
  quota: z.object({
    count: z.number().int().positive(),
    /** 左右: approximate. */
    approximate: z.boolean(),
    unit: localizedSchema,
    source: sourceRefSchema,
  }),
  /** Conditions that apply to this direction only (in addition to the pack's eligibility). */
  eligibility: z.array(eligibilityRuleSchema).default([]),
  priorities: z.array(prioritySchema).default([]),
});
export type Direction = z.infer<typeof directionSchema>;

export const reportColumnSchema = z.object({
  key: z.string().min(1),
  zh: z.string().min(1),
  en: z.string().min(1),
  type: z.enum(['integer', 'number', 'string', 'text', 'date', 'enum', 'orgList', 'region']),
  required: z.boolean().default(true),
  options: z.array(z.object({ value: z.string(), zh: z.string(), en: z.string() })).optional(),
});
export type ReportColumn = z.infer<typeof reportColumnSchema>;

/** A form authorities file on a schedule (Fujian 培育情况表: by city to province by Oct 25). */
export const reportTemplateSchema = z.object({
  id: z.string().min(1),
  name: localizedSchema,
  filedBy: actorRoleSchema,
  filedTo: actorRoleSchema,
  due: deadlineSchema,
  columns: z.array(reportColumnSchema).min(1),
  source: sourceRefSchema,
});
export type ReportTemplate = z.infer<typeof reportTemplateSchema>;

export const targetPeriodSchema = z.enum(['perYear', 'cumulative', 'level', 'multiYear']);
export type TargetPeriod = z.infer<typeof targetPeriodSchema>;

/** A provincial goal (到2025年…): tracked by the dashboards, never used for eligibility. */
export const targetSchema = z.object({
  id: z.string().min(1),
  metric: z.string().min(1),
  name: localizedSchema,
  comparator: comparatorSchema,
  value: z.number(),
  /** 力争 (stretch) value, e.g. 25万 with an aim of 27万. */
  aim: z.number().optional(),
  unit: localizedSchema,
  targetYear: z.number().int(),
  period: targetPeriodSchema,
  /** For `multiYear` (3年内). */
  periodYears: z.number().int().positive().optional(),
  source: sourceRefSchema,
  ...uncertaintyShape,
});
export type Target = z.infer<typeof targetSchema>;

// ---------------------------------------------------------------------------------------------
// The pack
// ---------------------------------------------------------------------------------------------

export const sourceDocumentSchema = z.object({
  file: z.string().min(1),
  title: localizedSchema,
  issuer: localizedSchema,
  /** 文号, e.g. 甘工信发〔2024〕128号; null when the document has none (drafts). */
  docNumber: z.string().nullable(),
  /** Date of issue; null when the text does not state it. */
  date: isoDateSchema.nullable(),
  /** Status as printed, e.g. 征求意见稿 (draft for comment), 试行 (trial). */
  status: localizedSchema.optional(),
});
export type SourceDocument = z.infer<typeof sourceDocumentSchema>;

export const policyPackSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id'),
  version: z.string().min(1),
  title: localizedSchema,
  /** Whose rules these are: the issuing authority's level and region. */
  jurisdiction: z.object({
    level: levelSchema,
    regionCode: z
      .string()
      .regex(/^\d{6}$/)
      .nullable(),
    name: localizedSchema,
  }),
  sourceDocument: sourceDocumentSchema,
  validity: termSchema.nullable().default(null),
  /** Demonstration period or recognition term (示范期2年). */
  recognitionTerm: termSchema.nullable().default(null),
  levels: z.array(levelSchema).default([]),
  types: z.array(centerTypeSchema).default([]),
  kinds: z.array(functionalKindSchema).default([]),
  directions: z.array(directionSchema).default([]),
  criteriaGroups: z.array(criterionGroupSchema).default([]),
  eligibility: z.array(eligibilityRuleSchema).default([]),
  uniqueness: z.array(uniquenessRuleSchema).default([]),
  processes: z.array(processSchema).default([]),
  rating: ratingScaleSchema.nullable().default(null),
  revocation: revocationSchema.nullable().default(null),
  changeFiling: changeFilingSchema.nullable().default(null),
  annualReport: annualReportSchema.nullable().default(null),
  reportTemplates: z.array(reportTemplateSchema).default([]),
  targets: z.array(targetSchema).default([]),
  notes: z.array(localizedSchema).default([]),
});

/** A parsed pack (defaults applied). */
export type PolicyPack = z.infer<typeof policyPackSchema>;
/** A pack as written by an author (defaulted fields optional). */
export type PolicyPackInput = z.input<typeof policyPackSchema>;

/** Parse and default a pack written by an author; throws a ZodError naming the field. */
export function definePack(input: PolicyPackInput): PolicyPack {
  return policyPackSchema.parse(input);
}

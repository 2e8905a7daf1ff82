/** Annual reports (年度工作情况报告) and the evidence-based annual evaluation (年度质量评价). */
import { z } from 'zod';
import {
  decisionDocumentFields,
  idSchema,
  isoDateSchema,
  pageOf,
  pageQuerySchema,
  versionSchema,
} from './common.ts';

const localized = z.object({ zh: z.string(), en: z.string() });
const sourceSchema = z.object({ file: z.string(), ref: z.string(), text: z.string() });
const yearSchema = z.coerce.number().int().min(2000).max(2100);

export const yearParams = z.object({ slug: z.string().min(1).max(100), year: yearSchema });

// ---------------------------------------------------------------------------------------------
// Annual reports
// ---------------------------------------------------------------------------------------------

export const reportStateValues = ['missing', 'draft', 'submitted'] as const;

/** Declared values keyed by metric-catalogue key; non-negative, at most 200 keys. */
export const declaredValuesSchema = z
  .record(z.string().min(1).max(64), z.number().min(0).max(1e12))
  .refine((v) => Object.keys(v).length <= 200, { message: '指标项过多' });

export const saveAnnualReportBodySchema = z.object({
  summary: z.string().max(20_000),
  declaredValues: declaredValuesSchema,
  /** The version read; 0 when the report does not exist yet. */
  version: z.number().int().min(0),
});
export type SaveAnnualReportBody = z.infer<typeof saveAnnualReportBodySchema>;

export const versionBodySchema = z.object({ version: versionSchema });
export type VersionBody = z.infer<typeof versionBodySchema>;

export const reportFieldSchema = z.object({
  metric: z.string(),
  name: localized,
  unit: localized,
  basis: z.enum(['records', 'declared_only']),
  /** What the center's records prove for the year (records basis only). */
  proven: z.number().nullable(),
});

export const annualReportViewSchema = z.object({
  id: idSchema.nullable(),
  center: z.object({ id: idSchema, name: z.string(), slug: z.string(), regionCode: z.string() }),
  year: z.number().int(),
  state: z.enum(reportStateValues),
  summary: z.string(),
  declaredValues: z.record(z.string(), z.number()),
  dueOn: isoDateSchema.nullable(),
  dueSource: sourceSchema.nullable(),
  overdue: z.boolean(),
  late: z.boolean(),
  submittedOn: isoDateSchema.nullable(),
  version: z.number().int(),
  fields: z.array(reportFieldSchema),
  abilities: z.object({ edit: z.boolean(), submit: z.boolean() }),
});
export type AnnualReportView = z.infer<typeof annualReportViewSchema>;

export const reportStandingSchema = z.object({
  reportId: idSchema.nullable(),
  centerId: idSchema,
  centerName: z.string(),
  slug: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  packId: z.string(),
  /** The pack's title as readers name it (null for a center recognised outside any pack). */
  packName: localized.nullable(),
  year: z.number().int(),
  state: z.enum(reportStateValues),
  dueOn: isoDateSchema.nullable(),
  overdue: z.boolean(),
  late: z.boolean(),
  submittedOn: isoDateSchema.nullable(),
  overdueNotifiedOn: isoDateSchema.nullable(),
});
export type ReportStandingView = z.infer<typeof reportStandingSchema>;
export const reportStandingPageSchema = pageOf(reportStandingSchema);

export const reportListQuerySchema = pageQuerySchema.extend({
  year: yearSchema,
  state: z.enum(reportStateValues).optional(),
  overdue: z.enum(['true', 'false']).optional(),
});
export type ReportListQuery = z.infer<typeof reportListQuerySchema>;
/** The list's filters without paging; the year may be left out for last year, as the screen opens on. */
export const reportExportQuerySchema = reportListQuerySchema
  .omit({ page: true, pageSize: true })
  .extend({ year: yearSchema.optional() });

export const centerReportsSchema = z.object({
  items: z.array(reportStandingSchema),
});

export const remindBodySchema = z.object({ year: yearSchema });
export const remindResultSchema = z.object({ reminded: z.number().int(), alreadyReminded: z.number().int() });

// ---------------------------------------------------------------------------------------------
// Evaluations
// ---------------------------------------------------------------------------------------------

export const evaluationStatusValues = ['open', 'city_reviewed', 'province_reviewed', 'decided'] as const;
export const authorityRoleValues = ['city_officer', 'provincial_admin', 'national_admin'] as const;

export const openEvaluationBodySchema = z.object({ centerId: idSchema, year: yearSchema });
export type OpenEvaluationBody = z.infer<typeof openEvaluationBodySchema>;

const judgementsSchema = z.record(
  z.string().min(1).max(100),
  z.object({ met: z.boolean(), note: z.string().max(2000).optional() }),
);

export const reviewEvaluationBodySchema = z.object({
  opinion: z.string().trim().min(1).max(5000),
  judgements: judgementsSchema.optional(),
  version: versionSchema,
});
export type ReviewEvaluationBody = z.infer<typeof reviewEvaluationBodySchema>;

export const decideEvaluationBodySchema = z.object({
  /** A grade id of the pack's scale (excellent/good/pass/fail) or a star count ('1'…'5'). */
  rating: z.string({ error: '请选择评价结果' }).min(1, { error: '请选择评价结果' }).max(20),
  /** The authority's opinion (评价意见), printed on the notice. */
  reason: z
    .string({ error: '请填写评价意见' })
    .trim()
    .min(2, { error: '请填写评价意见（至少 2 个字）' })
    .max(5000, { error: '意见不超过 5000 个字' }),
  judgements: judgementsSchema.optional(),
  documentNumber: decisionDocumentFields.documentNumber,
  decidedOn: decisionDocumentFields.decidedOn,
  version: versionSchema,
});
export type DecideEvaluationBody = z.infer<typeof decideEvaluationBodySchema>;

export const evaluationListQuerySchema = pageQuerySchema.extend({
  year: yearSchema,
  status: z.enum([...evaluationStatusValues, 'not_opened']).optional(),
  flagged: z.enum(['true', 'false']).optional(),
});
export type EvaluationListQuery = z.infer<typeof evaluationListQuerySchema>;
/** The list's filters without paging; the year may be left out for last year, as the screen opens on. */
export const evaluationExportQuerySchema = evaluationListQuerySchema
  .omit({ page: true, pageSize: true })
  .extend({ year: yearSchema.optional() });

export const evaluationRowSchema = z.object({
  centerId: idSchema,
  centerName: z.string(),
  slug: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  packId: z.string(),
  packName: localized.nullable(),
  year: z.number().int(),
  evaluationId: idSchema.nullable(),
  status: z.enum([...evaluationStatusValues, 'not_opened']),
  rating: z.string().nullable(),
  ratingLabel: localized.nullable(),
  publishedOn: isoDateSchema.nullable(),
  reportState: z.enum(reportStateValues),
  /** Why it cannot be opened (localised), or null when the actor may open it now. */
  openRefusal: z.string().nullable(),
  canOpen: z.boolean(),
});
export type EvaluationRowView = z.infer<typeof evaluationRowSchema>;
export const evaluationPageSchema = pageOf(evaluationRowSchema);

export const evidenceRowSchema = z.object({
  criterionId: z.string(),
  groupId: z.string(),
  name: localized,
  metric: z.string(),
  metricName: localized,
  unit: localized,
  period: z.string().nullable(),
  requirement: z.string(),
  basis: z.enum(['records', 'declared_only']),
  proven: z.number().nullable(),
  pending: z.number(),
  disputed: z.number(),
  declared: z.number().nullable(),
  difference: z.number().nullable(),
  excessRatio: z.number().nullable(),
  flagged: z.boolean(),
  used: z.number().nullable(),
  status: z.string(),
  source: sourceSchema,
});
export type EvidenceRowView = z.infer<typeof evidenceRowSchema>;

export const qualitativeItemSchema = z.object({
  criterionId: z.string(),
  name: localized,
  status: z.string(),
  met: z.boolean().nullable(),
  note: z.string().nullable(),
  source: sourceSchema,
});

export const ratingOptionSchema = z.object({ value: z.string(), label: localized, failing: z.boolean() });

export const evaluationViewSchema = z.object({
  id: idSchema,
  center: z.object({
    id: idSchema,
    name: z.string(),
    slug: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    level: z.string(),
    type: z.string(),
    kind: z.string().nullable(),
    recognisedOn: isoDateSchema.nullable(),
  }),
  year: z.number().int(),
  packId: z.string(),
  packName: localized,
  status: z.enum(evaluationStatusValues),
  nextStep: z.object({ action: z.enum(['review', 'decide']), role: z.enum(authorityRoleValues) }).nullable(),
  chain: z.object({
    reviewers: z.array(z.enum(authorityRoleValues)),
    decider: z.enum(authorityRoleValues),
    source: sourceSchema,
  }),
  windows: z.array(
    z.object({
      stageId: z.string(),
      name: localized,
      start: z.string(),
      end: z.string(),
      source: sourceSchema,
    }),
  ),
  report: z.object({
    state: z.enum(reportStateValues),
    summary: z.string(),
    submittedOn: isoDateSchema.nullable(),
    dueOn: isoDateSchema.nullable(),
    late: z.boolean(),
  }),
  evidence: z.array(evidenceRowSchema),
  qualitative: z.array(qualitativeItemSchema),
  summary: z.object({
    flagged: z.number().int(),
    pending: z.number().int(),
    disputed: z.number().int(),
    threshold: z.number(),
    met: z.number().int(),
    notMet: z.number().int(),
    needsJudgement: z.number().int(),
    missingValue: z.number().int(),
  }),
  proposal: z
    .object({ rating: z.string(), label: localized, share: z.number(), provisional: z.boolean() })
    .nullable(),
  ratingOptions: z.array(ratingOptionSchema),
  reviews: z.array(z.object({ role: z.string(), opinion: z.string(), on: z.string() })),
  decision: z
    .object({
      rating: z.string(),
      label: localized,
      reason: z.string(),
      decidedOn: isoDateSchema.nullable(),
      documentNumber: z.string().nullable(),
      publishedOn: isoDateSchema.nullable(),
    })
    .nullable(),
  /** Where the records behind each number are (the center dashboard, filtered by year). */
  recordsLink: z.string(),
  version: z.number().int(),
  abilities: z.object({ review: z.boolean(), decide: z.boolean(), publish: z.boolean() }),
  computedInMs: z.number(),
});
export type EvaluationView = z.infer<typeof evaluationViewSchema>;

export const publishedRatingSchema = z.object({
  /** The evaluation's id: public once published, so anyone can check the rating in the transparency log. */
  id: z.string(),
  year: z.number().int(),
  rating: z.string(),
  label: localized,
  publishedOn: isoDateSchema,
  source: sourceSchema.nullable(),
});
export type PublishedRatingView = z.infer<typeof publishedRatingSchema>;
export const publishedRatingsSchema = z.object({ items: z.array(publishedRatingSchema) });

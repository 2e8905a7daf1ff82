/** Expert review contracts: proposal jobs, panels, seats, score sheets, aggregation, defense and site visits. */
import { z } from 'zod';
import {
  decisionDocumentFields,
  idSchema,
  isoDateSchema,
  pageOf,
  pageQuerySchema,
  versionSchema,
} from './common.ts';
import { reviewFieldValues } from '../domain/review/fields.ts';
import { assignmentStatusValues } from '../domain/review/assignment.ts';

const localized = z.object({ zh: z.string(), en: z.string() });
const creditCode = z
  .string()
  .trim()
  .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, '统一社会信用代码应为 18 位');

export const reviewFieldSchema = z.enum(reviewFieldValues);
export const assignmentStatusSchema = z.enum(assignmentStatusValues);

// ---------------------------------------------------------------------------------------------
// Proposal jobs
// ---------------------------------------------------------------------------------------------

export const proposeBodySchema = z.strictObject({
  panelSize: z.number().int().min(1).max(15).default(3),
  loadCap: z.number().int().min(1).max(500).default(10),
  requiredFields: z
    .array(reviewFieldSchema)
    .max(4)
    .default([...reviewFieldValues]),
  /** Only these applications (default: every application of the call in expert review). */
  applicationIds: z.array(idSchema).max(20000).optional(),
});
export type ProposeBody = z.infer<typeof proposeBodySchema>;

export const jobViewSchema = z.object({
  id: idSchema,
  callId: idSchema,
  status: z.enum(['queued', 'running', 'done', 'failed']),
  phase: z.string(),
  progressDone: z.number().int(),
  progressTotal: z.number().int(),
  params: z.record(z.string(), z.unknown()),
  result: z
    .object({
      applications: z.number().int(),
      experts: z.number().int(),
      availableExperts: z.number().int(),
      assignments: z.number().int(),
      fullyStaffed: z.number().int(),
      shortfalls: z.array(z.object({ code: z.string(), message: localized, remedy: localized.optional() })),
      elapsedMs: z.number(),
    })
    .nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type JobView = z.infer<typeof jobViewSchema>;

// ---------------------------------------------------------------------------------------------
// Panels
// ---------------------------------------------------------------------------------------------

/** A panel is `draft` until the organiser confirms it and the invitations go out. */
export const panelStatusValues = ['draft', 'confirmed'] as const;

export const panelListQuerySchema = pageQuerySchema.extend({
  callId: idSchema.optional(),
  status: z.enum(panelStatusValues).optional(),
  needsAttention: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  q: z.string().trim().max(100).optional(),
});
export type PanelListQuery = z.infer<typeof panelListQuerySchema>;

export const panelSummarySchema = z.object({
  id: idSchema,
  applicationId: idSchema,
  applicationName: z.string(),
  applicationState: z.string(),
  leadOrganisationName: z.string(),
  regionCode: z.string(),
  callId: idSchema,
  status: z.enum(panelStatusValues),
  panelSize: z.number().int(),
  active: z.number().int(),
  submitted: z.number().int(),
  coveredFields: z.array(reviewFieldSchema),
  missingFields: z.array(reviewFieldSchema),
  needsReassignment: z.boolean(),
  shortfalls: z.number().int(),
  excluded: z.number().int(),
});
export type PanelSummary = z.infer<typeof panelSummarySchema>;
export const panelPageSchema = pageOf(panelSummarySchema);

export const panelMemberSchema = z.object({
  assignmentId: idSchema,
  expertUserId: idSchema,
  expertName: z.string(),
  organisationName: z.string(),
  regionCode: z.string(),
  fields: z.array(reviewFieldSchema),
  status: assignmentStatusSchema,
  statusNote: z.string(),
  /** Active seats of this expert in the call (the balance view). */
  load: z.number().int(),
  invitedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
});
export type PanelMember = z.infer<typeof panelMemberSchema>;

export const defenseBodySchema = z.strictObject({
  heldOn: isoDateSchema,
  location: z.string().trim().min(1).max(200),
  participants: z.array(z.string().trim().min(1).max(64)).min(1).max(50),
  presenters: z.array(z.string().trim().min(1).max(64)).max(20).default([]),
  minutes: z.string().trim().min(1).max(10000),
});
export type DefenseBody = z.infer<typeof defenseBodySchema>;

export const siteVisitBodySchema = z.strictObject({
  visitedOn: isoDateSchema,
  participants: z.array(z.string().trim().min(1).max(64)).min(1).max(50),
  findings: z.string().trim().min(1).max(10000),
  conclusion: z.string().trim().min(1).max(2000),
});
export type SiteVisitBody = z.infer<typeof siteVisitBodySchema>;

export const defenseViewSchema = defenseBodySchema.extend({
  id: idSchema,
  recordedBy: z.string(),
  createdAt: z.string(),
});
export const siteVisitViewSchema = siteVisitBodySchema.extend({
  id: idSchema,
  recordedBy: z.string(),
  createdAt: z.string(),
});

export const readinessSchema = z.object({
  complete: z.boolean(),
  active: z.number().int(),
  submitted: z.number().int(),
  needed: z.number().int(),
  reason: localized.nullable(),
});

export const panelViewSchema = panelSummarySchema.extend({
  version: z.number().int(),
  requiredFields: z.array(reviewFieldSchema),
  members: z.array(panelMemberSchema),
  notes: z.object({
    shortfalls: z.array(
      z.object({
        code: z.string(),
        field: z.string().optional(),
        message: localized,
        remedy: localized.optional(),
      }),
    ),
    excluded: z.array(
      z.object({
        expertUserId: idSchema,
        expertName: z.string(),
        reasons: z.array(z.object({ code: z.string(), message: localized })),
      }),
    ),
  }),
  evidenceValues: z.record(z.string(), z.number()),
  defenses: z.array(defenseViewSchema),
  siteVisits: z.array(siteVisitViewSchema),
  readiness: readinessSchema,
  abilities: z.object({ manage: z.boolean(), complete: z.boolean() }),
});
export type PanelView = z.infer<typeof panelViewSchema>;

export const addMemberBodySchema = z.strictObject({
  expertUserId: idSchema,
  version: versionSchema,
});
export const removeMemberBodySchema = z.strictObject({
  version: versionSchema,
  note: z.string().trim().max(500).default(''),
});
export const inviteBodySchema = z.strictObject({ version: versionSchema, dueOn: isoDateSchema });
export const panelVersionBodySchema = z.strictObject({ version: versionSchema });
export const evidenceBodySchema = z.strictObject({
  version: versionSchema,
  values: z.record(z.string().min(1).max(64), z.number().finite().min(0)),
});
export const completeBodySchema = z.strictObject({
  /** The application's version (the decision is a versioned write on the application). */
  applicationVersion: z.number().int().min(1),
  comment: decisionDocumentFields.comment,
  documentNumber: decisionDocumentFields.documentNumber,
  decidedOn: decisionDocumentFields.decidedOn,
  acknowledgeConflicts: z.boolean().default(false),
});

/** The pool as the balance view shows it: each expert's fields, availability and load in the call. */
export const poolExpertSchema = z.object({
  expertUserId: idSchema,
  name: z.string(),
  organisationName: z.string(),
  regionCode: z.string(),
  fields: z.array(reviewFieldSchema),
  title: z.string().nullable(),
  available: z.boolean(),
  load: z.number().int(),
});
export const poolPageSchema = pageOf(poolExpertSchema);
export const poolQuerySchema = pageQuerySchema.extend({ callId: idSchema });

// ---------------------------------------------------------------------------------------------
// Score sheets and aggregation
// ---------------------------------------------------------------------------------------------

export const scoreValueSchema = z.object({
  value: z.number().finite().nullable(),
  note: z.string().trim().max(2000).nullable().optional(),
});

export const sheetBodySchema = z.strictObject({
  /** The version the expert last saw (0 before the first save): saving over a newer version is refused. */
  baseVersionNo: z.number().int().min(0),
  scores: z.record(z.string().min(1).max(100), scoreValueSchema),
  overall: z.number().finite().nullable(),
  recommendation: z.enum(['recommend', 'not_recommend']).nullable(),
  comment: z.string().max(10000).default(''),
});
export type SheetBody = z.infer<typeof sheetBodySchema>;

export const formRowSchema = z.object({
  criterionId: z.string(),
  groupName: localized,
  name: localized,
  statement: localized,
  kind: z.enum(['quantitative', 'qualitative']),
  effect: z.enum(['required', 'preferred']),
  metric: z.string().nullable(),
  comparator: z.string().nullable(),
  required: z.number().nullable(),
  period: z.string().nullable(),
  declared: z.number().nullable(),
  evidence: z.number().nullable(),
  declaredStatus: z.string().nullable(),
  evidenceStatus: z.string().nullable(),
  uncertain: z.boolean(),
  prompt: localized,
  scale: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('pass_fail') }),
    z.object({ kind: z.literal('score'), max: z.number(), passAt: z.number() }),
    z.object({ kind: z.literal('levels'), levels: z.array(localized), passFrom: z.number() }),
  ]),
  maxPoints: z.number(),
  source: z.object({ file: z.string(), ref: z.string(), text: z.string() }),
});

export const sheetViewSchema = z.object({
  versionNo: z.number().int(),
  kind: z.enum(['draft', 'submitted']),
  scores: z.record(z.string(), scoreValueSchema),
  overall: z.number().nullable(),
  recommendation: z.enum(['recommend', 'not_recommend']).nullable(),
  comment: z.string(),
  savedAt: z.string(),
});
export type SheetView = z.infer<typeof sheetViewSchema>;

const statsSchema = z.object({
  n: z.number().int(),
  missing: z.number().int(),
  mean: z.number().nullable(),
  median: z.number().nullable(),
  std: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  disagreement: z.boolean(),
});

export const aggregationSchema = z.object({
  criteria: z.array(
    z.object({ criterionId: z.string(), name: localized, maxPoints: z.number(), stats: statsSchema }),
  ),
  overall: statsSchema,
  recommendations: z.object({ recommend: z.number().int(), notRecommend: z.number().int() }),
  recommendationSplit: z.boolean(),
  submitted: z.number().int(),
  expected: z.number().int(),
  disagreement: z.boolean(),
  threshold: z.number(),
});

/** A submitted sheet as others see it: the province with the expert's name, peers as 专家 1, 2 … */
export const peerSheetSchema = z.object({
  label: z.string(),
  expertName: z.string().nullable(),
  sheet: sheetViewSchema,
});

export const taskSummarySchema = z.object({
  id: idSchema,
  applicationId: idSchema,
  applicationName: z.string(),
  leadOrganisationName: z.string(),
  callTitle: z.string(),
  status: assignmentStatusSchema,
  invitedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  lastSavedAt: z.string().nullable(),
});
export const taskPageSchema = pageOf(taskSummarySchema);
export const taskListQuerySchema = pageQuerySchema.extend({ status: assignmentStatusSchema.optional() });

export const taskViewSchema = taskSummarySchema.extend({
  version: z.number().int(),
  application: z.object({
    level: z.string(),
    type: z.string().nullable(),
    kind: z.string().nullable(),
    direction: z.string().nullable(),
    regionCode: z.string(),
    summary: z.string(),
    members: z.array(z.object({ name: z.string(), creditCode: z.string() })),
    packId: z.string(),
  }),
  form: z.object({
    packId: z.string(),
    packVersion: z.string(),
    overallMax: z.number(),
    rows: z.array(formRowSchema),
  }),
  sheet: sheetViewSchema.nullable(),
  versions: z.array(z.object({ versionNo: z.number().int(), kind: z.string(), savedAt: z.string() })),
  /** Other experts' submitted sheets — only once this expert has submitted (null before). */
  peers: z.array(peerSheetSchema).nullable(),
  abilities: z.object({
    accept: z.boolean(),
    decline: z.boolean(),
    save: z.boolean(),
    submit: z.boolean(),
    declareConflict: z.boolean(),
  }),
});
export type TaskView = z.infer<typeof taskViewSchema>;

export const taskVersionBodySchema = z.strictObject({ version: versionSchema });
export const declareConflictBodySchema = z.strictObject({
  version: versionSchema,
  reason: z.string().trim().min(2).max(1000),
  /** Also declare a standing conflict with this organisation (the lead unit or a member). */
  organisationCreditCode: creditCode.optional(),
});

export const aggregationViewSchema = z.object({
  applicationId: idSchema,
  applicationName: z.string(),
  aggregation: aggregationSchema,
  sheets: z.array(peerSheetSchema),
});

// ---------------------------------------------------------------------------------------------
// Employment history and the applicant's side
// ---------------------------------------------------------------------------------------------

export const employmentBodySchema = z
  .strictObject({
    organisationCreditCode: creditCode,
    organisationName: z.string().trim().min(2).max(200),
    fromDate: isoDateSchema.nullable(),
    toDate: isoDateSchema.nullable(),
  })
  .refine((e) => !e.fromDate || !e.toDate || e.fromDate <= e.toDate, {
    path: ['toDate'],
    message: '结束日期不能早于开始日期',
  });
export type EmploymentBody = z.infer<typeof employmentBodySchema>;
export const employmentViewSchema = z.object({
  id: idSchema,
  organisationCreditCode: z.string(),
  organisationName: z.string(),
  fromDate: z.string().nullable(),
  toDate: z.string().nullable(),
});

export const avoidBodySchema = z.strictObject({
  organisationCreditCode: creditCode,
  organisationName: z.string().trim().min(2).max(200),
  reason: z.string().trim().min(2).max(1000),
});

/** What the applicant sees of the review: counts and dates, never who the experts are. */
export const applicantReviewViewSchema = z.object({
  applicationId: idSchema,
  panelConfirmed: z.boolean(),
  experts: z.number().int(),
  submitted: z.number().int(),
  defenses: z.array(z.object({ heldOn: z.string(), location: z.string() })),
  siteVisits: z.array(z.object({ visitedOn: z.string() })),
  avoidRequests: z.array(z.object({ organisationName: z.string(), reason: z.string() })),
});

/** One material of the application, as the assigned expert reads it (kind named, never a code). */
export const taskMaterialSchema = z.object({
  id: idSchema,
  kindName: z.object({ zh: z.string(), en: z.string() }),
  file: z.object({ id: idSchema, name: z.string(), size: z.number().int(), mime: z.string() }),
});
export const taskMaterialsSchema = z.object({ items: z.array(taskMaterialSchema) });
export type TaskMaterials = z.infer<typeof taskMaterialsSchema>;

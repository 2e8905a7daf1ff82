/** Recognition workflow contracts: calls, applications, city review, formal review, decision, cultivation report. */
import { z } from 'zod';
import {
  decisionDocumentFields,
  idSchema,
  isoDateSchema,
  pageOf,
  pageQuerySchema,
  regionCodeSchema,
  versionSchema,
} from './common.ts';
import { applicationActions, applicationStates } from '../domain/workflow/application.ts';
import {
  centerTypeSchema,
  functionalKindSchema,
  levelSchema,
  orgKindSchema,
} from '../domain/policy/schema.ts';

const localized = z.object({ zh: z.string(), en: z.string() });
const sourceRef = z.object({ file: z.string(), ref: z.string(), text: z.string() });

export const applicationStateSchema = z.enum(applicationStates);
export const applicationActionSchema = z.enum(applicationActions);
export const callStatusSchema = z.enum(['draft', 'published', 'closed']);

// ---------------------------------------------------------------------------------------------
// Calls (申报通知)
// ---------------------------------------------------------------------------------------------

export const callMaterialSchema = z.strictObject({
  key: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]*$/),
  name: z.strictObject({ zh: z.string().trim().min(1).max(64), en: z.string().trim().min(1).max(128) }),
  required: z.boolean().default(true),
});
export const callQuotaSchema = z.strictObject({
  key: z.string().trim().min(1).max(64),
  count: z.number().int().min(1).max(10000),
  approximate: z.boolean().default(false),
});

const callFields = {
  title: z.string().trim().min(2).max(200),
  description: z.string().trim().max(5000).default(''),
  level: levelSchema,
  types: z.array(centerTypeSchema).max(3).default([]),
  kinds: z.array(functionalKindSchema).max(4).default([]),
  directions: z.array(z.string().min(1).max(64)).max(20).default([]),
  quotas: z.array(callQuotaSchema).max(30).default([]),
  requiredMaterials: z.array(callMaterialSchema).max(20).optional(),
  opensOn: isoDateSchema,
  closesOn: isoDateSchema,
};

export const createCallBodySchema = z
  .strictObject({
    packId: z.string().min(1).max(64),
    year: z.number().int().min(2000).max(2100),
    ...callFields,
  })
  .refine((c) => c.opensOn <= c.closesOn, { path: ['closesOn'], message: '截止日期不能早于开始日期' });
export type CreateCallBody = z.infer<typeof createCallBodySchema>;

export const updateCallBodySchema = z.strictObject({
  version: versionSchema,
  title: callFields.title.optional(),
  description: z.string().trim().max(5000).optional(),
  quotas: callFields.quotas.optional(),
  requiredMaterials: z.array(callMaterialSchema).max(20).optional(),
  opensOn: isoDateSchema.optional(),
  closesOn: isoDateSchema.optional(),
});
export type UpdateCallBody = z.infer<typeof updateCallBodySchema>;

export const versionBodySchema = z.strictObject({ version: versionSchema });

export const callViewSchema = z.object({
  id: idSchema,
  packId: z.string(),
  packTitle: localized,
  year: z.number().int(),
  title: z.string(),
  description: z.string(),
  level: z.string(),
  types: z.array(z.string()),
  kinds: z.array(z.string()),
  directions: z.array(z.object({ id: z.string(), name: localized })),
  quotas: z.array(z.object({ key: z.string(), count: z.number(), approximate: z.boolean() })),
  requiredMaterials: z.array(z.object({ key: z.string(), name: localized, required: z.boolean() })),
  opensOn: z.string(),
  closesOn: z.string(),
  status: callStatusSchema,
  open: z.boolean(),
  /** Calendar days from today to the closing date while the call is open (0 on its last day), else null. */
  daysLeft: z.number().int().nullable(),
  issuingOrganisation: z.object({ id: idSchema, name: z.string() }),
  regionCode: z.string(),
  regionName: z.string(),
  version: z.number().int(),
  /** The caller's own live application to this call (one per lead unit), for 查看我的申报. */
  myApplicationId: idSchema.nullable(),
  abilities: z.object({
    update: z.boolean(),
    publish: z.boolean(),
    close: z.boolean(),
    apply: z.boolean(),
  }),
});
export type CallView = z.infer<typeof callViewSchema>;
export const callPageSchema = pageOf(callViewSchema);

export const callListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(64).optional(),
  packId: z.string().max(64).optional(),
  year: z.coerce.number().int().optional(),
  status: callStatusSchema.optional(),
  /** Only calls taking applications today (published, opened, not yet closed), soonest deadline first. */
  open: z.stringbool().optional(),
});
export type CallListQuery = z.infer<typeof callListQuerySchema>;

// ---------------------------------------------------------------------------------------------
// Applications (申报)
// ---------------------------------------------------------------------------------------------

export const incidentInputSchema = z.strictObject({
  date: isoDateSchema,
  kind: z.enum(['safety', 'environment', 'quality', 'social']),
  severity: z.enum(['minor', 'major', 'serious', 'very_serious']),
  description: z.string().max(500).optional(),
});

export const applicationFormSchema = z.strictObject({
  summary: z.string().max(5000).default(''),
  buildStatus: z.enum(['built', 'under_construction', 'planned']).nullable().default(null),
  consortiumAgreementSigned: z.boolean().default(false),
  metricValues: z.record(z.string().max(64), z.number().finite()).default({}),
  facts: z.record(z.string().max(64), z.boolean()).default({}),
  factDates: z.record(z.string().max(64), isoDateSchema).default({}),
  incidents: z.array(incidentInputSchema).max(50).default([]),
});
export type ApplicationFormInput = z.infer<typeof applicationFormSchema>;

/** A partial form: only the keys sent are changed (no defaults, so omitted parts stay as they are). */
export const applicationFormPatchSchema = z.strictObject({
  summary: z.string().max(5000).optional(),
  buildStatus: z.enum(['built', 'under_construction', 'planned']).nullable().optional(),
  consortiumAgreementSigned: z.boolean().optional(),
  metricValues: z.record(z.string().max(64), z.number().finite()).optional(),
  facts: z.record(z.string().max(64), z.boolean()).optional(),
  factDates: z.record(z.string().max(64), isoDateSchema).optional(),
  incidents: z.array(incidentInputSchema).max(50).optional(),
});

export const createApplicationBodySchema = z.strictObject({
  callId: idSchema,
  centerName: z.string().trim().min(2).max(200),
  level: levelSchema.optional(),
  type: centerTypeSchema.nullish(),
  kind: functionalKindSchema.nullish(),
  direction: z.string().max(64).nullish(),
  industryCode: z.string().max(8).nullish(),
});
export type CreateApplicationBody = z.infer<typeof createApplicationBodySchema>;

export const updateApplicationBodySchema = z.strictObject({
  version: versionSchema,
  centerName: z.string().trim().min(2).max(200).optional(),
  type: centerTypeSchema.nullish(),
  kind: functionalKindSchema.nullish(),
  direction: z.string().max(64).nullish(),
  industryCode: z.string().max(8).nullish(),
  form: applicationFormPatchSchema.optional(),
});
export type UpdateApplicationBody = z.infer<typeof updateApplicationBodySchema>;

export const memberInputSchema = z.strictObject({
  creditCode: z.string().trim().min(18).max(18),
  name: z.string().trim().min(2).max(128),
  orgKind: orgKindSchema.default('enterprise'),
  legalPerson: z.boolean().default(true),
  agreementFileId: idSchema.nullish(),
});
export const setMembersBodySchema = z.strictObject({
  version: versionSchema,
  members: z.array(memberInputSchema).max(30),
});
export type SetMembersBody = z.infer<typeof setMembersBodySchema>;

const commentField = z.string().trim().max(2000).default('');

const attachmentsField = z.array(idSchema).max(20).default([]);

export const transitionBodySchema = z.strictObject({
  version: versionSchema,
  comment: commentField,
  attachments: attachmentsField,
});
export type TransitionBody = z.infer<typeof transitionBodySchema>;

export const returnBodySchema = z.strictObject({
  version: versionSchema,
  comment: z.string().trim().min(2, { error: '请填写退回原因' }).max(2000),
  reasons: z.array(z.string().trim().min(1).max(500)).max(20).default([]),
  attachments: attachmentsField,
});
export type ReturnBody = z.infer<typeof returnBodySchema>;

export const checklistItemSchema = z.strictObject({
  key: z.string().trim().min(1).max(64),
  label: z.string().trim().min(1).max(200),
  passed: z.boolean(),
  note: z.string().max(500).optional(),
});
export const qualificationReviewBodySchema = z.strictObject({
  version: versionSchema,
  checklist: z.array(checklistItemSchema).min(1).max(40),
  comment: commentField,
});
export type QualificationReviewBody = z.infer<typeof qualificationReviewBodySchema>;

export const siteCheckBodySchema = z.strictObject({
  version: versionSchema,
  date: isoDateSchema,
  participants: z.array(z.string().trim().min(1).max(64)).min(1).max(30),
  findings: z.string().trim().min(1).max(5000),
  photos: attachmentsField,
});
export type SiteCheckBody = z.infer<typeof siteCheckBodySchema>;

export const emergencyOpinionBodySchema = z.strictObject({
  version: versionSchema,
  authority: z.string().trim().min(2).max(128),
  opinion: z.string().trim().min(1).max(2000),
  date: isoDateSchema,
  documentNumber: z.string().trim().max(64).nullish(),
  fileId: idSchema.nullish(),
});
export type EmergencyOpinionBody = z.infer<typeof emergencyOpinionBodySchema>;

export const recommendBodySchema = z.strictObject({
  version: versionSchema,
  documentNumber: z.string().trim().min(2, { error: '请填写推荐文件文号' }).max(64),
  comment: commentField,
  attachments: attachmentsField,
});
export type RecommendBody = z.infer<typeof recommendBodySchema>;

export const criterionReasonSchema = z.strictObject({
  criterionId: z.string().min(1).max(128),
  met: z.boolean(),
  note: z.string().trim().max(1000).default(''),
});
export const decisionBodySchema = z.strictObject({
  version: versionSchema,
  outcome: z.enum(['approve', 'reject']),
  comment: decisionDocumentFields.comment,
  reasons: z.array(criterionReasonSchema).max(200).default([]),
  /** The authority decides despite 原则上 (in-principle) uniqueness conflicts. */
  acknowledgeConflicts: z.boolean().default(false),
  attachments: attachmentsField,
  documentNumber: decisionDocumentFields.documentNumber,
  decidedOn: decisionDocumentFields.decidedOn,
});
export type DecisionBody = z.infer<typeof decisionBodySchema>;

export const fileViewSchema = z.object({
  id: idSchema,
  name: z.string(),
  size: z.number().int(),
  mime: z.string(),
  sha256: z.string(),
});
export type FileView = z.infer<typeof fileViewSchema>;

export const materialViewSchema = z.object({
  id: idSchema,
  kind: z.string(),
  metric: z.string().nullable(),
  file: fileViewSchema,
});

export const memberViewSchema = z.object({
  creditCode: z.string(),
  name: z.string(),
  orgKind: z.string(),
  legalPerson: z.boolean(),
  registered: z.boolean(),
  agreementFile: fileViewSchema.nullable(),
});

export const timelineEntrySchema = z.object({
  id: idSchema,
  action: z.string(),
  actionLabel: localized,
  fromState: z.string(),
  toState: z.string(),
  actor: z.object({ name: z.string(), role: z.string(), organisation: z.string() }),
  at: z.string(),
  comment: z.string(),
  attachments: z.array(fileViewSchema),
  documentNumber: z.string().nullable(),
  versionNo: z.number().int(),
  detail: z.record(z.string(), z.unknown()),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const nextActionSchema = z.object({
  action: applicationActionSchema,
  label: localized,
  to: applicationStateSchema,
  requiresComment: z.boolean(),
  blockedBy: localized.nullable(),
  stage: z.object({ id: z.string(), name: localized, source: sourceRef }).nullable(),
});
export type NextAction = z.infer<typeof nextActionSchema>;

export const cityReviewViewSchema = z.object({
  versionNo: z.number().int(),
  checklist: z.array(checklistItemSchema).nullable(),
  checklistPassed: z.boolean().nullable(),
  siteCheck: z
    .object({
      date: z.string(),
      participants: z.array(z.string()),
      findings: z.string(),
      photos: z.array(fileViewSchema),
    })
    .nullable(),
  emergencyOpinion: z
    .object({
      authority: z.string(),
      opinion: z.string(),
      date: z.string(),
      documentNumber: z.string().nullable(),
      file: fileViewSchema.nullable(),
    })
    .nullable(),
});

export const applicationViewSchema = z.object({
  id: idSchema,
  call: z.object({ id: idSchema, title: z.string(), packId: z.string(), year: z.number().int() }),
  leadOrganisation: z.object({
    id: idSchema,
    name: z.string(),
    creditCode: z.string(),
    orgKind: z.string(),
  }),
  centerName: z.string(),
  level: z.string(),
  type: z.string().nullable(),
  kind: z.string().nullable(),
  direction: z.string().nullable(),
  /** The direction's name in the call's pack (示范方向), for screens and exports. */
  directionName: z.object({ zh: z.string(), en: z.string() }).nullable(),
  industryCode: z.string().nullable(),
  state: applicationStateSchema,
  stateLabel: localized,
  currentVersionNo: z.number().int(),
  regionCode: z.string(),
  regionName: z.string(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type ApplicationView = z.infer<typeof applicationViewSchema>;
export const applicationPageSchema = pageOf(applicationViewSchema);

export const applicationDetailSchema = applicationViewSchema.extend({
  form: applicationFormSchema,
  members: z.array(memberViewSchema),
  materials: z.array(materialViewSchema),
  requiredMaterials: z.array(z.object({ key: z.string(), name: localized, required: z.boolean() })),
  versions: z.array(z.object({ versionNo: z.number().int(), submittedAt: z.string() })),
  timeline: z.array(timelineEntrySchema),
  cityReview: cityReviewViewSchema.nullable(),
  /** The caller's next actions (state, role, jurisdiction and guards); blocked ones carry the reason. */
  actions: z.array(nextActionSchema),
  abilities: z.object({ update: z.boolean(), upload: z.boolean(), attach: z.boolean() }),
  /** Which city step applies: false when the lead unit applies straight to the province. */
  cityStep: z.boolean(),
  emergencyOpinionRequired: z.boolean(),
  siteCheckRequired: z.boolean(),
});
export type ApplicationDetail = z.infer<typeof applicationDetailSchema>;

export const applicationListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(64).optional(),
  callId: idSchema.optional(),
  packId: z.string().max(64).optional(),
  state: z
    .union([applicationStateSchema, z.string().regex(/^[a-z_]+(,[a-z_]+)+$/)])
    .optional()
    .describe('one state or a comma-separated list'),
  regionCode: regionCodeSchema.optional(),
  mine: z.stringbool().optional(),
});
export type ApplicationListQuery = z.infer<typeof applicationListQuerySchema>;

export const versionDiffSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(
    z.object({ path: z.string(), before: z.unknown().optional(), after: z.unknown().optional() }),
  ),
});
export type VersionDiff = z.infer<typeof versionDiffSchema>;

export const evaluationViewSchema = z.object({
  eligible: z.boolean(),
  /** Hard failures (not 原则上) block submission. */
  blocking: z.array(z.string()),
  rules: z.array(
    z.object({
      id: z.string(),
      passed: z.boolean(),
      reason: localized,
      source: sourceRef,
      inPrinciple: z.boolean().optional(),
    }),
  ),
  criteria: z.array(
    z.object({
      id: z.string(),
      name: localized,
      metric: z.string().nullable(),
      required: z.number().nullable(),
      actual: z.number().nullable(),
      status: z.string(),
      effect: z.string(),
      source: sourceRef,
    }),
  ),
  conflicts: z.array(z.object({ ruleId: z.string(), inPrinciple: z.boolean(), reason: localized })),
});
export type EvaluationView = z.infer<typeof evaluationViewSchema>;

// ---------------------------------------------------------------------------------------------
// Cultivation report (培育情况表)
// ---------------------------------------------------------------------------------------------

export const cultivationEntryBodySchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  regionCode: regionCodeSchema.optional(),
  serialNo: z.number().int().min(1).max(9999).optional(),
  name: z.string().trim().min(2).max(200),
  category: centerTypeSchema,
  leadOrg: z.string().trim().min(2).max(200),
  memberOrgs: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  capabilitySummary: z.string().trim().min(1).max(5000),
  physicalSites: z.string().trim().min(1).max(2000),
  constructionPeriod: z.string().trim().min(1).max(200),
  jurisdiction: regionCodeSchema,
});
export type CultivationEntryBody = z.infer<typeof cultivationEntryBodySchema>;

export const updateCultivationEntryBodySchema = cultivationEntryBodySchema
  .omit({ year: true, regionCode: true })
  .partial()
  .extend({ version: versionSchema });
export type UpdateCultivationEntryBody = z.infer<typeof updateCultivationEntryBodySchema>;

export const cultivationEntryViewSchema = z.object({
  id: idSchema,
  year: z.number().int(),
  regionCode: z.string(),
  regionName: z.string(),
  serialNo: z.number().int(),
  name: z.string(),
  category: z.string(),
  leadOrg: z.string(),
  memberOrgs: z.array(z.string()),
  capabilitySummary: z.string(),
  physicalSites: z.string(),
  constructionPeriod: z.string(),
  jurisdiction: z.string(),
  jurisdictionName: z.string(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean() }),
});
export type CultivationEntryView = z.infer<typeof cultivationEntryViewSchema>;
export const cultivationPageSchema = pageOf(cultivationEntryViewSchema);

export const cultivationListQuerySchema = pageQuerySchema.extend({
  year: z.coerce.number().int().optional(),
  regionCode: regionCodeSchema.optional(),
  q: z.string().trim().max(64).optional(),
});
export type CultivationListQuery = z.infer<typeof cultivationListQuerySchema>;

/**
 * 需求池与供需对接: a need's request bodies (validated with Chinese messages naming the field), its view
 * with the caller's abilities, ranked matches with their explanation, invitations and agreements.
 */
import { z } from 'zod';
import { idSchema, isoDateSchema, pageOf, pageQuerySchema, versionSchema } from './common.ts';
import { creditCodeSchema } from '../domain/organisation/credit-code.ts';
import {
  budgetOrderError,
  budgetOrdered,
  componentNames,
  contactVisibilityValues,
  demandDisplayStatusValues,
  demandOutcomeValues,
  demandPosterValues,
  demandStatusValues,
  invitationStatusValues,
  needFields,
} from '../domain/matching/index.ts';
import { resourceKindValues, scenarioValues } from '../domain/resources/vocabulary.ts';

export {
  COMPONENT_LABELS,
  CONTACT_VISIBILITY_LABELS,
  DEMAND_OUTCOME_LABELS,
  DEMAND_POSTER_LABELS,
  DEMAND_STATUS_LABELS,
  INVITATION_STATUS_LABELS,
  componentNames,
  contactVisibilityValues,
  demandDisplayStatusValues,
  demandOutcomeValues,
  invitationStatusValues,
  type ComponentName,
} from '../domain/matching/index.ts';

const demandBodyFields = {
  ...needFields,
  deadline: isoDateSchema.describe('截止日期'),
  contactVisibility: z.enum(contactVisibilityValues, { error: '联系方式可见范围应为公开或仅促进中心可见' }),
  contactName: z
    .string({ error: '请填写联系人' })
    .trim()
    .min(2, { error: '联系人至少 2 个字' })
    .max(40, { error: '联系人不超过 40 个字' }),
  contactPhone: z
    .string({ error: '请填写联系电话' })
    .trim()
    .regex(/^[0-9+\-() ]{7,20}$/, { error: '联系电话格式不正确' }),
};

/** An enterprise posts a need with a center. */
export const createDemandBodySchema = z
  .strictObject({ ...demandBodyFields, centerId: idSchema })
  .refine(budgetOrdered, budgetOrderError);
export type CreateDemandBody = z.infer<typeof createDemandBodySchema>;

/** A center posts a need on an enterprise's behalf (the enterprise is named by its credit code). */
export const centerDemandBodySchema = z
  .strictObject({ ...demandBodyFields, enterpriseCreditCode: creditCodeSchema })
  .refine(budgetOrdered, budgetOrderError);
export type CenterDemandBody = z.infer<typeof centerDemandBodySchema>;

export const moderateDemandBodySchema = z.strictObject({
  decision: z.enum(['publish', 'reject'], { error: '审核结论应为发布或退回' }),
  note: z.string().trim().max(500, { error: '审核意见不超过 500 个字' }).default(''),
  version: versionSchema,
});
export type ModerateDemandBody = z.infer<typeof moderateDemandBodySchema>;

export const closeDemandBodySchema = z.strictObject({
  outcome: z.enum(['no_match', 'withdrawn'], { error: '关闭原因应为未找到合适的供给或企业撤回' }),
  note: z.string().trim().max(500, { error: '说明不超过 500 个字' }).default(''),
  version: versionSchema,
});
export type CloseDemandBody = z.infer<typeof closeDemandBodySchema>;

export const demandListQuerySchema = pageQuerySchema.extend({
  status: z.enum(demandStatusValues).optional(),
  /** One center's needs (the operator's 需求对接 page of that center). */
  centerId: idSchema.optional(),
});
export type DemandListQuery = z.infer<typeof demandListQuerySchema>;
/** The need pool's filters without paging, for its export. */
export const demandExportQuerySchema = demandListQuerySchema.omit({ page: true, pageSize: true });

export const demandViewSchema = z.object({
  id: idSchema,
  center: z.object({ id: idSchema, slug: z.string(), name: z.string() }),
  enterpriseName: z.string(),
  postedBy: z.enum(demandPosterValues),
  title: z.string(),
  description: z.string(),
  industryCode: z.string(),
  industryName: z.string(),
  scenarios: z.array(z.enum(scenarioValues)),
  regionCode: z.string(),
  regionName: z.string(),
  budgetMinFen: z.number().int().nullable(),
  budgetMaxFen: z.number().int().nullable(),
  deadline: z.string(),
  contactVisibility: z.enum(contactVisibilityValues),
  /** Null when the caller may not see the contact (center-only visibility). */
  contact: z.object({ name: z.string(), phone: z.string() }).nullable(),
  status: z.enum(demandDisplayStatusValues),
  moderationNote: z.string().nullable(),
  outcome: z.enum(demandOutcomeValues).nullable(),
  outcomeNote: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  abilities: z.object({
    moderate: z.boolean(),
    close: z.boolean(),
    invite: z.boolean(),
    recordAgreement: z.boolean(),
  }),
});
export type DemandView = z.infer<typeof demandViewSchema>;
export const demandPageSchema = pageOf(demandViewSchema);

const componentNameSchema = z.enum(componentNames);
export const componentExplanationSchema = z.object({
  name: componentNameSchema,
  value: z.number(),
  weight: z.number(),
  contribution: z.number(),
  why: z.string(),
  whyNotHigher: z.string().nullable(),
});

export const matchViewSchema = z.object({
  resource: z.object({
    id: idSchema,
    kind: z.enum(resourceKindValues),
    title: z.string(),
    summary: z.string(),
    providerName: z.string(),
    centerSlug: z.string(),
  }),
  score: z.number(),
  components: z.record(z.string(), z.number()),
  explanation: z.array(componentExplanationSchema),
  /** The invitation already sent for this resource, if any. */
  invitationId: idSchema.nullable(),
});
export type MatchView = z.infer<typeof matchViewSchema>;

export const matchListSchema = z.object({
  items: z.array(matchViewSchema),
  /** Candidates left out by hard filters (revoked or banned providers, expired offers, conflicts of interest). */
  excludedCount: z.number().int(),
  candidateCount: z.number().int(),
});
export type MatchList = z.infer<typeof matchListSchema>;
export const matchQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) });

export const inviteBodySchema = z.strictObject({
  resourceIds: z
    .array(idSchema, { error: '请选择要邀请的供应商' })
    .min(1, { error: '至少邀请 1 个供应商' })
    .max(10, { error: '一次最多邀请 10 个供应商' }),
});
export type InviteBody = z.infer<typeof inviteBodySchema>;

export const invitationViewSchema = z.object({
  id: idSchema,
  demandId: idSchema,
  demandTitle: z.string(),
  resourceId: idSchema,
  resourceTitle: z.string(),
  providerName: z.string(),
  score: z.number(),
  explanation: z.array(componentExplanationSchema),
  status: z.enum(invitationStatusValues),
  answerNote: z.string().nullable(),
  agreementAmountFen: z.number().int().nullable(),
  agreedOn: z.string().nullable(),
  serviceRecordId: idSchema.nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  abilities: z.object({ answer: z.boolean(), recordAgreement: z.boolean() }),
});
export type InvitationView = z.infer<typeof invitationViewSchema>;
export const invitationListSchema = z.object({ items: z.array(invitationViewSchema) });

export const answerInvitationBodySchema = z.strictObject({
  answer: z.enum(['accepted', 'declined'], { error: '答复应为接受或婉拒' }),
  note: z.string().trim().max(500, { error: '答复说明不超过 500 个字' }).default(''),
  version: versionSchema,
});
export type AnswerInvitationBody = z.infer<typeof answerInvitationBodySchema>;

export const recordAgreementBodySchema = z.strictObject({
  invitationId: idSchema,
  amountFen: z
    .number({ error: '合作金额应为数字（单位：分）' })
    .int({ error: '合作金额应精确到分' })
    .min(0, { error: '合作金额不能为负' })
    .max(10_000_000_000, { error: '合作金额不超过 1 亿元' }),
  agreedOn: isoDateSchema.describe('达成日期'),
  note: z.string().trim().max(500, { error: '说明不超过 500 个字' }).default(''),
});
export type RecordAgreementBody = z.infer<typeof recordAgreementBodySchema>;

export const demandGraphQuerySchema = z.object({
  region: z
    .string()
    .regex(/^\d{6}$/, { error: '行政区划代码应为 6 位数字' })
    .optional(),
});

/** 需求图谱: what enterprises of a region need, industries × scenarios. */
export const demandGraphSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  industries: z.array(z.object({ code: z.string(), name: z.string(), total: z.number().int() })),
  scenarios: z.array(z.enum(scenarioValues)),
  cells: z.array(
    z.object({
      industryCode: z.string(),
      scenario: z.enum(scenarioValues),
      total: z.number().int(),
      open: z.number().int(),
      agreed: z.number().int(),
    }),
  ),
  total: z.number().int(),
});
export type DemandGraph = z.infer<typeof demandGraphSchema>;

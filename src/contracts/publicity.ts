/** Publicity (公示), objections (异议) and the announcement (公告). */
import { z } from 'zod';
import {
  idSchema,
  isoDateSchema,
  pageOf,
  pageQuerySchema,
  regionCodeSchema,
  versionSchema,
} from './common.ts';

export const publicityRuleSchema = z.object({
  basis: z.enum(['pack', 'manual']),
  packId: z.string(),
  workingDays: z.number().int().nullable(),
  source: z.object({ file: z.string(), ref: z.string(), text: z.string() }).nullable(),
});
export type PublicityRuleView = z.infer<typeof publicityRuleSchema>;

/** open: 公示中; closed: 公示期满（待公告）; upcoming: 尚未开始; announced: 已公告. */
export const publicityPhaseValues = ['upcoming', 'open', 'closed', 'announced'] as const;
export type PublicityPhase = (typeof publicityPhaseValues)[number];

export const publicityEntryViewSchema = z.object({
  id: idSchema,
  applicationId: idSchema,
  centerName: z.string(),
  leadOrganisationName: z.string(),
  memberNames: z.array(z.string()),
  level: z.string(),
  type: z.string().nullable(),
  kind: z.string().nullable(),
  direction: z.string().nullable(),
  directionName: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  /** listed | reopened | announced */
  status: z.string(),
  centerId: idSchema.nullable(),
});
export type PublicityEntryView = z.infer<typeof publicityEntryViewSchema>;

export const publicityNoticeViewSchema = z.object({
  id: idSchema,
  callId: idSchema,
  callTitle: z.string(),
  packId: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  issuer: z.string(),
  title: z.string(),
  body: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  rule: publicityRuleSchema,
  phase: z.enum(publicityPhaseValues),
  acceptingObjections: z.boolean(),
  announcedOn: z.string().nullable(),
  announcementNumber: z.string().nullable(),
  entries: z.array(publicityEntryViewSchema),
  version: z.number().int(),
  /** For signed-in authorities: what they may do with this notice. */
  abilities: z.object({ manage: z.boolean() }),
  objectionCounts: z
    .object({ pending: z.number().int(), upheld: z.number().int(), dismissed: z.number().int() })
    .nullable(),
});
export type PublicityNoticeView = z.infer<typeof publicityNoticeViewSchema>;

export const publicityNoticeSummarySchema = publicityNoticeViewSchema
  .omit({ entries: true, body: true })
  .extend({
    entryCount: z.number().int(),
  });
export type PublicityNoticeSummary = z.infer<typeof publicityNoticeSummarySchema>;
export const publicityPageSchema = pageOf(publicityNoticeSummarySchema);

export const publicityListQuerySchema = pageQuerySchema.extend({
  regionCode: regionCodeSchema.optional(),
  phase: z.enum(publicityPhaseValues).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type PublicityListQuery = z.input<typeof publicityListQuerySchema>;

export const openPublicityBodySchema = z.strictObject({
  callId: idSchema,
  applicationIds: z.array(idSchema).min(1).max(500),
  title: z.string().trim().min(4).max(200).optional(),
  body: z.string().trim().max(5000).optional(),
  /** Default: today (or the next working day). */
  startsOn: isoDateSchema.optional(),
  /** Only when the pack states no working-day window (000 Shandong): the authority sets the last day. */
  endsOn: isoDateSchema.optional(),
});
export type OpenPublicityBody = z.infer<typeof openPublicityBodySchema>;

export const publicityWindowQuerySchema = z.object({
  packId: z.string().min(1).max(64),
  startsOn: isoDateSchema.optional(),
  /** The last day the authority proposes, where the pack sets no length: counted in working days. */
  endsOn: isoDateSchema.optional(),
  /** Where the pack sets no length: suggest the last day of a window of this many working days. */
  days: z.coerce
    .number()
    .int()
    .min(1, { error: '工作日数至少为 1' })
    .max(60, { error: '工作日数不超过 60' })
    .optional(),
});
export const publicityWindowSchema = z.object({
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  /** Working days from start to end inclusive (null while there is no end, or a year lacks holiday data). */
  workingDays: z.number().int().nullable(),
  /** Years the window reaches for which no holiday arrangement (节假日安排) has been loaded. */
  uncoveredYears: z.array(z.number().int()),
  rule: publicityRuleSchema,
});
export type PublicityWindowView = z.infer<typeof publicityWindowSchema>;

/** The objection form's fields (sent as multipart with files `attachments`, or as JSON without files). */
export const objectionFieldsSchema = z.strictObject({
  entryId: idSchema,
  name: z.string().trim().min(2, { error: '请填写姓名或单位名称' }).max(100),
  contact: z
    .string()
    .trim()
    .max(100)
    .refine((v) => /^[+\d][\d\s-]{5,}$/.test(v) || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v), {
      error: '请填写有效的联系电话或电子邮箱',
    }),
  content: z.string().trim().min(10, { error: '异议内容至少 10 个字' }).max(5000),
});
export type ObjectionFields = z.infer<typeof objectionFieldsSchema>;

export const objectionReceiptSchema = z.object({ id: idSchema, receivedAt: z.string() });

export const objectionViewSchema = z.object({
  id: idSchema,
  entryId: idSchema,
  centerName: z.string(),
  applicationId: idSchema,
  name: z.string(),
  contact: z.string(),
  content: z.string(),
  attachments: z.array(z.object({ id: idSchema, name: z.string(), mime: z.string(), size: z.number() })),
  status: z.enum(['pending', 'upheld', 'dismissed']),
  resolution: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type ObjectionView = z.infer<typeof objectionViewSchema>;

export const resolveObjectionBodySchema = z.strictObject({
  version: versionSchema,
  reason: z.string().trim().min(4, { error: '请填写处理理由（至少 4 个字）' }).max(2000),
});
export type ResolveObjectionBody = z.infer<typeof resolveObjectionBodySchema>;

export const announceBodySchema = z.strictObject({
  version: versionSchema,
  /** 公告文号, e.g. 甘工信发〔2026〕12号 */
  documentNumber: z.string().trim().max(100).optional(),
});
export type AnnounceBody = z.infer<typeof announceBodySchema>;

export const publicityCandidateSchema = z.object({
  id: idSchema,
  centerName: z.string(),
  leadOrganisationName: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  level: z.string(),
  type: z.string().nullable(),
  kind: z.string().nullable(),
  direction: z.string().nullable(),
});
export type PublicityCandidate = z.infer<typeof publicityCandidateSchema>;

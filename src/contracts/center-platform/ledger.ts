/** 服务台账 contracts: records, the enterprise's answer, attachments, import. */
import { z } from 'zod';
import { idSchema, isoDateSchema, pageOf, pageQuerySchema, regionCodeSchema } from '../common.ts';
import { confirmationValues, serviceTypeValues } from '../../domain/center-platform/vocabulary.ts';

export { confirmationValues, serviceTypeValues };
export const serviceTypeSchema = z.enum(serviceTypeValues);
export const confirmationSchema = z.enum(confirmationValues);

/** Money in fen (分): a non-negative integer. */
export const fenSchema = z.number().int().min(0).max(1e15);

export const createServiceRecordBodySchema = z.strictObject({
  serviceType: serviceTypeSchema,
  serviceDate: isoDateSchema,
  /** 统一社会信用代码 of an organisation registered on the platform. */
  enterpriseCreditCode: z.string().trim().min(1).max(32),
  /** Defaults to the enterprise's region and first industry. */
  regionCode: regionCodeSchema.nullish(),
  industryCode: z.string().trim().max(8).nullish(),
  title: z.string().trim().min(1).max(200),
  outcome: z.string().trim().max(2000).default(''),
  amountFen: fenSchema.nullish(),
  preferential: z.boolean().default(false),
});
export type CreateServiceRecordBody = z.infer<typeof createServiceRecordBodySchema>;

export const answerServiceRecordBodySchema = z.discriminatedUnion('answer', [
  z.strictObject({ answer: z.literal('confirmed'), version: z.number().int() }),
  z.strictObject({
    answer: z.literal('disputed'),
    version: z.number().int(),
    reason: z.string().trim().min(2, { error: '请说明异议理由' }).max(1000),
  }),
]);
export type AnswerServiceRecordBody = z.infer<typeof answerServiceRecordBodySchema>;

export const attachmentViewSchema = z.object({
  id: idSchema,
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});
export type AttachmentView = z.infer<typeof attachmentViewSchema>;

export const serviceRecordViewSchema = z.object({
  id: idSchema,
  centerId: idSchema,
  centerName: z.string(),
  serviceType: serviceTypeSchema,
  serviceDate: z.string(),
  enterprise: z.object({
    id: idSchema,
    name: z.string(),
    creditCode: z.string(),
    sme: z.boolean(),
    specialisedSme: z.boolean(),
    aboveScale: z.boolean(),
  }),
  regionCode: z.string(),
  regionName: z.string(),
  industryCode: z.string().nullable(),
  title: z.string(),
  outcome: z.string(),
  amountFen: z.number().int().nullable(),
  preferential: z.boolean(),
  confirmation: confirmationSchema,
  confirmationNote: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  source: z.string(),
  attachments: z.array(attachmentViewSchema),
  createdAt: z.string(),
  version: z.number().int(),
  abilities: z.object({ answer: z.boolean(), attach: z.boolean() }),
});
export type ServiceRecordView = z.infer<typeof serviceRecordViewSchema>;
export const serviceRecordPageSchema = pageOf(serviceRecordViewSchema);

export const serviceRecordListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  serviceType: serviceTypeSchema.optional(),
  confirmation: confirmationSchema.optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  sme: z.enum(['true', 'false']).optional(),
});
export type ServiceRecordListQuery = z.infer<typeof serviceRecordListQuerySchema>;

/** One row's problems in an import dry run (1-based sheet row numbers, header is row 1). */
export const importRowErrorSchema = z.object({
  row: z.number().int(),
  column: z.string(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

export const importResultSchema = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  valid: z.number().int(),
  errors: z.array(importRowErrorSchema),
  committed: z.number().int(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

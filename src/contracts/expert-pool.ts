/** Expert pool (专家库) contracts: list and detail, profile edits, employment, declared conflicts, import. */
import { z } from 'zod';
import { idSchema, isoDateSchema, pageOf, pageQuerySchema, versionSchema } from './common.ts';
import { reviewFieldSchema } from './review.ts';

const creditCode = z
  .string()
  .trim()
  .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, '「统一社会信用代码」应为 18 位数字或大写字母');
const localized = z.object({ zh: z.string(), en: z.string() });

export const expertListQuerySchema = pageQuerySchema.extend({
  field: reviewFieldSchema.optional(),
  available: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(100).optional(),
});
export type ExpertListQuery = z.infer<typeof expertListQuerySchema>;

export const expertEmploymentSchema = z.object({
  id: idSchema,
  organisationCreditCode: z.string(),
  organisationName: z.string(),
  fromDate: z.string().nullable(),
  toDate: z.string().nullable(),
  current: z.boolean(),
});

export const expertConflictSchema = z.object({
  id: idSchema,
  applicationId: idSchema.nullable(),
  organisationCreditCode: z.string().nullable(),
  organisationName: z.string().nullable(),
  reason: z.string(),
  /** Recorded by the province on the expert's word, or declared by the expert on a task. */
  recordedBy: z.string().nullable(),
  createdAt: z.string(),
});

export const expertSummarySchema = z.object({
  userId: idSchema,
  username: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  fields: z.array(reviewFieldSchema),
  /** The pool's region (the expert grant's, GB/T 2260) and its name. */
  regionCode: z.string(),
  regionName: z.string(),
  organisationName: z.string(),
  organisationCreditCode: z.string(),
  available: z.boolean(),
  disabled: z.boolean(),
  maxLoad: z.number().int().nullable(),
  /** Open seats (proposed, invited or accepted). */
  load: z.number().int(),
  conflicts: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type ExpertSummary = z.infer<typeof expertSummarySchema>;
export const expertPageSchema = pageOf(expertSummarySchema);

export const expertViewSchema = expertSummarySchema.extend({
  employment: z.array(expertEmploymentSchema),
  declaredConflicts: z.array(expertConflictSchema),
  assignments: z.array(
    z.object({
      id: idSchema,
      applicationName: z.string(),
      callTitle: z.string(),
      status: z.string(),
      statusLabel: localized,
      updatedAt: z.string(),
    }),
  ),
  abilities: z.object({ manage: z.boolean() }),
});
export type ExpertView = z.infer<typeof expertViewSchema>;

export const updateExpertBodySchema = z.strictObject({
  version: versionSchema,
  fields: z.array(reviewFieldSchema).min(1, '「评审领域」至少选择一项').max(4).optional(),
  title: z.string().trim().max(64, '「职称」不超过 64 字').nullable().optional(),
  available: z.boolean().optional(),
  maxLoad: z
    .number()
    .int('「评审上限」应为整数')
    .min(1, '「评审上限」应在 1 到 100 之间')
    .max(100, '「评审上限」应在 1 到 100 之间')
    .nullable()
    .optional(),
});
export type UpdateExpertBody = z.infer<typeof updateExpertBodySchema>;

export const addExpertEmploymentBodySchema = z
  .strictObject({
    organisationCreditCode: creditCode,
    organisationName: z.string().trim().min(2, '「单位名称」至少 2 个字').max(200),
    fromDate: isoDateSchema.nullable(),
    toDate: isoDateSchema.nullable(),
  })
  .refine((e) => !e.fromDate || !e.toDate || e.fromDate <= e.toDate, {
    path: ['toDate'],
    message: '「结束日期」不能早于「开始日期」',
  });
export type AddExpertEmploymentBody = z.infer<typeof addExpertEmploymentBodySchema>;

export const endExpertEmploymentBodySchema = z.strictObject({ toDate: isoDateSchema });

export const declareExpertConflictBodySchema = z.strictObject({
  organisationCreditCode: creditCode,
  organisationName: z.string().trim().min(2, '「单位名称」至少 2 个字').max(200),
  reason: z.string().trim().min(2, '「回避事由」至少 2 个字').max(1000),
});
export type DeclareExpertConflictBody = z.infer<typeof declareExpertConflictBodySchema>;

export const expertImportRowErrorSchema = z.object({
  /** The spreadsheet row (1 = header). */
  row: z.number().int(),
  column: z.string(),
  message: localized,
});
export const expertImportReportSchema = z.object({
  fileRows: z.number().int(),
  validRows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  errors: z.array(expertImportRowErrorSchema),
  rows: z.array(
    z.object({
      row: z.number().int(),
      username: z.string(),
      name: z.string(),
      action: z.enum(['create', 'update']),
      fields: z.array(reviewFieldSchema),
    }),
  ),
  committed: z.boolean(),
});
export type ExpertImportReport = z.infer<typeof expertImportReportSchema>;

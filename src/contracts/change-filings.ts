/** Change filings (变更备案: 更名、合并、分立、重组), due within a month of the change. */
import { z } from 'zod';
import { decisionDocumentFields, idSchema, isoDateSchema } from './common.ts';
import { citedSourceSchema, fileRefSchema } from './revocation.ts';

import { changeFilingStatusValues, changeKindValues } from './change-filing-labels.ts';

export * from './change-filing-labels.ts';

export const fileChangeBodySchema = z
  .object({
    centerId: idSchema,
    kind: z.enum(changeKindValues),
    changeDate: isoDateSchema,
    description: z.string().trim().min(2).max(4000),
    newName: z.string().trim().min(2).max(120).optional(),
    operatorChanged: z.boolean().default(false),
    directionChanged: z.boolean().default(false),
  })
  .refine((b) => b.kind !== 'rename' || b.newName !== undefined, {
    path: ['newName'],
    message: '更名须填写新名称',
  });
export type FileChangeBody = z.infer<typeof fileChangeBodySchema>;

export const decideChangeBodySchema = z.object({
  outcome: z.enum(['confirm', 'return']),
  /** The authority's opinion (审核意见), printed on the notice. */
  reason: z
    .string({ error: '请填写审核意见' })
    .trim()
    .min(2, { error: '请填写审核意见（至少 2 个字）' })
    .max(2000, { error: '意见不超过 2000 个字' }),
  documentNumber: decisionDocumentFields.documentNumber,
  decidedOn: decisionDocumentFields.decidedOn,
  version: z.number().int().positive(),
});
export type DecideChangeBody = z.infer<typeof decideChangeBodySchema>;

export const changeFilingViewSchema = z.object({
  id: idSchema,
  center: z.object({ id: idSchema, name: z.string(), regionCode: z.string() }),
  regionName: z.string(),
  packId: z.string(),
  kind: z.enum(changeKindValues),
  changeDate: z.string(),
  filedOn: z.string(),
  dueOn: z.string(),
  late: z.boolean(),
  daysLate: z.number().int(),
  deadlineSource: citedSourceSchema.nullable(),
  description: z.string(),
  oldName: z.string(),
  newName: z.string().nullable(),
  operatorChanged: z.boolean(),
  directionChanged: z.boolean(),
  evidence: z.array(fileRefSchema),
  status: z.enum(changeFilingStatusValues),
  decidedOn: z.string().nullable(),
  decisionReason: z.string().nullable(),
  documentNumber: z.string().nullable(),
  /** The pack's revocation ground this change may fall under (operator / business direction changed). */
  revocationGround: z
    .object({
      id: z.string(),
      description: z.object({ zh: z.string(), en: z.string() }),
      source: citedSourceSchema,
    })
    .nullable(),
  /** A revocation already opened from this filing. */
  revocationId: idSchema.nullable(),
  version: z.number().int(),
  abilities: z.object({ decide: z.boolean(), attach: z.boolean(), proposeRevocation: z.boolean() }),
});
export type ChangeFilingView = z.infer<typeof changeFilingViewSchema>;

export const changeFilingListQuerySchema = z.object({
  status: z
    .string()
    .regex(/^[a-z_,]+$/)
    .optional(),
  centerId: idSchema.optional(),
});
export const changeFilingListSchema = z.object({ items: z.array(changeFilingViewSchema) });

/** The operator's centers it may file for, with the deadline rule of each one's pack. */
export const fileableCentersSchema = z.object({
  items: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      packId: z.string().nullable(),
      rule: z.object({ months: z.number().int().nullable(), source: citedSourceSchema }).nullable(),
    }),
  ),
});

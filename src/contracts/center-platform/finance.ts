/** 产融对接 contracts: financing needs, funds and financial products, matches. */
import { z } from 'zod';
import { idSchema, isoDateSchema, pageOf, pageQuerySchema } from '../common.ts';
import {
  financeMatchStatusValues,
  financeProductKindValues,
} from '../../domain/center-platform/vocabulary.ts';
import { fenSchema } from './ledger.ts';

export { financeMatchStatusValues, financeProductKindValues };
export const financeProductKindSchema = z.enum(financeProductKindValues);

export const createNeedBodySchema = z.strictObject({
  centerId: idSchema,
  amountFen: fenSchema.refine((v) => v > 0, { error: '金额应大于 0' }),
  purpose: z.string().trim().min(1).max(1000),
  termMonths: z.number().int().min(1).max(360).nullish(),
});
export type CreateNeedBody = z.infer<typeof createNeedBodySchema>;

export const needViewSchema = z.object({
  id: idSchema,
  centerId: idSchema,
  centerName: z.string(),
  organisation: z.object({ id: idSchema, name: z.string(), sme: z.boolean() }),
  amountFen: z.number().int(),
  purpose: z.string(),
  termMonths: z.number().int().nullable(),
  status: z.string(),
  createdAt: z.string(),
});
export type NeedView = z.infer<typeof needViewSchema>;
export const needPageSchema = pageOf(needViewSchema);

export const createProductBodySchema = z.strictObject({
  kind: financeProductKindSchema,
  name: z.string().trim().min(1).max(200),
  institution: z.string().trim().min(1).max(200),
  minAmountFen: fenSchema.nullish(),
  maxAmountFen: fenSchema.nullish(),
  terms: z.string().trim().max(2000).default(''),
});
export type CreateProductBody = z.infer<typeof createProductBodySchema>;
export const productViewSchema = z.object({
  id: idSchema,
  kind: financeProductKindSchema,
  name: z.string(),
  institution: z.string(),
  minAmountFen: z.number().int().nullable(),
  maxAmountFen: z.number().int().nullable(),
  terms: z.string(),
});
export type ProductView = z.infer<typeof productViewSchema>;
export const productPageSchema = pageOf(productViewSchema);

export const createMatchBodySchema = z.strictObject({ needId: idSchema, productId: idSchema });
export type CreateMatchBody = z.infer<typeof createMatchBodySchema>;
export const decideMatchBodySchema = z.strictObject({
  version: z.number().int(),
  status: z.enum(['succeeded', 'failed']),
  grantedFen: fenSchema.nullish(),
  outcome: z.string().trim().max(1000).default(''),
  decidedOn: isoDateSchema,
});
export type DecideMatchBody = z.infer<typeof decideMatchBodySchema>;
export const matchViewSchema = z.object({
  id: idSchema,
  need: needViewSchema,
  product: productViewSchema,
  status: z.enum(financeMatchStatusValues),
  grantedFen: z.number().int().nullable(),
  outcome: z.string(),
  decidedOn: z.string().nullable(),
  version: z.number().int(),
});
export type MatchView = z.infer<typeof matchViewSchema>;
export const matchPageSchema = pageOf(matchViewSchema);
export const financeListQuerySchema = pageQuerySchema.extend({ status: z.string().max(20).optional() });
export type FinanceListQuery = z.infer<typeof financeListQuerySchema>;

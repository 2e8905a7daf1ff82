import { z } from 'zod';
import { idSchema } from './common.ts';

const textSchema = z.object({ zh: z.string(), en: z.string() });

export const decisionNoticeKindValues = ['recognition', 'rating', 'revocation', 'change'] as const;

/** A decision notice (决定书) as issued: frozen with its decision. */
export const decisionNoticeViewSchema = z.object({
  id: idSchema,
  kind: z.enum(decisionNoticeKindValues),
  kindLabel: textSchema,
  subjectType: z.enum(['application', 'center_evaluation', 'revocation', 'change_filing']),
  subjectId: idSchema,
  centerId: idSchema.nullable(),
  authorityName: z.string(),
  documentNumber: z.string(),
  decidedOn: z.iso.date(),
  outcome: z.string(),
  title: textSchema,
  addressee: z.string(),
  body: z.array(textSchema),
  opinion: z.string(),
  basis: z.array(textSchema),
  issuedAt: z.iso.datetime({ offset: true }),
});
export type DecisionNoticeView = z.infer<typeof decisionNoticeViewSchema>;

export const decisionNoticeListSchema = z.object({ items: z.array(decisionNoticeViewSchema) });

export const decisionNoticeListQuerySchema = z.strictObject({
  subjectId: z.uuid({ error: '请提供决定所属的记录' }),
});

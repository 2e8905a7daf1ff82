/** Revocation (撤销认定): engine proposals and manual grounds, evidence, decision; the lead unit's ban. */
import { z } from 'zod';
import { decisionDocumentFields, idSchema, isoDateSchema } from './common.ts';
import { revocationStatusValues } from './revocation-labels.ts';

export * from './revocation-labels.ts';

const localized = z.object({ zh: z.string(), en: z.string() });
export const citedSourceSchema = z.object({ file: z.string(), ref: z.string(), text: z.string() });

/** automatic: the engine's proposal from decided evaluations; manual: the authority's, on a listed ground. */
export const revocationOriginValues = ['automatic', 'manual'] as const;

export const evaluationSnapshotSchema = z.object({
  year: z.number().int(),
  rating: z.string(),
  ratingLabel: localized,
  decidedOn: z.string().nullable(),
});

export const fileRefSchema = z.object({
  id: idSchema,
  name: z.string(),
  size: z.number().int(),
  mime: z.string(),
  sha256: z.string(),
});

export const revocationViewSchema = z.object({
  id: idSchema,
  center: z.object({ id: idSchema, name: z.string(), level: z.string(), regionCode: z.string() }),
  regionName: z.string(),
  leadOrganisation: z.object({ id: idSchema, name: z.string() }),
  packId: z.string(),
  origin: z.enum(revocationOriginValues),
  ground: z.object({ id: z.string(), description: localized, source: citedSourceSchema }),
  facts: z.string(),
  groundDate: z.string(),
  evaluations: z.array(evaluationSnapshotSchema),
  evidence: z.array(fileRefSchema),
  changeFilingId: idSchema.nullable(),
  status: z.enum(revocationStatusValues),
  proposedOn: z.string(),
  decidedOn: z.string().nullable(),
  decisionReason: z.string().nullable(),
  documentNumber: z.string().nullable(),
  revokedOn: z.string().nullable(),
  /** The lead unit's re-application ban (000 第二十一条: 3 years; 003 第十七条: 2 years from exit). */
  ban: z
    .object({ years: z.number().int(), endsOn: z.string().nullable(), source: citedSourceSchema })
    .nullable(),
  /** Whether a decision to revoke still needs evidence (manual grounds need at least one file). */
  evidenceRequired: z.boolean(),
  version: z.number().int(),
  abilities: z.object({ decide: z.boolean(), attach: z.boolean() }),
});
export type RevocationView = z.infer<typeof revocationViewSchema>;

export const revocationListQuerySchema = z.object({
  /** Comma-separated statuses. */
  status: z
    .string()
    .regex(/^[a-z_,]+$/)
    .optional(),
  centerId: idSchema.optional(),
});

export const revocationListSchema = z.object({ items: z.array(revocationViewSchema) });

export const proposeRevocationBodySchema = z.object({
  centerId: idSchema,
  groundId: z.string().min(1).max(64),
  facts: z.string().trim().min(2).max(4000),
  /** The date the ground was established (the event). */
  groundDate: isoDateSchema,
  changeFilingId: idSchema.optional(),
});
export type ProposeRevocationBody = z.infer<typeof proposeRevocationBodySchema>;

export const decideRevocationBodySchema = z.object({
  outcome: z.enum(['revoke', 'dismiss']),
  /** The authority's opinion (决定意见), printed on the notice. */
  reason: z
    .string({ error: '请填写决定意见' })
    .trim()
    .min(2, { error: '请填写决定意见（至少 2 个字）' })
    .max(2000, { error: '意见不超过 2000 个字' }),
  documentNumber: decisionDocumentFields.documentNumber,
  decidedOn: decisionDocumentFields.decidedOn,
  version: z.number().int().positive(),
});
export type DecideRevocationBody = z.infer<typeof decideRevocationBodySchema>;

export const scanResultSchema = z.object({
  checked: z.number().int(),
  proposed: z.array(z.object({ id: idSchema, centerName: z.string(), groundId: z.string() })),
});

/** A recognised center an authority may act on, with the pack's manual grounds. */
export const revocableCenterSchema = z.object({
  id: idSchema,
  name: z.string(),
  level: z.string(),
  regionCode: z.string(),
  packId: z.string().nullable(),
  grounds: z.array(z.object({ id: z.string(), description: localized, source: citedSourceSchema })),
});
export const revocableCentersSchema = z.object({ items: z.array(revocableCenterSchema) });

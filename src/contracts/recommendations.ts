/** Recommendation upward (择优推荐, 000 第十九条): provinces recommend their best-rated centers to MIIT. */
import { z } from 'zod';
import { idSchema } from './common.ts';
import { evaluationSnapshotSchema } from './revocation.ts';

/** submitted: 已推荐; withdrawn: 已撤回 (by the recommending province). */
export const recommendationStatusValues = ['submitted', 'withdrawn'] as const;

export const recommendationViewSchema = z.object({
  id: idSchema,
  center: z.object({
    id: idSchema,
    name: z.string(),
    level: z.string(),
    type: z.string(),
    regionCode: z.string(),
  }),
  regionName: z.string(),
  leadOrganisationName: z.string(),
  year: z.number().int(),
  reason: z.string(),
  evaluations: z.array(evaluationSnapshotSchema),
  status: z.enum(recommendationStatusValues),
  recommendedOn: z.string(),
  withdrawnOn: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({ withdraw: z.boolean() }),
});
export type RecommendationView = z.infer<typeof recommendationViewSchema>;

export const recommendationListQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(recommendationStatusValues).optional(),
});
export const recommendationListSchema = z.object({ items: z.array(recommendationViewSchema) });

export const recommendBodySchema = z.object({
  centerId: idSchema,
  year: z.number().int().min(2000).max(2100),
  reason: z.string().trim().min(2).max(2000),
});
export type RecommendBody = z.infer<typeof recommendBodySchema>;

export const withdrawBodySchema = z.object({ version: z.number().int().positive() });

export const recommendationCandidateSchema = z.object({
  id: idSchema,
  name: z.string(),
  type: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  latest: evaluationSnapshotSchema.nullable(),
  evaluations: z.array(evaluationSnapshotSchema),
  /** Higher is better (优秀 > 良好 > 合格; failing 0). */
  rank: z.number().int(),
  eligible: z.boolean(),
  recommendationId: idSchema.nullable(),
});
export const recommendationCandidatesSchema = z.object({ items: z.array(recommendationCandidateSchema) });

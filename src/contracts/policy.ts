/** Policy packs as the API shows them: the list, the whole pack, and an evaluation report. */
import { z } from 'zod';
import {
  comparatorSchema,
  localizedSchema,
  policyPackSchema,
  ratingGradeSchema,
  sourceDocumentSchema,
  sourceRefSchema,
} from '../domain/policy/schema.ts';

export { applicationProfileSchema } from '../domain/policy/profile.ts';
export type { ApplicationProfileInput } from '../domain/policy/profile.ts';
export type { PolicyPack } from '../domain/policy/schema.ts';

/** What a pack contains. */
export const packContentSchema = z.enum(['criteria', 'directions', 'report_template', 'targets']);
export type PackContent = z.infer<typeof packContentSchema>;

export const policyPackSummarySchema = z.object({
  id: z.string(),
  version: z.string(),
  title: localizedSchema,
  jurisdiction: z.object({ level: z.string(), regionCode: z.string().nullable(), name: localizedSchema }),
  sourceDocument: sourceDocumentSchema,
  /** What the pack contains (criteria, demonstration directions, report templates, targets). */
  contents: z.array(packContentSchema),
  levels: z.array(z.string()),
  types: z.array(z.string()),
  kinds: z.array(z.string()),
  directions: z.array(z.object({ id: z.string(), name: localizedSchema })),
  criteriaCount: z.number().int(),
});
export type PolicyPackSummary = z.infer<typeof policyPackSummarySchema>;

export const policyPackViewSchema = policyPackSchema;

const statusSchema = z.enum(['met', 'not_met', 'needs_judgement', 'missing_value']);

/** The report `dtpc policy evaluate --json` prints. */
export const evaluationReportSchema = z.object({
  pack: z.string(),
  eligible: z.boolean(),
  rules: z.array(
    z.object({
      id: z.string(),
      passed: z.boolean(),
      reason: localizedSchema,
      source: sourceRefSchema,
      inPrinciple: z.boolean().optional(),
      banEndsOn: z.string().optional(),
    }),
  ),
  criteria: z.array(
    z.object({
      id: z.string(),
      metric: z.string().nullable(),
      required: z.number().nullable(),
      actual: z.number().nullable(),
      status: statusSchema,
      source: sourceRefSchema,
      name: localizedSchema,
      comparator: comparatorSchema.nullable(),
      effect: z.enum(['required', 'preferred']),
      checks: z.array(
        z.object({
          metric: z.string(),
          comparator: comparatorSchema,
          required: z.number().nullable(),
          actual: z.number().nullable(),
          status: statusSchema,
          uncertain: z.boolean().optional(),
          raw: z.string().optional(),
        }),
      ),
      uncertain: z.boolean().optional(),
    }),
  ),
  summary: z.object({
    met: z.number().int(),
    notMet: z.number().int(),
    needsJudgement: z.number().int(),
    missingValue: z.number().int(),
    allRequiredMet: z.boolean().nullable(),
  }),
  rating: z
    .discriminatedUnion('scale', [
      z.object({
        scale: z.literal('grades'),
        grade: ratingGradeSchema,
        share: z.number(),
        provisional: z.boolean(),
      }),
      z.object({
        scale: z.literal('stars'),
        stars: z.number(),
        of: z.number(),
        share: z.number(),
        provisional: z.boolean(),
      }),
    ])
    .nullable(),
});
export type EvaluationReport = z.infer<typeof evaluationReportSchema>;

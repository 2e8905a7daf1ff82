/** 数字化水平评测 contracts: models, stateless scoring, and an enterprise's assessments. */
import { z } from 'zod';
import { idSchema } from './common.ts';
import { answersSchema, diagnosisModelSchema, localizedSchema } from '../domain/diagnosis/schema.ts';
import { benchmarkCells } from '../domain/diagnosis/benchmark.ts';

export { answersSchema, diagnosisModelSchema };

export const diagnosisModelSummarySchema = z.object({
  id: z.string(),
  version: z.string(),
  title: localizedSchema,
  summary: localizedSchema.nullable(),
  source: z.object({ title: localizedSchema, docNumber: z.string().nullable(), year: z.number().int() }),
  maxScore: z.number(),
  questionCount: z.number().int(),
  scenarioCount: z.number().int(),
  /** The level rule is our reading of the source: every report says so. */
  levelRuleUncertain: z.boolean(),
});
export type DiagnosisModelSummary = z.infer<typeof diagnosisModelSummarySchema>;

const scoredSchema = z.object({ id: z.string(), name: localizedSchema, score: z.number(), max: z.number() });

/** The scoring result: the same document as `dtpc diagnosis score --json`. */
export const diagnosisResultSchema = z.object({
  modelId: z.string(),
  modelVersion: z.string(),
  score: z.number(),
  maxScore: z.number(),
  level: z.number().int(),
  levelName: localizedSchema.nullable(),
  dimensions: z.array(scoredSchema.extend({ indicators: z.array(scoredSchema) })),
  scenarios: z.array(z.object({ id: z.string(), name: localizedSchema, level: z.number().int().nullable() })),
  warnings: z.array(z.object({ id: z.string(), questionIds: z.array(z.string()), message: localizedSchema })),
  uncertain: z.boolean(),
});
export type DiagnosisResultView = z.infer<typeof diagnosisResultSchema>;

export const scoreBodySchema = z.strictObject({ answers: answersSchema });

export const createAssessmentBodySchema = z.strictObject({
  modelId: z.string().min(1).max(64),
  answers: answersSchema.default({}),
});
export type CreateAssessmentBody = z.infer<typeof createAssessmentBodySchema>;

export const saveAssessmentBodySchema = z.strictObject({
  version: z.number().int(),
  answers: answersSchema,
});
export type SaveAssessmentBody = z.infer<typeof saveAssessmentBodySchema>;

export const submitAssessmentBodySchema = z.strictObject({
  version: z.number().int(),
  /** 真实性承诺: the enterprise declares the answers true (refused unless true). */
  pledge: z.boolean(),
});
export type SubmitAssessmentBody = z.infer<typeof submitAssessmentBodySchema>;

export const assessmentStatusSchema = z.enum(['draft', 'submitted']);

export const assessmentViewSchema = z.object({
  id: idSchema,
  modelId: z.string(),
  modelVersion: z.string(),
  modelTitle: localizedSchema,
  organisation: z.object({ id: idSchema, name: z.string() }),
  regionCode: z.string(),
  status: assessmentStatusSchema,
  answers: answersSchema,
  score: z.number().nullable(),
  level: z.number().int().nullable(),
  result: diagnosisResultSchema.nullable(),
  pledgedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
  abilities: z.object({ edit: z.boolean(), submit: z.boolean() }),
});
export type AssessmentView = z.infer<typeof assessmentViewSchema>;

export const assessmentSummarySchema = assessmentViewSchema.omit({ answers: true, result: true });
export type AssessmentSummary = z.infer<typeof assessmentSummarySchema>;

export const benchmarkCellSchema = z.enum(benchmarkCells);

/** Where a submitted assessment stands among its peers; `benchmark` is null before submission or without peers. */
export const benchmarkViewSchema = z.object({
  minSample: z.number().int(),
  benchmark: z
    .object({
      cell: benchmarkCellSchema,
      sampleSize: z.number().int(),
      percentile: z.number(),
      skipped: z.array(z.object({ cell: benchmarkCellSchema, sampleSize: z.number().int() })),
      thin: z.boolean(),
    })
    .nullable(),
});
export type BenchmarkView = z.infer<typeof benchmarkViewSchema>;

/** The check of an uploaded model file: every problem with its path, in Chinese. */
export const modelValidationSchema = z.object({
  ok: z.boolean(),
  id: z.string().nullable(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })),
});

/** T0 → T1: the change since the enterprise's previous submitted assessment of the same model. */
export const assessmentChangeViewSchema = z.object({
  previous: z
    .object({ id: idSchema, submittedAt: z.string(), score: z.number(), level: z.number().int() })
    .nullable(),
  change: z
    .object({
      scoreDelta: z.number(),
      levelDelta: z.number().int(),
      dimensions: z.array(
        z.object({
          id: z.string(),
          before: z.number(),
          after: z.number(),
          delta: z.number(),
          max: z.number(),
        }),
      ),
    })
    .nullable(),
});
export type AssessmentChangeView = z.infer<typeof assessmentChangeViewSchema>;

/** 辅助诊断: center staff start an assessment on behalf of an enterprise registered on the platform. */
export const createAssistedAssessmentBodySchema = createAssessmentBodySchema.extend({
  /** 统一社会信用代码 of the enterprise. */
  enterpriseCreditCode: z.string().trim().min(1).max(32),
});

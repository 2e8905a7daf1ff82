/**
 * Decision support (决策支持): the 2025 targets against actual values, monitoring series with anomalies,
 * risk warnings and the network dashboard. Shared by the server routes, the CLI and the web.
 */
import { z } from 'zod';
import { idSchema, isoDateSchema, regionCodeSchema } from './common.ts';

const localized = z.object({ zh: z.string(), en: z.string() });

export const targetStatusSchema = z.enum(['green', 'amber', 'red', 'unknown']);
export const actualSourceSchema = z.enum(['computed', 'entered', 'imported']);

/** `dtpc targets status --json`: one row per target (exact contract). */
export const targetStatusRowSchema = z.object({
  id: z.string(),
  target: z.number(),
  actual: z.number().nullable(),
  asOf: z.string().nullable(),
  projected: z.number().nullable(),
  status: targetStatusSchema,
});
export type TargetStatusRow = z.infer<typeof targetStatusRowSchema>;

export const actualPointSchema = z.object({
  id: z.string().nullable(),
  value: z.number(),
  asOf: z.string(),
  source: actualSourceSchema,
  evidence: z.string(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string().nullable(),
  /** A later row for the same date replaced this one (its history is kept). */
  superseded: z.boolean(),
});

export const targetViewSchema = z.object({
  id: z.string(),
  name: localized,
  comparator: z.enum(['gte', 'gt', 'lte', 'lt', 'eq', 'approx']),
  value: z.number(),
  aim: z.number().nullable(),
  unit: localized,
  targetYear: z.number().int(),
  deadline: z.string(),
  sourceRef: z.string(),
  /** 责任单位 named by the plan for this target's task. */
  responsibleUnits: z.array(z.string()),
  /** The plan prints no 责任单位 beside this target; the units are those of the task that carries it out. */
  responsibleUnitsInferred: z.boolean(),
  /** How the platform computes the value from its own records, when it can. */
  computedFrom: localized.nullable(),
  actual: z.number().nullable(),
  asOf: z.string().nullable(),
  actualSource: actualSourceSchema.nullable(),
  projected: z.number().nullable(),
  projectionMethod: z.enum(['least-squares-linear', 'single-point']).nullable(),
  slopePerYear: z.number().nullable(),
  /** projected − target (positive = ahead). */
  gap: z.number().nullable(),
  status: targetStatusSchema,
  history: z.array(actualPointSchema),
  abilities: z.object({ enter: z.boolean() }),
});
export type TargetView = z.infer<typeof targetViewSchema>;

export const targetListSchema = z.object({
  packId: z.string(),
  title: localized,
  today: z.string(),
  items: z.array(targetViewSchema),
  abilities: z.object({ enter: z.boolean(), import: z.boolean() }),
});

export const enterActualBodySchema = z.object({
  value: z.number().finite().min(-1e15).max(1e15),
  asOf: isoDateSchema,
  evidence: z.string().trim().min(2, '请填写依据（文件、统计口径或来源）').max(2000),
});
export type EnterActualBody = z.infer<typeof enterActualBodySchema>;

export const importActualsResultSchema = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  valid: z.number().int(),
  committed: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
});

// --- monitoring ------------------------------------------------------------------------------

export const seriesSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  indicator: z.string(),
  unit: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  source: z.enum(['computed', 'imported']),
  months: z.number().int(),
  lastPeriod: z.string().nullable(),
});

export const anomalyViewSchema = z.object({
  period: z.string(),
  value: z.number(),
  baseline: z.number(),
  sameMonthLastYear: z.number().nullable(),
  deviation: z.number(),
  z: z.number().nullable(),
  threshold: z.number(),
  method: z.string(),
});

export const seriesViewSchema = seriesSummarySchema.extend({
  mergeJanFeb: z.boolean(),
  points: z.array(z.object({ period: z.string(), value: z.number() })),
  method: z.object({ id: z.string(), name: localized, threshold: z.number() }),
  anomalies: z.array(anomalyViewSchema),
  /** Why detection did not run (too short, not monthly), in Chinese and English. */
  refusal: localized.nullable(),
});

export const importSeriesBodySchema = z.object({
  name: z.string().trim().min(1).max(100),
  indicator: z.string().trim().min(1).max(100),
  unit: z.string().trim().min(1).max(20),
  regionCode: regionCodeSchema,
  mergeJanFeb: z.boolean().default(false),
  /** The file's text: columns `period,value`. */
  csv: z.string().min(1).max(200_000),
});

// --- warnings --------------------------------------------------------------------------------

export const warningStatusSchema = z.enum(['open', 'acknowledged', 'closed']);

export const warningViewSchema = z.object({
  id: idSchema,
  ruleId: z.string(),
  ruleName: localized,
  severity: z.enum(['high', 'medium', 'low']),
  regionCode: z.string(),
  regionName: z.string(),
  subject: z.object({ kind: z.enum(['series', 'center', 'target']), id: z.string(), name: z.string() }),
  reason: localized,
  /** The authority that owns the warning: the industry and IT department of its region. */
  owner: localized,
  dueDate: z.string(),
  status: warningStatusSchema,
  acknowledgedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  closeNote: z.string().nullable(),
  createdAt: z.string(),
  comments: z.array(z.object({ author: z.string(), body: z.string(), at: z.string() })),
  abilities: z.object({ acknowledge: z.boolean(), comment: z.boolean(), close: z.boolean() }),
});
export type WarningView = z.infer<typeof warningViewSchema>;

export const warningListQuerySchema = z.object({
  status: z.enum(['open', 'acknowledged', 'closed', 'active']).default('active'),
});

export const commentBodySchema = z.object({ body: z.string().trim().min(1, '请填写意见').max(2000) });
export const closeWarningBodySchema = z.object({
  note: z.string().trim().min(2, '请填写处理结果').max(2000),
});

export const refreshResultSchema = z.object({
  seriesRefreshed: z.number().int(),
  warningsRaised: z.number().int(),
});

// --- dashboard -------------------------------------------------------------------------------

export const dashboardQuerySchema = z.object({ region: regionCodeSchema.optional() });

export const dashboardSchema = z.object({
  region: z.object({ code: z.string(), name: z.string() }),
  /** Child regions (provinces for national, cities for a province, the city itself for a city). */
  centersByRegion: z.array(
    z.object({
      regionCode: z.string(),
      regionName: z.string(),
      national: z.number().int(),
      provincial: z.number().int(),
      municipal: z.number().int(),
    }),
  ),
  openWarnings: z.number().int(),
  showTargets: z.boolean(),
});

/** Center dashboard contracts: record-proven metrics, monthly trends, drill-down. */
import { z } from 'zod';
import { idSchema, pageOf, pageQuerySchema } from '../common.ts';

export const recordSourceValues = [
  'serviceRecords',
  'courseAttendance',
  'centerEvents',
  'contestTeams',
  'industryEducationAgreements',
  'offerClaims',
] as const;
export const recordSourceSchema = z.enum(recordSourceValues);

export const metricsQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

const partSchema = z.object({ value: z.number().int(), count: z.number().int() });

export const centerMetricViewSchema = z.object({
  key: z.string(),
  zh: z.string(),
  en: z.string(),
  unit: z.object({ zh: z.string(), en: z.string() }),
  period: z.string(),
  value: z.number().int(),
  pending: partSchema,
  disputed: partSchema,
});
export type CenterMetricView = z.infer<typeof centerMetricViewSchema>;

export const dashboardViewSchema = z.object({
  center: z.object({ id: idSchema, name: z.string(), slug: z.string() }),
  year: z.number().int(),
  metrics: z.array(centerMetricViewSchema),
  trends: z.array(
    z.object({
      key: z.string(),
      months: z.array(z.object({ month: z.string(), value: z.number().int(), pending: z.number().int() })),
    }),
  ),
  notProvable: z.array(z.object({ key: z.string(), zh: z.string(), reason: z.string() })),
  computedInMs: z.number(),
});
export type DashboardView = z.infer<typeof dashboardViewSchema>;

export const drillDownQuerySchema = pageQuerySchema.extend({
  year: z.coerce.number().int().min(2000).max(2100),
  part: z.enum(['value', 'pending', 'disputed']).default('value'),
});
export type DrillDownQuery = z.infer<typeof drillDownQuerySchema>;

export const evidenceViewSchema = z.object({
  source: recordSourceSchema,
  id: idSchema,
  date: z.string(),
  title: z.string(),
  enterpriseName: z.string().nullable(),
  detail: z.string(),
  confirmation: z.string().nullable(),
});
export type EvidenceView = z.infer<typeof evidenceViewSchema>;
export const evidencePageSchema = pageOf(evidenceViewSchema);

export const centerSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  slug: z.string(),
  regionCode: z.string(),
  status: z.string(),
  operate: z.boolean(),
});
export type CenterSummary = z.infer<typeof centerSummarySchema>;

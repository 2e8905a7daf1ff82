import { doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { centers } from './centers.ts';
import { organisations } from './organisations.ts';

/**
 * 数字化水平评测: one enterprise's answers to one diagnosis model, a draft until submitted. The peer
 * keys (region, industry division, size band) are copied from the organisation at submission so a
 * benchmark cell keeps the enterprise where it was when it was assessed.
 */
export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey(),
    modelId: text('model_id').notNull(),
    modelVersion: text('model_version').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** GB/T 2260 code of the enterprise (county or city). */
    regionCode: text('region_code').notNull(),
    /** GB/T 4754 division (two digits), when the enterprise declared an industry. */
    industryDivision: text('industry_division'),
    /** micro | small | medium | large */
    sizeBand: text('size_band'),
    /** draft | submitted */
    status: text('status').notNull().default('draft'),
    /** question id → answer, as the scoring function reads it. */
    answers: jsonb('answers').$type<Record<string, string | string[] | number>>().notNull(),
    score: doublePrecision('score'),
    level: integer('level'),
    /** The scoring result at submission (dimensions, scenarios, warnings), for the report. */
    result: jsonb('result').$type<Record<string, unknown>>(),
    pledgedAt: timestamp('pledged_at', { withTimezone: true, mode: 'date' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    /** Assisted diagnosis: the center whose staff ran it for the enterprise (else a self-diagnosis). */
    centerId: uuid('center_id').references(() => centers.id),
    /** The 诊断 record in that center's service ledger, created at submission for the enterprise to confirm. */
    serviceRecordId: uuid('service_record_id'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('assessments_organisation_idx').on(t.organisationId),
    index('assessments_region_idx').on(t.regionCode),
    // Benchmarks count submitted assessments of one model by peer cell: with size band and score in
    // the key the count is an index-only scan (bench/diagnosis.ts: heap fetches made it 5× slower).
    index('assessments_benchmark_idx').on(
      t.modelId,
      t.status,
      t.industryDivision,
      t.regionCode,
      t.sizeBand,
      t.score,
    ),
  ],
);

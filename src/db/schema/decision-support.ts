import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';

/**
 * 目标实际值: one reading of a 2025 target's metric (seed 004) as of a date, entered by the responsible
 * unit with evidence or imported from a bureau's .xlsx. Rows are never updated: a correction is a new row
 * for the same date, and the newest row of a date is the one in force, so the whole history stays.
 * Values computed from the platform's own records are not stored; they are derived on read.
 */
export const targetActuals = pgTable(
  'target_actuals',
  {
    id: uuid('id').primaryKey(),
    packId: text('pack_id').notNull(),
    targetId: text('target_id').notNull(),
    /** GB/T 2260 code of the jurisdiction the target belongs to (370000 for Shandong). */
    regionCode: text('region_code').notNull(),
    value: doublePrecision('value').notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    /** entered | imported */
    source: text('source').notNull(),
    evidence: text('evidence').notNull(),
    /** File name of the import, when imported. */
    importFile: text('import_file'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('target_actuals_target_idx').on(t.packId, t.targetId, t.asOf)],
);

/**
 * 监测序列: a monthly series per region × industry × indicator. `computed` series are refreshed from the
 * platform's records (services per month per region); `imported` ones come from a bureau's file.
 */
export const monitoringSeries = pgTable(
  'monitoring_series',
  {
    id: uuid('id').primaryKey(),
    /** Stable key, e.g. `ledger-services:370100` for computed series; the import's own key otherwise. */
    key: text('key').notNull().unique(),
    name: text('name').notNull(),
    indicator: text('indicator').notNull(),
    unit: text('unit').notNull(),
    regionCode: text('region_code').notNull(),
    industryCode: text('industry_code'),
    /** computed | imported */
    source: text('source').notNull(),
    mergeJanFeb: boolean('merge_jan_feb').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('monitoring_series_region_idx').on(t.regionCode)],
);

/** One month of a monitoring series. */
export const monitoringPoints = pgTable(
  'monitoring_points',
  {
    seriesId: uuid('series_id')
      .notNull()
      .references(() => monitoringSeries.id, { onDelete: 'cascade' }),
    /** YYYY-MM */
    period: text('period').notNull(),
    value: doublePrecision('value').notNull(),
  },
  (t) => [uniqueIndex('monitoring_points_series_period_idx').on(t.seriesId, t.period)],
);

/**
 * 风险预警: raised by a rule (as data, src/domain/monitoring/warning-rules.ts), owned by the authority of
 * its region, acknowledged, commented and closed by an officer there. `key` makes raising idempotent.
 */
export const riskWarnings = pgTable(
  'risk_warnings',
  {
    id: uuid('id').primaryKey(),
    key: text('key').notNull().unique(),
    ruleId: text('rule_id').notNull(),
    /** high | medium | low */
    severity: text('severity').notNull(),
    regionCode: text('region_code').notNull(),
    /** series | center | target */
    subjectKind: text('subject_kind').notNull(),
    subjectId: text('subject_id').notNull(),
    subjectName: text('subject_name').notNull(),
    reason: jsonb('reason').$type<{ zh: string; en: string }>().notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    /** open | acknowledged | closed */
    status: text('status').notNull().default('open'),
    assigneeUserId: uuid('assignee_user_id').references(() => users.id),
    acknowledgedBy: uuid('acknowledged_by').references(() => users.id),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true, mode: 'date' }),
    closedBy: uuid('closed_by').references(() => users.id),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
    closeNote: text('close_note'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('risk_warnings_region_status_idx').on(t.regionCode, t.status)],
);

/** An officer's comment on a warning. */
export const riskWarningComments = pgTable(
  'risk_warning_comments',
  {
    id: uuid('id').primaryKey(),
    warningId: uuid('warning_id')
      .notNull()
      .references(() => riskWarnings.id),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('risk_warning_comments_warning_idx').on(t.warningId, t.createdAt)],
);

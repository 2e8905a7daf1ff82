import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { centers } from './centers.ts';
import { users } from './accounts.ts';

/**
 * Annual work report (年度工作情况报告) of a recognised center for one calendar year, due by the pack's
 * deadline (Gansu: 31 January of the following year). `declaredValues` are the numbers the center
 * states, keyed by metric-catalogue key; the evaluation compares them with what its records prove.
 */
export const annualReports = pgTable(
  'annual_reports',
  {
    id: uuid('id').primaryKey(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    /** draft | submitted */
    status: text('status').notNull().default('draft'),
    dueOn: date('due_on', { mode: 'string' }),
    summary: text('summary').notNull().default(''),
    declaredValues: jsonb('declared_values').$type<Record<string, number>>().notNull().default({}),
    submittedOn: date('submitted_on', { mode: 'string' }),
    submittedByUserId: uuid('submitted_by_user_id').references(() => users.id),
    /** When the center and its authority were told the report is overdue (told once per report). */
    overdueNotifiedOn: date('overdue_notified_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('annual_reports_center_year_uq').on(t.centerId, t.year)],
);

/**
 * Annual evaluation (年度评价/考核) of one center for one year under its pack. The rating is the
 * decided one (grade id such as 'pass'/'fail', or a star count as text); revocation and the directory
 * read only rows whose status is 'decided'.
 */
export const centerEvaluations = pgTable(
  'center_evaluations',
  {
    id: uuid('id').primaryKey(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    packId: text('pack_id').notNull(),
    /** open | city_reviewed | province_reviewed | decided */
    status: text('status').notNull().default('open'),
    /** Decided rating: a grade id of the pack's scale, or the number of stars as a string. */
    rating: text('rating'),
    /** Engine's proposal at decision time (grade or stars, share of criteria met). */
    proposal: jsonb('proposal').$type<Record<string, unknown>>(),
    /** Criteria results and evidence comparison as decided (frozen for the record). */
    findings: jsonb('findings').$type<Record<string, unknown>>(),
    reason: text('reason').notNull().default(''),
    /** Review opinions before the decision (city first review, provincial pre-review), in order. */
    reviews: jsonb('reviews')
      .$type<{ role: string; opinion: string; userId: string; on: string }[]>()
      .notNull()
      .default([]),
    /** Reviewers' verdicts on qualitative criteria, by criterion id. */
    judgements: jsonb('judgements')
      .$type<Record<string, { met: boolean; note?: string }>>()
      .notNull()
      .default({}),
    openedByUserId: uuid('opened_by_user_id').references(() => users.id),
    decidedOn: date('decided_on', { mode: 'string' }),
    /** 文号 of the rating decision. */
    documentNumber: text('document_number'),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id),
    /** Published on the center's public page with the year. */
    publishedOn: date('published_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('center_evaluations_center_year_uq').on(t.centerId, t.year),
    index('center_evaluations_status_idx').on(t.status, t.year),
  ],
);

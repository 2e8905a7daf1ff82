import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { centers } from './centers.ts';
import { organisations } from './organisations.ts';

/** A consortium member of a recognised center (联合申报单位), copied from the approved application. */
export const centerMembers = pgTable(
  'center_members',
  {
    id: uuid('id').primaryKey(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    creditCode: text('credit_code').notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('center_members_center_idx').on(t.centerId)],
);

/**
 * The directory's history (名录沿革): one row per period in which a center had a status, so the directory
 * can be read as of any date. The open period has `toDate` null; a change closes it and opens the next.
 */
export const centerStatusHistory = pgTable(
  'center_status_history',
  {
    id: uuid('id').primaryKey(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id, { onDelete: 'cascade' }),
    /** recognised | revoked | building */
    status: text('status').notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    /** Exclusive end; null while the period is current. */
    toDate: date('to_date', { mode: 'string' }),
    reason: text('reason').notNull().default(''),
    /** What made the change: announcement | revocation | registration | import. */
    source: text('source').notNull(),
    /** The record behind it (publicity notice, revocation …). */
    sourceId: uuid('source_id'),
    /** The announcement's document number (文号) when there is one. */
    documentNumber: text('document_number'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('center_status_history_center_idx').on(t.centerId, t.fromDate)],
);

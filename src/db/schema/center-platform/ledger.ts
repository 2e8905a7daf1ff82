import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { centers } from '../centers.ts';
import { organisations } from '../organisations.ts';
import { users } from '../accounts.ts';

/**
 * 服务台账: one service a center delivered to an enterprise. The enterprise's SME / 专精特新 / 规上 flags
 * are copied from its organisation when the record is made (the status on the day of service), never typed.
 */
export const serviceRecords = pgTable(
  'service_records',
  {
    id: uuid('id').primaryKey(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    serviceType: text('service_type').notNull(),
    serviceDate: date('service_date', { mode: 'string' }).notNull(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => organisations.id),
    enterpriseSme: boolean('enterprise_sme').notNull(),
    enterpriseSpecialisedSme: boolean('enterprise_specialised_sme').notNull(),
    enterpriseAboveScale: boolean('enterprise_above_scale').notNull(),
    regionCode: text('region_code').notNull(),
    industryCode: text('industry_code'),
    title: text('title').notNull(),
    outcome: text('outcome').notNull().default(''),
    amountFen: bigint('amount_fen', { mode: 'number' }),
    /** Free or discounted (普惠) service: counts for "SMEs benefiting from preferential measures". */
    preferential: boolean('preferential').notNull().default(false),
    /** unconfirmed | confirmed | disputed — the enterprise's answer. */
    confirmation: text('confirmation').notNull().default('unconfirmed'),
    confirmationNote: text('confirmation_note'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true, mode: 'date' }),
    confirmedBy: uuid('confirmed_by').references(() => users.id),
    /** manual | import */
    source: text('source').notNull().default('manual'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // Metrics read a center's records by date; the included columns make them index-only scans.
    index('service_records_center_date_idx').on(t.centerId, t.serviceDate),
    // Metrics read each counted unit's records in order straight from these indexes (index-only, no sort):
    // enterprises for the served/SME metrics, regions and industries for diagnosis coverage.
    index('service_records_metrics_enterprise_idx').on(
      t.centerId,
      t.enterpriseId,
      t.confirmation,
      t.serviceDate,
      t.id,
      t.enterpriseSme,
      t.preferential,
      t.serviceType,
    ),
    index('service_records_metrics_region_idx')
      .on(t.centerId, t.regionCode, t.confirmation, t.serviceDate, t.id)
      .where(sql`${t.serviceType} in ('diagnosis', 'consulting')`),
    index('service_records_metrics_industry_idx')
      .on(t.centerId, t.industryCode, t.confirmation, t.serviceDate, t.id)
      .where(sql`${t.serviceType} in ('diagnosis', 'consulting')`),
    index('service_records_enterprise_idx').on(t.enterpriseId, t.serviceDate),
  ],
);

/** Evidence attached to a ledger record: metadata and the content hash (bytes live in the file store). */
export const serviceRecordAttachments = pgTable(
  'service_record_attachments',
  {
    id: uuid('id').primaryKey(),
    serviceRecordId: uuid('service_record_id')
      .notNull()
      .references(() => serviceRecords.id),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('service_record_attachments_record_idx').on(t.serviceRecordId)],
);

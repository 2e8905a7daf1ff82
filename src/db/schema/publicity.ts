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
import { users } from './accounts.ts';
import { centers } from './centers.ts';
import { organisations } from './organisations.ts';
import { applications, calls } from './recognition.ts';

/** The rule a publicity window was computed by (pack stage citation), or the authority's own dates. */
export interface PublicityRule {
  basis: 'pack' | 'manual';
  packId: string;
  workingDays: number | null;
  source: { file: string; ref: string; text: string } | null;
}

/**
 * A publicity notice (公示): the list of applications proposed for recognition in one call, open to
 * objections between `startsOn` and `endsOn` (inclusive, Asia/Shanghai), then announced (公告).
 */
export const publicityNotices = pgTable(
  'publicity_notices',
  {
    id: uuid('id').primaryKey(),
    callId: uuid('call_id')
      .notNull()
      .references(() => calls.id),
    packId: text('pack_id').notNull(),
    /** The issuing authority's jurisdiction root (the call's). */
    regionCode: text('region_code').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    rule: jsonb('rule').$type<PublicityRule>().notNull(),
    /** open (公示中 / 公示期满) | announced (已公告) */
    status: text('status').notNull(),
    announcedOn: date('announced_on', { mode: 'string' }),
    announcementNumber: text('announcement_number'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('publicity_notices_region_idx').on(t.regionCode),
    index('publicity_notices_call_idx').on(t.callId),
  ],
);

/** One application on a publicity list, as published (names frozen at publication). */
export const publicityEntries = pgTable(
  'publicity_entries',
  {
    id: uuid('id').primaryKey(),
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => publicityNotices.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    centerName: text('center_name').notNull(),
    leadOrganisationId: uuid('lead_organisation_id')
      .notNull()
      .references(() => organisations.id),
    leadOrganisationName: text('lead_organisation_name').notNull(),
    memberNames: text('member_names').array().notNull(),
    level: text('level').notNull(),
    type: text('type'),
    kind: text('kind'),
    direction: text('direction'),
    regionCode: text('region_code').notNull(),
    /** listed | reopened (an objection was upheld) | announced */
    status: text('status').notNull(),
    /** The directory entry created by the announcement. */
    centerId: uuid('center_id').references(() => centers.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    index('publicity_entries_notice_idx').on(t.noticeId),
    uniqueIndex('publicity_entries_notice_app_idx').on(t.noticeId, t.applicationId),
  ],
);

/** An objection (异议) filed by anyone during the window against one entry. */
export const objections = pgTable(
  'objections',
  {
    id: uuid('id').primaryKey(),
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => publicityNotices.id),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => publicityEntries.id),
    name: text('name').notNull(),
    contact: text('contact').notNull(),
    content: text('content').notNull(),
    attachmentFileIds: uuid('attachment_file_ids').array().notNull(),
    /** pending | upheld | dismissed */
    status: text('status').notNull(),
    resolution: text('resolution'),
    resolvedByUserId: uuid('resolved_by_user_id').references(() => users.id),
    resolvedAt: timestamp('resolved_at', { withTimezone: true, mode: 'date' }),
    /** Hash of the filer's IP (never the address itself): abuse tracing without keeping personal data. */
    ipHash: text('ip_hash'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('objections_notice_idx').on(t.noticeId, t.status)],
);

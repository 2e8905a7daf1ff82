/**
 * Expert review (专家评审): the pool is `expert_profiles` (accounts.ts); this aggregate adds the experts'
 * employment history and conflict declarations, panels and their seats, every saved version of every
 * score sheet, defense (答辩) and site-visit (现场考察) records, and the panel-proposal jobs.
 *
 * Organisations are matched by 统一社会信用代码: consortium members need not be registered here.
 */
import { sql } from 'drizzle-orm';
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
import { applications, calls } from './recognition.ts';

/** One job in an expert's employment history (任职经历); `to_date` null = still there. */
export const expertEmployments = pgTable(
  'expert_employments',
  {
    id: uuid('id').primaryKey(),
    expertUserId: uuid('expert_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationCreditCode: text('organisation_credit_code').notNull(),
    organisationName: text('organisation_name').notNull(),
    fromDate: date('from_date', { mode: 'string' }),
    toDate: date('to_date', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('expert_employments_expert_idx').on(t.expertUserId)],
);

/**
 * A declared conflict of interest. By an expert (`declared_by = 'expert'`): with one application or with
 * an organisation. By an applicant (`'applicant'`): an organisation whose experts are to be avoided.
 */
export const conflictDeclarations = pgTable(
  'conflict_declarations',
  {
    id: uuid('id').primaryKey(),
    declaredBy: text('declared_by').notNull(),
    expertUserId: uuid('expert_user_id').references(() => users.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id').references(() => applications.id),
    organisationCreditCode: text('organisation_credit_code'),
    organisationName: text('organisation_name'),
    reason: text('reason').notNull().default(''),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('conflict_declarations_expert_idx').on(t.expertUserId),
    index('conflict_declarations_application_idx').on(t.applicationId),
  ],
);

/** What the proposal could not satisfy for one application, and the experts it excluded (with reasons). */
export interface PanelNotes {
  shortfalls: {
    code: string;
    field?: string;
    message: { zh: string; en: string };
    /** What would fix it (older notes have none). */
    remedy?: { zh: string; en: string };
  }[];
  excluded: { expertUserId: string; reasons: { code: string; message: { zh: string; en: string } }[] }[];
}

/**
 * The expert panel of one application. `draft` while the province adjusts it, `confirmed` once the
 * experts are invited. `needs_reassignment` is raised when a member recuses (conflict) or declines.
 */
export const reviewPanels = pgTable(
  'review_panels',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    callId: uuid('call_id')
      .notNull()
      .references(() => calls.id),
    /** The application's region, for jurisdiction scoping. */
    regionCode: text('region_code').notNull(),
    status: text('status').notNull(),
    panelSize: integer('panel_size').notNull(),
    requiredFields: text('required_fields').array().notNull(),
    needsReassignment: boolean('needs_reassignment').notNull().default(false),
    notes: jsonb('notes').$type<PanelNotes>().notNull(),
    /** Values the province verified from the evidence (佐证值), by metric key. */
    evidenceValues: jsonb('evidence_values')
      .$type<Record<string, number>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('review_panels_application_idx').on(t.applicationId),
    index('review_panels_call_idx').on(t.callId),
    index('review_panels_region_idx').on(t.regionCode),
  ],
);

/** One seat on a panel (评审任务): proposed → invited → accepted → submitted, or declined/conflicted/removed. */
export const reviewAssignments = pgTable(
  'review_assignments',
  {
    id: uuid('id').primaryKey(),
    panelId: uuid('panel_id')
      .notNull()
      .references(() => reviewPanels.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    callId: uuid('call_id')
      .notNull()
      .references(() => calls.id),
    expertUserId: uuid('expert_user_id')
      .notNull()
      .references(() => users.id),
    status: text('status').notNull(),
    fields: text('fields').array().notNull(),
    statusNote: text('status_note').notNull().default(''),
    invitedAt: timestamp('invited_at', { withTimezone: true, mode: 'date' }),
    respondedAt: timestamp('responded_at', { withTimezone: true, mode: 'date' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('review_assignments_seat_idx').on(t.panelId, t.expertUserId),
    index('review_assignments_expert_idx').on(t.expertUserId, t.status),
    index('review_assignments_application_idx').on(t.applicationId),
    index('review_assignments_call_idx').on(t.callId, t.expertUserId),
  ],
);

/** Every saved version of a score sheet, draft or final (HotCRP #250): rows are only ever inserted. */
export const scoreSheetVersions = pgTable(
  'score_sheet_versions',
  {
    id: uuid('id').primaryKey(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => reviewAssignments.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    expertUserId: uuid('expert_user_id')
      .notNull()
      .references(() => users.id),
    versionNo: integer('version_no').notNull(),
    /** draft | submitted */
    kind: text('kind').notNull(),
    packId: text('pack_id').notNull(),
    scores: jsonb('scores').$type<Record<string, { value: number | null; note?: string | null }>>().notNull(),
    overall: doublePrecision('overall'),
    recommendation: text('recommendation'),
    comment: text('comment').notNull().default(''),
    savedAt: timestamp('saved_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('score_sheet_versions_no_idx').on(t.assignmentId, t.versionNo),
    index('score_sheet_versions_application_idx').on(t.applicationId),
  ],
);

/** An on-site defense (答辩) of one application. */
export const reviewDefenses = pgTable(
  'review_defenses',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    location: text('location').notNull(),
    participants: text('participants').array().notNull(),
    presenters: text('presenters').array().notNull(),
    minutes: text('minutes').notNull(),
    attachments: jsonb('attachments').$type<string[]>().notNull(),
    recordedByUserId: uuid('recorded_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('review_defenses_application_idx').on(t.applicationId)],
);

/** A site visit (现场考察) of one application. */
export const reviewSiteVisits = pgTable(
  'review_site_visits',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    visitedOn: date('visited_on', { mode: 'string' }).notNull(),
    participants: text('participants').array().notNull(),
    findings: text('findings').notNull(),
    conclusion: text('conclusion').notNull(),
    photos: jsonb('photos').$type<string[]>().notNull(),
    recordedByUserId: uuid('recorded_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('review_site_visits_application_idx').on(t.applicationId)],
);

/** A panel-proposal job: progress is polled by the UI (OpenReview #370: never a silent "running"). */
export const reviewJobs = pgTable(
  'review_jobs',
  {
    id: uuid('id').primaryKey(),
    callId: uuid('call_id')
      .notNull()
      .references(() => calls.id),
    regionCode: text('region_code').notNull(),
    /** queued | running | done | failed */
    status: text('status').notNull(),
    /** loading | matching | saving | done */
    phase: text('phase').notNull(),
    progressDone: integer('progress_done').notNull().default(0),
    progressTotal: integer('progress_total').notNull().default(0),
    params: jsonb('params').$type<Record<string, unknown>>().notNull(),
    result: jsonb('result').$type<Record<string, unknown>>(),
    error: text('error'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('review_jobs_call_idx').on(t.callId)],
);

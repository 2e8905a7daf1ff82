import { sql } from 'drizzle-orm';
import {
  boolean,
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

/** The pack text a decision cites (file + article + quoted text). */
export interface CitedSource {
  file: string;
  ref: string;
  text: string;
}

/** A frozen evaluation result attached to a revocation or a recommendation. */
export interface EvaluationSnapshot {
  year: number;
  rating: string;
  decidedOn: string | null;
}

/**
 * Revocation (撤销认定) of a center: proposed by the engine from decided evaluations (连续两次不合格 /
 * 一星级) or by the authority on a manual ground of the pack, then decided (revoked → directory status
 * and the lead unit's re-application ban) or dismissed. One open proposal per center.
 */
export const revocations = pgTable(
  'revocations',
  {
    id: uuid('id').primaryKey(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    /** The center's pack at proposal time (the ban rule comes from it). */
    packId: text('pack_id').notNull(),
    /** The center's region, for jurisdiction scoping. */
    regionCode: text('region_code').notNull(),
    centerLevel: text('center_level').notNull(),
    centerName: text('center_name').notNull(),
    leadOrganisationId: uuid('lead_organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** automatic (engine) | manual (authority) */
    origin: text('origin').notNull(),
    groundId: text('ground_id').notNull(),
    groundDescription: jsonb('ground_description').$type<{ zh: string; en: string }>().notNull(),
    source: jsonb('source').$type<CitedSource>().notNull(),
    /** Why the ground applies: the engine's reason or the authority's statement of facts. */
    facts: text('facts').notNull().default(''),
    /** The date the ground was established (last failing evaluation, or the event). */
    groundDate: date('ground_date', { mode: 'string' }).notNull(),
    /** Decided evaluations behind an automatic proposal (frozen). */
    evaluations: jsonb('evaluations').$type<EvaluationSnapshot[]>().notNull().default([]),
    /** Evidence files in the content-addressed store. */
    evidenceFileIds: uuid('evidence_file_ids').array().notNull().default([]),
    /** A change filing that prompted it (operator or business direction changed). */
    changeFilingId: uuid('change_filing_id'),
    /** proposed | revoked | dismissed */
    status: text('status').notNull(),
    proposedOn: date('proposed_on', { mode: 'string' }).notNull(),
    proposedByUserId: uuid('proposed_by_user_id').references(() => users.id),
    decidedOn: date('decided_on', { mode: 'string' }),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id),
    decisionReason: text('decision_reason'),
    documentNumber: text('document_number'),
    /** 撤销之日 / 退出之日 and the end of the lead unit's ban (exclusive: may apply from this day). */
    revokedOn: date('revoked_on', { mode: 'string' }),
    exitOn: date('exit_on', { mode: 'string' }),
    banEndsOn: date('ban_ends_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('revocations_region_idx').on(t.regionCode, t.status),
    index('revocations_lead_idx').on(t.leadOrganisationId, t.status),
    uniqueIndex('revocations_open_per_center_uq')
      .on(t.centerId)
      .where(sql`status = 'proposed'`),
  ],
);

/**
 * A change filing (变更备案: 更名、合并、分立、重组) by a center, due within the pack's period after the
 * change (一个月); late filings are flagged. The authority confirms (a rename then changes the directory
 * name, the old one kept here as history) or returns it.
 */
export const changeFilings = pgTable(
  'change_filings',
  {
    id: uuid('id').primaryKey(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    packId: text('pack_id').notNull(),
    regionCode: text('region_code').notNull(),
    operatorOrganisationId: uuid('operator_organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** rename | merger | split | restructuring */
    kind: text('kind').notNull(),
    changeDate: date('change_date', { mode: 'string' }).notNull(),
    filedOn: date('filed_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    late: boolean('late').notNull(),
    description: text('description').notNull(),
    /** The center's name before and after (rename). */
    oldName: text('old_name').notNull(),
    newName: text('new_name'),
    /** The change also changed the operator / the business direction (a revocation ground in some packs). */
    operatorChanged: boolean('operator_changed').notNull().default(false),
    directionChanged: boolean('direction_changed').notNull().default(false),
    evidenceFileIds: uuid('evidence_file_ids').array().notNull().default([]),
    /** filed | confirmed | returned */
    status: text('status').notNull(),
    filedByUserId: uuid('filed_by_user_id').references(() => users.id),
    decidedOn: date('decided_on', { mode: 'string' }),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id),
    decisionReason: text('decision_reason'),
    /** 文号 of the confirmation (or return) decision. */
    documentNumber: text('document_number'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('change_filings_region_idx').on(t.regionCode, t.status),
    index('change_filings_center_idx').on(t.centerId, t.decidedOn),
  ],
);

/**
 * A province's recommendation of one of its best-rated centers to the national level (000 第十九条),
 * with the center's decided evaluations attached as they stood.
 */
export const recommendations = pgTable(
  'recommendations',
  {
    id: uuid('id').primaryKey(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    regionCode: text('region_code').notNull(),
    year: integer('year').notNull(),
    reason: text('reason').notNull(),
    evaluations: jsonb('evaluations').$type<EvaluationSnapshot[]>().notNull(),
    /** submitted | withdrawn */
    status: text('status').notNull(),
    recommendedOn: date('recommended_on', { mode: 'string' }).notNull(),
    recommendedByUserId: uuid('recommended_by_user_id').references(() => users.id),
    withdrawnOn: date('withdrawn_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('recommendations_region_idx').on(t.regionCode, t.year),
    uniqueIndex('recommendations_center_year_uq')
      .on(t.centerId, t.year)
      .where(sql`status = 'submitted'`),
  ],
);

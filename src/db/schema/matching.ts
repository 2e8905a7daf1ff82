import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { centers } from './centers.ts';
import { organisations } from './organisations.ts';
import { users } from './accounts.ts';
import { resources } from './resources.ts';
import { serviceRecords } from './center-platform/ledger.ts';

/**
 * 需求池: an enterprise's need, filed with a center (posted by the enterprise or by the center on its
 * behalf), moderated before publication, open until its deadline, closed with an outcome.
 */
export const demands = pgTable(
  'demands',
  {
    id: uuid('id').primaryKey(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** enterprise | center (posted on the enterprise's behalf) */
    postedBy: text('posted_by').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    industryCode: text('industry_code').notNull(),
    scenarios: text('scenarios')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    regionCode: text('region_code').notNull(),
    budgetMinFen: bigint('budget_min_fen', { mode: 'number' }),
    budgetMaxFen: bigint('budget_max_fen', { mode: 'number' }),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    /** public | center_only */
    contactVisibility: text('contact_visibility').notNull(),
    contactName: text('contact_name').notNull(),
    contactPhone: text('contact_phone').notNull(),
    /** pending_review | published | rejected | closed (expiry is read from the deadline) */
    status: text('status').notNull(),
    moderationNote: text('moderation_note'),
    moderatedBy: uuid('moderated_by').references(() => users.id),
    moderatedAt: timestamp('moderated_at', { withTimezone: true, mode: 'date' }),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    /** agreed | no_match | withdrawn */
    outcome: text('outcome'),
    outcomeNote: text('outcome_note'),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('demands_center_status_idx').on(t.centerId, t.status),
    index('demands_organisation_idx').on(t.organisationId, t.createdAt),
    // The demand graph reads a region's needs by industry and scenario.
    index('demands_region_industry_idx').on(t.regionCode, t.industryCode),
  ],
);

/**
 * A supplier invited to answer a need, with the ranking it was invited on (score and every component's
 * explanation, as shown), its answer, and — when a deal is reached — the agreement and its ledger record.
 */
export const demandInvitations = pgTable(
  'demand_invitations',
  {
    id: uuid('id').primaryKey(),
    demandId: uuid('demand_id')
      .notNull()
      .references(() => demands.id),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => resources.id),
    providerName: text('provider_name').notNull(),
    providerCreditCode: text('provider_credit_code'),
    score: real('score').notNull(),
    explanation: jsonb('explanation').$type<Record<string, unknown>[]>().notNull(),
    /** invited | accepted | declined | agreed */
    status: text('status').notNull(),
    answerNote: text('answer_note'),
    answeredBy: uuid('answered_by').references(() => users.id),
    answeredAt: timestamp('answered_at', { withTimezone: true, mode: 'date' }),
    agreementAmountFen: bigint('agreement_amount_fen', { mode: 'number' }),
    agreedOn: date('agreed_on', { mode: 'string' }),
    serviceRecordId: uuid('service_record_id').references(() => serviceRecords.id),
    invitedBy: uuid('invited_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('demand_invitations_demand_idx').on(t.demandId),
    index('demand_invitations_provider_idx').on(t.providerCreditCode),
  ],
);

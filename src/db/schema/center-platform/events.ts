import { bigint, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { centers } from '../centers.ts';

/** 赛事 / 高峰论坛 / 供需对接活动 held by a center. */
export const centerEvents = pgTable(
  'center_events',
  {
    id: uuid('id').primaryKey(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    /** contest | forum | matchmaking */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    location: text('location').notNull().default(''),
    summary: text('summary').notNull().default(''),
    participants: integer('participants'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('center_events_center_date_idx').on(t.centerId, t.heldOn)],
);

/** A team entered in a contest. */
export const contestTeams = pgTable(
  'contest_teams',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => centerEvents.id),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    name: text('name').notNull(),
    affiliation: text('affiliation').notNull().default(''),
    members: integer('members').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('contest_teams_event_idx').on(t.eventId)],
);

/** 达成合作: an agreement reached at a matchmaking event. */
export const eventAgreements = pgTable(
  'event_agreements',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => centerEvents.id),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    parties: text('parties').array().notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }),
    scenario: text('scenario').notNull(),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('event_agreements_event_idx').on(t.eventId)],
);

/** 产教合作: an industry–education agreement between an enterprise and a university or institute. */
export const industryEducationAgreements = pgTable(
  'industry_education_agreements',
  {
    id: uuid('id').primaryKey(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    enterpriseName: text('enterprise_name').notNull(),
    institutionName: text('institution_name').notNull(),
    title: text('title').notNull(),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('industry_education_agreements_center_idx').on(t.centerId, t.signedOn)],
);

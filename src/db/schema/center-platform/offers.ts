import {
  bigint,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { centers } from '../centers.ts';
import { organisations } from '../organisations.ts';
import { users } from '../accounts.ts';

/**
 * SME offers: 先试用后购买 (trial), discounted services (discount), shared equipment (sharedEquipment) and
 * production capacity (capacityOffer). The last two are booked by time slot.
 */
export const smeOffers = pgTable(
  'sme_offers',
  {
    id: uuid('id').primaryKey(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    /** trial | discount | sharedEquipment | capacityOffer */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    provider: text('provider').notNull(),
    summary: text('summary').notNull().default(''),
    listPriceFen: bigint('list_price_fen', { mode: 'number' }),
    offerPriceFen: bigint('offer_price_fen', { mode: 'number' }),
    trialDays: integer('trial_days'),
    /** active | closed */
    status: text('status').notNull().default('active'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('sme_offers_center_idx').on(t.centerId)],
);

/** An enterprise takes up a trial or discount offer; a trial may then be purchased. */
export const offerClaims = pgTable(
  'offer_claims',
  {
    id: uuid('id').primaryKey(),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => smeOffers.id),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** trial | purchased | discounted | ended */
    status: text('status').notNull(),
    claimedOn: date('claimed_on', { mode: 'string' }).notNull(),
    trialEndsOn: date('trial_ends_on', { mode: 'string' }),
    purchasedOn: date('purchased_on', { mode: 'string' }),
    amountFen: bigint('amount_fen', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('offer_claims_offer_idx').on(t.offerId),
    index('offer_claims_center_date_idx').on(t.centerId, t.claimedOn),
    index('offer_claims_organisation_idx').on(t.organisationId),
    // One trial (or discounted take-up) per enterprise per offer; the database settles racing claims.
    uniqueIndex('offer_claims_offer_organisation_uq').on(t.offerId, t.organisationId),
  ],
);

/** A booking of shared equipment or production capacity for one slot [startsAt, endsAt). */
export const offerBookings = pgTable(
  'offer_bookings',
  {
    id: uuid('id').primaryKey(),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => smeOffers.id),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    startsAt: timestamp('starts_at', { withTimezone: true, mode: 'date' }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** booked | cancelled */
    status: text('status').notNull().default('booked'),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('offer_bookings_offer_time_idx').on(t.offerId, t.startsAt),
    index('offer_bookings_organisation_idx').on(t.organisationId),
  ],
);

import { bigint, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { centers } from '../centers.ts';
import { organisations } from '../organisations.ts';
import { users } from '../accounts.ts';

/** 产融对接: an enterprise's financing need, filed with a center. */
export const financingNeeds = pgTable(
  'financing_needs',
  {
    id: uuid('id').primaryKey(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdBy: uuid('created_by').references(() => users.id),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    purpose: text('purpose').notNull(),
    termMonths: integer('term_months'),
    /** open | matched | closed */
    status: text('status').notNull().default('open'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('financing_needs_center_idx').on(t.centerId),
    index('financing_needs_organisation_idx').on(t.organisationId),
  ],
);

/** Funds and financial products a center brings to its enterprises. */
export const financeProducts = pgTable(
  'finance_products',
  {
    id: uuid('id').primaryKey(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    /** fund | loan | guarantee | leasing | insurance | equity */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    institution: text('institution').notNull(),
    minAmountFen: bigint('min_amount_fen', { mode: 'number' }),
    maxAmountFen: bigint('max_amount_fen', { mode: 'number' }),
    terms: text('terms').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('finance_products_center_idx').on(t.centerId)],
);

/** A need matched with a product, and its outcome. */
export const financeMatches = pgTable(
  'finance_matches',
  {
    id: uuid('id').primaryKey(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    needId: uuid('need_id')
      .notNull()
      .references(() => financingNeeds.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => financeProducts.id),
    /** proposed | succeeded | failed */
    status: text('status').notNull().default('proposed'),
    grantedFen: bigint('granted_fen', { mode: 'number' }),
    outcome: text('outcome').notNull().default(''),
    decidedOn: date('decided_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('finance_matches_center_idx').on(t.centerId), index('finance_matches_need_idx').on(t.needId)],
);

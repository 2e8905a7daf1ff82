import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Legal entities: enterprises, universities, institutes, associations, authorities, telecom operators. */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    creditCode: text('credit_code').notNull().unique(),
    kind: text('kind').notNull(),
    authorityLevel: text('authority_level'),
    registrationDate: date('registration_date', { mode: 'string' }),
    regionCode: text('region_code').notNull(),
    industryCodes: text('industry_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    sme: boolean('sme').notNull().default(false),
    specialisedSme: boolean('specialised_sme').notNull().default(false),
    aboveScale: boolean('above_scale').notNull().default(false),
    soe: text('soe'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('organisations_region_idx').on(t.regionCode), index('organisations_kind_idx').on(t.kind)],
);

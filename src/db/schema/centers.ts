import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.ts';

/**
 * A promotion center (促进中心). Created when recognised (or registered as a center under construction);
 * its operator runs its public service platform, whose records prove what it delivered.
 */
export const centers = pgTable(
  'centers',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    /** URL-safe handle of the center's public site, e.g. /centers/jinan-gongye. */
    slug: text('slug').notNull().unique(),
    level: text('level').notNull(),
    type: text('type').notNull(),
    kind: text('kind'),
    direction: text('direction'),
    regionCode: text('region_code').notNull(),
    industryCodes: text('industry_codes').array().notNull(),
    leadOrganisationId: uuid('lead_organisation_id')
      .notNull()
      .references(() => organisations.id),
    operatorOrganisationId: uuid('operator_organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** building (建设中/培育) | recognised (已认定) | revoked (已撤销) */
    status: text('status').notNull(),
    packId: text('pack_id'),
    recognisedOn: date('recognised_on', { mode: 'string' }),
    summary: text('summary').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('centers_region_idx').on(t.regionCode),
    index('centers_operator_idx').on(t.operatorOrganisationId),
  ],
);

import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** GB/T 2260 region codes, loaded from src/domain/reference at migrate time. */
export const regions = pgTable('regions', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  level: text('level').notNull(),
  parentCode: text('parent_code'),
});

/** GB/T 4754-2017 industry codes (sections and divisions). */
export const industries = pgTable('industries', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  section: text('section').notNull(),
});

/** A year's official holiday schedule loaded by an admin on top of the packaged calendar data. */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  reference: text('reference').notNull(),
  holidays: jsonb('holidays').$type<{ date: string; name: string }[]>().notNull(),
  makeUpWorkdays: jsonb('make_up_workdays').$type<{ date: string; name: string }[]>().notNull(),
  importedBy: uuid('imported_by'),
  importedAt: timestamp('imported_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

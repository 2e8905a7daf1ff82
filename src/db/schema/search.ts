import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';

/**
 * The catalog search's domain thesaurus as edited by an administrator (issue #17): every save is a new
 * version (the entries in full), so a change can be read back and compared; the latest version is used,
 * over the shipped defaults when there is none.
 */
export const searchThesaurusVersions = pgTable('search_thesaurus_versions', {
  id: uuid('id').primaryKey(),
  version: integer('version').notNull().unique(),
  /** ThesaurusEntry[] (src/domain/search/thesaurus.ts), validated on save. */
  entries: jsonb('entries').$type<{ terms: string[]; narrower: string[] }[]>().notNull(),
  note: text('note').notNull().default(''),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/**
 * Catalog queries that found nothing, anonymised: the folded text only (long digit runs and e-mail
 * addresses masked), counted per query, with the first and last day seen — never who asked.
 */
export const searchMisses = pgTable(
  'search_misses',
  {
    query: text('query').primaryKey(),
    count: integer('count').notNull().default(1),
    firstSeenOn: date('first_seen_on', { mode: 'string' }).notNull(),
    lastSeenOn: date('last_seen_on', { mode: 'string' }).notNull(),
  },
  (t) => [index('search_misses_last_seen_idx').on(t.lastSeenOn, t.count)],
);

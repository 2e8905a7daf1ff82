/** The anonymised log of catalog queries that found nothing, for the center's operators (issue #17). */
import { desc, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { searchMisses } from '../../db/schema/index.ts';
import { anonymiseQuery } from '../../domain/search/anonymise.ts';
import { today } from '../publicity/clock.ts';

/** Counts a query that found nothing (no user, no address: the masked, folded text and the day). */
export async function recordMiss(db: Db, query: string): Promise<void> {
  const text = anonymiseQuery(query);
  if (!text) {
    return;
  }
  const day = today();
  await db
    .insert(searchMisses)
    .values({ query: text, count: 1, firstSeenOn: day, lastSeenOn: day })
    .onConflictDoUpdate({
      target: searchMisses.query,
      set: { count: sql`${searchMisses.count} + 1`, lastSeenOn: day },
    });
}

/** The most frequent misses, most recent first among equals. */
export async function listMisses(db: Db, limit: number) {
  return db
    .select()
    .from(searchMisses)
    .orderBy(desc(searchMisses.count), desc(searchMisses.lastSeenOn), searchMisses.query)
    .limit(limit);
}

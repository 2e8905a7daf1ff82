/** Loading centers. */
import { eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { centers } from '../schema/index.ts';

export type CenterRow = typeof centers.$inferSelect;

export async function findCenter(db: Db, id: string): Promise<CenterRow | undefined> {
  const [row] = await db.select().from(centers).where(eq(centers.id, id)).limit(1);
  return row;
}

export async function findCenterBySlug(db: Db, slug: string): Promise<CenterRow | undefined> {
  const [row] = await db.select().from(centers).where(eq(centers.slug, slug)).limit(1);
  return row;
}

/** Scoped loading of cultivation report rows (培育情况表). */
import { and, asc, count, eq, ilike, like, or, type SQL } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { cultivationReportEntries } from '../schema/index.ts';
import { jurisdictionPrefix } from '../../domain/jurisdiction/index.ts';
import { scopeCondition, type ListScope } from './scope.ts';

export type CultivationEntryRow = typeof cultivationReportEntries.$inferSelect;

export async function findCultivationEntry(db: Db, id: string): Promise<CultivationEntryRow | undefined> {
  const [row] = await db
    .select()
    .from(cultivationReportEntries)
    .where(eq(cultivationReportEntries.id, id))
    .limit(1);
  return row;
}

export interface CultivationFilter {
  year?: number | undefined;
  regionCode?: string | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

export async function listCultivationEntries(
  db: Db,
  scope: ListScope,
  filter: CultivationFilter,
): Promise<{ rows: CultivationEntryRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [
    scopeCondition(scope, { region: cultivationReportEntries.regionCode }),
  ];
  if (filter.year) {
    conditions.push(eq(cultivationReportEntries.year, filter.year));
  }
  if (filter.regionCode) {
    conditions.push(like(cultivationReportEntries.regionCode, `${jurisdictionPrefix(filter.regionCode)}%`));
  }
  if (filter.q) {
    const p = `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`;
    conditions.push(or(ilike(cultivationReportEntries.name, p), ilike(cultivationReportEntries.leadOrg, p)));
  }
  const where = and(...conditions);
  const [totals] = await db.select({ total: count() }).from(cultivationReportEntries).where(where);
  const rows = await db
    .select()
    .from(cultivationReportEntries)
    .where(where)
    .orderBy(
      asc(cultivationReportEntries.regionCode),
      asc(cultivationReportEntries.year),
      asc(cultivationReportEntries.serialNo),
    )
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { rows, total: Number(totals?.total ?? 0) };
}

/** Scoped loading of organisations. */
import { and, asc, count, eq, ilike, like, or, type SQL } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { organisations } from '../schema/index.ts';
import { jurisdictionPrefix } from '../../domain/jurisdiction/index.ts';
import { scopeCondition, type ListScope } from './scope.ts';

export type OrganisationRow = typeof organisations.$inferSelect;

export async function findOrganisation(db: Db, id: string): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id)).limit(1);
  return row;
}

export async function findOrganisationByCreditCode(
  db: Db,
  creditCode: string,
): Promise<OrganisationRow | undefined> {
  const [row] = await db
    .select()
    .from(organisations)
    .where(eq(organisations.creditCode, creditCode))
    .limit(1);
  return row;
}

export interface OrganisationFilter {
  q?: string | undefined;
  kind?: string | undefined;
  regionCode?: string | undefined;
  page: number;
  pageSize: number;
}

export async function listOrganisations(
  db: Db,
  scope: ListScope,
  filter: OrganisationFilter,
): Promise<{ rows: OrganisationRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [
    scopeCondition(scope, { region: organisations.regionCode, organisation: organisations.id }),
  ];
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`;
    conditions.push(or(ilike(organisations.name, pattern), ilike(organisations.creditCode, pattern)));
  }
  if (filter.kind) {
    conditions.push(eq(organisations.kind, filter.kind));
  }
  if (filter.regionCode) {
    conditions.push(like(organisations.regionCode, `${jurisdictionPrefix(filter.regionCode)}%`));
  }
  const where = and(...conditions);
  const [totals] = await db.select({ total: count() }).from(organisations).where(where);
  const rows = await db
    .select()
    .from(organisations)
    .where(where)
    .orderBy(asc(organisations.regionCode), asc(organisations.name))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { rows, total: Number(totals?.total ?? 0) };
}

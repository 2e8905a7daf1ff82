/** Loading financing needs, products and matches. */
import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../client.ts';
import {
  centers,
  financeMatches,
  financeProducts,
  financingNeeds,
  organisations,
} from '../../schema/index.ts';

export type NeedRow = typeof financingNeeds.$inferSelect & {
  centerName: string;
  organisationName: string;
  organisationSme: boolean;
};

const needColumns = {
  need: financingNeeds,
  centerName: centers.name,
  organisationName: organisations.name,
  organisationSme: organisations.sme,
};

function flatten(r: {
  need: typeof financingNeeds.$inferSelect;
  centerName: string;
  organisationName: string;
  organisationSme: boolean;
}): NeedRow {
  return {
    ...r.need,
    centerName: r.centerName,
    organisationName: r.organisationName,
    organisationSme: r.organisationSme,
  };
}

export async function listNeeds(
  db: Db,
  filter: {
    centerId?: string;
    organisationId?: string;
    status?: string | undefined;
    page: number;
    pageSize: number;
  },
): Promise<{ rows: NeedRow[]; total: number }> {
  const where = and(
    filter.centerId ? eq(financingNeeds.centerId, filter.centerId) : undefined,
    filter.organisationId ? eq(financingNeeds.organisationId, filter.organisationId) : undefined,
    filter.status ? eq(financingNeeds.status, filter.status) : undefined,
  );
  const [totals] = await db.select({ total: count() }).from(financingNeeds).where(where);
  const rows = await db
    .select(needColumns)
    .from(financingNeeds)
    .innerJoin(centers, eq(centers.id, financingNeeds.centerId))
    .innerJoin(organisations, eq(organisations.id, financingNeeds.organisationId))
    .where(where)
    .orderBy(desc(financingNeeds.createdAt))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { rows: rows.map(flatten), total: Number(totals?.total ?? 0) };
}

export async function listProducts(db: Db, filter: { centerId: string; page: number; pageSize: number }) {
  const where = eq(financeProducts.centerId, filter.centerId);
  const [totals] = await db.select({ total: count() }).from(financeProducts).where(where);
  const rows = await db
    .select()
    .from(financeProducts)
    .where(where)
    .orderBy(desc(financeProducts.createdAt))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { rows, total: Number(totals?.total ?? 0) };
}

export async function listMatches(
  db: Db,
  filter: { centerId: string; status?: string | undefined; page: number; pageSize: number },
) {
  const conditions: (SQL | undefined)[] = [
    eq(financeMatches.centerId, filter.centerId),
    filter.status ? eq(financeMatches.status, filter.status) : undefined,
  ];
  const where = and(...conditions);
  const [totals] = await db.select({ total: count() }).from(financeMatches).where(where);
  const rows = await db
    .select({ match: financeMatches, product: financeProducts, ...needColumns })
    .from(financeMatches)
    .innerJoin(financeProducts, eq(financeProducts.id, financeMatches.productId))
    .innerJoin(financingNeeds, eq(financingNeeds.id, financeMatches.needId))
    .innerJoin(centers, eq(centers.id, financingNeeds.centerId))
    .innerJoin(organisations, eq(organisations.id, financingNeeds.organisationId))
    .where(where)
    .orderBy(desc(financeMatches.createdAt))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return {
    rows: rows.map((r) => ({ match: r.match, product: r.product, need: flatten(r) })),
    total: Number(totals?.total ?? 0),
  };
}

export async function findMatch(db: Db, id: string) {
  const [row] = await db.select().from(financeMatches).where(eq(financeMatches.id, id));
  return row;
}

export type ProductRecord = typeof financeProducts.$inferSelect;
export type MatchRecord = typeof financeMatches.$inferSelect;

/** Reads of decision support: target actual values, monitoring series, warnings, centers by region. */
import { and, asc, count, desc, eq, inArray, like, max, min, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import {
  centers,
  monitoringPoints,
  monitoringSeries,
  riskWarningComments,
  riskWarnings,
  serviceRecords,
  targetActuals,
  users,
} from '../schema/index.ts';
import { scopeCondition, type ListScope } from './scope.ts';

export type TargetActualRow = typeof targetActuals.$inferSelect & { recordedByName: string | null };
export type SeriesRow = typeof monitoringSeries.$inferSelect;
export type WarningRow = typeof riskWarnings.$inferSelect;

/** Every stored actual value of a pack's targets, oldest first, with the recorder's display name. */
export async function listTargetActuals(db: Db, packId: string): Promise<TargetActualRow[]> {
  const rows = await db
    .select({ a: targetActuals, recordedByName: users.displayName })
    .from(targetActuals)
    .leftJoin(users, eq(users.id, targetActuals.recordedBy))
    .where(eq(targetActuals.packId, packId))
    .orderBy(asc(targetActuals.asOf), asc(targetActuals.recordedAt), asc(targetActuals.id));
  return rows.map((r) => ({ ...r.a, recordedByName: r.recordedByName }));
}

/** Recognition dates of recognised centers of a level within a region prefix (directory). */
export async function recognitionDates(db: Db, level: string, regionPrefix: string): Promise<string[]> {
  const rows = await db
    .select({ on: centers.recognisedOn })
    .from(centers)
    .where(
      and(
        eq(centers.level, level),
        eq(centers.status, 'recognised'),
        like(centers.regionCode, `${regionPrefix}%`),
        sql`${centers.recognisedOn} is not null`,
      ),
    );
  return rows.map((r) => r.on!).sort();
}

/** First confirmed service date of each SME served by a center, for enterprises served in a region prefix. */
export async function firstConfirmedSmeServiceDates(db: Db, regionPrefix: string): Promise<string[]> {
  const rows = await db
    .select({ first: min(serviceRecords.serviceDate) })
    .from(serviceRecords)
    .where(
      and(
        eq(serviceRecords.enterpriseSme, true),
        eq(serviceRecords.confirmation, 'confirmed'),
        like(serviceRecords.regionCode, `${regionPrefix}%`),
      ),
    )
    .groupBy(serviceRecords.enterpriseId);
  return rows.map((r) => r.first!).sort();
}

/** Confirmed services per month per city (region codes cut to the prefecture) within a scope. */
export async function confirmedServicesByCityMonth(
  db: Db,
  scope: ListScope,
): Promise<{ city: string; period: string; n: number }[]> {
  const city = sql<string>`substr(${serviceRecords.regionCode}, 1, 4) || '00'`;
  const period = sql<string>`to_char(${serviceRecords.serviceDate}, 'YYYY-MM')`;
  const rows = await db
    .select({ city, period, n: count() })
    .from(serviceRecords)
    .where(
      and(
        eq(serviceRecords.confirmation, 'confirmed'),
        scopeCondition(scope, { region: serviceRecords.regionCode }),
      ),
    )
    .groupBy(city, period)
    .orderBy(city, period);
  return rows.map((r) => ({ city: r.city, period: r.period, n: Number(r.n) }));
}

/** Recognised centers in scope with the date of their last confirmed service. */
export async function centersWithLastService(
  db: Db,
  scope: ListScope,
): Promise<{ id: string; name: string; regionCode: string; since: string; last: string | null }[]> {
  const rows = await db
    .select({
      id: centers.id,
      name: centers.name,
      regionCode: centers.regionCode,
      since: centers.recognisedOn,
      createdAt: centers.createdAt,
      last: max(serviceRecords.serviceDate),
    })
    .from(centers)
    .leftJoin(
      serviceRecords,
      and(eq(serviceRecords.centerId, centers.id), eq(serviceRecords.confirmation, 'confirmed')),
    )
    .where(and(eq(centers.status, 'recognised'), scopeCondition(scope, { region: centers.regionCode })))
    .groupBy(centers.id);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    regionCode: r.regionCode,
    since: r.since ?? r.createdAt.toISOString().slice(0, 10),
    last: r.last ?? null,
  }));
}

/** Recognised centers in scope counted by region and level. */
export async function centerCountsByRegion(
  db: Db,
  scope: ListScope,
): Promise<{ regionCode: string; level: string; n: number }[]> {
  const rows = await db
    .select({ regionCode: centers.regionCode, level: centers.level, n: count() })
    .from(centers)
    .where(and(eq(centers.status, 'recognised'), scopeCondition(scope, { region: centers.regionCode })))
    .groupBy(centers.regionCode, centers.level);
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/** Series in scope, with their month count and last period. */
export async function listSeries(
  db: Db,
  scope: ListScope,
): Promise<(SeriesRow & { months: number; lastPeriod: string | null })[]> {
  const rows = await db
    .select({
      s: monitoringSeries,
      months: count(monitoringPoints.period),
      lastPeriod: max(monitoringPoints.period),
    })
    .from(monitoringSeries)
    .leftJoin(monitoringPoints, eq(monitoringPoints.seriesId, monitoringSeries.id))
    .where(scopeCondition(scope, { region: monitoringSeries.regionCode }))
    .groupBy(monitoringSeries.id)
    .orderBy(asc(monitoringSeries.regionCode), asc(monitoringSeries.name));
  return rows.map((r) => ({ ...r.s, months: Number(r.months), lastPeriod: r.lastPeriod ?? null }));
}

export async function findSeries(db: Db, id: string): Promise<SeriesRow | undefined> {
  const [row] = await db.select().from(monitoringSeries).where(eq(monitoringSeries.id, id));
  return row;
}

export async function seriesPoints(
  db: Db,
  seriesIds: string[],
): Promise<{ seriesId: string; period: string; value: number }[]> {
  if (seriesIds.length === 0) {
    return [];
  }
  return db
    .select()
    .from(monitoringPoints)
    .where(inArray(monitoringPoints.seriesId, seriesIds))
    .orderBy(asc(monitoringPoints.seriesId), asc(monitoringPoints.period));
}

/** Warnings in scope, newest first, optionally by status. */
export async function listWarnings(db: Db, scope: ListScope, statuses: string[]): Promise<WarningRow[]> {
  return db
    .select()
    .from(riskWarnings)
    .where(
      and(inArray(riskWarnings.status, statuses), scopeCondition(scope, { region: riskWarnings.regionCode })),
    )
    .orderBy(desc(riskWarnings.createdAt), asc(riskWarnings.key))
    .limit(500);
}

export async function findWarning(db: Db, id: string): Promise<WarningRow | undefined> {
  const [row] = await db.select().from(riskWarnings).where(eq(riskWarnings.id, id));
  return row;
}

export async function warningComments(
  db: Db,
  warningIds: string[],
): Promise<{ warningId: string; author: string; body: string; at: Date }[]> {
  if (warningIds.length === 0) {
    return [];
  }
  return db
    .select({
      warningId: riskWarningComments.warningId,
      author: users.displayName,
      body: riskWarningComments.body,
      at: riskWarningComments.createdAt,
    })
    .from(riskWarningComments)
    .innerJoin(users, eq(users.id, riskWarningComments.authorUserId))
    .where(inArray(riskWarningComments.warningId, warningIds))
    .orderBy(asc(riskWarningComments.createdAt));
}

/** Keys of warnings already raised (idempotent raising). */
export async function existingWarningKeys(db: Db, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) {
    return new Set();
  }
  const rows = await db
    .select({ key: riskWarnings.key })
    .from(riskWarnings)
    .where(inArray(riskWarnings.key, keys));
  return new Set(rows.map((r) => r.key));
}

export async function countOpenWarnings(db: Db, scope: ListScope): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(riskWarnings)
    .where(
      and(
        inArray(riskWarnings.status, ['open', 'acknowledged']),
        scopeCondition(scope, { region: riskWarnings.regionCode }),
      ),
    );
  return Number(row?.n ?? 0);
}

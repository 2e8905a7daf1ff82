/**
 * The directory (名录) read as of a date: a center's status on that date comes from its history
 * (center_status_history); a center without history (registered before history was kept) counts from its
 * recognition date with its current status. Centers that were never recognised are not in the directory.
 */
import { and, asc, count, eq, ilike, like, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../client.ts';
import {
  centerEvaluations,
  centerMembers,
  centerStatusHistory,
  centers,
  changeFilings,
  organisations,
} from '../schema/index.ts';
import { jurisdictionPrefix } from '../../domain/jurisdiction/index.ts';

export interface DirectoryFilter {
  q?: string | undefined;
  level?: string | undefined;
  type?: string | undefined;
  kind?: string | undefined;
  regionCode?: string | undefined;
  status?: string | undefined;
  year?: number | undefined;
  asOf: string;
}

export interface DirectoryRow {
  id: string;
  name: string;
  slug: string;
  level: string;
  type: string;
  kind: string | null;
  direction: string | null;
  regionCode: string;
  leadOrganisationId: string;
  leadOrganisationName: string;
  status: string;
  recognisedOn: string | null;
  packId: string | null;
  /** The latest evaluation published on or before `asOf` (grade id or star count) and its year. */
  rating: string | null;
  ratingYear: number | null;
}

/** The status a center had on `asOf` (null: not in the directory on that date). */
function statusAsOf(asOf: string): SQL<string | null> {
  return sql<string | null>`coalesce(
    (select h.status from ${centerStatusHistory} h
      where h.center_id = ${centers.id} and h.from_date <= ${asOf}::date
        and (h.to_date is null or h.to_date > ${asOf}::date)
      order by h.from_date desc limit 1),
    case when not exists (select 1 from ${centerStatusHistory} h2 where h2.center_id = ${centers.id})
          and ${centers.status} in ('recognised', 'revoked')
          and ${centers.recognisedOn} <= ${asOf}::date
      then ${centers.status} end)`;
}

/** The center's name on `asOf`: the old name of the first rename confirmed after that day, else today's. */
function nameAsOf(asOf: string): SQL<string> {
  return sql<string>`coalesce(
    (select cf.old_name from ${changeFilings} cf
      where cf.center_id = ${centers.id} and cf.status = 'confirmed' and cf.kind = 'rename'
        and cf.decided_on > ${asOf}::date
      order by cf.decided_on asc, cf.created_at asc limit 1),
    ${centers.name})`;
}

/**
 * The latest evaluation published on or before `asOf` as 'year|rating': the public directory shows a rating
 * once the authority has published it (a decided but unpublished result is not public yet).
 */
function ratingAsOf(asOf: string): SQL<string | null> {
  return sql<string | null>`(select ce.year || '|' || ce.rating from ${centerEvaluations} ce
      where ce.center_id = ${centers.id} and ce.status = 'decided' and ce.rating is not null
        and ce.published_on is not null and ce.published_on <= ${asOf}::date
      order by ce.year desc limit 1)`;
}

/** Splits 'year|rating'. */
export function splitRating(v: string | null): { rating: string | null; ratingYear: number | null } {
  if (!v) {
    return { rating: null, ratingYear: null };
  }
  const [year, rating] = v.split('|');
  return { rating: rating ?? null, ratingYear: Number(year) };
}

const lead = alias(organisations, 'lead');

function conditions(filter: DirectoryFilter, status: SQL<string | null>): SQL[] {
  const out: SQL[] = [sql`${status} in ('recognised', 'revoked')`];
  if (filter.status) {
    out.push(sql`${status} = ${filter.status}`);
  }
  if (filter.q) {
    out.push(or(ilike(centers.name, `%${filter.q}%`), ilike(lead.name, `%${filter.q}%`))!);
  }
  if (filter.level) {
    out.push(eq(centers.level, filter.level));
  }
  if (filter.type) {
    out.push(eq(centers.type, filter.type));
  }
  if (filter.kind) {
    out.push(eq(centers.kind, filter.kind));
  }
  if (filter.regionCode) {
    out.push(like(centers.regionCode, `${jurisdictionPrefix(filter.regionCode)}%`));
  }
  if (filter.year) {
    out.push(sql`extract(year from ${centers.recognisedOn}) = ${filter.year}`);
  }
  return out;
}

/** A page of the directory as of `filter.asOf`. */
export async function listDirectory(
  db: Db,
  filter: DirectoryFilter & { page: number; pageSize: number },
): Promise<{ rows: DirectoryRow[]; total: number }> {
  const status = statusAsOf(filter.asOf);
  const where = and(...conditions(filter, status));
  const raw = await db
    .select({
      id: centers.id,
      name: sql<string>`${nameAsOf(filter.asOf)}`,
      slug: centers.slug,
      level: centers.level,
      type: centers.type,
      kind: centers.kind,
      direction: centers.direction,
      regionCode: centers.regionCode,
      leadOrganisationId: centers.leadOrganisationId,
      leadOrganisationName: lead.name,
      status: sql<string>`${status}`,
      recognisedOn: centers.recognisedOn,
      packId: centers.packId,
      ratingAsOf: ratingAsOf(filter.asOf),
    })
    .from(centers)
    .innerJoin(lead, eq(lead.id, centers.leadOrganisationId))
    .where(where)
    .orderBy(asc(centers.regionCode), sql`${centers.recognisedOn} desc nulls last`, asc(centers.name))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const rows = raw.map(({ ratingAsOf: r, ...rest }) => ({ ...rest, ...splitRating(r) }));
  const [total] = await db
    .select({ n: count() })
    .from(centers)
    .innerJoin(lead, eq(lead.id, centers.leadOrganisationId))
    .where(where);
  return { rows, total: Number(total?.n ?? 0) };
}

/** One directory entry as of `asOf` with operator, members and the whole history; undefined if not listed. */
export async function findDirectoryEntry(db: Db, id: string, asOf: string) {
  const operator = alias(organisations, 'operator');
  const status = statusAsOf(asOf);
  const [row] = await db
    .select({
      center: centers,
      leadOrganisationName: lead.name,
      operatorOrganisationName: operator.name,
      status: sql<string | null>`${status}`,
      nameAsOf: sql<string>`${nameAsOf(asOf)}`,
      ratingAsOf: ratingAsOf(asOf),
    })
    .from(centers)
    .innerJoin(lead, eq(lead.id, centers.leadOrganisationId))
    .innerJoin(operator, eq(operator.id, centers.operatorOrganisationId))
    .where(eq(centers.id, id))
    .limit(1);
  if (!row || (row.status !== 'recognised' && row.status !== 'revoked')) {
    return undefined;
  }
  const members = await db
    .select({ name: centerMembers.name, creditCode: centerMembers.creditCode })
    .from(centerMembers)
    .where(eq(centerMembers.centerId, id))
    .orderBy(asc(centerMembers.position));
  const history = await db
    .select()
    .from(centerStatusHistory)
    .where(eq(centerStatusHistory.centerId, id))
    .orderBy(asc(centerStatusHistory.fromDate), asc(centerStatusHistory.createdAt));
  const renames = await db
    .select({
      oldName: changeFilings.oldName,
      newName: changeFilings.newName,
      on: changeFilings.decidedOn,
    })
    .from(changeFilings)
    .where(
      and(
        eq(changeFilings.centerId, id),
        eq(changeFilings.status, 'confirmed'),
        eq(changeFilings.kind, 'rename'),
        sql`${changeFilings.decidedOn} <= ${asOf}::date`,
      ),
    )
    .orderBy(asc(changeFilings.decidedOn), asc(changeFilings.createdAt));
  return { ...row, status: row.status, members, history, renames, ...splitRating(row.ratingAsOf) };
}

/** Level, region and status of every listed center as of `asOf` under `regionPrefix` (for per-province counts). */
export async function directoryStatuses(db: Db, asOf: string, regionPrefix = '') {
  const status = statusAsOf(asOf);
  return db
    .select({ regionCode: centers.regionCode, level: centers.level, status: sql<string>`${status}` })
    .from(centers)
    .where(and(sql`${status} in ('recognised', 'revoked')`, like(centers.regionCode, `${regionPrefix}%`)));
}

/** Centers recognised on `asOf`, counted by province (the first two digits of the region code). */
export async function recognisedByProvince(db: Db, asOf: string): Promise<Map<string, number>> {
  const status = statusAsOf(asOf);
  const province = sql<string>`substr(${centers.regionCode}, 1, 2)`;
  const rows = await db
    .select({ province, n: count() })
    .from(centers)
    .where(sql`${status} = 'recognised'`)
    .groupBy(province);
  return new Map(rows.map((r) => [r.province, Number(r.n)]));
}

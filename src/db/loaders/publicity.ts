/** Loading publicity notices (public), their entries, and objections (for the authority). */
import { and, asc, count, desc, eq, gt, inArray, like, lt, lte, ne, gte, type SQL } from 'drizzle-orm';
import type { Db } from '../client.ts';
import {
  applications,
  calls,
  files,
  objections,
  organisations,
  publicityEntries,
  publicityNotices,
} from '../schema/index.ts';
import { jurisdictionPrefix } from '../../domain/jurisdiction/index.ts';

export type NoticeRow = typeof publicityNotices.$inferSelect & { callTitle: string; issuer: string };
export type EntryRow = typeof publicityEntries.$inferSelect;
export type ObjectionRow = typeof objections.$inferSelect;

const noticeColumns = { notice: publicityNotices, callTitle: calls.title, issuer: organisations.name };

function noticeQuery(db: Db) {
  return db
    .select(noticeColumns)
    .from(publicityNotices)
    .innerJoin(calls, eq(calls.id, publicityNotices.callId))
    .innerJoin(organisations, eq(organisations.id, calls.issuingOrganisationId));
}

export async function findNotice(db: Db, id: string): Promise<NoticeRow | undefined> {
  const [row] = await noticeQuery(db).where(eq(publicityNotices.id, id)).limit(1);
  return row ? { ...row.notice, callTitle: row.callTitle, issuer: row.issuer } : undefined;
}

export interface NoticeFilter {
  regionCode?: string | undefined;
  phase?: 'upcoming' | 'open' | 'closed' | 'announced' | undefined;
  year?: number | undefined;
  today: string;
  page: number;
  pageSize: number;
}

/** Notices, newest first; the phase is derived from `today`. */
export async function listNotices(
  db: Db,
  filter: NoticeFilter,
): Promise<{ rows: NoticeRow[]; total: number }> {
  const n = publicityNotices;
  const conditions: (SQL | undefined)[] = [];
  if (filter.regionCode) {
    // A region filter finds the notices issued for it or for any authority above it.
    conditions.push(like(n.regionCode, `${jurisdictionPrefix(filter.regionCode).slice(0, 2)}%`));
  }
  if (filter.year) {
    // A range on the date column (LIKE on a date is an error in PostgreSQL: no text operator for date).
    conditions.push(gte(n.startsOn, `${filter.year}-01-01`), lte(n.startsOn, `${filter.year}-12-31`));
  }
  switch (filter.phase) {
    case 'announced':
      conditions.push(eq(n.status, 'announced'));
      break;
    case 'upcoming':
      conditions.push(ne(n.status, 'announced'), gt(n.startsOn, filter.today));
      break;
    case 'open':
      conditions.push(ne(n.status, 'announced'), lte(n.startsOn, filter.today), gte(n.endsOn, filter.today));
      break;
    case 'closed':
      conditions.push(ne(n.status, 'announced'), lt(n.endsOn, filter.today));
      break;
    default:
      break;
  }
  const where = and(...conditions);
  const [total] = await db.select({ n: count() }).from(n).where(where);
  const rows = await noticeQuery(db)
    .where(where)
    .orderBy(desc(n.startsOn), desc(n.createdAt))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return {
    rows: rows.map((r) => ({ ...r.notice, callTitle: r.callTitle, issuer: r.issuer })),
    total: Number(total?.n ?? 0),
  };
}

export async function entriesOf(db: Db, noticeIds: string[]): Promise<EntryRow[]> {
  if (noticeIds.length === 0) {
    return [];
  }
  return db
    .select()
    .from(publicityEntries)
    .where(inArray(publicityEntries.noticeId, noticeIds))
    .orderBy(asc(publicityEntries.position));
}

export async function objectionsOf(db: Db, noticeId: string): Promise<ObjectionRow[]> {
  return db
    .select()
    .from(objections)
    .where(eq(objections.noticeId, noticeId))
    .orderBy(asc(objections.createdAt));
}

export async function findObjection(db: Db, id: string): Promise<ObjectionRow | undefined> {
  const [row] = await db.select().from(objections).where(eq(objections.id, id)).limit(1);
  return row;
}

export async function objectionFiles(db: Db, ids: string[]) {
  if (ids.length === 0) {
    return [];
  }
  return db.select().from(files).where(inArray(files.id, ids));
}

/** Approved (decided) applications of a call, waiting to be put on publicity. */
export async function publicityCandidates(db: Db, callId: string) {
  return db
    .select({ application: applications, leadOrganisationName: organisations.name })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.leadOrganisationId))
    .where(and(eq(applications.callId, callId), eq(applications.state, 'decided')))
    .orderBy(asc(applications.regionCode), asc(applications.centerName));
}

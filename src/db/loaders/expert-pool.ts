/**
 * The expert pool (专家库) as provinces manage it: every account with the expert role in the scope, with
 * or without a profile yet (an account made before profiles were created shows with no field, so it can be
 * completed), its open load and declared conflicts, employment history and seats.
 */
import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.ts';
import {
  applications,
  calls,
  conflictDeclarations,
  expertEmployments,
  expertProfiles,
  organisations,
  reviewAssignments,
  roleGrants,
  users,
} from '../schema/index.ts';
import type { ListScope } from './scope.ts';

/** Seats that still ask work of the expert. */
export const OPEN_SEATS = ['proposed', 'invited', 'accepted'];

export interface ExpertFilter {
  page: number;
  pageSize: number;
  /** Field code; stored names may be codes or 技术/产业/管理/财务. */
  field?: { code: string; zh: string };
  available?: boolean;
  q?: string;
}

export interface ExpertRow {
  userId: string;
  username: string;
  name: string;
  disabled: boolean;
  regionCode: string;
  organisationId: string;
  organisationName: string;
  organisationCreditCode: string;
  hasProfile: boolean;
  fields: string[];
  title: string | null;
  available: boolean;
  maxLoad: number | null;
  version: number;
  updatedAt: Date;
  load: number;
  conflicts: number;
}

function regionMatch(scope: ListScope): SQL {
  if (scope.all) {
    return sql`true`;
  }
  const prefixes = [...new Set(scope.regionPrefixes)];
  if (prefixes.length === 0) {
    return sql`false`;
  }
  return sql.join(
    prefixes.map((p) => sql`${roleGrants.regionCode} like ${`${p}%`}`),
    sql` or `,
  );
}

/** The pool region of an expert: their (first) expert grant's region. */
const expertRegion = sql<string>`(select min(${roleGrants.regionCode}) from ${roleGrants} where ${roleGrants.userId} = ${users.id} and ${roleGrants.role} = 'expert')`;

function conditions(scope: ListScope, filter: Omit<ExpertFilter, 'page' | 'pageSize'>): SQL[] {
  const out: SQL[] = [
    sql`exists (select 1 from ${roleGrants} where ${roleGrants.userId} = ${users.id} and ${roleGrants.role} = 'expert' and (${regionMatch(scope)}))`,
  ];
  if (filter.field) {
    out.push(sql`${expertProfiles.fields} && array[${filter.field.code}, ${filter.field.zh}]::text[]`);
  }
  if (filter.available !== undefined) {
    out.push(eq(sql`coalesce(${expertProfiles.available}, true)`, filter.available));
  }
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    out.push(
      or(
        ilike(users.displayName, like),
        ilike(users.username, like),
        ilike(organisations.name, like),
        ilike(expertProfiles.title, like),
      )!,
    );
  }
  return out;
}

const columns = {
  userId: users.id,
  username: users.username,
  name: users.displayName,
  disabled: users.disabled,
  regionCode: expertRegion,
  organisationId: organisations.id,
  organisationName: organisations.name,
  organisationCreditCode: organisations.creditCode,
  hasProfile: sql<boolean>`${expertProfiles.userId} is not null`,
  fields: sql<string[]>`coalesce(${expertProfiles.fields}, '{}'::text[])`,
  title: expertProfiles.title,
  available: sql<boolean>`coalesce(${expertProfiles.available}, true)`,
  maxLoad: expertProfiles.maxLoad,
  version: sql<number>`coalesce(${expertProfiles.version}, 0)`,
  updatedAt: sql<Date>`coalesce(${expertProfiles.updatedAt}, ${users.updatedAt})`,
  load: sql<number>`(select count(*)::int from ${reviewAssignments} where ${reviewAssignments.expertUserId} = ${users.id} and ${inArray(reviewAssignments.status, OPEN_SEATS)})`,
  conflicts: sql<number>`(select count(*)::int from ${conflictDeclarations} where ${conflictDeclarations.expertUserId} = ${users.id} and ${conflictDeclarations.declaredBy} = 'expert')`,
};

function normalise(r: ExpertRow): ExpertRow {
  return {
    ...r,
    load: Number(r.load),
    conflicts: Number(r.conflicts),
    version: Number(r.version),
    updatedAt: new Date(r.updatedAt),
  };
}

/** One page of the pool in the scope, by name. */
export async function listExperts(
  db: Db,
  scope: ListScope,
  filter: ExpertFilter,
): Promise<{ rows: ExpertRow[]; total: number }> {
  const where = and(...conditions(scope, filter));
  const rows = await db
    .select(columns)
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .leftJoin(expertProfiles, eq(expertProfiles.userId, users.id))
    .where(where)
    .orderBy(asc(users.username))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const [total] = await db
    .select({ n: count() })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .leftJoin(expertProfiles, eq(expertProfiles.userId, users.id))
    .where(where);
  return { rows: rows.map(normalise), total: Number(total?.n ?? 0) };
}

/** One expert (any scope; the caller authorises on `regionCode`), or undefined when not an expert. */
export async function findExpert(db: Db, userId: string): Promise<ExpertRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .leftJoin(expertProfiles, eq(expertProfiles.userId, users.id))
    .where(
      and(eq(users.id, userId), ...conditions({ all: true, regionPrefixes: [], organisationIds: [] }, {})),
    )
    .limit(1);
  return row ? normalise(row) : undefined;
}

export async function expertEmploymentHistory(db: Db, userId: string) {
  return db
    .select()
    .from(expertEmployments)
    .where(eq(expertEmployments.expertUserId, userId))
    .orderBy(
      desc(sql`coalesce(${expertEmployments.fromDate}, '0001-01-01')`),
      desc(expertEmployments.createdAt),
    );
}

export async function expertDeclarations(db: Db, userId: string) {
  return db
    .select({
      id: conflictDeclarations.id,
      applicationId: conflictDeclarations.applicationId,
      organisationCreditCode: conflictDeclarations.organisationCreditCode,
      organisationName: conflictDeclarations.organisationName,
      reason: conflictDeclarations.reason,
      createdAt: conflictDeclarations.createdAt,
      recordedBy: users.displayName,
    })
    .from(conflictDeclarations)
    .leftJoin(users, eq(users.id, conflictDeclarations.createdByUserId))
    .where(and(eq(conflictDeclarations.expertUserId, userId), eq(conflictDeclarations.declaredBy, 'expert')))
    .orderBy(desc(conflictDeclarations.createdAt));
}

/** The expert's seats, most recent first (at most 50). */
export async function expertSeats(db: Db, userId: string) {
  return db
    .select({
      id: reviewAssignments.id,
      applicationName: applications.centerName,
      callTitle: calls.title,
      status: reviewAssignments.status,
      updatedAt: reviewAssignments.updatedAt,
    })
    .from(reviewAssignments)
    .innerJoin(applications, eq(applications.id, reviewAssignments.applicationId))
    .innerJoin(calls, eq(calls.id, reviewAssignments.callId))
    .where(eq(reviewAssignments.expertUserId, userId))
    .orderBy(desc(reviewAssignments.updatedAt))
    .limit(50);
}

/** Users by login name (for the import: create or update). */
export async function usersByUsername(db: Db, usernames: readonly string[]) {
  if (usernames.length === 0) {
    return [];
  }
  return db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.username, [...usernames]));
}

/** Registered organisations by credit code. */
export async function organisationsByCreditCode(db: Db, codes: readonly string[]) {
  if (codes.length === 0) {
    return [];
  }
  return db
    .select({ id: organisations.id, creditCode: organisations.creditCode, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.creditCode, [...codes]));
}

/** Expert grants of the given users (region codes), for the import's jurisdiction checks. */
export async function expertGrantsOf(db: Db, userIds: readonly string[]) {
  if (userIds.length === 0) {
    return [];
  }
  return db
    .select({ userId: roleGrants.userId, role: roleGrants.role, regionCode: roleGrants.regionCode })
    .from(roleGrants)
    .where(inArray(roleGrants.userId, [...userIds]));
}

/** Scoped loading of calls, applications (with their timeline, members, materials, versions) and files. */
import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  ilike,
  inArray,
  like,
  lte,
  ne,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Db } from '../client.ts';
import {
  applicationMaterials,
  applicationMembers,
  applicationTransitions,
  applicationVersions,
  applications,
  calls,
  cityReviews,
  files,
  organisations,
} from '../schema/index.ts';
import { jurisdictionPrefix } from '../../domain/jurisdiction/index.ts';
import { scopeCondition, type ListScope } from './scope.ts';

export type CallRow = typeof calls.$inferSelect & { issuingOrganisationName: string };
export type FileRow = typeof files.$inferSelect;

const escapeLike = (q: string) => `%${q.replace(/[%_\\]/g, '\\$&')}%`;

const callColumns = { call: calls, issuingOrganisationName: organisations.name };

export async function findCall(db: Db, id: string): Promise<CallRow | undefined> {
  const [row] = await db
    .select(callColumns)
    .from(calls)
    .innerJoin(organisations, eq(organisations.id, calls.issuingOrganisationId))
    .where(eq(calls.id, id))
    .limit(1);
  return row ? { ...row.call, issuingOrganisationName: row.issuingOrganisationName } : undefined;
}

export interface CallFilter {
  q?: string | undefined;
  packId?: string | undefined;
  year?: number | undefined;
  status?: string | undefined;
  /** Only calls open on this day (YYYY-MM-DD), soonest deadline first. */
  openOn?: string | undefined;
  page: number;
  pageSize: number;
}

/** Calls the caller may read: published ones for everybody, drafts and closed ones inside `manageScope`. */
export async function listCalls(
  db: Db,
  manageScope: ListScope | null,
  filter: CallFilter,
): Promise<{ rows: CallRow[]; total: number }> {
  const visible = manageScope
    ? or(eq(calls.status, 'published'), scopeCondition(manageScope, { region: calls.regionCode }))
    : eq(calls.status, 'published');
  const conditions: (SQL | undefined)[] = [visible];
  if (filter.q) {
    conditions.push(ilike(calls.title, escapeLike(filter.q)));
  }
  if (filter.packId) {
    conditions.push(eq(calls.packId, filter.packId));
  }
  if (filter.year) {
    conditions.push(eq(calls.year, filter.year));
  }
  if (filter.status) {
    conditions.push(eq(calls.status, filter.status));
  }
  if (filter.openOn) {
    conditions.push(
      eq(calls.status, 'published'),
      lte(calls.opensOn, filter.openOn),
      gte(calls.closesOn, filter.openOn),
    );
  }
  const where = and(...conditions);
  const [totals] = await db.select({ total: count() }).from(calls).where(where);
  const rows = await db
    .select(callColumns)
    .from(calls)
    .innerJoin(organisations, eq(organisations.id, calls.issuingOrganisationId))
    .where(where)
    .orderBy(
      ...(filter.openOn ? [asc(calls.closesOn)] : []),
      desc(calls.year),
      desc(calls.opensOn),
      asc(calls.title),
    )
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return {
    rows: rows.map((r) => ({ ...r.call, issuingOrganisationName: r.issuingOrganisationName })),
    total: Number(totals?.total ?? 0),
  };
}

export type ApplicationRow = typeof applications.$inferSelect & {
  callTitle: string;
  callPackId: string;
  callYear: number;
  callRegionCode: string;
  leadName: string;
  leadCreditCode: string;
  leadKind: string;
  leadSoe: string | null;
};

const applicationColumns = {
  application: applications,
  callTitle: calls.title,
  callPackId: calls.packId,
  callYear: calls.year,
  callRegionCode: calls.regionCode,
  leadName: organisations.name,
  leadCreditCode: organisations.creditCode,
  leadKind: organisations.kind,
  leadSoe: organisations.soe,
};

type JoinedApplication = {
  application: typeof applications.$inferSelect;
} & Omit<ApplicationRow, keyof typeof applications.$inferSelect>;

function flatten(r: JoinedApplication): ApplicationRow {
  const { application, ...rest } = r;
  return { ...application, ...rest };
}

/** One application by id, or undefined. Visibility is checked by the caller's policy. */
export async function findApplication(db: Db, id: string): Promise<ApplicationRow | undefined> {
  const [row] = await db
    .select(applicationColumns)
    .from(applications)
    .innerJoin(calls, eq(calls.id, applications.callId))
    .innerJoin(organisations, eq(organisations.id, applications.leadOrganisationId))
    .where(eq(applications.id, id))
    .limit(1);
  return row ? flatten(row) : undefined;
}

export interface ApplicationFilter {
  q?: string | undefined;
  callId?: string | undefined;
  packId?: string | undefined;
  states?: string[] | undefined;
  regionCode?: string | undefined;
  page: number;
  pageSize: number;
}

/** A page of applications inside the scope (region of the lead unit, or the lead unit itself). */
export async function listApplications(
  db: Db,
  scope: ListScope,
  filter: ApplicationFilter,
): Promise<{ rows: ApplicationRow[]; total: number }> {
  // Authorities see submitted files only; drafts belong to the lead unit until submitted.
  const byRegion = scope.all
    ? undefined
    : scopeCondition({ ...scope, organisationIds: [] }, { region: applications.regionCode });
  const visible = [
    ...(scope.all || scope.regionPrefixes.length > 0 ? [and(byRegion, ne(applications.state, 'draft'))] : []),
    ...(scope.organisationIds.length > 0
      ? [inArray(applications.leadOrganisationId, [...new Set(scope.organisationIds)])]
      : []),
  ];
  const conditions: (SQL | undefined)[] = [visible.length > 0 ? or(...visible) : sql`false`];
  if (filter.q) {
    const p = escapeLike(filter.q);
    conditions.push(or(ilike(applications.centerName, p), ilike(organisations.name, p)));
  }
  if (filter.callId) {
    conditions.push(eq(applications.callId, filter.callId));
  }
  if (filter.packId) {
    conditions.push(eq(calls.packId, filter.packId));
  }
  if (filter.states && filter.states.length > 0) {
    conditions.push(inArray(applications.state, filter.states));
  }
  if (filter.regionCode) {
    conditions.push(like(applications.regionCode, `${jurisdictionPrefix(filter.regionCode)}%`));
  }
  const where = and(...conditions);
  const [totals] = await db
    .select({ total: count() })
    .from(applications)
    .innerJoin(calls, eq(calls.id, applications.callId))
    .innerJoin(organisations, eq(organisations.id, applications.leadOrganisationId))
    .where(where);
  const rows = await db
    .select(applicationColumns)
    .from(applications)
    .innerJoin(calls, eq(calls.id, applications.callId))
    .innerJoin(organisations, eq(organisations.id, applications.leadOrganisationId))
    .where(where)
    .orderBy(desc(applications.updatedAt), asc(applications.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { rows: rows.map(flatten), total: Number(totals?.total ?? 0) };
}

/** Other applications of the same call (for uniqueness and "one direction per enterprise"). */
export async function callApplications(db: Db, callId: string): Promise<ApplicationRow[]> {
  const rows = await db
    .select(applicationColumns)
    .from(applications)
    .innerJoin(calls, eq(calls.id, applications.callId))
    .innerJoin(organisations, eq(organisations.id, applications.leadOrganisationId))
    .where(eq(applications.callId, callId));
  return rows.map(flatten);
}

export type MemberRow = typeof applicationMembers.$inferSelect & { agreementFile: FileRow | null };
export type MaterialRow = typeof applicationMaterials.$inferSelect & { file: FileRow };

export async function applicationMembersOf(db: Db, applicationId: string): Promise<MemberRow[]> {
  const rows = await db
    .select({ member: applicationMembers, file: files })
    .from(applicationMembers)
    .leftJoin(files, eq(files.id, applicationMembers.agreementFileId))
    .where(eq(applicationMembers.applicationId, applicationId))
    .orderBy(asc(applicationMembers.position));
  return rows.map((r) => ({ ...r.member, agreementFile: r.file }));
}

export async function applicationMaterialsOf(db: Db, applicationId: string): Promise<MaterialRow[]> {
  const rows = await db
    .select({ material: applicationMaterials, file: files })
    .from(applicationMaterials)
    .innerJoin(files, eq(files.id, applicationMaterials.fileId))
    .where(eq(applicationMaterials.applicationId, applicationId))
    .orderBy(asc(applicationMaterials.createdAt));
  return rows.map((r) => ({ ...r.material, file: r.file }));
}

export type TransitionRow = typeof applicationTransitions.$inferSelect;

export async function timelineOf(db: Db, applicationId: string): Promise<TransitionRow[]> {
  return db
    .select()
    .from(applicationTransitions)
    .where(eq(applicationTransitions.applicationId, applicationId))
    .orderBy(asc(applicationTransitions.at), asc(applicationTransitions.id));
}

export type VersionRow = typeof applicationVersions.$inferSelect;

export async function versionsOf(db: Db, applicationId: string): Promise<VersionRow[]> {
  return db
    .select()
    .from(applicationVersions)
    .where(eq(applicationVersions.applicationId, applicationId))
    .orderBy(asc(applicationVersions.versionNo));
}

export type CityReviewRow = typeof cityReviews.$inferSelect;

export async function findCityReview(
  db: Db,
  applicationId: string,
  versionNo: number,
): Promise<CityReviewRow | undefined> {
  const [row] = await db
    .select()
    .from(cityReviews)
    .where(and(eq(cityReviews.applicationId, applicationId), eq(cityReviews.versionNo, versionNo)))
    .limit(1);
  return row;
}

export async function filesByIds(db: Db, ids: string[]): Promise<FileRow[]> {
  if (ids.length === 0) {
    return [];
  }
  return db
    .select()
    .from(files)
    .where(inArray(files.id, [...new Set(ids)]));
}

/** Every file an application refers to: materials, agreements, city review, timeline attachments. */
export async function applicationFileIds(db: Db, applicationId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const m of await applicationMaterialsOf(db, applicationId)) {
    ids.add(m.fileId);
  }
  for (const m of await applicationMembersOf(db, applicationId)) {
    if (m.agreementFileId) {
      ids.add(m.agreementFileId);
    }
  }
  const reviews = await db.select().from(cityReviews).where(eq(cityReviews.applicationId, applicationId));
  for (const r of reviews) {
    for (const p of r.siteCheckPhotos ?? []) {
      ids.add(p);
    }
    if (r.emergencyOpinion?.fileId) {
      ids.add(r.emergencyOpinion.fileId);
    }
  }
  for (const t of await timelineOf(db, applicationId)) {
    for (const a of t.attachments) {
      ids.add(a);
    }
  }
  return ids;
}

/** The live (not rejected or withdrawn) application of one lead unit in each of `callIds`, by call. */
export async function liveApplicationsOf(
  db: Db,
  leadOrganisationId: string,
  callIds: string[],
): Promise<Map<string, string>> {
  if (callIds.length === 0) {
    return new Map();
  }
  const rows = await db
    .select({ callId: applications.callId, id: applications.id })
    .from(applications)
    .where(
      and(
        eq(applications.leadOrganisationId, leadOrganisationId),
        inArray(applications.callId, callIds),
        sql`${applications.state} not in ('rejected', 'withdrawn')`,
      ),
    );
  return new Map(rows.map((r) => [r.callId, r.id]));
}

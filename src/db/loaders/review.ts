/** Loading for expert review: applications under review, panels and seats, the pool, sheets, records. */
import { and, asc, count, desc, eq, ilike, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.ts';
import {
  applicationMembers,
  applications,
  calls,
  conflictDeclarations,
  expertEmployments,
  expertProfiles,
  organisations,
  reviewAssignments,
  reviewDefenses,
  reviewJobs,
  reviewPanels,
  reviewSiteVisits,
  roleGrants,
  scoreSheetVersions,
  users,
} from '../schema/index.ts';
import { scopeCondition, type ListScope } from './scope.ts';

const ACTIVE = ['proposed', 'invited', 'accepted', 'submitted'];

/** An application as expert review needs it: its call's pack, its lead unit and members (credit codes). */
export interface ReviewApplication {
  id: string;
  callId: string;
  callTitle: string;
  callRegionCode: string;
  packId: string;
  centerName: string;
  state: string;
  level: string;
  type: string | null;
  kind: string | null;
  direction: string | null;
  regionCode: string;
  version: number;
  summary: string;
  metricValues: Record<string, number>;
  leadOrganisationId: string;
  leadName: string;
  leadCreditCode: string;
  leadKind: string;
  leadSoe: string | null;
  members: { name: string; creditCode: string }[];
  /** Organisations the applicant asked to be avoided. */
  avoid: { creditCode: string; name: string; reason: string }[];
}

const applicationColumns = {
  id: applications.id,
  callId: applications.callId,
  callTitle: calls.title,
  callRegionCode: calls.regionCode,
  packId: calls.packId,
  centerName: applications.centerName,
  state: applications.state,
  level: applications.level,
  type: applications.type,
  kind: applications.kind,
  direction: applications.direction,
  regionCode: applications.regionCode,
  version: applications.version,
  form: applications.form,
  leadOrganisationId: applications.leadOrganisationId,
  leadName: organisations.name,
  leadCreditCode: organisations.creditCode,
  leadKind: organisations.kind,
  leadSoe: organisations.soe,
};

async function withParties(
  db: Db,
  rows: (Omit<ReviewApplication, 'members' | 'avoid' | 'summary' | 'metricValues'> & {
    form: { summary?: string; metricValues?: Record<string, number> };
  })[],
): Promise<ReviewApplication[]> {
  if (rows.length === 0) {
    return [];
  }
  const ids = rows.map((r) => r.id);
  const members: { applicationId: string; name: string; creditCode: string }[] = [];
  const avoid: {
    applicationId: string | null;
    creditCode: string | null;
    name: string | null;
    reason: string;
  }[] = [];
  // Chunks keep the parameter count well below PostgreSQL's limit for 10,000 applications.
  for (let i = 0; i < ids.length; i += 5000) {
    const chunk = ids.slice(i, i + 5000);
    members.push(
      ...(await db
        .select({
          applicationId: applicationMembers.applicationId,
          name: applicationMembers.name,
          creditCode: applicationMembers.creditCode,
        })
        .from(applicationMembers)
        .where(inArray(applicationMembers.applicationId, chunk))
        .orderBy(asc(applicationMembers.position))),
    );
    avoid.push(
      ...(await db
        .select({
          applicationId: conflictDeclarations.applicationId,
          creditCode: conflictDeclarations.organisationCreditCode,
          name: conflictDeclarations.organisationName,
          reason: conflictDeclarations.reason,
        })
        .from(conflictDeclarations)
        .where(
          and(
            eq(conflictDeclarations.declaredBy, 'applicant'),
            inArray(conflictDeclarations.applicationId, chunk),
          ),
        )),
    );
  }
  const membersOf = new Map<string, { name: string; creditCode: string }[]>();
  for (const m of members) {
    membersOf.set(m.applicationId, [...(membersOf.get(m.applicationId) ?? []), m]);
  }
  const avoidOf = new Map<string, ReviewApplication['avoid']>();
  for (const a of avoid) {
    if (a.applicationId && a.creditCode) {
      avoidOf.set(a.applicationId, [
        ...(avoidOf.get(a.applicationId) ?? []),
        { creditCode: a.creditCode, name: a.name ?? a.creditCode, reason: a.reason },
      ]);
    }
  }
  return rows.map(({ form, ...r }) => ({
    ...r,
    summary: form.summary ?? '',
    metricValues: form.metricValues ?? {},
    members: (membersOf.get(r.id) ?? []).map(({ name, creditCode }) => ({ name, creditCode })),
    avoid: avoidOf.get(r.id) ?? [],
  }));
}

/** One application with what review needs, or undefined. */
export async function findReviewApplication(db: Db, id: string): Promise<ReviewApplication | undefined> {
  const rows = await db
    .select(applicationColumns)
    .from(applications)
    .innerJoin(calls, eq(calls.id, applications.callId))
    .innerJoin(organisations, eq(organisations.id, applications.leadOrganisationId))
    .where(eq(applications.id, id))
    .limit(1);
  return (await withParties(db, rows))[0];
}

/** The call's applications in expert review inside the scope (optionally only the given ids). */
export async function applicationsInExpertReview(
  db: Db,
  scope: ListScope,
  callId: string,
  only?: readonly string[],
): Promise<ReviewApplication[]> {
  const rows = await db
    .select(applicationColumns)
    .from(applications)
    .innerJoin(calls, eq(calls.id, applications.callId))
    .innerJoin(organisations, eq(organisations.id, applications.leadOrganisationId))
    .where(
      and(
        eq(applications.callId, callId),
        eq(applications.state, 'expert_review'),
        scopeCondition(scope, { region: applications.regionCode }),
      ),
    )
    .orderBy(asc(applications.id));
  const wanted = only ? new Set(only) : null;
  return withParties(
    db,
    rows.filter((r) => !wanted || wanted.has(r.id)),
  );
}

export interface CallRef {
  id: string;
  title: string;
  packId: string;
  regionCode: string;
}

export async function findCallRef(db: Db, id: string): Promise<CallRef | undefined> {
  const [row] = await db
    .select({ id: calls.id, title: calls.title, packId: calls.packId, regionCode: calls.regionCode })
    .from(calls)
    .where(eq(calls.id, id))
    .limit(1);
  return row;
}

// ---------------------------------------------------------------------------------------------
// The pool
// ---------------------------------------------------------------------------------------------

export interface PoolExpertRow {
  userId: string;
  name: string;
  organisationId: string;
  organisationName: string;
  organisationCreditCode: string;
  regionCode: string;
  fields: string[];
  title: string | null;
  available: boolean;
  maxLoad: number | null;
  employment: { creditCode: string; name: string; from: string | null; to: string | null }[];
  declarations: { applicationId: string | null; creditCode: string | null; reason: string }[];
}

/** Experts whose pool (expert grant region) lies under `regionPrefix` (e.g. 37 for Shandong). */
export async function expertPool(
  db: Db,
  regionPrefix: string,
  userIds?: readonly string[],
): Promise<PoolExpertRow[]> {
  const conditions: (SQL | undefined)[] = [
    eq(roleGrants.role, 'expert'),
    like(roleGrants.regionCode, `${regionPrefix}%`),
    eq(users.disabled, false),
  ];
  if (userIds) {
    if (userIds.length === 0) {
      return [];
    }
    conditions.push(inArray(users.id, [...userIds]));
  }
  const rows = await db
    .selectDistinct({
      userId: users.id,
      name: users.displayName,
      organisationId: organisations.id,
      organisationName: organisations.name,
      organisationCreditCode: organisations.creditCode,
      regionCode: organisations.regionCode,
      fields: expertProfiles.fields,
      title: expertProfiles.title,
      available: expertProfiles.available,
      maxLoad: expertProfiles.maxLoad,
    })
    .from(users)
    .innerJoin(roleGrants, eq(roleGrants.userId, users.id))
    .innerJoin(expertProfiles, eq(expertProfiles.userId, users.id))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(...conditions))
    .orderBy(asc(users.id));
  if (rows.length === 0) {
    return [];
  }
  const ids = rows.map((r) => r.userId);
  const jobs = await db.select().from(expertEmployments).where(inArray(expertEmployments.expertUserId, ids));
  const declared = await db
    .select()
    .from(conflictDeclarations)
    .where(
      and(eq(conflictDeclarations.declaredBy, 'expert'), inArray(conflictDeclarations.expertUserId, ids)),
    );
  return rows.map((r) => ({
    ...r,
    employment: jobs
      .filter((j) => j.expertUserId === r.userId)
      .map((j) => ({
        creditCode: j.organisationCreditCode,
        name: j.organisationName,
        from: j.fromDate,
        to: j.toDate,
      })),
    declarations: declared
      .filter((d) => d.expertUserId === r.userId)
      .map((d) => ({
        applicationId: d.applicationId,
        creditCode: d.organisationCreditCode,
        reason: d.reason,
      })),
  }));
}

/** Active seats per expert in a call (the load the cap counts), optionally leaving some applications out. */
export async function callLoads(
  db: Db,
  callId: string,
  excludeApplicationIds: readonly string[] = [],
): Promise<Map<string, number>> {
  const rows = await db
    .select({ expertUserId: reviewAssignments.expertUserId, applicationId: reviewAssignments.applicationId })
    .from(reviewAssignments)
    .where(and(eq(reviewAssignments.callId, callId), inArray(reviewAssignments.status, ACTIVE)));
  const skip = new Set(excludeApplicationIds);
  const out = new Map<string, number>();
  for (const r of rows) {
    if (!skip.has(r.applicationId)) {
      out.set(r.expertUserId, (out.get(r.expertUserId) ?? 0) + 1);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Panels and seats
// ---------------------------------------------------------------------------------------------

export type PanelRow = typeof reviewPanels.$inferSelect;
export type AssignmentRow = typeof reviewAssignments.$inferSelect;

export async function findPanel(db: Db, id: string): Promise<PanelRow | undefined> {
  const [row] = await db.select().from(reviewPanels).where(eq(reviewPanels.id, id)).limit(1);
  return row;
}

export async function findPanelOfApplication(db: Db, applicationId: string): Promise<PanelRow | undefined> {
  const [row] = await db
    .select()
    .from(reviewPanels)
    .where(eq(reviewPanels.applicationId, applicationId))
    .limit(1);
  return row;
}

export interface MemberRow extends AssignmentRow {
  expertName: string;
  organisationName: string;
  organisationRegionCode: string;
}

/** Every seat of a panel (all statuses), with the expert's name and organisation. */
export async function panelSeats(db: Db, panelId: string): Promise<MemberRow[]> {
  const rows = await db
    .select({
      a: reviewAssignments,
      expertName: users.displayName,
      organisationName: organisations.name,
      organisationRegionCode: organisations.regionCode,
    })
    .from(reviewAssignments)
    .innerJoin(users, eq(users.id, reviewAssignments.expertUserId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(reviewAssignments.panelId, panelId))
    .orderBy(asc(reviewAssignments.createdAt), asc(reviewAssignments.id));
  return rows.map((r) => ({
    ...r.a,
    expertName: r.expertName,
    organisationName: r.organisationName,
    organisationRegionCode: r.organisationRegionCode,
  }));
}

export interface PanelListRow extends PanelRow {
  applicationName: string;
  applicationState: string;
  leadOrganisationName: string;
  active: number;
  submitted: number;
  coveredFields: string[];
}

export interface PanelFilter {
  callId?: string | undefined;
  status?: string | undefined;
  needsAttention?: boolean | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

/** A page of panels in scope. */
export async function listPanels(
  db: Db,
  scope: ListScope,
  filter: PanelFilter,
): Promise<{ rows: PanelListRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [scopeCondition(scope, { region: reviewPanels.regionCode })];
  if (filter.callId) {
    conditions.push(eq(reviewPanels.callId, filter.callId));
  }
  if (filter.status) {
    conditions.push(eq(reviewPanels.status, filter.status));
  }
  if (filter.needsAttention !== undefined) {
    conditions.push(
      filter.needsAttention
        ? or(
            eq(reviewPanels.needsReassignment, true),
            sql`jsonb_array_length(${reviewPanels.notes}->'shortfalls') > 0`,
          )
        : and(
            eq(reviewPanels.needsReassignment, false),
            sql`jsonb_array_length(${reviewPanels.notes}->'shortfalls') = 0`,
          ),
    );
  }
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`;
    conditions.push(or(ilike(applications.centerName, pattern), ilike(organisations.name, pattern)));
  }
  const where = and(...conditions);
  const base = () =>
    db
      .select({ total: count() })
      .from(reviewPanels)
      .innerJoin(applications, eq(applications.id, reviewPanels.applicationId))
      .innerJoin(organisations, eq(organisations.id, applications.leadOrganisationId));
  const [totals] = await base().where(where);
  const rows = await db
    .select({
      p: reviewPanels,
      applicationName: applications.centerName,
      applicationState: applications.state,
      leadOrganisationName: organisations.name,
    })
    .from(reviewPanels)
    .innerJoin(applications, eq(applications.id, reviewPanels.applicationId))
    .innerJoin(organisations, eq(organisations.id, applications.leadOrganisationId))
    .where(where)
    .orderBy(asc(applications.centerName), asc(reviewPanels.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const seats =
    rows.length === 0
      ? []
      : await db
          .select({
            panelId: reviewAssignments.panelId,
            status: reviewAssignments.status,
            fields: reviewAssignments.fields,
          })
          .from(reviewAssignments)
          .where(
            inArray(
              reviewAssignments.panelId,
              rows.map((r) => r.p.id),
            ),
          );
  return {
    total: Number(totals?.total ?? 0),
    rows: rows.map((r) => {
      const own = seats.filter((s) => s.panelId === r.p.id && ACTIVE.includes(s.status));
      return {
        ...r.p,
        applicationName: r.applicationName,
        applicationState: r.applicationState,
        leadOrganisationName: r.leadOrganisationName,
        active: own.length,
        submitted: own.filter((s) => s.status === 'submitted').length,
        coveredFields: [...new Set(own.flatMap((s) => s.fields))],
      };
    }),
  };
}

export interface TaskRow extends AssignmentRow {
  applicationName: string;
  leadOrganisationName: string;
  callTitle: string;
  lastSavedAt: Date | null;
}

const taskColumns = {
  a: reviewAssignments,
  applicationName: applications.centerName,
  leadOrganisationName: organisations.name,
  callTitle: calls.title,
  lastSavedAt: sql<Date | null>`(select max(${scoreSheetVersions.savedAt}) from ${scoreSheetVersions} where ${scoreSheetVersions.assignmentId} = ${reviewAssignments.id})`,
};

function toTask(r: {
  a: AssignmentRow;
  applicationName: string;
  leadOrganisationName: string;
  callTitle: string;
  lastSavedAt: Date | string | null;
}): TaskRow {
  return {
    ...r.a,
    applicationName: r.applicationName,
    leadOrganisationName: r.leadOrganisationName,
    callTitle: r.callTitle,
    lastSavedAt: r.lastSavedAt === null ? null : new Date(r.lastSavedAt),
  };
}

/** One seat with its application's names, or undefined. */
export async function findTask(db: Db, id: string): Promise<TaskRow | undefined> {
  const [row] = await db
    .select(taskColumns)
    .from(reviewAssignments)
    .innerJoin(applications, eq(applications.id, reviewAssignments.applicationId))
    .innerJoin(organisations, eq(organisations.id, applications.leadOrganisationId))
    .innerJoin(calls, eq(calls.id, reviewAssignments.callId))
    .where(eq(reviewAssignments.id, id))
    .limit(1);
  return row ? toTask(row) : undefined;
}

/** An expert's own seats, never a proposed one (the expert learns of a seat when invited). */
export async function listTasks(
  db: Db,
  expertUserId: string,
  filter: { status?: string | undefined; page: number; pageSize: number },
): Promise<{ rows: TaskRow[]; total: number }> {
  const where = and(
    eq(reviewAssignments.expertUserId, expertUserId),
    sql`${reviewAssignments.status} <> 'proposed'`,
    filter.status ? eq(reviewAssignments.status, filter.status) : undefined,
  );
  const [totals] = await db.select({ total: count() }).from(reviewAssignments).where(where);
  const rows = await db
    .select(taskColumns)
    .from(reviewAssignments)
    .innerJoin(applications, eq(applications.id, reviewAssignments.applicationId))
    .innerJoin(organisations, eq(organisations.id, applications.leadOrganisationId))
    .innerJoin(calls, eq(calls.id, reviewAssignments.callId))
    .where(where)
    .orderBy(desc(reviewAssignments.invitedAt), asc(reviewAssignments.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { total: Number(totals?.total ?? 0), rows: rows.map(toTask) };
}

// ---------------------------------------------------------------------------------------------
// Score sheets, records, jobs
// ---------------------------------------------------------------------------------------------

export type SheetRow = typeof scoreSheetVersions.$inferSelect;

/** Every saved version of one seat's sheet, oldest first. */
export async function sheetVersions(db: Db, assignmentId: string): Promise<SheetRow[]> {
  return db
    .select()
    .from(scoreSheetVersions)
    .where(eq(scoreSheetVersions.assignmentId, assignmentId))
    .orderBy(asc(scoreSheetVersions.versionNo));
}

/** The submitted sheets of an application (one per seat: the submitted version). */
export async function submittedSheets(db: Db, applicationId: string): Promise<SheetRow[]> {
  return db
    .select()
    .from(scoreSheetVersions)
    .where(and(eq(scoreSheetVersions.applicationId, applicationId), eq(scoreSheetVersions.kind, 'submitted')))
    .orderBy(asc(scoreSheetVersions.savedAt), asc(scoreSheetVersions.id));
}

export async function defensesOf(db: Db, applicationId: string) {
  return db
    .select({ d: reviewDefenses, recordedBy: users.displayName })
    .from(reviewDefenses)
    .leftJoin(users, eq(users.id, reviewDefenses.recordedByUserId))
    .where(eq(reviewDefenses.applicationId, applicationId))
    .orderBy(asc(reviewDefenses.heldOn), asc(reviewDefenses.createdAt));
}

export async function siteVisitsOf(db: Db, applicationId: string) {
  return db
    .select({ v: reviewSiteVisits, recordedBy: users.displayName })
    .from(reviewSiteVisits)
    .leftJoin(users, eq(users.id, reviewSiteVisits.recordedByUserId))
    .where(eq(reviewSiteVisits.applicationId, applicationId))
    .orderBy(asc(reviewSiteVisits.visitedOn), asc(reviewSiteVisits.createdAt));
}

export type JobRow = typeof reviewJobs.$inferSelect;

export async function findJob(db: Db, id: string): Promise<JobRow | undefined> {
  const [row] = await db.select().from(reviewJobs).where(eq(reviewJobs.id, id)).limit(1);
  return row;
}

/** A running or queued job of the call, if any. */
export async function activeJobOfCall(db: Db, callId: string): Promise<JobRow | undefined> {
  const [row] = await db
    .select()
    .from(reviewJobs)
    .where(and(eq(reviewJobs.callId, callId), inArray(reviewJobs.status, ['queued', 'running'])))
    .limit(1);
  return row;
}

export async function employmentsOf(db: Db, expertUserId: string) {
  return db
    .select()
    .from(expertEmployments)
    .where(eq(expertEmployments.expertUserId, expertUserId))
    .orderBy(desc(expertEmployments.fromDate));
}

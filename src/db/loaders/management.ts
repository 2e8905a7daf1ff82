/**
 * Loading dynamic-management records: decided evaluations (the revocation engine's input), revocations
 * (and the lead unit's bans), change filings and recommendations — lists narrowed by the caller's scope.
 */
import { and, asc, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../client.ts';
import {
  centerEvaluations,
  centers,
  changeFilings,
  organisations,
  recommendations,
  revocations,
} from '../schema/index.ts';
import type { RevocationRecord } from '../../domain/policy/index.ts';
import { scopeCondition, type ListScope } from './scope.ts';

export type RevocationRow = typeof revocations.$inferSelect;
export type ChangeFilingRow = typeof changeFilings.$inferSelect;
export type RecommendationRow = typeof recommendations.$inferSelect;
export type ManagedCenterRow = typeof centers.$inferSelect;

/** A center's decided evaluations (status 'decided'), oldest first. */
export async function decidedEvaluationsOf(db: Db, centerId: string) {
  return db
    .select({
      year: centerEvaluations.year,
      rating: centerEvaluations.rating,
      decidedOn: centerEvaluations.decidedOn,
    })
    .from(centerEvaluations)
    .where(and(eq(centerEvaluations.centerId, centerId), eq(centerEvaluations.status, 'decided')))
    .orderBy(asc(centerEvaluations.year));
}

/** Recognised centers inside the scope (for the engine's sweep, the authority's pickers). */
export async function recognisedCentersIn(db: Db, scope: ListScope, level?: string) {
  const conds: (SQL | undefined)[] = [
    eq(centers.status, 'recognised'),
    scopeCondition(scope, { region: centers.regionCode, organisation: centers.operatorOrganisationId }),
  ];
  if (level) {
    conds.push(eq(centers.level, level));
  }
  return db
    .select()
    .from(centers)
    .where(and(...conds))
    .orderBy(asc(centers.regionCode), asc(centers.name));
}

export async function findRevocation(db: Db, id: string): Promise<RevocationRow | undefined> {
  const [row] = await db.select().from(revocations).where(eq(revocations.id, id)).limit(1);
  return row;
}

/** The open (proposed) revocation of a center, if any. */
export async function openRevocationOf(db: Db, centerId: string): Promise<RevocationRow | undefined> {
  const [row] = await db
    .select()
    .from(revocations)
    .where(and(eq(revocations.centerId, centerId), eq(revocations.status, 'proposed')))
    .limit(1);
  return row;
}

/** Whether a ground was already decided or dismissed for this center (so the engine does not re-propose). */
export async function revocationsOfCenter(db: Db, centerId: string): Promise<RevocationRow[]> {
  return db
    .select()
    .from(revocations)
    .where(eq(revocations.centerId, centerId))
    .orderBy(desc(revocations.createdAt));
}

export async function listRevocations(
  db: Db,
  scope: ListScope,
  filter: { status?: string[] | undefined; centerId?: string | undefined },
): Promise<RevocationRow[]> {
  const conds: (SQL | undefined)[] = [scopeCondition(scope, { region: revocations.regionCode })];
  if (filter.status?.length) {
    conds.push(inArray(revocations.status, filter.status));
  }
  if (filter.centerId) {
    conds.push(eq(revocations.centerId, filter.centerId));
  }
  return db
    .select()
    .from(revocations)
    .where(and(...conds))
    .orderBy(desc(revocations.proposedOn), desc(revocations.createdAt))
    .limit(500);
}

/**
 * Decided revocations of centers led by this organisation (matched by id or 统一社会信用代码), as the
 * eligibility engine's history: the ban runs from revocation (000 第二十一条) or exit (003 第十七条).
 */
export async function leadUnitRevocations(db: Db, leadOrganisationId: string): Promise<RevocationRecord[]> {
  const [lead] = await db
    .select({ creditCode: organisations.creditCode })
    .from(organisations)
    .where(eq(organisations.id, leadOrganisationId))
    .limit(1);
  const sameUnit = lead?.creditCode
    ? or(
        eq(revocations.leadOrganisationId, leadOrganisationId),
        eq(organisations.creditCode, lead.creditCode),
      )
    : eq(revocations.leadOrganisationId, leadOrganisationId);
  const rows = await db
    .select({
      packId: revocations.packId,
      revokedOn: revocations.revokedOn,
      exitOn: revocations.exitOn,
      banEndsOn: revocations.banEndsOn,
    })
    .from(revocations)
    .innerJoin(organisations, eq(organisations.id, revocations.leadOrganisationId))
    .where(and(eq(revocations.status, 'revoked'), sameUnit));
  return rows
    .filter((r) => r.revokedOn !== null)
    .map((r) => ({
      packId: r.packId,
      revokedOn: r.revokedOn!,
      ...(r.exitOn ? { exitOn: r.exitOn } : {}),
      ...(r.banEndsOn ? { banEndsOn: r.banEndsOn } : {}),
    }));
}

export async function findChangeFiling(db: Db, id: string): Promise<ChangeFilingRow | undefined> {
  const [row] = await db.select().from(changeFilings).where(eq(changeFilings.id, id)).limit(1);
  return row;
}

export async function listChangeFilings(
  db: Db,
  scope: ListScope,
  filter: { status?: string[] | undefined; centerId?: string | undefined },
): Promise<ChangeFilingRow[]> {
  const conds: (SQL | undefined)[] = [
    scopeCondition(scope, {
      region: changeFilings.regionCode,
      organisation: changeFilings.operatorOrganisationId,
    }),
  ];
  if (filter.status?.length) {
    conds.push(inArray(changeFilings.status, filter.status));
  }
  if (filter.centerId) {
    conds.push(eq(changeFilings.centerId, filter.centerId));
  }
  return db
    .select()
    .from(changeFilings)
    .where(and(...conds))
    .orderBy(desc(changeFilings.filedOn), desc(changeFilings.createdAt))
    .limit(500);
}

/** Confirmed renames of the centers, oldest confirmation first (the directory's name history). */
export async function confirmedRenames(db: Db, centerIds: string[]) {
  if (centerIds.length === 0) {
    return [];
  }
  return db
    .select({
      centerId: changeFilings.centerId,
      oldName: changeFilings.oldName,
      newName: changeFilings.newName,
      changeDate: changeFilings.changeDate,
      decidedOn: changeFilings.decidedOn,
    })
    .from(changeFilings)
    .where(
      and(
        inArray(changeFilings.centerId, centerIds),
        eq(changeFilings.status, 'confirmed'),
        eq(changeFilings.kind, 'rename'),
      ),
    )
    .orderBy(asc(changeFilings.decidedOn), asc(changeFilings.createdAt));
}

export async function findRecommendation(db: Db, id: string): Promise<RecommendationRow | undefined> {
  const [row] = await db.select().from(recommendations).where(eq(recommendations.id, id)).limit(1);
  return row;
}

export async function listRecommendations(
  db: Db,
  scope: ListScope,
  filter: { year?: number | undefined; status?: string | undefined },
) {
  const conds: (SQL | undefined)[] = [scopeCondition(scope, { region: recommendations.regionCode })];
  if (filter.year) {
    conds.push(eq(recommendations.year, filter.year));
  }
  if (filter.status) {
    conds.push(eq(recommendations.status, filter.status));
  }
  return db
    .select({ recommendation: recommendations, center: centers, leadName: organisations.name })
    .from(recommendations)
    .innerJoin(centers, eq(centers.id, recommendations.centerId))
    .innerJoin(organisations, eq(organisations.id, centers.leadOrganisationId))
    .where(and(...conds))
    .orderBy(desc(recommendations.year), asc(recommendations.regionCode), asc(centers.name))
    .limit(500);
}

/** Decided evaluations of many centers at once (candidates, directory). */
export async function decidedEvaluationsOfCenters(db: Db, centerIds: string[]) {
  if (centerIds.length === 0) {
    return [];
  }
  return db
    .select({
      centerId: centerEvaluations.centerId,
      year: centerEvaluations.year,
      rating: centerEvaluations.rating,
      decidedOn: centerEvaluations.decidedOn,
    })
    .from(centerEvaluations)
    .where(and(inArray(centerEvaluations.centerId, centerIds), eq(centerEvaluations.status, 'decided')))
    .orderBy(asc(centerEvaluations.year));
}

/** Organisation names by id. */
export async function organisationNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

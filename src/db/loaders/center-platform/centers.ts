/** Centers as the platform routes see them. */
import { asc, eq, inArray, like, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../client.ts';
import { centers } from '../../schema/index.ts';
import type { ListScope } from '../scope.ts';

export type PlatformCenterRow = typeof centers.$inferSelect;

/** Centers visible to the actor: operated ones, those in jurisdiction, and (for enterprises) recognised ones. */
export async function listPlatformCenters(
  db: Db,
  scope: ListScope,
  includeRecognised: boolean,
): Promise<PlatformCenterRow[]> {
  const parts: SQL[] = [];
  if (scope.all) {
    return db.select().from(centers).orderBy(asc(centers.name));
  }
  for (const prefix of new Set(scope.regionPrefixes)) {
    parts.push(like(centers.regionCode, `${prefix}%`));
  }
  if (scope.organisationIds.length > 0) {
    parts.push(inArray(centers.operatorOrganisationId, [...new Set(scope.organisationIds)]));
  }
  if (includeRecognised) {
    parts.push(eq(centers.status, 'recognised'));
  }
  if (parts.length === 0) {
    return [];
  }
  return db
    .select()
    .from(centers)
    .where(or(...parts))
    .orderBy(asc(centers.name));
}

/**
 * What of each record the network may see: the public projection an installation publishes in its
 * change feed. A record without a projection (a draft, a need under moderation, a center that was never
 * recognised) is absent, and the feed answers for it with a tombstone. Contact details of a need appear
 * only when its poster made them public.
 */
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  calls,
  centers,
  demands,
  organisations,
  publicityEntries,
  publicityNotices,
  resources,
} from '../../db/schema/index.ts';
import type { FederatedRecordType } from '../../domain/federation/feed.ts';

export interface PublicProjection {
  payload: Record<string, unknown>;
  /** When the record last changed at its source. */
  modifiedAt: Date;
}

type Loader = (db: Db, ids: string[]) => Promise<Map<string, PublicProjection>>;

async function loadCenters(db: Db, ids: string[]): Promise<Map<string, PublicProjection>> {
  const rows = await db
    .select({ c: centers, leadName: organisations.name })
    .from(centers)
    .innerJoin(organisations, eq(organisations.id, centers.leadOrganisationId))
    .where(and(inArray(centers.id, ids), inArray(centers.status, ['recognised', 'revoked'])));
  return new Map(
    rows.map(({ c, leadName }) => [
      c.id,
      {
        modifiedAt: c.updatedAt,
        payload: {
          id: c.id,
          name: c.name,
          slug: c.slug,
          level: c.level,
          type: c.type,
          kind: c.kind,
          direction: c.direction,
          regionCode: c.regionCode,
          industryCodes: c.industryCodes,
          leadOrganisationName: leadName,
          status: c.status,
          recognisedOn: c.recognisedOn,
          packId: c.packId,
          summary: c.summary,
          path: `/centers/${c.slug}`,
        },
      },
    ]),
  );
}

async function loadResources(db: Db, ids: string[]): Promise<Map<string, PublicProjection>> {
  const rows = await db
    .select({ r: resources, centerName: centers.name, centerSlug: centers.slug })
    .from(resources)
    .innerJoin(centers, eq(centers.id, resources.centerId))
    .where(and(inArray(resources.id, ids), eq(resources.status, 'published')));
  return new Map(
    rows.map(({ r, centerName, centerSlug }) => [
      r.id,
      {
        modifiedAt: r.updatedAt,
        payload: {
          id: r.id,
          kind: r.kind,
          title: r.title,
          summary: r.summary,
          providerName: r.providerName,
          industryCodes: r.industryCodes,
          scenarios: r.scenarios,
          regionCodes: r.regionCodes,
          priceModel: r.priceModel,
          priceFen: r.priceFen,
          access: r.access,
          releaseVersion: r.releaseVersion,
          grade: r.grade,
          centerId: r.centerId,
          centerName,
          centerSlug,
          publishedAt: r.publishedAt?.toISOString() ?? null,
          path: `/resources/${r.id}`,
        },
      },
    ]),
  );
}

async function loadCalls(db: Db, ids: string[]): Promise<Map<string, PublicProjection>> {
  const rows = await db
    .select()
    .from(calls)
    .where(and(inArray(calls.id, ids), inArray(calls.status, ['published', 'closed'])));
  return new Map(
    rows.map((c) => [
      c.id,
      {
        modifiedAt: c.updatedAt,
        payload: {
          id: c.id,
          packId: c.packId,
          year: c.year,
          title: c.title,
          description: c.description,
          level: c.level,
          types: c.types,
          directions: c.directions,
          quotas: c.quotas,
          opensOn: c.opensOn,
          closesOn: c.closesOn,
          status: c.status,
          regionCode: c.regionCode,
          publishedAt: c.publishedAt?.toISOString() ?? null,
          path: `/calls/${c.id}`,
        },
      },
    ]),
  );
}

async function loadNotices(db: Db, ids: string[]): Promise<Map<string, PublicProjection>> {
  const rows = await db.select().from(publicityNotices).where(inArray(publicityNotices.id, ids));
  const entries =
    rows.length === 0
      ? []
      : await db
          .select()
          .from(publicityEntries)
          .where(
            inArray(
              publicityEntries.noticeId,
              rows.map((n) => n.id),
            ),
          )
          .orderBy(asc(publicityEntries.position));
  return new Map(
    rows.map((n) => [
      n.id,
      {
        modifiedAt: n.updatedAt,
        payload: {
          id: n.id,
          callId: n.callId,
          packId: n.packId,
          regionCode: n.regionCode,
          title: n.title,
          body: n.body,
          startsOn: n.startsOn,
          endsOn: n.endsOn,
          status: n.status,
          announcedOn: n.announcedOn,
          announcementNumber: n.announcementNumber,
          entries: entries
            .filter((e) => e.noticeId === n.id)
            .map((e) => ({
              centerName: e.centerName,
              leadOrganisationName: e.leadOrganisationName,
              memberNames: e.memberNames,
              level: e.level,
              type: e.type,
              direction: e.direction,
              regionCode: e.regionCode,
              status: e.status,
            })),
          path: `/publicity/${n.id}`,
        },
      },
    ]),
  );
}

async function loadNeeds(db: Db, ids: string[]): Promise<Map<string, PublicProjection>> {
  const rows = await db
    .select()
    .from(demands)
    .where(and(inArray(demands.id, ids), eq(demands.status, 'published')));
  return new Map(
    rows.map((d) => [
      d.id,
      {
        modifiedAt: d.updatedAt,
        payload: {
          id: d.id,
          title: d.title,
          description: d.description,
          industryCode: d.industryCode,
          scenarios: d.scenarios,
          regionCode: d.regionCode,
          budgetMinFen: d.budgetMinFen,
          budgetMaxFen: d.budgetMaxFen,
          deadline: d.deadline,
          contact: d.contactVisibility === 'public' ? { name: d.contactName, phone: d.contactPhone } : null,
          publishedAt: d.publishedAt?.toISOString() ?? null,
        },
      },
    ]),
  );
}

const LOADERS: Record<FederatedRecordType, Loader> = {
  center: loadCenters,
  resource: loadResources,
  call: loadCalls,
  publicity_notice: loadNotices,
  need: loadNeeds,
};

/** The public projections of the given records (absent: not public, or gone). */
export async function loadProjections(
  db: Db,
  type: FederatedRecordType,
  ids: string[],
): Promise<Map<string, PublicProjection>> {
  return ids.length === 0 ? new Map() : LOADERS[type](db, ids);
}

const TABLES = {
  center: centers,
  resource: resources,
  call: calls,
  publicity_notice: publicityNotices,
  need: demands,
} as const;

/** Ids of one type in id order after `afterId`, for the snapshot (public filtering happens in the loader). */
export async function idsAfter(db: Db, type: FederatedRecordType, afterId: string | null, limit: number) {
  const table = TABLES[type];
  const rows = await db
    .select({ id: table.id })
    .from(table)
    .where(afterId ? gt(table.id, afterId) : undefined)
    .orderBy(asc(table.id))
    .limit(limit);
  return rows.map((r) => r.id);
}

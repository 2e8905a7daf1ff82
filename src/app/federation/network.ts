/** Reading the network at a hub: node status (the source status page) and the harvested catalog. */
import { and, desc, eq, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { federationNodes, federationRecords, federationRuns } from '../../db/schema/index.ts';
import type { NetworkRecordList, NodeView } from '../../contracts/federation.ts';
import { isFederatedRecordType } from '../../domain/federation/feed.ts';
import { regionFullName } from '../../domain/reference/regions.ts';

export async function nodeViews(db: Db): Promise<NodeView[]> {
  const nodes = await db
    .select()
    .from(federationNodes)
    .orderBy(federationNodes.regionCode, federationNodes.name);
  const live = await db
    .select({ nodeId: federationRecords.nodeId, n: sql<number>`count(*)::int` })
    .from(federationRecords)
    .where(isNull(federationRecords.deletedAt))
    .groupBy(federationRecords.nodeId);
  const running = await db
    .select({ nodeId: federationRuns.nodeId })
    .from(federationRuns)
    .where(eq(federationRuns.status, 'running'));
  const liveOf = new Map(live.map((l) => [l.nodeId, l.n]));
  const runningSet = new Set(running.map((r) => r.nodeId));
  return nodes.map((n) => ({
    id: n.id,
    name: n.name,
    baseUrl: n.baseUrl,
    regionCode: n.regionCode,
    regionName: regionFullName(n.regionCode) ?? n.regionCode,
    status: n.status === 'paused' ? 'paused' : 'active',
    cursor: n.cursor,
    highWater: n.highWater,
    lag: n.lag,
    lastRunAt: n.lastRunAt?.toISOString() ?? null,
    lastSuccessAt: n.lastSuccessAt?.toISOString() ?? null,
    lastError: n.lastError,
    liveRecords: liveOf.get(n.id) ?? 0,
    running: runningSet.has(n.id),
    publicKey: n.publicKey,
    witnessedTreeSize: n.witnessedTreeSize,
    witnessError: n.witnessError,
  }));
}

export interface NetworkRecordFilter {
  type?: string | undefined;
  q?: string | undefined;
  province?: string | undefined;
  nodeId?: string | undefined;
  page: number;
  pageSize: number;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Live harvested records across all nodes, with facets by province and record type. */
export async function listNetworkRecords(db: Db, filter: NetworkRecordFilter): Promise<NetworkRecordList> {
  const base: (SQL | undefined)[] = [isNull(federationRecords.deletedAt)];
  if (filter.q) {
    const like = `%${escapeLike(filter.q)}%`;
    base.push(
      or(ilike(federationRecords.title, like), sql`${federationRecords.payload}::text ilike ${like}`),
    );
  }
  if (filter.nodeId) {
    base.push(eq(federationRecords.nodeId, filter.nodeId));
  }
  const typeCond = filter.type ? eq(federationRecords.recordType, filter.type) : undefined;
  const provinceCond = filter.province
    ? sql`left(${federationRecords.regionCode}, 2) = ${filter.province}`
    : undefined;
  const where = and(...base, typeCond, provinceCond);
  const [rows, totalRows, provinceFacet, typeFacet] = await Promise.all([
    db
      .select({ r: federationRecords, nodeName: federationNodes.name, baseUrl: federationNodes.baseUrl })
      .from(federationRecords)
      .innerJoin(federationNodes, eq(federationNodes.id, federationRecords.nodeId))
      .where(where)
      .orderBy(desc(federationRecords.sourceModifiedAt), federationRecords.urn)
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(federationRecords)
      .where(where),
    // Each facet counts under the other filters but not its own, so choosing a province keeps the others visible.
    db
      .select({
        value: sql<string>`left(${federationRecords.regionCode}, 2)`,
        count: sql<number>`count(*)::int`,
      })
      .from(federationRecords)
      .where(and(...base, typeCond))
      .groupBy(sql`left(${federationRecords.regionCode}, 2)`)
      .orderBy(sql`left(${federationRecords.regionCode}, 2)`),
    db
      .select({ value: federationRecords.recordType, count: sql<number>`count(*)::int` })
      .from(federationRecords)
      .where(and(...base, provinceCond))
      .groupBy(federationRecords.recordType)
      .orderBy(federationRecords.recordType),
  ]);
  return {
    items: rows.map(({ r, nodeName, baseUrl }) => ({
      nodeId: r.nodeId,
      nodeName,
      urn: r.urn,
      recordType: isFederatedRecordType(r.recordType) ? r.recordType : 'resource',
      title: r.title,
      regionCode: r.regionCode,
      regionName: regionFullName(r.regionCode) ?? r.regionCode,
      version: r.version,
      sourceModifiedAt: r.sourceModifiedAt.toISOString(),
      harvestedAt: r.harvestedAt.toISOString(),
      sourceUrl: typeof r.payload.path === 'string' ? `${baseUrl}${r.payload.path}` : null,
      payload: r.payload,
    })),
    total: totalRows[0]?.n ?? 0,
    page: filter.page,
    pageSize: filter.pageSize,
    facets: {
      province: provinceFacet.map((f) => ({ ...f, name: regionFullName(`${f.value}0000`) ?? f.value })),
      recordType: typeFacet,
    },
  };
}

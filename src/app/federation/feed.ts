/**
 * Serving this installation's change feed and snapshot (docs/federation.md). The outbox rows come from
 * triggers (migration 0022), so every write path is covered; this module reads them below the
 * transaction horizon, attaches each record's current public projection, and purges old tombstones.
 */
import { and, asc, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { federationFeedState, federationOutbox } from '../../db/schema/index.ts';
import {
  comparePositions,
  contentHash,
  decodeCursor,
  encodeCursor,
  FEDERATED_RECORD_TYPES,
  FEED_START,
  isExpired,
  isFederatedRecordType,
  recordUrn,
  TOMBSTONE_RETENTION_DAYS,
  type FederatedRecordType,
  type FeedPosition,
} from '../../domain/federation/feed.ts';
import { AppError } from '../errors.ts';
import { idsAfter, loadProjections } from './projections.ts';

export interface FeedItem {
  urn: string;
  op: 'upsert' | 'delete';
  version: number;
  sourceModifiedAt: string;
  contentHash?: string;
  payload?: Record<string, unknown>;
}

export interface FeedPage {
  items: FeedItem[];
  next: string;
  highWater: string;
  complete: boolean;
}

async function feedState(db: Db) {
  const [state] = await db.select().from(federationFeedState).where(eq(federationFeedState.id, 1));
  if (!state) {
    // The migration inserts the row; a database restored without it gets a new identity (old cursors foreign).
    await db.insert(federationFeedState).values({ id: 1, feedId: crypto.randomUUID() }).onConflictDoNothing();
    return (await db.select().from(federationFeedState).where(eq(federationFeedState.id, 1)))[0]!;
  }
  return state;
}

/**
 * The region in this installation's URNs, kept in the database so that it cannot drift with the
 * environment: DTPC_FEDERATION_REGION sets it once (at start), and URNs minted after that never change.
 */
export async function configureInstallationRegion(db: Db, regionCode: string | undefined): Promise<string> {
  const state = await feedState(db);
  if (regionCode && /^\d{6}$/.test(regionCode) && state.regionCode === '000000' && regionCode !== '000000') {
    await db.update(federationFeedState).set({ regionCode }).where(eq(federationFeedState.id, 1));
    return regionCode;
  }
  return state.regionCode;
}

/** Transactions below this id have all ended: their outbox rows are final and can be served in order. */
async function horizon(db: Db): Promise<number> {
  const rows = await db.execute<{ h: string }>(
    sql`select pg_snapshot_xmin(pg_current_snapshot())::text as h`,
  );
  const list = Array.isArray(rows) ? rows : (rows as { rows: { h: string }[] }).rows;
  return Number(list[0]!.h);
}

/** The newest servable position (never before the purge point: what was purged there was a change too). */
async function highWaterBelow(db: Db, h: number, state: FeedStateRow): Promise<FeedPosition> {
  const purged = { txid: state.purgedTxid, seq: state.purgedSeq };
  const [row] = await db
    .select({ txid: federationOutbox.txid, seq: federationOutbox.seq })
    .from(federationOutbox)
    .where(lt(federationOutbox.txid, h))
    .orderBy(desc(federationOutbox.txid), desc(federationOutbox.seq))
    .limit(1);
  return row && comparePositions(row, purged) > 0 ? row : purged;
}

interface FeedStateRow {
  feedId: string;
  purgedTxid: number;
  purgedSeq: number;
  purgedAt: Date | null;
}

/** Each purge starts a new cursor generation (its time in ms): cursors issued before it may be expired. */
function generationOf(state: FeedStateRow): number {
  return state.purgedAt?.getTime() ?? 0;
}

function readCursor(after: string | undefined, state: FeedStateRow): FeedPosition {
  if (after === undefined || after === '') {
    return FEED_START;
  }
  const reading = decodeCursor(after, state.feedId);
  if (reading.kind === 'malformed') {
    throw new AppError('federation.cursor_malformed', {}, [
      { field: 'after', code: 'federation.cursor_malformed', message: '' },
    ]);
  }
  if (reading.kind === 'foreign') {
    throw new AppError('federation.cursor_foreign');
  }
  const purge = {
    position: { txid: state.purgedTxid, seq: state.purgedSeq },
    generation: generationOf(state),
  };
  if (isExpired(reading, purge)) {
    throw new AppError('federation.cursor_expired', { days: TOMBSTONE_RETENTION_DAYS });
  }
  return reading.position;
}

/** Attaches the current public projection to each changed record; a record without one is a tombstone. */
async function toItems(
  db: Db,
  region: string,
  rows: { seq: number; recordType: string; recordId: string; changedAt: Date }[],
): Promise<FeedItem[]> {
  const byType = new Map<FederatedRecordType, string[]>();
  for (const row of rows) {
    if (isFederatedRecordType(row.recordType)) {
      byType.set(row.recordType, [...(byType.get(row.recordType) ?? []), row.recordId]);
    }
  }
  const projections = new Map<string, Awaited<ReturnType<typeof loadProjections>>>();
  for (const [type, ids] of byType) {
    projections.set(type, await loadProjections(db, type, ids));
  }
  return rows
    .filter((row) => isFederatedRecordType(row.recordType))
    .map((row) => {
      const type = row.recordType as FederatedRecordType;
      const projection = projections.get(type)?.get(row.recordId);
      const urn = recordUrn(region, type, row.recordId);
      if (!projection) {
        return { urn, op: 'delete', version: row.seq, sourceModifiedAt: row.changedAt.toISOString() };
      }
      return {
        urn,
        op: 'upsert',
        version: row.seq,
        sourceModifiedAt: projection.modifiedAt.toISOString(),
        contentHash: contentHash(projection.payload),
        payload: projection.payload,
      };
    });
}

/** `GET /api/federation/v1/changes`: changes after the cursor, oldest first, below the horizon. */
export async function readChanges(
  db: Db,
  input: { after?: string | undefined; limit: number },
): Promise<FeedPage> {
  const state = await feedState(db);
  const from = readCursor(input.after, state);
  const h = await horizon(db);
  const rows = await db
    .select()
    .from(federationOutbox)
    .where(
      and(
        lt(federationOutbox.txid, h),
        sql`(${federationOutbox.txid}, ${federationOutbox.seq}) > (${from.txid}, ${from.seq})`,
      ),
    )
    .orderBy(asc(federationOutbox.txid), asc(federationOutbox.seq))
    .limit(input.limit);
  const last = rows.at(-1);
  const next = last ? { txid: last.txid, seq: last.seq } : from;
  const highWater = await highWaterBelow(db, h, state);
  const reachedHighWater =
    next.txid > highWater.txid || (next.txid === highWater.txid && next.seq >= highWater.seq);
  return {
    items: await toItems(db, state.regionCode, rows),
    next: encodeCursor(state.feedId, next, generationOf(state)),
    highWater: encodeCursor(state.feedId, highWater, generationOf(state)),
    complete: reachedHighWater,
  };
}

const SNAPSHOT_CURSOR = /^s1\.([a-z_]+)\.([0-9a-f-]{36}|)$/;

/**
 * `GET /api/federation/v1/snapshot`: every record that is public now, by type and id. The hub applies it,
 * tombstones what it holds but the snapshot lacks, and continues the change feed from the `highWater` of
 * the snapshot's first page (changes during the snapshot are replayed; versions make that harmless).
 */
export async function readSnapshot(
  db: Db,
  input: { after?: string | undefined; limit: number },
): Promise<FeedPage> {
  const state = await feedState(db);
  let type: FederatedRecordType = FEDERATED_RECORD_TYPES[0];
  let afterId: string | null = null;
  if (input.after) {
    const m = SNAPSHOT_CURSOR.exec(input.after);
    if (!m || !isFederatedRecordType(m[1]!)) {
      throw new AppError('federation.cursor_malformed', {}, [
        { field: 'after', code: 'federation.cursor_malformed', message: '' },
      ]);
    }
    type = m[1];
    afterId = m[2] || null;
  }
  const h = await horizon(db);
  const highWater = encodeCursor(state.feedId, await highWaterBelow(db, h, state), generationOf(state));
  const region = state.regionCode;
  const items: FeedItem[] = [];
  let typeIndex = FEDERATED_RECORD_TYPES.indexOf(type);
  while (items.length < input.limit && typeIndex < FEDERATED_RECORD_TYPES.length) {
    const current = FEDERATED_RECORD_TYPES[typeIndex]!;
    const batch = input.limit - items.length;
    const ids = await idsAfter(db, current, afterId, batch);
    const projections = await loadProjections(db, current, ids);
    const versions =
      ids.length === 0
        ? []
        : await db
            .select({ recordId: federationOutbox.recordId, seq: federationOutbox.seq })
            .from(federationOutbox)
            .where(and(eq(federationOutbox.recordType, current), inArray(federationOutbox.recordId, ids)));
    const versionOf = new Map(versions.map((v) => [v.recordId, v.seq]));
    for (const id of ids) {
      const projection = projections.get(id);
      if (projection) {
        items.push({
          urn: recordUrn(region, current, id),
          op: 'upsert',
          version: versionOf.get(id) ?? 1,
          sourceModifiedAt: projection.modifiedAt.toISOString(),
          contentHash: contentHash(projection.payload),
          payload: projection.payload,
        });
      }
    }
    if (ids.length < batch) {
      typeIndex += 1;
      afterId = null;
    } else {
      afterId = ids.at(-1)!;
    }
  }
  const complete = typeIndex >= FEDERATED_RECORD_TYPES.length;
  const cursor = complete ? '' : `s1.${FEDERATED_RECORD_TYPES[typeIndex]}.${afterId ?? ''}`;
  return { items, next: cursor, highWater, complete };
}

/**
 * Removes tombstones older than the retention period and remembers the position up to which it did,
 * so a consumer whose cursor is older is told to take a snapshot (410) instead of silently missing them.
 */
export async function purgeTombstones(db: Db, now: Date): Promise<{ purged: number }> {
  const cutoff = new Date(now.getTime() - TOMBSTONE_RETENTION_DAYS * 86_400_000);
  const old = await db
    .select()
    .from(federationOutbox)
    .where(lt(federationOutbox.changedAt, cutoff))
    .orderBy(asc(federationOutbox.txid), asc(federationOutbox.seq));
  const gone: typeof old = [];
  for (const type of FEDERATED_RECORD_TYPES) {
    const ofType = old.filter((r) => r.recordType === type);
    const live = await loadProjections(
      db,
      type,
      ofType.map((r) => r.recordId),
    );
    gone.push(...ofType.filter((r) => !live.has(r.recordId)));
  }
  if (gone.length === 0) {
    return { purged: 0 };
  }
  const last = gone.reduce((a, b) => (a.txid > b.txid || (a.txid === b.txid && a.seq > b.seq) ? a : b));
  await db.transaction(async (tx) => {
    await tx.delete(federationOutbox).where(
      inArray(
        federationOutbox.seq,
        gone.map((r) => r.seq),
      ),
    );
    const [state] = await tx.select().from(federationFeedState).where(eq(federationFeedState.id, 1));
    const keep =
      state &&
      (state.purgedTxid > last.txid || (state.purgedTxid === last.txid && state.purgedSeq > last.seq));
    if (!keep) {
      await tx
        .update(federationFeedState)
        .set({ purgedTxid: last.txid, purgedSeq: last.seq, purgedAt: now })
        .where(eq(federationFeedState.id, 1));
    }
  });
  return { purged: gone.length };
}

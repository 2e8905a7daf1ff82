/**
 * The hub's side of the network: registered nodes, and harvesting their change feeds (docs/federation.md).
 *
 * What CKAN's harvesters are known to get wrong, and how this avoids it: deletions are propagated
 * (tombstones in the feed, and a sweep after a snapshot); records are rewritten only when their content
 * hash changes (a replay or a newer version with equal content moves nothing); identity is (node, URN),
 * never a slug or URL, so re-harvesting never mints new addresses; and the source's modified time is kept
 * apart from the harvest time. Each page is applied in one transaction together with the cursor, so a
 * crash resumes exactly where the last page ended.
 */
import { and, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import {
  federationNodes,
  federationProvenance,
  federationRecords,
  federationRuns,
} from '../../db/schema/index.ts';
import {
  changeItemSchema,
  changePageSchema,
  cursorFeedId,
  decideApply,
  decodeCursor,
  lagBetween,
  parseUrn,
  type ChangeItem,
} from '../../domain/federation/feed.ts';
import type { AnyActor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { witnessNode, type WitnessOutcome } from './witness.ts';

export type FederationNode = typeof federationNodes.$inferSelect;
export type FederationRun = typeof federationRuns.$inferSelect;

export interface RegisterNodeInput {
  name: string;
  baseUrl: string;
  regionCode: string;
  publicKey?: string | null | undefined;
}

export async function registerNode(
  tx: Db,
  actor: AnyActor,
  input: RegisterNodeInput,
): Promise<FederationNode> {
  const baseUrl = input.baseUrl.replace(/\/+$/, '');
  const [existing] = await tx.select().from(federationNodes).where(eq(federationNodes.baseUrl, baseUrl));
  if (existing) {
    throw new AppError('federation.node_duplicate', { baseUrl }, [
      { field: 'baseUrl', code: 'federation.node_duplicate', message: '' },
    ]);
  }
  const [node] = await tx
    .insert(federationNodes)
    .values({
      id: uuidv7(),
      name: input.name,
      baseUrl,
      regionCode: input.regionCode,
      publicKey: input.publicKey ?? null,
    })
    .returning();
  await appendAudit(tx, actor, {
    action: 'federation_node.register',
    targetType: 'federation_node',
    targetId: node!.id,
    scopeRegion: input.regionCode,
    after: { name: input.name, baseUrl, regionCode: input.regionCode },
    detail: { name: input.name, regionCode: input.regionCode },
  });
  return node!;
}

export async function listNodes(db: Db): Promise<FederationNode[]> {
  return db.select().from(federationNodes).orderBy(federationNodes.regionCode, federationNodes.name);
}

export async function recentRuns(db: Db, nodeId: string, limit = 20): Promise<FederationRun[]> {
  return db
    .select()
    .from(federationRuns)
    .where(eq(federationRuns.nodeId, nodeId))
    .orderBy(desc(federationRuns.startedAt))
    .limit(limit);
}

export interface HarvestOptions {
  pageSize?: number;
  fetch?: typeof fetch;
  now?: () => Date;
  /** A run still marked running after this long is taken as crashed. */
  staleAfterMs?: number;
  /** Called once the run is recorded (before any page is fetched), e.g. to answer 202 with its id. */
  onStarted?: (runId: string) => void;
}

export interface HarvestSummary {
  runId: string;
  nodeId: string;
  mode: 'changes' | 'snapshot';
  status: 'succeeded' | 'failed';
  pages: number;
  applied: number;
  skipped: number;
  failed: number;
  swept: number;
  lag: number;
  error: string | null;
  /** The node's transparency log as witnessed at the end of the run. */
  witness: WitnessOutcome;
}

class FeedGone extends Error {}

async function getJson(fetcher: typeof fetch, url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetcher(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(30_000),
    });
  } catch (e) {
    const reason =
      e instanceof Error && e.name === 'TimeoutError' ? '30 秒内无响应' : '网络不可达或连接被拒绝';
    throw new Error(`无法连接节点（${url}）：${reason}`, { cause: e });
  }
  if (response.status === 410) {
    throw new FeedGone();
  }
  if (!response.ok) {
    throw new Error(`节点返回 HTTP ${response.status}（${url}）`);
  }
  try {
    return await response.json();
  } catch {
    throw new Error(`节点返回的不是合法的 JSON（${url}）`);
  }
}

function derivedFields(item: ChangeItem & { op: 'upsert' }) {
  const p = item.payload;
  const title = typeof p.title === 'string' ? p.title : typeof p.name === 'string' ? p.name : '';
  const regionCode =
    typeof p.regionCode === 'string'
      ? p.regionCode
      : Array.isArray(p.regionCodes) && typeof p.regionCodes[0] === 'string'
        ? p.regionCodes[0]
        : (parseUrn(item.urn)?.regionCode ?? '');
  return { title, regionCode, recordType: parseUrn(item.urn)!.type };
}

interface PageCounts {
  applied: number;
  skipped: number;
  failed: number;
  failures: { urn: string; reason: string }[];
}

/** Applies one page of changes (in the caller's transaction). */
async function applyItems(
  tx: Db,
  node: FederationNode,
  runId: string,
  rawItems: unknown[],
  now: Date,
  seen?: Set<string>,
): Promise<PageCounts> {
  const counts: PageCounts = { applied: 0, skipped: 0, failed: 0, failures: [] };
  const items: ChangeItem[] = [];
  for (const raw of rawItems) {
    const parsed = changeItemSchema.safeParse(raw);
    if (parsed.success) {
      items.push(parsed.data);
    } else {
      counts.failed += 1;
      const urn = (raw as { urn?: unknown } | null)?.urn;
      counts.failures.push({ urn: typeof urn === 'string' ? urn : '', reason: 'invalid_item' });
    }
  }
  const held =
    items.length === 0
      ? []
      : await tx
          .select()
          .from(federationRecords)
          .where(
            and(
              eq(federationRecords.nodeId, node.id),
              inArray(
                federationRecords.urn,
                items.map((i) => i.urn),
              ),
            ),
          );
  const heldByUrn = new Map(held.map((h) => [h.urn, h]));
  const upserts = new Map<string, typeof federationRecords.$inferInsert>();
  const deletes: { urn: string; version: number; sourceModifiedAt: Date }[] = [];
  const provenance: (typeof federationProvenance.$inferInsert)[] = [];
  for (const item of items) {
    seen?.add(item.urn);
    const current = heldByUrn.get(item.urn) ?? null;
    const decision = decideApply(
      current && {
        version: current.version,
        contentHash: current.contentHash,
        deleted: current.deletedAt !== null,
      },
      item,
      node.regionCode,
    );
    if (decision.kind === 'fail') {
      counts.failed += 1;
      counts.failures.push({ urn: item.urn, reason: decision.reason });
      continue;
    }
    if (decision.kind !== 'apply') {
      if (decision.kind === 'skip_unchanged' && current && item.version > current.version) {
        // Only the version moves: the record is not rewritten and keeps its harvest time.
        await tx
          .update(federationRecords)
          .set({ version: item.version })
          .where(and(eq(federationRecords.nodeId, node.id), eq(federationRecords.urn, item.urn)));
      }
      counts.skipped += 1;
      continue;
    }
    const sourceModifiedAt = new Date(item.sourceModifiedAt);
    if (item.op === 'delete') {
      deletes.push({ urn: item.urn, version: item.version, sourceModifiedAt });
    } else {
      const derived = derivedFields(item);
      upserts.set(item.urn, {
        nodeId: node.id,
        urn: item.urn,
        recordType: derived.recordType,
        firstHarvestedAt: now,
        version: item.version,
        contentHash: item.contentHash,
        payload: item.payload,
        title: derived.title,
        regionCode: derived.regionCode,
        sourceModifiedAt,
        harvestedAt: now,
        deletedAt: null,
      });
    }
    provenance.push({
      nodeId: node.id,
      urn: item.urn,
      runId,
      op: item.op,
      version: item.version,
      contentHash: item.op === 'upsert' ? item.contentHash : null,
      sourceModifiedAt,
      appliedAt: now,
    });
    counts.applied += 1;
  }
  // One statement per kind of write for the whole page: a page of 500 costs a few round trips, not 1,000.
  if (upserts.size > 0) {
    await tx
      .insert(federationRecords)
      .values([...upserts.values()])
      .onConflictDoUpdate({
        target: [federationRecords.nodeId, federationRecords.urn],
        set: {
          version: sql`excluded.version`,
          contentHash: sql`excluded.content_hash`,
          payload: sql`excluded.payload`,
          title: sql`excluded.title`,
          regionCode: sql`excluded.region_code`,
          sourceModifiedAt: sql`excluded.source_modified_at`,
          harvestedAt: sql`excluded.harvested_at`,
          deletedAt: sql`null`,
        },
      });
  }
  for (const d of deletes) {
    await tx
      .update(federationRecords)
      .set({ version: d.version, deletedAt: now, sourceModifiedAt: d.sourceModifiedAt, harvestedAt: now })
      .where(and(eq(federationRecords.nodeId, node.id), eq(federationRecords.urn, d.urn)));
  }
  if (provenance.length > 0) {
    await tx.insert(federationProvenance).values(provenance);
  }
  return counts;
}

async function bumpRun(
  tx: Db,
  runId: string,
  counts: PageCounts & { swept?: number },
  cursorTo: string | null,
) {
  await tx
    .update(federationRuns)
    .set({
      pages: sql`${federationRuns.pages} + 1`,
      applied: sql`${federationRuns.applied} + ${counts.applied}`,
      skipped: sql`${federationRuns.skipped} + ${counts.skipped}`,
      failed: sql`${federationRuns.failed} + ${counts.failed}`,
      swept: sql`${federationRuns.swept} + ${counts.swept ?? 0}`,
      ...(counts.failures.length > 0
        ? {
            failures: sql`(${federationRuns.failures} || ${JSON.stringify(counts.failures.slice(0, 50))}::jsonb)`,
          }
        : {}),
      ...(cursorTo !== null ? { cursorTo } : {}),
    })
    .where(eq(federationRuns.id, runId));
}

/** The position a cursor of another installation's feed names (for the lag on the status page). */
function positionOf(cursor: string | null) {
  const feedId = cursor ? cursorFeedId(cursor) : null;
  const reading = cursor && feedId ? decodeCursor(cursor, feedId) : null;
  return reading?.kind === 'ok' ? reading.position : { txid: 0, seq: 0 };
}

/**
 * Takes a full snapshot of the node, then tombstones every record the hub holds for it that the snapshot
 * lacks (the sweep), and returns the cursor to continue the change feed from.
 */
async function harvestSnapshot(
  db: Db,
  node: FederationNode,
  runId: string,
  fetcher: typeof fetch,
  pageSize: number,
  now: () => Date,
): Promise<string> {
  const seen = new Set<string>();
  let after = '';
  let startHighWater: string | null = null;
  for (;;) {
    const url = `${node.baseUrl}/api/federation/v1/snapshot?limit=${pageSize}${after ? `&after=${encodeURIComponent(after)}` : ''}`;
    const page = changePageSchema.parse(await getJson(fetcher, url));
    startHighWater ??= page.highWater;
    await db.transaction(async (tx) => {
      const counts = await applyItems(tx, node, runId, page.items, now(), seen);
      await bumpRun(tx, runId, counts, null);
    });
    if (page.complete || !page.next) {
      break;
    }
    after = page.next;
  }
  await db.transaction(async (tx) => {
    const live = await tx
      .select({ urn: federationRecords.urn, version: federationRecords.version })
      .from(federationRecords)
      .where(and(eq(federationRecords.nodeId, node.id), isNull(federationRecords.deletedAt)));
    const gone = live.filter((r) => !seen.has(r.urn));
    const at = now();
    if (gone.length > 0) {
      await tx
        .update(federationRecords)
        .set({ deletedAt: at, harvestedAt: at })
        .where(
          and(
            eq(federationRecords.nodeId, node.id),
            inArray(
              federationRecords.urn,
              gone.map((g) => g.urn),
            ),
          ),
        );
      await tx.insert(federationProvenance).values(
        gone.map((g) => ({
          nodeId: node.id,
          urn: g.urn,
          runId,
          op: 'sweep',
          version: g.version,
          appliedAt: at,
        })),
      );
    }
    await bumpRun(
      tx,
      runId,
      { applied: 0, skipped: 0, failed: 0, failures: [], swept: gone.length },
      startHighWater,
    );
    await tx
      .update(federationNodes)
      .set({ cursor: startHighWater, updatedAt: at })
      .where(eq(federationNodes.id, node.id));
  });
  return startHighWater!;
}

/** Harvests one node: its change feed from the stored cursor, or a snapshot when the cursor is refused (410). */
export async function harvestNode(
  db: Db,
  nodeId: string,
  options: HarvestOptions = {},
): Promise<HarvestSummary> {
  const fetcher = options.fetch ?? fetch;
  const pageSize = options.pageSize ?? 500;
  const now = options.now ?? (() => new Date());
  const staleAfterMs = options.staleAfterMs ?? 30 * 60_000;
  const runId = uuidv7();
  const started = now();
  const node = await db.transaction(async (tx) => {
    const [n] = await tx.select().from(federationNodes).where(eq(federationNodes.id, nodeId)).for('update');
    if (!n) {
      throw new AppError('not_found', { entity: 'federation_node' });
    }
    await tx
      .update(federationRuns)
      .set({ status: 'failed', finishedAt: started, error: '采集中断（超时未完成）' })
      .where(
        and(
          eq(federationRuns.nodeId, nodeId),
          eq(federationRuns.status, 'running'),
          lt(federationRuns.startedAt, new Date(started.getTime() - staleAfterMs)),
        ),
      );
    const [running] = await tx
      .select({ id: federationRuns.id })
      .from(federationRuns)
      .where(and(eq(federationRuns.nodeId, nodeId), eq(federationRuns.status, 'running')));
    if (running) {
      throw new AppError('federation.harvest_running', { name: n.name });
    }
    await tx.insert(federationRuns).values({
      id: runId,
      nodeId,
      mode: 'changes',
      status: 'running',
      startedAt: started,
      cursorFrom: n.cursor,
    });
    return n;
  });
  options.onStarted?.(runId);

  let mode: 'changes' | 'snapshot' = 'changes';
  let cursor = node.cursor;
  let highWater = node.highWater;
  let error: string | null = null;
  try {
    for (;;) {
      const url = `${node.baseUrl}/api/federation/v1/changes?limit=${pageSize}${cursor ? `&after=${encodeURIComponent(cursor)}` : ''}`;
      let raw: unknown;
      try {
        raw = await getJson(fetcher, url);
      } catch (e) {
        if (e instanceof FeedGone && mode === 'changes') {
          mode = 'snapshot';
          await db.update(federationRuns).set({ mode }).where(eq(federationRuns.id, runId));
          cursor = await harvestSnapshot(db, node, runId, fetcher, pageSize, now);
          continue;
        }
        throw e instanceof FeedGone ? new Error('节点拒绝了快照之后的游标') : e;
      }
      const page = changePageSchema.parse(raw);
      highWater = page.highWater;
      const next = page.next;
      await db.transaction(async (tx) => {
        const counts = await applyItems(tx, node, runId, page.items, now());
        await bumpRun(tx, runId, counts, next);
        await tx
          .update(federationNodes)
          .set({
            cursor: next,
            highWater: page.highWater,
            lag: lagBetween(positionOf(next), positionOf(page.highWater)),
            updatedAt: now(),
          })
          .where(eq(federationNodes.id, node.id));
      });
      cursor = next;
      if (page.complete || page.items.length === 0) {
        break;
      }
    }
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
    if (e instanceof Error && e.name === 'ZodError') {
      error = '节点返回的变更页格式不符合协议';
    }
  }
  // The node's log is witnessed on every run; a rolled-back or rewritten log fails the run loudly.
  const witness = await witnessNode(db, node, { fetch: fetcher, now });
  if (!error && witness.kind === 'failed' && witness.reason !== 'unreachable') {
    error = witness.message;
  }
  const finished = now();
  const [run] = await db
    .update(federationRuns)
    .set({ status: error ? 'failed' : 'succeeded', finishedAt: finished, error })
    .where(eq(federationRuns.id, runId))
    .returning();
  const lag = lagBetween(positionOf(cursor), positionOf(highWater));
  await db
    .update(federationNodes)
    .set({
      lastRunAt: finished,
      lag,
      ...(error ? { lastError: error } : { lastSuccessAt: finished, lastError: null }),
    })
    .where(eq(federationNodes.id, node.id));
  return {
    runId,
    nodeId,
    mode,
    status: error ? 'failed' : 'succeeded',
    pages: run!.pages,
    applied: run!.applied,
    skipped: run!.skipped,
    failed: run!.failed,
    swept: run!.swept,
    lag,
    error,
    witness,
  };
}

/** Harvests every active node one after another (the scheduler and `dtpc federation harvest`). */
export async function harvestAll(db: Db, options: HarvestOptions = {}): Promise<HarvestSummary[]> {
  const nodes = await db.select().from(federationNodes).where(eq(federationNodes.status, 'active'));
  const out: HarvestSummary[] = [];
  for (const node of nodes) {
    try {
      out.push(await harvestNode(db, node.id, options));
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'federation.harvest_running')) {
        throw e;
      }
    }
  }
  return out;
}

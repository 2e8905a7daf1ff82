/**
 * The public transparency log over the audit chain: keeps the Merkle tree of the audit entries, publishes
 * SM2-signed tree heads, and answers inclusion and consistency proofs (src/domain/transparency).
 *
 * Storage choice: every complete aligned subtree's hash is written once to `transparency_nodes` (level 0 =
 * the leaf hashes). Publishing a head only hashes the entries added since the last one (≈ 2 hashes per
 * entry, amortised); a root or a proof for any size reads O(log² n) stored hashes by primary key and
 * hashes O(log n) of them — no request ever walks the whole log. Memoising the leaf hashes is also what
 * makes a later edit of an audit row visible: the tree keeps the leaf as first published, so the edited
 * row's recomputed leaf no longer matches the proof. A table of per-head roots alone would not give that.
 */
import { and, asc, desc, eq, gt, inArray, lt, max, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { auditLog, transparencyNodes, transparencyTreeHeads } from '../db/schema/index.ts';
import {
  actionsOfKind,
  decisionActions,
  decisionKindOf,
  leafHashOfRecord,
  leafIndexOfSeq,
  leafRecordOf,
  type DecisionKind,
  type LeafRecord,
} from '../domain/transparency/leaf.ts';
import {
  EMPTY_ROOT,
  consistencyProofRanges,
  inclusionProofRanges,
  nodeHash,
  perfectCover,
  rangeHash,
  type Hash,
  type LeafRange,
  type PerfectNode,
} from '../domain/transparency/merkle.ts';
import { signTreeHead, type SignedTreeHead } from '../domain/transparency/tree-head.ts';
import { auditSigningKey } from './audit-checkpoints.ts';
import { AppError } from './errors.ts';

// Publications are serialised so two never extend the stored tree at once.
const TRANSPARENCY_LOCK_KEY = 9162_2260;
const BATCH = 1000;

type StoredNode = PerfectNode & { hash: Hash };

function nodeKey(n: PerfectNode): string {
  return `${n.level}:${n.index}`;
}

/** Number of leaves the stored tree holds. */
export async function storedTreeSize(db: Db): Promise<number> {
  const [row] = await db
    .select({ last: max(transparencyNodes.index) })
    .from(transparencyNodes)
    .where(eq(transparencyNodes.level, 0));
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}

async function loadNodes(db: Db, wanted: readonly PerfectNode[]): Promise<Map<string, Hash>> {
  const unique = [...new Map(wanted.map((n) => [nodeKey(n), n])).values()];
  const found = new Map<string, Hash>();
  for (let i = 0; i < unique.length; i += 200) {
    const part = unique.slice(i, i + 200);
    const rows = await db
      .select()
      .from(transparencyNodes)
      .where(
        or(
          ...part.map((n) => and(eq(transparencyNodes.level, n.level), eq(transparencyNodes.index, n.index))),
        ),
      );
    for (const r of rows) {
      found.set(nodeKey(r), r.hash);
    }
  }
  return found;
}

/** The subtree hashes of the given ranges, from the stored tree. */
async function rangeHashes(db: Db, ranges: readonly LeafRange[]): Promise<Hash[]> {
  const nodes = await loadNodes(db, ranges.flatMap(perfectCover));
  const get = (n: PerfectNode): Hash => {
    const hash = nodes.get(nodeKey(n));
    if (hash === undefined) {
      // The stored tree lost a node it once had: only someone bypassing the append-only trigger does that.
      throw new Error(`transparency tree node ${nodeKey(n)} is missing`);
    }
    return hash;
  };
  return ranges.map((r) => rangeHash(r, get));
}

async function rootAt(db: Db, size: number): Promise<Hash> {
  return size === 0 ? EMPTY_ROOT : (await rangeHashes(db, [{ start: 0, end: size }]))[0]!;
}

/**
 * Adds a leaf for every audit entry not yet in the tree, with the parents they complete. Stops at a gap
 * in the chain's seq: a head is never signed over a broken chain (`dtpc audit verify` names the gap).
 */
async function extendTree(tx: Db): Promise<number> {
  let size = await storedTreeSize(tx);
  const cover = perfectCover({ start: 0, end: size });
  const known = await loadNodes(tx, cover);
  // The right edge of the tree: complete subtrees still waiting for a right sibling, largest first.
  const frontier: StoredNode[] = cover.map((n) => ({ ...n, hash: known.get(nodeKey(n))! }));
  for (;;) {
    const rows = await tx
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, size))
      .orderBy(asc(auditLog.seq))
      .limit(BATCH);
    const inserts: StoredNode[] = [];
    let gap = false;
    for (const row of rows) {
      if (leafIndexOfSeq(row.seq) !== size) {
        gap = true;
        break;
      }
      let node: StoredNode = { level: 0, index: size, hash: leafHashOfRecord(leafRecordOf(row)) };
      inserts.push(node);
      while (frontier.length > 0 && frontier[frontier.length - 1]!.level === node.level) {
        const left = frontier.pop()!;
        node = { level: node.level + 1, index: left.index / 2, hash: nodeHash(left.hash, node.hash) };
        inserts.push(node);
      }
      frontier.push(node);
      size += 1;
    }
    for (let i = 0; i < inserts.length; i += 500) {
      await tx.insert(transparencyNodes).values(inserts.slice(i, i + 500));
    }
    if (gap || rows.length < BATCH) {
      return size;
    }
  }
}

function toHead(row: typeof transparencyTreeHeads.$inferSelect): SignedTreeHead {
  return {
    treeSize: row.treeSize,
    rootHash: row.rootHash,
    timestamp: new Date(row.timestamp).toISOString(),
    algorithm: 'sm3-sm2',
    publicKey: row.publicKey,
    signature: row.signature,
  };
}

/** The newest signed tree head, or null before the first publication. */
export async function latestTreeHead(db: Db): Promise<SignedTreeHead | null> {
  const [row] = await db
    .select()
    .from(transparencyTreeHeads)
    .orderBy(desc(transparencyTreeHeads.treeSize))
    .limit(1);
  return row ? toHead(row) : null;
}

/** The signed head published for exactly this tree size, or null. */
export async function treeHeadAt(db: Db, treeSize: number): Promise<SignedTreeHead | null> {
  const [row] = await db
    .select()
    .from(transparencyTreeHeads)
    .where(eq(transparencyTreeHeads.treeSize, treeSize));
  return row ? toHead(row) : null;
}

/** Published heads, newest first, below `before` when given. */
export async function listTreeHeads(
  db: Db,
  query: { before?: number; limit: number },
): Promise<SignedTreeHead[]> {
  const rows = await db
    .select()
    .from(transparencyTreeHeads)
    .where(query.before === undefined ? undefined : lt(transparencyTreeHeads.treeSize, query.before))
    .orderBy(desc(transparencyTreeHeads.treeSize))
    .limit(query.limit);
  return rows.map(toHead);
}

/**
 * Extends the tree to the committed audit entries and signs a new head when it grew (or when none exists
 * yet). Called on demand and with every audit checkpoint.
 */
export async function publishTreeHead(
  db: Db,
  now: Date = new Date(),
): Promise<{ published: boolean; treeHead: SignedTreeHead }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${TRANSPARENCY_LOCK_KEY})`);
    const size = await extendTree(tx);
    const latest = await latestTreeHead(tx);
    if (latest && latest.treeSize === size) {
      return { published: false, treeHead: latest };
    }
    if (latest && latest.treeSize > size) {
      throw new Error(`the stored tree (${size}) is shorter than the last signed head (${latest.treeSize})`);
    }
    const treeHead = signTreeHead(
      { treeSize: size, rootHash: await rootAt(tx, size), timestamp: now.toISOString() },
      auditSigningKey(),
    );
    await tx.insert(transparencyTreeHeads).values(treeHead);
    return { published: true, treeHead };
  });
}

async function headOrLatest(db: Db, treeSize: number | undefined): Promise<SignedTreeHead> {
  const head = treeSize === undefined ? await latestTreeHead(db) : await treeHeadAt(db, treeSize);
  if (!head) {
    throw new AppError('not_found', { entity: 'tree_head' });
  }
  return head;
}

async function assertStored(db: Db, field: string, value: number): Promise<void> {
  const size = await storedTreeSize(db);
  if (value > size) {
    throw new AppError('transparency.tree_size_unknown', { field, value, size }, [
      { field, code: 'transparency.tree_size_unknown', message: '' },
    ]);
  }
}

function beyondTree(field: string, value: number, treeSize: number): AppError {
  return new AppError('transparency.beyond_tree', { field, value, treeSize }, [
    { field, code: 'transparency.beyond_tree', message: '' },
  ]);
}

/** The audit path for a leaf in the tree of `treeSize` leaves (default: the latest signed head's size). */
export async function inclusionProofAt(
  db: Db,
  leafIndex: number,
  treeSize?: number,
): Promise<{ leafIndex: number; treeSize: number; leafHash: Hash; auditPath: Hash[] }> {
  const size = treeSize ?? (await headOrLatest(db, undefined)).treeSize;
  if (treeSize !== undefined) {
    await assertStored(db, 'treeSize', treeSize);
  }
  if (leafIndex >= size) {
    throw beyondTree('leafIndex', leafIndex, size);
  }
  const ranges = inclusionProofRanges(leafIndex, size);
  const [leafHash, ...auditPath] = await rangeHashes(db, [
    { start: leafIndex, end: leafIndex + 1 },
    ...ranges,
  ]);
  return { leafIndex, treeSize: size, leafHash: leafHash!, auditPath };
}

/** The consistency proof from the tree of `first` leaves to the tree of `second`. */
export async function consistencyProofBetween(
  db: Db,
  first: number,
  second: number,
): Promise<{ first: number; second: number; consistencyPath: Hash[] }> {
  if (first > second) {
    throw new AppError('transparency.sizes_order', { first, second }, [
      { field: 'first', code: 'transparency.sizes_order', message: '' },
    ]);
  }
  await assertStored(db, 'second', second);
  return { first, second, consistencyPath: await rangeHashes(db, consistencyProofRanges(first, second)) };
}

type AuditRow = typeof auditLog.$inferSelect;

/** What a leaf reveals: published decisions in full (as the database holds them now), others by hash. */
function publicRecord(row: AuditRow | undefined): {
  decisionKind: DecisionKind | null;
  record: LeafRecord | null;
} {
  const kind = row ? decisionKindOf(row.action) : null;
  return kind && row
    ? { decisionKind: kind, record: leafRecordOf(row) }
    : { decisionKind: null, record: null };
}

/** One leaf of the log. */
export async function logEntryAt(
  db: Db,
  leafIndex: number,
): Promise<{ leafIndex: number; leafHash: Hash } & ReturnType<typeof publicRecord>> {
  const size = await storedTreeSize(db);
  if (leafIndex >= size) {
    throw beyondTree('index', leafIndex, size);
  }
  const nodes = await loadNodes(db, [{ level: 0, index: leafIndex }]);
  const [row] = await db
    .select()
    .from(auditLog)
    .where(eq(auditLog.seq, leafIndex + 1))
    .limit(1);
  return { leafIndex, leafHash: nodes.get(`0:${leafIndex}`)!, ...publicRecord(row) };
}

/**
 * A published decision with its inclusion proof against a signed head (the latest by default): the
 * first audit entry that records the decision (entering the directory, publishing the rating, revoking).
 */
export async function decisionProof(
  db: Db,
  decisionId: string,
  query: { kind?: DecisionKind; treeSize?: number },
): Promise<{
  decisionKind: DecisionKind;
  decisionId: string;
  record: LeafRecord;
  leafIndex: number;
  treeHead: SignedTreeHead;
  auditPath: Hash[];
}> {
  const actions = query.kind ? actionsOfKind(query.kind) : Object.keys(decisionActions);
  const [row] = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetId, decisionId), inArray(auditLog.action, actions)))
    .orderBy(asc(auditLog.seq))
    .limit(1);
  if (!row) {
    throw new AppError('not_found', { entity: 'decision' });
  }
  const treeHead = await headOrLatest(db, query.treeSize);
  const leafIndex = leafIndexOfSeq(row.seq);
  if (leafIndex >= treeHead.treeSize) {
    throw new AppError('transparency.not_yet_logged');
  }
  const proof = await inclusionProofAt(db, leafIndex, treeHead.treeSize);
  return {
    decisionKind: decisionKindOf(row.action)!,
    decisionId,
    record: leafRecordOf(row),
    leafIndex,
    treeHead,
    auditPath: proof.auditPath,
  };
}

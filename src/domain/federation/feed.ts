/**
 * The federation change feed's rules (docs/federation.md), pure: record identities (URNs), cursors, the
 * content hash, and the hub's decision whether a harvested change applies. The protocol follows OAI-PMH
 * (deleted records kept as tombstones, resumption tokens that can expire) and CouchDB `_changes` (a
 * cursor per consumer, newest change per document).
 */
import { z } from 'zod';
import { canonicalJson, hashText } from '../audit/chain.ts';

/** The kinds of public record an installation publishes. */
export const FEDERATED_RECORD_TYPES = ['center', 'resource', 'call', 'publicity_notice', 'need'] as const;
export type FederatedRecordType = (typeof FEDERATED_RECORD_TYPES)[number];

export function isFederatedRecordType(value: string): value is FederatedRecordType {
  return (FEDERATED_RECORD_TYPES as readonly string[]).includes(value);
}

/** `urn:dtpc:<regionCode>:<type>:<id>` — stable forever: the id is the record's UUID, never a slug. */
export function recordUrn(regionCode: string, type: FederatedRecordType, id: string): string {
  return `urn:dtpc:${regionCode}:${type}:${id}`;
}

export interface ParsedUrn {
  regionCode: string;
  type: FederatedRecordType;
  id: string;
}

const URN_PATTERN =
  /^urn:dtpc:(\d{6}):([a-z_]+):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export function parseUrn(urn: string): ParsedUrn | null {
  const m = URN_PATTERN.exec(urn);
  if (!m || !isFederatedRecordType(m[2]!)) {
    return null;
  }
  return { regionCode: m[1]!, type: m[2], id: m[3]! };
}

/**
 * A position in one installation's feed: (transaction id, sequence). The feed is ordered by the writing
 * transaction and serves only transactions below the xmin horizon, so a transaction that commits late can
 * never land behind a cursor that has already passed it.
 */
export interface FeedPosition {
  txid: number;
  seq: number;
}

export const FEED_START: FeedPosition = { txid: 0, seq: 0 };

/**
 * Opaque to consumers: `1.<feed id without dashes>.<txid>.<seq>.<purge generation>`. The feed id makes
 * foreign cursors detectable; the purge generation (the purge point's sequence when the cursor was issued)
 * tells a consumer that paged from the start after a purge from one whose cursor predates it.
 */
export function encodeCursor(feedId: string, position: FeedPosition, generation: number): string {
  return `1.${feedId.replace(/-/g, '')}.${position.txid}.${position.seq}.${generation}`;
}

export type CursorReading =
  { kind: 'ok'; position: FeedPosition; generation: number } | { kind: 'malformed' } | { kind: 'foreign' };

export function decodeCursor(cursor: string, feedId: string): CursorReading {
  const m = /^1\.([0-9a-f]{32})\.(\d{1,15})\.(\d{1,15})\.(\d{1,15})$/.exec(cursor);
  if (!m) {
    return { kind: 'malformed' };
  }
  if (m[1] !== feedId.replace(/-/g, '')) {
    return { kind: 'foreign' };
  }
  return { kind: 'ok', position: { txid: Number(m[2]), seq: Number(m[3]) }, generation: Number(m[4]) };
}

/** The feed id a cursor names (the hub reads positions of other installations' cursors with it). */
export function cursorFeedId(cursor: string): string | null {
  const m = /^1\.([0-9a-f]{8})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{12})\./.exec(cursor);
  return m ? `${m[1]}-${m[2]}-${m[3]}-${m[4]}-${m[5]}` : null;
}

export function comparePositions(a: FeedPosition, b: FeedPosition): number {
  return a.txid !== b.txid ? a.txid - b.txid : a.seq - b.seq;
}

/**
 * A cursor is expired when tombstones after it were purged since it was issued: the consumer may hold a
 * record whose deletion it can no longer learn from the feed, so it must take a snapshot. A consumer that
 * started from the beginning after the purge held nothing purged, and its cursors carry the new generation.
 */
export function isExpired(
  cursor: { position: FeedPosition; generation: number },
  purge: { position: FeedPosition; generation: number },
): boolean {
  return cursor.generation < purge.generation && comparePositions(cursor.position, purge.position) < 0;
}

/** How long tombstones stay in the feed (the issue asks ≥ 90 days). */
export const TOMBSTONE_RETENTION_DAYS = 90;

/** SM3 of the payload's canonical JSON (sorted keys at every depth), hex. */
export function contentHash(payload: unknown): string {
  return hashText(canonicalJson(payload), 'sm3');
}

export const changeItemSchema = z.discriminatedUnion('op', [
  z.object({
    urn: z.string().max(200),
    op: z.literal('upsert'),
    version: z.number().int().positive(),
    sourceModifiedAt: z.string().datetime({ offset: true }),
    contentHash: z.string().regex(/^[0-9a-f]{64}$/),
    payload: z.record(z.string(), z.unknown()),
  }),
  z.object({
    urn: z.string().max(200),
    op: z.literal('delete'),
    version: z.number().int().positive(),
    sourceModifiedAt: z.string().datetime({ offset: true }),
    contentHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
  }),
]);
export type ChangeItem = z.infer<typeof changeItemSchema>;

export const changePageSchema = z.object({
  items: z.array(z.unknown()),
  next: z.string(),
  highWater: z.string(),
  complete: z.boolean(),
});

/** What the hub holds for (node, urn) before applying a change. */
export interface HeldRecord {
  version: number;
  contentHash: string;
  deleted: boolean;
}

export type ApplyDecision =
  | { kind: 'apply' }
  /** Same or older version than held: replays and reorderings change nothing. */
  | { kind: 'skip_stale' }
  /** Newer version with the same content: only the version moves, nothing is rewritten. */
  | { kind: 'skip_unchanged' }
  /** A tombstone for a record the hub never held (it was never public while harvested). */
  | { kind: 'skip_unknown_delete' }
  | { kind: 'fail'; reason: 'hash_mismatch' | 'bad_urn' };

export function decideApply(held: HeldRecord | null, item: ChangeItem, nodeRegion?: string): ApplyDecision {
  const urn = parseUrn(item.urn);
  if (!urn || (nodeRegion !== undefined && !urn.regionCode.startsWith(regionPrefix(nodeRegion)))) {
    return { kind: 'fail', reason: 'bad_urn' };
  }
  if (item.op === 'upsert' && contentHash(item.payload) !== item.contentHash) {
    return { kind: 'fail', reason: 'hash_mismatch' };
  }
  if (held && item.version <= held.version) {
    return { kind: 'skip_stale' };
  }
  if (item.op === 'delete') {
    return held && !held.deleted
      ? { kind: 'apply' }
      : held
        ? { kind: 'skip_unchanged' }
        : { kind: 'skip_unknown_delete' };
  }
  if (held && !held.deleted && held.contentHash === item.contentHash) {
    return { kind: 'skip_unchanged' };
  }
  return { kind: 'apply' };
}

/** The GB/T 2260 prefix a region covers: 370000 → "37", 370100 → "3701", 000000 → "". */
export function regionPrefix(regionCode: string): string {
  if (regionCode === '000000') {
    return '';
  }
  if (regionCode.endsWith('0000')) {
    return regionCode.slice(0, 2);
  }
  if (regionCode.endsWith('00')) {
    return regionCode.slice(0, 4);
  }
  return regionCode;
}

/** Approximate entries between a consumer's cursor and the feed's high-water mark (sequences are dense). */
export function lagBetween(cursor: FeedPosition, highWater: FeedPosition): number {
  return Math.max(0, highWater.seq - cursor.seq);
}

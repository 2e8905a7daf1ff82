/**
 * The audit hash chain: each entry's hash is SM3 (国密, GB/T 32905) — or SHA-256 where configured —
 * over the previous entry's hash and the entry's canonical content.
 */
import { createHash } from 'node:crypto';
import { sm3 } from 'sm-crypto-v2';
import { canonicalJson } from './canonical-json.ts';

// Re-exported: callers have always taken it from here; the web imports canonical-json.ts directly.
export { canonicalJson };

export type HashAlgorithm = 'sm3' | 'sha256';

/** The hash a chain starts from. */
export const GENESIS_HASH = '0'.repeat(64);

/** Hex digest of a string. */
export function hashText(text: string, algorithm: HashAlgorithm): string {
  return algorithm === 'sm3' ? sm3(text) : createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Digest of a before/after state (null stays null: nothing existed). */
export function stateDigest(state: unknown, algorithm: HashAlgorithm): string | null {
  return state === null || state === undefined ? null : hashText(canonicalJson(state), algorithm);
}

/** The fields of an audit entry that its hash covers. */
export interface ChainedFields {
  seq: number;
  id: string;
  at: string;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string | null;
  ip: string | null;
  scopeRegion: string | null;
  beforeDigest: string | null;
  afterDigest: string | null;
  detail: Record<string, unknown>;
}

/** The hash of an entry given the previous entry's hash. Timestamps are normalised to ISO-8601 UTC. */
export function entryHash(prevHash: string, fields: ChainedFields, algorithm: HashAlgorithm): string {
  // Pick exactly the chained fields: stored rows carry extra columns (hash, prevHash) that must not count.
  const normalised: ChainedFields = {
    seq: fields.seq,
    id: fields.id,
    at: new Date(fields.at).toISOString(),
    actorUserId: fields.actorUserId,
    actorLabel: fields.actorLabel,
    action: fields.action,
    targetType: fields.targetType,
    targetId: fields.targetId,
    ip: fields.ip,
    scopeRegion: fields.scopeRegion,
    beforeDigest: fields.beforeDigest,
    afterDigest: fields.afterDigest,
    detail: fields.detail,
  };
  return hashText(`${prevHash}\n${canonicalJson(normalised)}`, algorithm);
}

export interface ChainProblem {
  seq: number;
  /** The last three come from signed checkpoints (checkpoint.ts). */
  kind: 'altered' | 'missing' | 'broken_link' | 'truncated' | 'rewritten' | 'checkpoint_invalid';
  detail: string;
}

/**
 * Checks a run of stored entries, in seq order, continuing from `expectedSeq` and `prevHash`.
 * Returns the first problem found, or null.
 */
export function verifyRun(
  entries: (ChainedFields & { prevHash: string; hash: string; algorithm: string })[],
  start: { expectedSeq: number; prevHash: string },
): { problem: ChainProblem | null; next: { expectedSeq: number; prevHash: string } } {
  let { expectedSeq, prevHash } = start;
  for (const e of entries) {
    if (e.seq !== expectedSeq) {
      return {
        problem: { seq: expectedSeq, kind: 'missing', detail: `expected seq ${expectedSeq}, found ${e.seq}` },
        next: { expectedSeq, prevHash },
      };
    }
    if (e.prevHash !== prevHash) {
      return {
        problem: { seq: e.seq, kind: 'broken_link', detail: 'prev_hash does not match the previous entry' },
        next: { expectedSeq, prevHash },
      };
    }
    const algorithm: HashAlgorithm = e.algorithm === 'sha256' ? 'sha256' : 'sm3';
    const recomputed = entryHash(prevHash, e, algorithm);
    if (recomputed !== e.hash) {
      return {
        problem: { seq: e.seq, kind: 'altered', detail: 'content does not match its hash' },
        next: { expectedSeq, prevHash },
      };
    }
    prevHash = e.hash;
    expectedSeq += 1;
  }
  return { problem: null, next: { expectedSeq, prevHash } };
}

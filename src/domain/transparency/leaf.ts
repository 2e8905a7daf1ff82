/**
 * What one audit entry contributes to the transparency log.
 *
 * The leaf input is the canonical JSON of a *leaf record*: the entry's non-personal fields in the clear
 * plus its chain hash. Neither of the two obvious choices works alone:
 * - the bare chain hash would let anyone verify that *a* hash is in the log, but not connect it to a
 *   decision: recomputing a chain hash needs the actor, user id and IP, which must not be published;
 * - the full canonical entry would have to be published for verification, personal fields included.
 * The leaf record is recomputable by anyone from what a published decision shows (so a node cannot show
 * one decision and prove another), reveals nothing personal, and still binds the whole entry — actor and
 * IP included — through `chainHash`, so the Merkle tree and the hash chain describe one and the same log.
 * Entries that are not published decisions are revealed by their leaf hash only.
 */
import { canonicalJson } from '../audit/canonical-json.ts';
import { leafHash, type Hash } from './merkle.ts';

/** The fields of a stored audit entry that its leaf covers. */
export interface LeafSource {
  seq: number;
  id: string;
  at: string;
  action: string;
  targetType: string;
  targetId: string | null;
  scopeRegion: string | null;
  beforeDigest: string | null;
  afterDigest: string | null;
  detail: Record<string, unknown>;
  /** The entry's hash in the audit chain (src/domain/audit/chain.ts). */
  hash: string;
}

/** The leaf record: version 1 of the leaf format. */
export interface LeafRecord {
  v: 1;
  seq: number;
  id: string;
  at: string;
  action: string;
  targetType: string;
  targetId: string | null;
  scopeRegion: string | null;
  beforeDigest: string | null;
  afterDigest: string | null;
  detail: Record<string, unknown>;
  chainHash: string;
}

/** Leaf index of an audit entry: the chain's seq starts at 1 and has no gaps (the chain check enforces it). */
export function leafIndexOfSeq(seq: number): number {
  return seq - 1;
}

/** The leaf record of an entry; timestamps normalised to ISO-8601 UTC as the chain does. */
export function leafRecordOf(entry: LeafSource): LeafRecord {
  return {
    v: 1,
    seq: entry.seq,
    id: entry.id,
    at: new Date(entry.at).toISOString(),
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    scopeRegion: entry.scopeRegion,
    beforeDigest: entry.beforeDigest,
    afterDigest: entry.afterDigest,
    detail: entry.detail,
    chainHash: entry.hash,
  };
}

/** The bytes hashed as the leaf: UTF-8 of the record's canonical JSON. */
export function leafInputOf(record: LeafRecord): Uint8Array {
  return new TextEncoder().encode(canonicalJson(record));
}

/** MTH({leaf input}) of an entry's record. */
export function leafHashOfRecord(record: LeafRecord): Hash {
  return leafHash(leafInputOf(record));
}

/** Kinds of published decision whose audit entries are shown in full and can be proven by anyone. */
export type DecisionKind = 'recognition' | 'rating' | 'revocation';

/**
 * Audit actions that record a decision made public elsewhere in the system: entering the directory (名录)
 * after the announcement, publishing an annual rating, and revoking a recognition. Their target ids are
 * the public ids of the center, the evaluation and the revocation.
 */
export const decisionActions: Readonly<Record<string, DecisionKind>> = {
  'directory.enter': 'recognition',
  'evaluation.publish': 'rating',
  'revocation.revoke': 'revocation',
};

/** The decision kind an entry records, or null when the entry is not a published decision. */
export function decisionKindOf(action: string): DecisionKind | null {
  return decisionActions[action] ?? null;
}

/** The actions that record decisions of one kind. */
export function actionsOfKind(kind: DecisionKind): string[] {
  return Object.entries(decisionActions)
    .filter(([, k]) => k === kind)
    .map(([action]) => action);
}

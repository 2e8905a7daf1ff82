/**
 * Client-side checks of what a log serves, shared by `dtpc audit verify --remote`, the public
 * "验证决定" page and the tests. Each returns a verdict with the reason, never throws: a verifier must
 * report a bad answer, not crash on it. Browser-safe.
 */
import { leafHashOfRecord, type LeafRecord } from './leaf.ts';
import { rootFromInclusionProof, verifyConsistency, type Hash } from './merkle.ts';
import { treeHeadSignatureValid, type SignedTreeHead } from './tree-head.ts';

export type VerdictProblem =
  | 'signature_invalid'
  | 'untrusted_key'
  | 'leaf_mismatch'
  | 'inclusion_invalid'
  | 'consistency_invalid'
  | 'rolled_back'
  | 'malformed';

export interface Verdict {
  ok: boolean;
  problem: VerdictProblem | null;
}

const OK: Verdict = { ok: true, problem: null };
const fail = (problem: VerdictProblem): Verdict => ({ ok: false, problem });

/** A signed head is valid when its SM2 signature verifies and, if the verifier pinned a key, it is that key. */
export function checkTreeHead(head: SignedTreeHead, trustedPublicKey?: string): Verdict {
  if (trustedPublicKey !== undefined && head.publicKey !== trustedPublicKey) {
    return fail('untrusted_key');
  }
  return treeHeadSignatureValid(head) ? OK : fail('signature_invalid');
}

export interface DecisionProofInput {
  record: LeafRecord;
  leafIndex: number;
  treeHead: SignedTreeHead;
  auditPath: Hash[];
}

/**
 * A decision is proven when the head is validly signed and the leaf recomputed *from the record shown*
 * leads through the audit path to the head's root. A record edited after it was logged gives another
 * leaf, so the path no longer reaches the signed root.
 */
export function checkDecisionProof(proof: DecisionProofInput, trustedPublicKey?: string): Verdict {
  const head = checkTreeHead(proof.treeHead, trustedPublicKey);
  if (!head.ok) {
    return head;
  }
  if (proof.record.seq - 1 !== proof.leafIndex) {
    return fail('leaf_mismatch');
  }
  let leaf: Hash;
  try {
    leaf = leafHashOfRecord(proof.record);
  } catch {
    return fail('malformed');
  }
  const root = rootFromInclusionProof(proof.leafIndex, proof.treeHead.treeSize, leaf, proof.auditPath);
  return root !== null && root === proof.treeHead.rootHash ? OK : fail('inclusion_invalid');
}

/**
 * Whether `next` extends `previous` (both already signature-checked): a smaller tree is a rollback, and a
 * proof that does not link the two roots is a rewritten history.
 */
export function checkConsistency(previous: SignedTreeHead, next: SignedTreeHead, proof: Hash[]): Verdict {
  if (next.treeSize < previous.treeSize) {
    return fail('rolled_back');
  }
  if (previous.treeSize === 0) {
    return OK; // Every tree extends the empty one.
  }
  return verifyConsistency(previous.treeSize, next.treeSize, previous.rootHash, next.rootHash, proof)
    ? OK
    : fail('consistency_invalid');
}

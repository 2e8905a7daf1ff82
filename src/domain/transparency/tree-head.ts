/**
 * Signed tree heads (RFC 9162 §4.10): the installation's SM2 signature (GB/T 32918, SM3 Z-value) over
 * the size and root of the log's Merkle tree at a moment. A head is the commitment a verifier keeps: any
 * later head must be provably an extension of it (a consistency proof), or the log rewrote its history.
 *
 * Witnesses: a hub that has checked a node's head against the ones it saw before can co-sign it. The
 * co-signature covers the head's own signed message *and* the log's signature, so it vouches for exactly
 * one signed head; `witnesses` is kept out of the log's message, so adding co-signatures later never
 * changes or invalidates the log's signature.
 *
 * Browser-safe: sm-crypto-v2 and canonical-json only.
 */
import { sm2 } from 'sm-crypto-v2';
import { canonicalJson } from '../audit/canonical-json.ts';
import type { Hash } from './merkle.ts';

/** Hash and signature suite of the tree and its heads. */
export const TREE_ALGORITHM = 'sm3-sm2' as const;

export interface TreeHeadFields {
  treeSize: number;
  rootHash: Hash;
  /** When the head was signed (ISO-8601 UTC). */
  timestamp: string;
  algorithm: typeof TREE_ALGORITHM;
  /** The log's SM2 public key (uncompressed hex) — also the log's identity. */
  publicKey: string;
}

/** A witness's co-signature over a signed tree head. */
export interface WitnessCosignature {
  publicKey: string;
  timestamp: string;
  signature: string;
}

export interface SignedTreeHead extends TreeHeadFields {
  /** SM2 signature (hex r‖s) over `treeHeadMessage`. */
  signature: string;
  witnesses?: WitnessCosignature[];
}

export interface SigningKeyPair {
  privateKey: string;
  publicKey: string;
}

/** What the log signs: exactly these fields, canonically serialised, with a domain label. */
export function treeHeadMessage(fields: TreeHeadFields): string {
  return canonicalJson({
    type: 'dtpc-tree-head/v1',
    treeSize: fields.treeSize,
    rootHash: fields.rootHash,
    timestamp: new Date(fields.timestamp).toISOString(),
    algorithm: fields.algorithm,
    publicKey: fields.publicKey,
  });
}

function sign(message: string, key: SigningKeyPair): string {
  return sm2.doSignature(message, key.privateKey, { hash: true, publicKey: key.publicKey });
}

function verify(message: string, signature: string, publicKey: string): boolean {
  try {
    return sm2.doVerifySignature(message, signature, publicKey, { hash: true });
  } catch {
    return false; // A malformed key or signature is simply not valid.
  }
}

/** Signs a tree head with the log's key. */
export function signTreeHead(
  fields: Omit<TreeHeadFields, 'publicKey' | 'algorithm'>,
  key: SigningKeyPair,
): SignedTreeHead {
  const full: TreeHeadFields = {
    treeSize: fields.treeSize,
    rootHash: fields.rootHash,
    timestamp: new Date(fields.timestamp).toISOString(),
    algorithm: TREE_ALGORITHM,
    publicKey: key.publicKey,
  };
  return { ...full, signature: sign(treeHeadMessage(full), key) };
}

/** Whether the head carries a valid signature by the key it names (and, if given, the expected key). */
export function treeHeadSignatureValid(head: SignedTreeHead, expectedPublicKey?: string): boolean {
  if (expectedPublicKey !== undefined && head.publicKey !== expectedPublicKey) {
    return false;
  }
  if (head.algorithm !== TREE_ALGORITHM || !Number.isSafeInteger(head.treeSize) || head.treeSize < 0) {
    return false;
  }
  return verify(treeHeadMessage(head), head.signature, head.publicKey);
}

/** What a witness signs: the log's message and signature, and the witness's own key and time. */
export function cosignatureMessage(
  head: SignedTreeHead,
  witnessPublicKey: string,
  timestamp: string,
): string {
  return canonicalJson({
    type: 'dtpc-tree-head-cosignature/v1',
    treeHead: treeHeadMessage(head),
    logSignature: head.signature,
    witness: witnessPublicKey,
    timestamp: new Date(timestamp).toISOString(),
  });
}

/** A witness's co-signature of a head (the witness should verify the head and its consistency first). */
export function cosignTreeHead(
  head: SignedTreeHead,
  key: SigningKeyPair,
  timestamp: string,
): WitnessCosignature {
  const at = new Date(timestamp).toISOString();
  return {
    publicKey: key.publicKey,
    timestamp: at,
    signature: sign(cosignatureMessage(head, key.publicKey, at), key),
  };
}

/** Whether a co-signature vouches for this exact signed head. */
export function cosignatureValid(head: SignedTreeHead, cosignature: WitnessCosignature): boolean {
  return verify(
    cosignatureMessage(head, cosignature.publicKey, cosignature.timestamp),
    cosignature.signature,
    cosignature.publicKey,
  );
}

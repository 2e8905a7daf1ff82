/**
 * Signed checkpoints of the audit chain. The chain alone proves that no row in the middle was altered or
 * removed, but not that the newest rows were not cut off, nor that someone with database rights did not
 * recompute every hash after an edit. A checkpoint is the installation's SM2 signature (GB/T 32918) over
 * (seq, hash) of the chain's head at some moment, kept both in the database and outside it: a chain that
 * ends before a checkpoint was truncated; a chain whose row at a checkpoint's seq has another hash was
 * rewritten; and nobody without the private key can sign a replacement checkpoint.
 */
import { sm2 } from 'sm-crypto-v2';
import { canonicalJson, type ChainProblem, type HashAlgorithm } from './chain.ts';

export interface CheckpointFields {
  seq: number;
  hash: string;
  /** When the checkpoint was made (ISO-8601 UTC). */
  at: string;
  algorithm: HashAlgorithm;
  /** The signer's SM2 public key (uncompressed hex). */
  publicKey: string;
}

export interface Checkpoint extends CheckpointFields {
  /** SM2 signature (hex r‖s, with the SM3 Z-value per GB/T 32918) over `checkpointMessage`. */
  signature: string;
}

export interface SigningKey {
  privateKey: string;
  publicKey: string;
}

export function generateSigningKey(): SigningKey {
  const { privateKey, publicKey } = sm2.generateKeyPairHex();
  return { privateKey, publicKey };
}

export function publicKeyOf(privateKey: string): string {
  return sm2.getPublicKeyFromPrivateKey(privateKey);
}

/** What is signed: exactly these fields, canonically serialised. */
export function checkpointMessage(fields: CheckpointFields): string {
  return canonicalJson({
    seq: fields.seq,
    hash: fields.hash,
    at: new Date(fields.at).toISOString(),
    algorithm: fields.algorithm,
    publicKey: fields.publicKey,
  });
}

export function signCheckpoint(fields: Omit<CheckpointFields, 'publicKey'>, key: SigningKey): Checkpoint {
  const full = { ...fields, at: new Date(fields.at).toISOString(), publicKey: key.publicKey };
  const signature = sm2.doSignature(checkpointMessage(full), key.privateKey, {
    hash: true,
    publicKey: key.publicKey,
  });
  return { ...full, signature };
}

export function checkpointSignatureValid(checkpoint: Checkpoint): boolean {
  try {
    return sm2.doVerifySignature(checkpointMessage(checkpoint), checkpoint.signature, checkpoint.publicKey, {
      hash: true,
    });
  } catch {
    return false; // A malformed key or signature is simply not valid.
  }
}

/**
 * Compares checkpoints with the stored chain. `hashAt` gives the stored hash at a seq (undefined when the row
 * is absent); `lastSeq` is the chain's last seq (0 when empty). Only checkpoints signed by one of
 * `trustedKeys` count: one signed by another key is reported, not silently ignored.
 */
export function checkAgainstCheckpoints(
  checkpoints: readonly Checkpoint[],
  hashAt: (seq: number) => string | undefined,
  lastSeq: number,
  trustedKeys: ReadonlySet<string>,
): ChainProblem | null {
  const ordered = [...checkpoints].sort((a, b) => a.seq - b.seq);
  for (const cp of ordered) {
    if (!trustedKeys.has(cp.publicKey) || !checkpointSignatureValid(cp)) {
      return {
        seq: cp.seq,
        kind: 'checkpoint_invalid',
        detail: `checkpoint at seq ${cp.seq} is not signed by this installation's key`,
      };
    }
  }
  for (const cp of ordered) {
    if (cp.seq > lastSeq) {
      return {
        seq: lastSeq + 1,
        kind: 'truncated',
        detail: `a signed checkpoint covers seq ${cp.seq} but the log ends at seq ${lastSeq}`,
      };
    }
    const stored = hashAt(cp.seq);
    if (stored !== cp.hash) {
      return {
        seq: cp.seq,
        kind: stored === undefined ? 'truncated' : 'rewritten',
        detail: `the entry at seq ${cp.seq} differs from the one a signed checkpoint recorded`,
      };
    }
  }
  return null;
}

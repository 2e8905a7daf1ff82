import { describe, expect, it } from 'vitest';
import {
  checkAgainstCheckpoints,
  checkpointSignatureValid,
  generateSigningKey,
  publicKeyOf,
  signCheckpoint,
} from './checkpoint.ts';

const key = generateSigningKey();
const trusted = new Set([key.publicKey]);
const chain = new Map<number, string>([
  [1, 'a'.repeat(64)],
  [2, 'b'.repeat(64)],
  [3, 'c'.repeat(64)],
]);
const at = '2026-12-05T08:00:00.000Z';
const cp = (seq: number, hash = chain.get(seq)!) => signCheckpoint({ seq, hash, at, algorithm: 'sm3' }, key);

describe('signed audit checkpoints', () => {
  it('signs with SM2 and verifies; any change to a signed field breaks the signature', () => {
    const c = cp(2);
    expect(publicKeyOf(key.privateKey)).toBe(key.publicKey);
    expect(checkpointSignatureValid(c)).toBe(true);
    expect(checkpointSignatureValid({ ...c, seq: 3 })).toBe(false);
    expect(checkpointSignatureValid({ ...c, hash: 'c'.repeat(64) })).toBe(false);
    expect(checkpointSignatureValid({ ...c, signature: 'zz' })).toBe(false);
    const other = generateSigningKey();
    expect(checkpointSignatureValid({ ...c, publicKey: other.publicKey })).toBe(false);
  });

  it('passes an intact chain', () => {
    expect(checkAgainstCheckpoints([cp(1), cp(3)], (s) => chain.get(s), 3, trusted)).toBeNull();
  });

  it('reports truncation when the chain ends before a checkpoint', () => {
    const problem = checkAgainstCheckpoints(
      [cp(1), cp(3)],
      (s) => (s <= 2 ? chain.get(s) : undefined),
      2,
      trusted,
    );
    expect(problem).toMatchObject({ kind: 'truncated', seq: 3 });
  });

  it('reports a rewritten chain whose hash at a checkpoint differs', () => {
    const problem = checkAgainstCheckpoints(
      [cp(2)],
      (s) => (s === 2 ? 'f'.repeat(64) : chain.get(s)),
      3,
      trusted,
    );
    expect(problem).toMatchObject({ kind: 'rewritten', seq: 2 });
  });

  it('reports a checkpoint signed by another key, or forged', () => {
    const stranger = signCheckpoint(
      { seq: 2, hash: chain.get(2)!, at, algorithm: 'sm3' },
      generateSigningKey(),
    );
    expect(checkAgainstCheckpoints([stranger], (s) => chain.get(s), 3, trusted)).toMatchObject({
      kind: 'checkpoint_invalid',
    });
    const forged = { ...cp(2), hash: 'f'.repeat(64) };
    expect(checkAgainstCheckpoints([forged], (s) => chain.get(s), 3, trusted)).toMatchObject({
      kind: 'checkpoint_invalid',
    });
  });
});

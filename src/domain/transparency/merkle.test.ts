import { sm3 } from 'sm-crypto-v2';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_ROOT,
  consistencyProof,
  consistencyProofRanges,
  inclusionProof,
  leafHash,
  nodeHash,
  perfectCover,
  rangeHash,
  rootFromPerfect,
  rootOf,
  verifyConsistency,
  verifyInclusion,
  type Hash,
  type PerfectNode,
} from './merkle.ts';

const leaves: Hash[] = Array.from({ length: 64 }, (_, i) => leafHash(new TextEncoder().encode(`entry ${i}`)));

/** MTH straight from RFC 9162 §2.1.1, written independently of the module under test. */
function naiveRoot(list: readonly Hash[]): Hash {
  if (list.length === 0) {
    return sm3('');
  }
  if (list.length === 1) {
    return list[0]!;
  }
  let k = 1;
  while (k << 1 < list.length) {
    k <<= 1;
  }
  return nodeHash(naiveRoot(list.slice(0, k)), naiveRoot(list.slice(k)));
}

/** PATH(m, D[n]) straight from §2.1.3.1. */
function naivePath(m: number, list: readonly Hash[]): Hash[] {
  if (list.length <= 1) {
    return [];
  }
  let k = 1;
  while (k << 1 < list.length) {
    k <<= 1;
  }
  return m < k
    ? [...naivePath(m, list.slice(0, k)), naiveRoot(list.slice(k))]
    : [...naivePath(m - k, list.slice(k)), naiveRoot(list.slice(0, k))];
}

/** SUBPROOF(m, D[n], b) straight from §2.1.4.1. */
function naiveSubproof(m: number, list: readonly Hash[], b: boolean): Hash[] {
  if (m === list.length) {
    return b ? [] : [naiveRoot(list)];
  }
  let k = 1;
  while (k << 1 < list.length) {
    k <<= 1;
  }
  return m <= k
    ? [...naiveSubproof(m, list.slice(0, k), b), naiveRoot(list.slice(k))]
    : [...naiveSubproof(m - k, list.slice(k), false), naiveRoot(list.slice(0, k))];
}

/** Stored perfect subtrees, as the server keeps them. */
function perfectOf(list: readonly Hash[]): (node: PerfectNode) => Hash {
  return ({ level, index }) => naiveRoot(list.slice(index * 2 ** level, (index + 1) * 2 ** level));
}

function flip(hash: Hash): Hash {
  return (hash[0] === '0' ? '1' : '0') + hash.slice(1);
}

describe('Merkle tree hash (RFC 9162 §2.1.1, SM3)', () => {
  it('hashes a leaf as SM3(0x00 ‖ d) and a node as SM3(0x01 ‖ l ‖ r)', () => {
    expect(leafHash(new Uint8Array([0x61]))).toBe(sm3(new Uint8Array([0x00, 0x61])));
    const l = leaves[0]!;
    const r = leaves[1]!;
    const bytes = new Uint8Array([0x01, ...Buffer.from(l, 'hex'), ...Buffer.from(r, 'hex')]);
    expect(nodeHash(l, r)).toBe(sm3(bytes));
    expect(EMPTY_ROOT).toBe(sm3(''));
  });

  it('matches the naive recursion for every size 0..64, also from stored perfect subtrees', () => {
    for (let n = 0; n <= 64; n += 1) {
      const list = leaves.slice(0, n);
      expect(rootOf(list)).toBe(naiveRoot(list));
      if (n > 0) {
        expect(rootFromPerfect(n, perfectOf(leaves))).toBe(naiveRoot(list));
      }
    }
  });

  it('covers a range with its binary decomposition into aligned subtrees', () => {
    expect(perfectCover({ start: 0, end: 7 })).toEqual([
      { level: 2, index: 0 },
      { level: 1, index: 2 },
      { level: 0, index: 6 },
    ]);
    expect(perfectCover({ start: 8, end: 13 })).toEqual([
      { level: 2, index: 2 },
      { level: 0, index: 12 },
    ]);
    expect(rangeHash({ start: 8, end: 13 }, perfectOf(leaves))).toBe(naiveRoot(leaves.slice(8, 13)));
  });
});

describe('inclusion proofs (RFC 9162 §2.1.3)', () => {
  it('equal PATH(m, D[n]) and verify for every size 1..64 and every leaf index', () => {
    for (let n = 1; n <= 64; n += 1) {
      const list = leaves.slice(0, n);
      const root = naiveRoot(list);
      for (let m = 0; m < n; m += 1) {
        const proof = inclusionProof(m, n, leaves);
        expect(proof).toEqual(naivePath(m, list));
        expect(verifyInclusion(m, n, leaves[m]!, proof, root)).toBe(true);
      }
    }
  });

  it('fails for a tampered path, leaf, root, index or size', () => {
    for (const [m, n] of [
      [0, 1],
      [5, 7],
      [6, 7],
      [0, 64],
      [37, 41],
    ] as const) {
      const proof = inclusionProof(m, n, leaves);
      const root = naiveRoot(leaves.slice(0, n));
      for (let i = 0; i < proof.length; i += 1) {
        const bad = proof.map((p, j) => (i === j ? flip(p) : p));
        expect(verifyInclusion(m, n, leaves[m]!, bad, root)).toBe(false);
      }
      expect(verifyInclusion(m, n, flip(leaves[m]!), proof, root)).toBe(false);
      expect(verifyInclusion(m, n, leaves[m]!, proof, flip(root))).toBe(false);
      expect(verifyInclusion(m, n, leaves[m]!, [...proof, leaves[0]!], root)).toBe(false);
      if (proof.length > 0) {
        expect(verifyInclusion(m, n, leaves[m]!, proof.slice(1), root)).toBe(false);
        expect(verifyInclusion((m + 1) % n, n, leaves[m]!, proof, root)).toBe(false);
      }
      // (A wrong size can share the path's shape — 7 and 8 leaves do for index 5 — which is why a proof is
      // only ever checked against a signed head, whose root binds its size.)
      expect(verifyInclusion(m, 2 * n + 2, leaves[m]!, proof, root)).toBe(false);
    }
  });

  it('refuses an index at or beyond the size, negative or fractional indexes, and malformed hashes', () => {
    const root = naiveRoot(leaves.slice(0, 4));
    expect(() => inclusionProof(4, 4, leaves)).toThrow(RangeError);
    expect(() => inclusionProof(-1, 4, leaves)).toThrow(RangeError);
    expect(verifyInclusion(4, 4, leaves[3]!, inclusionProof(3, 4, leaves), root)).toBe(false);
    expect(verifyInclusion(-1, 4, leaves[0]!, [], root)).toBe(false);
    expect(verifyInclusion(1.5, 4, leaves[1]!, inclusionProof(1, 4, leaves), root)).toBe(false);
    expect(verifyInclusion(0, 4, leaves[0]!, ['zz'], root)).toBe(false);
    // A one-leaf tree: the path is empty and the leaf is the root.
    expect(verifyInclusion(0, 1, leaves[0]!, [], leaves[0]!)).toBe(true);
  });
});

describe('consistency proofs (RFC 9162 §2.1.4)', () => {
  it('equal PROOF(m, D[n]) and verify for every pair 1 ≤ m ≤ n ≤ 40', () => {
    for (let n = 1; n <= 40; n += 1) {
      const second = naiveRoot(leaves.slice(0, n));
      for (let m = 1; m <= n; m += 1) {
        const proof = consistencyProof(m, n, leaves);
        expect(proof).toEqual(m === n ? [] : naiveSubproof(m, leaves.slice(0, n), true));
        const first = naiveRoot(leaves.slice(0, m));
        expect(verifyConsistency(m, n, first, second, proof)).toBe(true);
      }
    }
  });

  it('fails for every single altered proof hash, and for swapped or altered roots', () => {
    for (let n = 2; n <= 24; n += 1) {
      const second = naiveRoot(leaves.slice(0, n));
      for (let m = 1; m < n; m += 1) {
        const first = naiveRoot(leaves.slice(0, m));
        const proof = consistencyProof(m, n, leaves);
        for (let i = 0; i < proof.length; i += 1) {
          const bad = proof.map((p, j) => (i === j ? flip(p) : p));
          expect(verifyConsistency(m, n, first, second, bad)).toBe(false);
        }
        expect(verifyConsistency(m, n, flip(first), second, proof)).toBe(false);
        expect(verifyConsistency(m, n, first, flip(second), proof)).toBe(false);
        expect(verifyConsistency(m, n, first, second, [])).toBe(false);
        expect(verifyConsistency(m, n, first, second, [...proof, leaves[0]!])).toBe(false);
      }
    }
  });

  it('detects a rewritten prefix: the new tree is not an extension of the old head', () => {
    const rewritten = [...leaves];
    rewritten[3] = leafHash(new TextEncoder().encode('rewritten entry 3'));
    const oldRoot = naiveRoot(leaves.slice(0, 10));
    const newRoot = naiveRoot(rewritten.slice(0, 20));
    expect(verifyConsistency(10, 20, oldRoot, newRoot, consistencyProof(10, 20, rewritten))).toBe(false);
    expect(verifyConsistency(10, 20, oldRoot, newRoot, consistencyProof(10, 20, leaves))).toBe(false);
  });

  it('handles the edge cases: m = n needs an empty proof and equal roots; m = 0 and m > n are invalid', () => {
    const r = naiveRoot(leaves.slice(0, 5));
    expect(verifyConsistency(5, 5, r, r, [])).toBe(true);
    expect(verifyConsistency(5, 5, r, flip(r), [])).toBe(false);
    expect(verifyConsistency(5, 5, r, r, [r])).toBe(false);
    expect(verifyConsistency(0, 5, EMPTY_ROOT, r, [])).toBe(false);
    expect(verifyConsistency(6, 5, r, r, [])).toBe(false);
    expect(() => consistencyProofRanges(0, 5)).toThrow(RangeError);
    expect(() => consistencyProofRanges(6, 5)).toThrow(RangeError);
    expect(consistencyProofRanges(5, 5)).toEqual([]);
  });
});

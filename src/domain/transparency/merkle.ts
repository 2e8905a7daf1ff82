/**
 * The Merkle tree of the transparency log, exactly as RFC 9162 §2.1 defines it, with SM3 (GB/T 32905) as
 * the hash: a leaf is SM3(0x00 ‖ leaf input), an interior node SM3(0x01 ‖ left ‖ right), and a tree of n
 * leaves splits at the largest power of two below n. The 0x00/0x01 prefixes keep a leaf from ever passing
 * for a node (second-preimage protection, §2.1.1).
 *
 * Pure and browser-safe (no node: imports): the public "verify this decision" page runs the same
 * verification code as the CLI and the tests.
 *
 * Proof generation is written over ranges of leaves, not over an array: the server keeps the hash of every
 * complete aligned subtree in the database, and a proof needs only the O(log n) ranges named here, each
 * assembled from O(log n) stored subtrees — never a pass over all n leaves.
 */
import { sm3 } from 'sm-crypto-v2';

/** A hash as 64 lower-case hex characters (32 bytes). */
export type Hash = string;

/** A half-open range of leaf indexes [start, end). */
export interface LeafRange {
  start: number;
  end: number;
}

/** A complete aligned subtree: leaves [index·2^level, (index+1)·2^level). Level 0 is a leaf. */
export interface PerfectNode {
  level: number;
  index: number;
}

const HEX = /^[0-9a-f]{64}$/;

/** Whether a string is a well-formed hash. */
export function isHash(value: unknown): value is Hash {
  return typeof value === 'string' && HEX.test(value);
}

function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i += 1) {
    out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  }
  return out;
}

/** MTH({}) = SM3() — the root of the empty tree (§2.1.1). */
export const EMPTY_ROOT: Hash = sm3(new Uint8Array(0));

/** MTH({d}) = SM3(0x00 ‖ d). */
export function leafHash(leafInput: Uint8Array): Hash {
  const bytes = new Uint8Array(leafInput.length + 1);
  bytes[0] = 0x00;
  bytes.set(leafInput, 1);
  return sm3(bytes);
}

/** SM3(0x01 ‖ left ‖ right). */
export function nodeHash(left: Hash, right: Hash): Hash {
  const bytes = new Uint8Array(65);
  bytes[0] = 0x01;
  bytes.set(hexToBytes(left), 1);
  bytes.set(hexToBytes(right), 33);
  return sm3(bytes);
}

/** The largest power of two strictly below n (n ≥ 2): where RFC 9162 splits a tree of n leaves. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) {
    k *= 2;
  }
  return k;
}

/** Root of a list of leaf hashes, by the recursive definition (for small lists, tests and clients). */
export function rootOf(leafHashes: readonly Hash[]): Hash {
  if (leafHashes.length === 0) {
    return EMPTY_ROOT;
  }
  return subtreeOfList(leafHashes, 0, leafHashes.length);
}

function subtreeOfList(leaves: readonly Hash[], start: number, end: number): Hash {
  if (end - start === 1) {
    return leaves[start]!;
  }
  const k = splitPoint(end - start);
  return nodeHash(subtreeOfList(leaves, start, start + k), subtreeOfList(leaves, start + k, end));
}

/**
 * The ranges whose subtree hashes form the audit path PATH(m, D[n]) of §2.1.3.1, leaf-side first.
 * Requires 0 ≤ index < size.
 */
export function inclusionProofRanges(index: number, size: number): LeafRange[] {
  assertIndex(index, size);
  const out: LeafRange[] = [];
  // Walk down from the root collecting the sibling of each step, then reverse (the path is leaf-first).
  let start = 0;
  let end = size;
  let m = index;
  while (end - start > 1) {
    const k = splitPoint(end - start);
    if (m < k) {
      out.push({ start: start + k, end });
      end = start + k;
    } else {
      out.push({ start, end: start + k });
      start += k;
      m -= k;
    }
  }
  return out.reverse();
}

/**
 * The ranges whose subtree hashes form the consistency proof PROOF(m, D[n]) of §2.1.4.1 (SUBPROOF with
 * b = true), in proof order. Requires 0 < first ≤ second; first = second gives the empty proof.
 */
export function consistencyProofRanges(first: number, second: number): LeafRange[] {
  assertSizes(first, second);
  const out: LeafRange[] = [];
  let start = 0;
  let end = second;
  let m = first;
  let complete = true; // RFC's b: whether the old tree's root is a subtree the verifier already holds.
  while (m !== end - start) {
    const k = splitPoint(end - start);
    if (m <= k) {
      out.push({ start: start + k, end });
      end = start + k;
    } else {
      out.push({ start, end: start + k });
      start += k;
      m -= k;
      complete = false;
    }
  }
  if (!complete) {
    out.push({ start, end });
  }
  return out.reverse();
}

/**
 * The complete aligned subtrees that make up a range produced by the RFC recursion (its start is aligned
 * to a power of two at least its length), largest first: the binary digits of its length.
 */
export function perfectCover(range: LeafRange): PerfectNode[] {
  const out: PerfectNode[] = [];
  let start = range.start;
  while (start < range.end) {
    let size = 1;
    while (start % (size * 2) === 0 && start + size * 2 <= range.end) {
      size *= 2;
    }
    const level = Math.log2(size);
    out.push({ level, index: start / size });
    start += size;
  }
  return out;
}

/**
 * MTH of a recursion range from the hashes of its perfect cover: since each piece is the largest power of
 * two below what remains, the RFC tree over the range is the right fold node(p1, node(p2, … pk)).
 */
export function rangeHash(range: LeafRange, perfect: (node: PerfectNode) => Hash): Hash {
  const pieces = perfectCover(range).map(perfect);
  let acc = pieces[pieces.length - 1]!;
  for (let i = pieces.length - 2; i >= 0; i -= 1) {
    acc = nodeHash(pieces[i]!, acc);
  }
  return acc;
}

/** The root of the first `size` leaves from stored perfect-subtree hashes (size ≥ 1). */
export function rootFromPerfect(size: number, perfect: (node: PerfectNode) => Hash): Hash {
  return rangeHash({ start: 0, end: size }, perfect);
}

/** Audit path for leaf `index` in the tree of the first `size` leaves of a list (in-memory convenience). */
export function inclusionProof(index: number, size: number, leafHashes: readonly Hash[]): Hash[] {
  return inclusionProofRanges(index, size).map((r) => subtreeOfList(leafHashes, r.start, r.end));
}

/** Consistency proof between the trees of the first `first` and `second` leaves of a list. */
export function consistencyProof(first: number, second: number, leafHashes: readonly Hash[]): Hash[] {
  return consistencyProofRanges(first, second).map((r) => subtreeOfList(leafHashes, r.start, r.end));
}

/** The root an audit path leads to (§2.1.3.2), or null when the path has the wrong shape. */
export function rootFromInclusionProof(
  index: number,
  size: number,
  leaf: Hash,
  proof: readonly Hash[],
): Hash | null {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) {
    return null;
  }
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) {
      return null; // The path is longer than the tree is deep.
    }
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        // A right-edge node with no right sibling at these levels: climb until this node is a right child.
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 ? r : null;
}

/** RFC 9162 §2.1.3.2: whether `proof` shows leaf hash `leaf` at `index` in the tree of `size` with `root`. */
export function verifyInclusion(
  index: number,
  size: number,
  leaf: Hash,
  proof: readonly Hash[],
  root: Hash,
): boolean {
  if (!isHash(leaf) || !isHash(root) || !proof.every(isHash)) {
    return false;
  }
  return rootFromInclusionProof(index, size, leaf, proof) === root;
}

/**
 * RFC 9162 §2.1.4.2: whether `proof` shows the tree of `first` leaves with `firstRoot` is a prefix of the
 * tree of `second` leaves with `secondRoot`. first = second holds only with an empty proof and equal roots;
 * first = 0 or first > second is never a valid claim here.
 */
export function verifyConsistency(
  first: number,
  second: number,
  firstRoot: Hash,
  secondRoot: Hash,
  proof: readonly Hash[],
): boolean {
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(second) || first < 1 || first > second) {
    return false;
  }
  if (!isHash(firstRoot) || !isHash(secondRoot) || !proof.every(isHash)) {
    return false;
  }
  if (first === second) {
    return proof.length === 0 && firstRoot === secondRoot;
  }
  if (proof.length === 0) {
    return false;
  }
  const path = isPowerOfTwo(first) ? [firstRoot, ...proof] : [...proof];
  let fn = first - 1;
  let sn = second - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) {
      return false;
    }
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return fr === firstRoot && sr === secondRoot && sn === 0;
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && Number.isInteger(Math.log2(n));
}

function assertIndex(index: number, size: number): void {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) {
    throw new RangeError(`leaf index ${index} is outside a tree of ${size}`);
  }
}

function assertSizes(first: number, second: number): void {
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(second) || first < 1 || first > second) {
    throw new RangeError(`no consistency proof from ${first} to ${second}`);
  }
}

/**
 * The newest tree head this browser has verified, per log key: the page checks every later head against it
 * (consistency proof), so a node that rewrote its history after a visitor's last check is caught too.
 */
import { checkConsistency, type Verdict } from '../../../../src/domain/transparency/verify.ts';
import type { SignedTreeHead } from '../../../../src/domain/transparency/tree-head.ts';
import { transparencyApi } from './api.ts';

const STORAGE_KEY = 'dtpc.transparency.heads';

function readAll(): Record<string, SignedTreeHead> {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, SignedTreeHead>;
  } catch {
    return {};
  }
}

/** Checks `head` against the one remembered for its key; remembers it when it holds. */
export async function checkAgainstSeenHead(head: SignedTreeHead): Promise<Verdict & { firstSeen: boolean }> {
  const all = readAll();
  const previous = all[head.publicKey];
  let verdict: Verdict = { ok: true, problem: null };
  if (previous && previous.treeSize > 0) {
    const proof =
      head.treeSize > previous.treeSize
        ? (await transparencyApi.consistency(previous.treeSize, head.treeSize)).consistencyPath
        : [];
    verdict = checkConsistency(previous, head, proof);
  }
  if (verdict.ok && (!previous || head.treeSize >= previous.treeSize)) {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...all, [head.publicKey]: head }));
    } catch {
      // Private mode: nothing is remembered beyond this visit.
    }
  }
  return { ...verdict, firstSeen: !previous };
}

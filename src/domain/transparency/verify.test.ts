import { describe, expect, it } from 'vitest';
import { generateSigningKey } from '../audit/checkpoint.ts';
import { leafHashOfRecord, leafRecordOf, type LeafRecord } from './leaf.ts';
import { consistencyProof, inclusionProof, rootOf } from './merkle.ts';
import { signTreeHead } from './tree-head.ts';
import { checkConsistency, checkDecisionProof, checkTreeHead } from './verify.ts';

const key = generateSigningKey();
const records: LeafRecord[] = Array.from({ length: 9 }, (_, i) =>
  leafRecordOf({
    seq: i + 1,
    id: `id-${i}`,
    at: '2026-12-05T08:00:00.000Z',
    action: i === 4 ? 'directory.enter' : 'auth.login',
    targetType: 'center',
    targetId: `t-${i}`,
    scopeRegion: '370000',
    beforeDigest: null,
    afterDigest: null,
    detail: { name: `中心${i}` },
    hash: i.toString(16).padStart(64, '0'),
  }),
);
const leaves = records.map(leafHashOfRecord);
const head = (size: number) =>
  signTreeHead(
    { treeSize: size, rootHash: rootOf(leaves.slice(0, size)), timestamp: '2026-12-05T09:00:00Z' },
    key,
  );

describe('client-side verification', () => {
  it('accepts a decision whose shown record leads to the signed root', () => {
    const proof = {
      record: records[4]!,
      leafIndex: 4,
      treeHead: head(9),
      auditPath: inclusionProof(4, 9, leaves),
    };
    expect(checkDecisionProof(proof, key.publicKey)).toEqual({ ok: true, problem: null });
  });

  it('rejects an edited record, a forged head, a foreign key and a wrong index', () => {
    const proof = {
      record: records[4]!,
      leafIndex: 4,
      treeHead: head(9),
      auditPath: inclusionProof(4, 9, leaves),
    };
    const edited = { ...proof, record: { ...records[4]!, detail: { name: '另一个中心' } } };
    expect(checkDecisionProof(edited)).toEqual({ ok: false, problem: 'inclusion_invalid' });
    expect(checkDecisionProof({ ...proof, treeHead: { ...proof.treeHead, treeSize: 10 } })).toMatchObject({
      problem: 'signature_invalid',
    });
    expect(checkDecisionProof(proof, generateSigningKey().publicKey)).toMatchObject({
      problem: 'untrusted_key',
    });
    expect(checkDecisionProof({ ...proof, leafIndex: 3 })).toMatchObject({ problem: 'leaf_mismatch' });
  });

  it('accepts an extension, and catches a rollback and a rewritten history', () => {
    expect(checkTreeHead(head(5)).ok).toBe(true);
    expect(checkConsistency(head(5), head(9), consistencyProof(5, 9, leaves)).ok).toBe(true);
    expect(checkConsistency(head(0), head(9), []).ok).toBe(true);
    expect(checkConsistency(head(9), head(5), [])).toMatchObject({ problem: 'rolled_back' });
    const rewritten = [...leaves];
    rewritten[2] = leaves[3]!;
    const forged = signTreeHead(
      { treeSize: 9, rootHash: rootOf(rewritten), timestamp: '2026-12-05T10:00:00Z' },
      key,
    );
    expect(checkConsistency(head(5), forged, consistencyProof(5, 9, rewritten))).toMatchObject({
      problem: 'consistency_invalid',
    });
  });
});

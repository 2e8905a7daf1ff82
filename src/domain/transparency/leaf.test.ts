import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../audit/canonical-json.ts';
import { actionsOfKind, decisionKindOf, leafHashOfRecord, leafIndexOfSeq, leafRecordOf } from './leaf.ts';
import { leafHash } from './merkle.ts';

const entry = {
  seq: 12,
  id: '0193a0c0-0000-7000-8000-000000000012',
  at: '2026-12-05 08:00:00+00',
  action: 'directory.enter',
  targetType: 'center',
  targetId: '0193a0c0-0000-7000-8000-0000000000aa',
  scopeRegion: '370000',
  beforeDigest: null,
  afterDigest: 'ef'.repeat(32),
  detail: { source: 'announcement', name: '山东省某促进中心', recognisedOn: '2026-12-05' },
  hash: '12'.repeat(32),
  // Personal fields the stored row also has: never part of the leaf record.
  actorLabel: 'province.sd',
  ip: '10.0.0.1',
};

describe('transparency log leaves', () => {
  it('records the non-personal fields and the chain hash, with time in ISO-8601 UTC', () => {
    const record = leafRecordOf(entry);
    expect(record).toEqual({
      v: 1,
      seq: 12,
      id: entry.id,
      at: '2026-12-05T08:00:00.000Z',
      action: 'directory.enter',
      targetType: 'center',
      targetId: entry.targetId,
      scopeRegion: '370000',
      beforeDigest: null,
      afterDigest: entry.afterDigest,
      detail: entry.detail,
      chainHash: entry.hash,
    });
    expect(JSON.stringify(record)).not.toContain('10.0.0.1');
    expect(JSON.stringify(record)).not.toContain('province.sd');
  });

  it('hashes the canonical JSON as an RFC 9162 leaf, independent of key order', () => {
    const record = leafRecordOf(entry);
    expect(leafHashOfRecord(record)).toBe(leafHash(new TextEncoder().encode(canonicalJson(record))));
    const reordered = leafRecordOf({
      ...entry,
      detail: { recognisedOn: '2026-12-05', name: '山东省某促进中心', source: 'announcement' },
    });
    expect(leafHashOfRecord(reordered)).toBe(leafHashOfRecord(record));
    expect(leafHashOfRecord(leafRecordOf({ ...entry, targetId: 'another' }))).not.toBe(
      leafHashOfRecord(record),
    );
    expect(leafHashOfRecord(leafRecordOf({ ...entry, hash: '13'.repeat(32) }))).not.toBe(
      leafHashOfRecord(record),
    );
  });

  it('maps seq 1 to leaf 0, and knows which actions are published decisions', () => {
    expect(leafIndexOfSeq(1)).toBe(0);
    expect(decisionKindOf('directory.enter')).toBe('recognition');
    expect(decisionKindOf('evaluation.publish')).toBe('rating');
    expect(decisionKindOf('revocation.revoke')).toBe('revocation');
    expect(decisionKindOf('revocation.dismiss')).toBeNull();
    expect(decisionKindOf('auth.login')).toBeNull();
    expect(actionsOfKind('rating')).toEqual(['evaluation.publish']);
  });
});

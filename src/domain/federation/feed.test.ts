import { describe, expect, it } from 'vitest';
import {
  contentHash,
  cursorFeedId,
  decideApply,
  decodeCursor,
  encodeCursor,
  isExpired,
  parseUrn,
  recordUrn,
  regionPrefix,
  type ChangeItem,
} from './feed.ts';

const FEED = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const ID = '0193a1b2-0000-7000-8000-000000000001';

function upsert(version: number, payload: Record<string, unknown> = { title: '甲' }): ChangeItem {
  return {
    urn: recordUrn('370000', 'resource', ID),
    op: 'upsert',
    version,
    sourceModifiedAt: '2026-06-01T00:00:00.000Z',
    contentHash: contentHash(payload),
    payload,
  };
}

describe('URNs', () => {
  it('round-trips and refuses anything that is not a dtpc URN of a known type', () => {
    const urn = recordUrn('620000', 'center', ID);
    expect(urn).toBe(`urn:dtpc:620000:center:${ID}`);
    expect(parseUrn(urn)).toEqual({ regionCode: '620000', type: 'center', id: ID });
    expect(parseUrn(`urn:dtpc:620000:user:${ID}`)).toBeNull();
    expect(parseUrn(`urn:dtpc:62:center:${ID}`)).toBeNull();
    expect(parseUrn('urn:dtpc:620000:center:jinan-gongye')).toBeNull();
  });
});

describe('cursors', () => {
  it('round-trip, name their feed, and detect foreign and malformed cursors', () => {
    const c = encodeCursor(FEED, { txid: 812, seq: 40 }, 0);
    expect(decodeCursor(c, FEED)).toEqual({ kind: 'ok', position: { txid: 812, seq: 40 }, generation: 0 });
    expect(cursorFeedId(c)).toBe(FEED);
    expect(decodeCursor(c, '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c').kind).toBe('foreign');
    for (const bad of ['', 'abc', '1.xyz.1.2.0', `${c}.9`, c.replace('.812.', '.-1.')]) {
      expect(decodeCursor(bad, FEED).kind).toBe('malformed');
    }
  });

  it('expire only when issued before a purge and positioned before its point', () => {
    const purge = { position: { txid: 100, seq: 50 }, generation: 1_000 };
    expect(isExpired({ position: { txid: 99, seq: 80 }, generation: 0 }, purge)).toBe(true);
    expect(isExpired({ position: { txid: 100, seq: 49 }, generation: 0 }, purge)).toBe(true);
    // On the purge point or after it nothing was missed.
    expect(isExpired({ position: { txid: 100, seq: 50 }, generation: 0 }, purge)).toBe(false);
    expect(isExpired({ position: { txid: 101, seq: 1 }, generation: 0 }, purge)).toBe(false);
    // A consumer that started after the purge never held what was purged.
    expect(isExpired({ position: { txid: 5, seq: 5 }, generation: 1_000 }, purge)).toBe(false);
    expect(
      isExpired(
        { position: { txid: 5, seq: 5 }, generation: 0 },
        { position: { txid: 0, seq: 0 }, generation: 0 },
      ),
    ).toBe(false);
  });
});

describe('the content hash', () => {
  it('is SM3 of canonical JSON: key order does not matter, any value change does', () => {
    expect(contentHash({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(contentHash({ b: [1, { d: 3, c: 2 }], a: 1 }));
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
  });
});

describe('applying a harvested change', () => {
  it('applies new records and newer content, skips replays, reorderings and equal content', () => {
    expect(decideApply(null, upsert(5))).toEqual({ kind: 'apply' });
    const held = { version: 5, contentHash: contentHash({ title: '甲' }), deleted: false };
    expect(decideApply(held, upsert(5))).toEqual({ kind: 'skip_stale' });
    expect(decideApply(held, upsert(4, { title: '旧' }))).toEqual({ kind: 'skip_stale' });
    expect(decideApply(held, upsert(6))).toEqual({ kind: 'skip_unchanged' });
    expect(decideApply(held, upsert(6, { title: '乙' }))).toEqual({ kind: 'apply' });
  });

  it('tombstones apply once, never resurrect through an older upsert, and are ignored for unknown records', () => {
    const del: ChangeItem = {
      urn: upsert(1).urn,
      op: 'delete',
      version: 7,
      sourceModifiedAt: '2026-06-02T00:00:00Z',
    };
    const held = { version: 5, contentHash: contentHash({ title: '甲' }), deleted: false };
    expect(decideApply(held, del)).toEqual({ kind: 'apply' });
    const deleted = { ...held, version: 7, deleted: true };
    expect(decideApply(deleted, upsert(6))).toEqual({ kind: 'skip_stale' });
    expect(decideApply(deleted, { ...del, version: 8 })).toEqual({ kind: 'skip_unchanged' });
    // Re-published later with the same content: a newer upsert revives it.
    expect(decideApply(deleted, upsert(9))).toEqual({ kind: 'apply' });
    expect(decideApply(null, del)).toEqual({ kind: 'skip_unknown_delete' });
  });

  it('fails a payload whose hash does not match, and a URN outside the node’s region', () => {
    expect(decideApply(null, { ...upsert(1), contentHash: '0'.repeat(64) })).toEqual({
      kind: 'fail',
      reason: 'hash_mismatch',
    });
    expect(decideApply(null, upsert(1), '620000')).toEqual({ kind: 'fail', reason: 'bad_urn' });
    expect(decideApply(null, upsert(1), '370000')).toEqual({ kind: 'apply' });
    expect(decideApply(null, upsert(1), '000000')).toEqual({ kind: 'apply' });
  });

  it('reads region prefixes at province, city and county level', () => {
    expect(regionPrefix('370000')).toBe('37');
    expect(regionPrefix('370100')).toBe('3701');
    expect(regionPrefix('370102')).toBe('370102');
    expect(regionPrefix('000000')).toBe('');
  });
});

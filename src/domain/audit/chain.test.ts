import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, canonicalJson, entryHash, hashText, verifyRun, type ChainedFields } from './chain.ts';

function fields(seq: number, overrides: Partial<ChainedFields> = {}): ChainedFields {
  return {
    seq,
    id: `00000000-0000-7000-8000-00000000000${seq}`,
    at: '2026-11-22T06:00:00.000Z',
    actorUserId: null,
    actorLabel: 'system',
    action: 'user.create',
    targetType: 'user',
    targetId: `u${seq}`,
    ip: '127.0.0.1',
    scopeRegion: '370000',
    beforeDigest: null,
    afterDigest: 'abc',
    detail: { b: 1, a: [2, { d: 3, c: 4 }] },
    ...overrides,
  };
}

function chain(n: number) {
  const out = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const f = fields(seq);
    const hash = entryHash(prev, f, 'sm3');
    out.push({ ...f, prevHash: prev, hash, algorithm: 'sm3' });
    prev = hash;
  }
  return out;
}

describe('audit chain', () => {
  it('computes SM3 per GB/T 32905 (standard test vector "abc")', () => {
    expect(hashText('abc', 'sm3')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('canonicalises key order at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: 1, c: 2 } })).toBe('{"a":{"c":2,"d":1},"b":1}');
  });

  it('hashes the same instant equally whatever its text form', () => {
    const a = entryHash(GENESIS_HASH, fields(1, { at: '2026-11-22T06:00:00.000Z' }), 'sm3');
    const b = entryHash(GENESIS_HASH, fields(1, { at: '2026-11-22 06:00:00+00' }), 'sm3');
    expect(a).toBe(b);
  });

  it('accepts an intact chain', () => {
    expect(verifyRun(chain(5), { expectedSeq: 1, prevHash: GENESIS_HASH }).problem).toBeNull();
  });

  it('reports the first altered entry', () => {
    const c = chain(5);
    c[2] = { ...c[2]!, actorLabel: 'mallory' };
    expect(verifyRun(c, { expectedSeq: 1, prevHash: GENESIS_HASH }).problem).toMatchObject({
      seq: 3,
      kind: 'altered',
    });
  });

  it('reports a missing entry by its sequence number', () => {
    const c = chain(5);
    c.splice(1, 1);
    expect(verifyRun(c, { expectedSeq: 1, prevHash: GENESIS_HASH }).problem).toMatchObject({
      seq: 2,
      kind: 'missing',
    });
  });

  it('reports an entry re-hashed after tampering as a broken link at the next entry', () => {
    const c = chain(4);
    const tampered = { ...c[1]!, actorLabel: 'mallory' };
    tampered.hash = entryHash(tampered.prevHash, tampered, 'sm3');
    c[1] = tampered;
    expect(verifyRun(c, { expectedSeq: 1, prevHash: GENESIS_HASH }).problem).toMatchObject({
      seq: 3,
      kind: 'broken_link',
    });
  });
});

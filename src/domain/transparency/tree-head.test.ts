import { describe, expect, it } from 'vitest';
import { generateSigningKey } from '../audit/checkpoint.ts';
import { EMPTY_ROOT } from './merkle.ts';
import {
  cosignTreeHead,
  cosignatureValid,
  signTreeHead,
  treeHeadMessage,
  treeHeadSignatureValid,
} from './tree-head.ts';

const log = generateSigningKey();
const witness = generateSigningKey();
const at = '2026-12-05T08:00:00.000Z';
const root = 'ab'.repeat(32);

describe('signed tree heads', () => {
  it('verifies with the log key and names it; any changed field breaks the signature', () => {
    const head = signTreeHead({ treeSize: 7, rootHash: root, timestamp: at }, log);
    expect(head).toMatchObject({
      treeSize: 7,
      rootHash: root,
      algorithm: 'sm3-sm2',
      publicKey: log.publicKey,
    });
    expect(treeHeadSignatureValid(head)).toBe(true);
    expect(treeHeadSignatureValid(head, log.publicKey)).toBe(true);
    expect(treeHeadSignatureValid(head, witness.publicKey)).toBe(false);
    expect(treeHeadSignatureValid({ ...head, treeSize: 8 })).toBe(false);
    expect(treeHeadSignatureValid({ ...head, rootHash: 'cd'.repeat(32) })).toBe(false);
    expect(treeHeadSignatureValid({ ...head, timestamp: '2026-12-05T08:00:01.000Z' })).toBe(false);
    expect(treeHeadSignatureValid({ ...head, signature: 'zz' })).toBe(false);
  });

  it('cannot be passed off under another key (the key is inside the signed message)', () => {
    const head = signTreeHead({ treeSize: 0, rootHash: EMPTY_ROOT, timestamp: at }, log);
    expect(treeHeadSignatureValid({ ...head, publicKey: witness.publicKey })).toBe(false);
    expect(treeHeadMessage(head)).toContain('dtpc-tree-head/v1');
  });

  it('takes witness co-signatures without touching the log signature, each bound to one exact head', () => {
    const head = signTreeHead({ treeSize: 7, rootHash: root, timestamp: at }, log);
    const cosignature = cosignTreeHead(head, witness, '2026-12-05T09:00:00.000Z');
    const witnessed = { ...head, witnesses: [cosignature] };
    expect(treeHeadSignatureValid(witnessed)).toBe(true);
    expect(cosignatureValid(witnessed, cosignature)).toBe(true);
    const other = signTreeHead({ treeSize: 8, rootHash: root, timestamp: at }, log);
    expect(cosignatureValid(other, cosignature)).toBe(false);
    expect(cosignatureValid(head, { ...cosignature, timestamp: at })).toBe(false);
  });
});

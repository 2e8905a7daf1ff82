/**
 * Signed checkpoints make the two attacks the bare chain cannot see detectable: cutting off the newest
 * entries, and editing an entry then recomputing every later hash — also when the attacker, as a database
 * superuser, bypasses the append-only triggers and deletes the checkpoint rows too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc, gte, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/app/audit.ts';
import { writeCheckpoint } from '../../src/app/audit-checkpoints.ts';
import { auditCheckpoints, auditLog } from '../../src/db/schema/index.ts';
import { entryHash, GENESIS_HASH } from '../../src/domain/audit/chain.ts';
import {
  checkpointSignatureValid,
  generateSigningKey,
  signCheckpoint,
} from '../../src/domain/audit/checkpoint.ts';
import { createTestApp, type TestApp } from '../support/api.ts';

let t: TestApp;
let dir: string;
const previousFile = process.env.DTPC_AUDIT_CHECKPOINT_FILE;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dtpc-checkpoints-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  if (previousFile === undefined) {
    delete process.env.DTPC_AUDIT_CHECKPOINT_FILE;
  } else {
    process.env.DTPC_AUDIT_CHECKPOINT_FILE = previousFile;
  }
});
// Each test: a fresh database and its own checkpoint file (as one installation has one).
beforeEach(async (context) => {
  process.env.DTPC_AUDIT_CHECKPOINT_FILE = join(dir, `${context.task.id}.jsonl`);
  t = await createTestApp();
  // Some activity so there is a chain to checkpoint.
  await t.login('province.sd');
  await t.login('city.jinan');
});
afterEach(async () => t.close());

/** What a superuser can do: switch the append-only triggers off. */
async function bypassTriggers(): Promise<void> {
  await t.database.db.execute(sql`alter table audit_log disable trigger user`);
  await t.database.db.execute(sql`alter table audit_checkpoints disable trigger user`);
}

async function lastSeq(): Promise<number> {
  const [row] = await t.database.db
    .execute<{ seq: number }>(sql`select max(seq)::int as seq from audit_log`)
    .then((r) => (Array.isArray(r) ? r : (r as { rows: { seq: number }[] }).rows));
  return Number(row!.seq);
}

describe('signed audit checkpoints', () => {
  it('signs the head, publishes it, and verify reports it; a later checkpoint only when there is news', async () => {
    const checkpoint = await writeCheckpoint(t.database.db);
    expect(checkpoint).not.toBeNull();
    expect(checkpoint!.seq).toBe(await lastSeq());
    expect(checkpointSignatureValid(checkpoint!)).toBe(true);
    expect(await writeCheckpoint(t.database.db)).toBeNull();

    const published = await t.request(null, 'GET', '/api/audit/checkpoint');
    expect(published.statusCode).toBe(200);
    expect(published.json()).toEqual(checkpoint);

    const national = await t.login('national');
    const verified = (await t.request(national, 'GET', '/api/audit/verify')).json();
    expect(verified).toMatchObject({ ok: true, checkpoints: 1, lastCheckpointSeq: checkpoint!.seq });
    // Checkpoint rows are append-only like the log.
    await expect(t.database.db.execute(sql`delete from audit_checkpoints`)).rejects.toThrow();
  });

  it('reports truncation when the newest entries are deleted, even with the checkpoint rows', async () => {
    await t.login('province.gs');
    const checkpoint = (await writeCheckpoint(t.database.db))!;
    await bypassTriggers();
    await t.database.db.delete(auditLog).where(gte(auditLog.seq, checkpoint.seq - 2));
    await t.database.db.delete(auditCheckpoints);
    const result = await verifyAuditChain(t.database.db);
    expect(result).toMatchObject({
      ok: false,
      firstProblem: { kind: 'truncated', seq: checkpoint.seq - 2 },
    });
  });

  it('reports a rewritten chain: an entry changed and every later hash recomputed', async () => {
    const checkpoint = (await writeCheckpoint(t.database.db))!;
    await bypassTriggers();
    await t.database.db.execute(sql`update audit_log set actor_label = 'mallory' where seq = 3`);
    // Recompute the chain from the start, as someone with database rights would.
    const rows = await t.database.db.select().from(auditLog).orderBy(asc(auditLog.seq));
    let prevHash = GENESIS_HASH;
    for (const row of rows) {
      const hash = entryHash(prevHash, row, row.algorithm === 'sha256' ? 'sha256' : 'sm3');
      await t.database.db.execute(
        sql`update audit_log set prev_hash = ${prevHash}, hash = ${hash} where seq = ${row.seq}`,
      );
      prevHash = hash;
    }
    const result = await verifyAuditChain(t.database.db);
    expect(result).toMatchObject({ ok: false, firstProblem: { kind: 'rewritten', seq: checkpoint.seq } });
    const national = await t.login('national');
    expect((await t.request(national, 'GET', '/api/audit/verify')).json().ok).toBe(false);
  });

  it('refuses a checkpoint signed by another key (a forged replacement)', async () => {
    const [head] = await t.database.db.select().from(auditLog).orderBy(asc(auditLog.seq)).limit(1);
    const forged = signCheckpoint(
      { seq: head!.seq, hash: head!.hash, at: new Date().toISOString(), algorithm: 'sm3' },
      generateSigningKey(),
    );
    await t.database.db.insert(auditCheckpoints).values(forged);
    const result = await verifyAuditChain(t.database.db);
    expect(result).toMatchObject({ ok: false, firstProblem: { kind: 'checkpoint_invalid' } });
  });
});

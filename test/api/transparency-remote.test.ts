/**
 * `dtpc audit verify --remote` against a running installation on 127.0.0.1: first sight, a consistent
 * extension, a decision's inclusion, and the failures a monitor exists for — an altered decision row, a
 * log restored from an old backup, an unreachable node — each with its exit code.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishTreeHead } from '../../src/app/transparency.ts';
import { exitCodeOf, verifyRemoteLog } from '../../src/cli/audit-remote.ts';
import { makeDirectoryCenter } from '../factories/directory.ts';
import { createTestApp, type TestApp } from '../support/api.ts';

let t: TestApp;
let dir: string;
let remote: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dtpc-remote-verify-'));
  t = await createTestApp();
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  remote = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The real command, as an operator runs it (exit code and stdout). */
function runCli(args: string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((done) => {
    const child = spawn('node', ['bin/dtpc.mjs', 'audit', 'verify', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('close', (code) => done({ code, stdout }));
  });
}

describe('dtpc audit verify --remote', () => {
  it('remembers the head, checks every later one for consistency and a decision for inclusion, and fails loudly on a rewrite', async () => {
    const state = join(dir, 'state.json');
    const centerId = await makeDirectoryCenter(t.database.db, { name: '远程校验促进中心' });
    await publishTreeHead(t.database.db);

    const first = await verifyRemoteLog({ remote, statePath: state, decision: centerId });
    expect(first).toMatchObject({
      ok: true,
      checks: { signature: 'ok', consistency: 'first_seen', decision: 'ok' },
      decision: { kind: 'recognition', action: 'directory.enter' },
      problem: null,
    });
    expect(exitCodeOf(first)).toBe(0);
    const saved = JSON.parse(readFileSync(state, 'utf8')) as {
      logs: Record<string, { treeHead: { treeSize: number } }>;
    };
    expect(saved.logs[remote]!.treeHead.treeSize).toBe(first.treeHead!.treeSize);

    // The log grows: the new head must be an extension of the remembered one — checked by the real command.
    await t.login('province.sd');
    await publishTreeHead(t.database.db);
    const cli = await runCli(['--remote', remote, '--state', state, '--decision', centerId]);
    expect(cli.code, cli.stdout).toBe(0);
    expect(JSON.parse(cli.stdout)).toMatchObject({ ok: true, checks: { consistency: 'ok', decision: 'ok' } });

    // The node edits the decision's audit row: its inclusion proof no longer holds.
    for (const table of ['audit_log', 'transparency_nodes', 'transparency_tree_heads']) {
      await t.database.db.execute(sql.raw(`alter table ${table} disable trigger user`));
    }
    await t.database.db.execute(
      sql`update audit_log set detail = jsonb_set(detail, '{recognisedOn}', '"2020-01-01"') where action = 'directory.enter' and target_id = ${centerId}`,
    );
    const altered = await verifyRemoteLog({ remote, statePath: state, decision: centerId });
    expect(altered).toMatchObject({
      ok: false,
      checks: { signature: 'ok', consistency: 'ok', decision: 'failed' },
    });
    expect(altered.problem).toMatchObject({ kind: 'inclusion_invalid' });
    expect(exitCodeOf(altered)).toBe(1);

    // Restored from an old backup: shorter than the head this verifier holds.
    const remembered = JSON.parse(readFileSync(state, 'utf8')) as typeof saved;
    const size = remembered.logs[remote]!.treeHead.treeSize;
    await t.database.db.execute(sql`delete from audit_log where seq > ${size - 3}`);
    await t.database.db.execute(sql`delete from transparency_nodes`);
    await t.database.db.execute(sql`delete from transparency_tree_heads`);
    await publishTreeHead(t.database.db);
    const rolledBack = await runCli(['--remote', remote, '--state', state]);
    expect(rolledBack.code).toBe(1);
    expect(JSON.parse(rolledBack.stdout)).toMatchObject({ ok: false, problem: { kind: 'rolled_back' } });
    // …and once it has grown past the old size with other entries: the consistency proof fails.
    for (let i = 0; i < 6; i += 1) {
      await t.login('city.jinan');
    }
    await publishTreeHead(t.database.db);
    const forked = await verifyRemoteLog({ remote, statePath: state });
    expect(forked).toMatchObject({ ok: false, problem: { kind: 'consistency_invalid' } });
    expect(forked.problem!.detail).toContain('一致性证明不成立');
    // A failed check never replaces the remembered head.
    expect(JSON.parse(readFileSync(state, 'utf8'))).toEqual(remembered);
  });

  it('reports an unreachable node with exit code 3 and a bad --remote with exit code 2', async () => {
    const report = await verifyRemoteLog({
      remote: 'http://127.0.0.1:9',
      statePath: join(dir, 'other.json'),
    });
    expect(report).toMatchObject({ ok: false, problem: { kind: 'unreachable' } });
    expect(exitCodeOf(report)).toBe(3);
    const bad = await runCli(['--remote', 'not a url', '--state', join(dir, 'bad.json')]);
    expect(bad.code).toBe(2);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../src/db/client.ts';

// The CLI against its own embedded database in a temporary data directory (no DATABASE_URL).
const dataDir = mkdtempSync(join(tmpdir(), 'dtpc-cli-'));
const env = {
  ...process.env,
  DTPC_DATA_DIR: dataDir,
  DATABASE_URL: '',
  NODE_ENV: 'test',
  DTPC_ARGON2_FAST: '1',
};

function dtpc(...args: string[]) {
  const r = spawnSync('node', ['bin/dtpc.mjs', ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  const seeded = dtpc('seed', '--demo');
  expect(seeded.code, seeded.stderr).toBe(0);
  expect(seeded.stdout).toContain('province.sd');
}, 180_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('dtpc command line', () => {
  it('verifies an intact audit chain', () => {
    const r = dtpc('audit', 'verify', '--json');
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { ok: boolean; checked: number };
    expect(result.ok).toBe(true);
    expect(result.checked).toBeGreaterThan(20);
  });

  it('signs a checkpoint of the chain head, which verify then checks the chain against', () => {
    const signed = dtpc('audit', 'checkpoint', '--json');
    expect(signed.code, signed.stderr).toBe(0);
    const { written, checkpoint } = JSON.parse(signed.stdout) as {
      written: boolean;
      checkpoint: { seq: number };
    };
    expect(written).toBe(true);
    expect(JSON.parse(dtpc('audit', 'checkpoint', '--json').stdout)).toMatchObject({ written: false });
    const r = dtpc('audit', 'verify');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`matches 1 signed checkpoint(s) up to seq ${checkpoint.seq}`);
  }, 180_000);

  it('reports the first altered record and exits 1', async () => {
    const database = await openDatabase({ dataDir: join(dataDir, 'pglite') });
    await database.db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await database.db.execute(sql`update audit_log set action = 'user.delete' where seq = 7`);
    await database.close();
    const r = dtpc('audit', 'verify');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAILED at seq 7: altered/);
  });

  it('refuses the demo seed in production mode', () => {
    const r = spawnSync('node', ['bin/dtpc.mjs', 'seed', '--demo'], {
      env: { ...env, NODE_ENV: 'production' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/production/);
  });

  it('imports a calendar year, after which add-working-days answers for it', () => {
    expect(dtpc('calendar', 'add-working-days', '2027-03-01', '5').code).toBe(2);
    const imported = dtpc('calendar', 'import', 'docs/examples/calendar-2027.sample.json');
    expect(imported.code, imported.stderr).toBe(0);
    const r = dtpc('calendar', 'add-working-days', '2027-03-01', '5');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe('2027-03-08');
  });
});

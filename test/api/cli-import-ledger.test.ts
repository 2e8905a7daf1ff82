/**
 * `dtpc import ledger <file> --center <slug> [--dry-run]` (issue 5: "Imported in bulk like resources …
 * a progress bar in the web UI and in `npx dtpc import …`"): the same checks as the web import, a dry run
 * that writes nothing, all-or-nothing commit, exit 1 with the row-by-row report on a bad file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { openDatabase } from '../../src/db/client.ts';
import { organisations, serviceRecords, users } from '../../src/db/schema/index.ts';
import { ledgerTemplate } from '../../src/app/center-platform/import-service-records.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'dtpc-cli-ledger-'));
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

async function withDb<T>(fn: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>): Promise<T> {
  const database = await openDatabase({ dataDir: join(dataDir, 'pglite') });
  try {
    return await fn(database.db);
  } finally {
    await database.close();
  }
}

const importedCount = () =>
  withDb(async (db) => {
    const [row] = await db
      .select({ n: count() })
      .from(serviceRecords)
      .where(eq(serviceRecords.source, 'import'));
    return row!.n;
  });

let good: string;
let bad: string;

beforeAll(async () => {
  const seeded = dtpc('seed', '--demo');
  expect(seeded.code, seeded.stderr).toBe(0);
  const code = await withDb(async (db) => {
    const [row] = await db
      .select({ code: organisations.creditCode })
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(eq(users.username, 'enterprise.1'));
    return row!.code;
  });
  good = join(dataDir, 'ledger.xlsx');
  writeFileSync(good, await ledgerTemplate(code));
  bad = join(dataDir, 'ledger-bad.xlsx');
  writeFileSync(bad, await ledgerTemplate('91370100MA3C000000'));
}, 180_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('dtpc import ledger', () => {
  it('checks the file on a dry run and writes nothing', async () => {
    const before = await importedCount();
    const r = dtpc('import', 'ledger', good, '--center', 'jinan-demo', '--dry-run', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ dryRun: true, rows: 1, valid: 1, errors: [], committed: 0 });
    expect(await importedCount()).toBe(before);
  });

  it('reports an unregistered enterprise by row and column in Chinese, exits 1 and imports nothing', async () => {
    const before = await importedCount();
    const r = dtpc('import', 'ledger', bad, '--center', 'jinan-demo');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/第 2 行 \[企业统一社会信用代码\] \S+/);
    expect(r.stdout).toContain('未导入任何数据');
    expect(await importedCount()).toBe(before);
  });

  it('commits a clean file as imported records of the center', async () => {
    const before = await importedCount();
    const r = dtpc('import', 'ledger', good, '--center', 'jinan-demo');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('已导入 1 条服务记录');
    expect(await importedCount()).toBe(before + 1);
  });

  it('refuses an unknown center', () => {
    const r = dtpc('import', 'ledger', good, '--center', 'no-such-center');
    expect(r.code).not.toBe(0);
    expect(r.stderr + r.stdout).toMatch(/no-such-center/);
  });
});

/**
 * Backup and restore round trip on the suite's database kind: database, upload store and audit checkpoints
 * come back; the restore verifies the audit chain; a corrupted or misplaced restore is refused; and a
 * restore from a backup older than the installation's last checkpoint reports the lost entries.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { count } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { writeCheckpoint } from '../../src/app/audit-checkpoints.ts';
import { BackupError, createBackup, restoreBackup } from '../../src/app/backup.ts';
import { pathOf } from '../../src/app/files/store.ts';
import { files, organisations } from '../../src/db/schema/index.ts';
import { openDatabase } from '../../src/db/client.ts';
import { createTestApp, type TestApp } from '../support/api.ts';
import { postgresAdminUrl, TEMPLATE_DB, withDatabaseName } from '../support/databases.ts';

const kind = inject('testDbKind');
const previousDataDir = process.env.DTPC_DATA_DIR;
let work: string;
let t: TestApp;
const targets: string[] = [];

function useDataDir(dir: string): void {
  process.env.DTPC_DATA_DIR = dir;
}

/** An empty target: a fresh PostgreSQL database, or (PGlite) just a directory. */
async function emptyTarget(): Promise<{ url: string | undefined; pgliteDir: string }> {
  const dir = mkdtempSync(join(work, 'target-'));
  if (kind !== 'postgres') {
    return { url: undefined, pgliteDir: join(dir, 'pglite') };
  }
  // Under the suite's prefix, so a crashed run's leftovers are dropped by the next run's clean-up.
  const name = `${TEMPLATE_DB.replace(/_template$/u, '')}_restore_${process.pid}_${targets.length}_${Date.now() % 100000}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl() });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  targets.push(name);
  return { url: withDatabaseName(postgresAdminUrl(), name), pgliteDir: join(dir, 'pglite') };
}

async function organisationCount(url: string | undefined, pgliteDir: string): Promise<number> {
  const database = await openDatabase(url ? { url } : { dataDir: pgliteDir });
  try {
    const [row] = await database.db.select({ n: count() }).from(organisations);
    return Number(row!.n);
  } finally {
    await database.close();
  }
}

beforeEach(async () => {
  work = mkdtempSync(join(tmpdir(), 'dtpc-backup-'));
  useDataDir(join(work, 'source'));
  t = await createTestApp();
  // One uploaded file in the source installation's store.
  const bytes = Buffer.from('%PDF-1.4 申报书 backup test');
  const { createHash } = await import('node:crypto');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  mkdirSync(join(work, 'source', 'files', sha256.slice(0, 2)), { recursive: true });
  writeFileSync(pathOf(sha256), bytes);
  await t.database.db
    .insert(files)
    .values({ id: uuidv7(), sha256, size: bytes.length, mime: 'application/pdf', name: '申报书.pdf' });
});

afterEach(async () => {
  await t.close();
  if (previousDataDir === undefined) {
    delete process.env.DTPC_DATA_DIR;
  } else {
    process.env.DTPC_DATA_DIR = previousDataDir;
  }
  rmSync(work, { recursive: true, force: true });
});

afterAll(async () => {
  if (targets.length === 0) {
    return;
  }
  const admin = new pg.Client({ connectionString: postgresAdminUrl() });
  await admin.connect();
  for (const name of targets) {
    await admin.query(`drop database if exists "${name}" with (force)`);
  }
  await admin.end();
});

describe('dtpc backup / restore', () => {
  it('round-trips database, files and checkpoints, and the restored audit chain verifies', async () => {
    const out = join(work, 'backup');
    const manifest = await createBackup(t.database, out, { url: t.database.url });
    expect(manifest).toMatchObject({ format: 'dtpc-backup/1', database: { kind }, files: { count: 1 } });
    expect(manifest.auditHead!.seq).toBeGreaterThan(20);
    const [orgs] = await t.database.db.select({ n: count() }).from(organisations);

    const target = await emptyTarget();
    useDataDir(join(target.pgliteDir, '..'));
    const report = await restoreBackup(out, target);
    expect(report.audit).toMatchObject({ ok: true, checked: manifest.auditHead!.seq, checkpoints: 1 });
    expect(report.filesRestored).toBe(1);
    expect(existsSync(join(target.pgliteDir, '..', 'files'))).toBe(true);
    expect(await organisationCount(target.url, target.pgliteDir)).toBe(Number(orgs!.n));
  });

  it('refuses a backup whose database file does not match its checksum, and a non-empty target', async () => {
    const out = join(work, 'backup');
    const manifest = await createBackup(t.database, out, { url: t.database.url });
    await expect(createBackup(t.database, out, { url: t.database.url })).rejects.toThrow(BackupError);
    const target = await emptyTarget();
    useDataDir(join(target.pgliteDir, '..'));
    if (kind !== 'postgres') {
      mkdirSync(target.pgliteDir, { recursive: true });
      writeFileSync(join(target.pgliteDir, 'PG_VERSION'), '17');
      await expect(restoreBackup(out, target)).rejects.toThrow(/not empty/u);
      rmSync(target.pgliteDir, { recursive: true });
    }
    writeFileSync(join(out, manifest.database.file), 'tampered');
    await expect(restoreBackup(out, target)).rejects.toThrow(/checksum/u);
  });

  it('says which entries were lost when the backup is older than the last checkpoint', async () => {
    const out = join(work, 'backup');
    const manifest = await createBackup(t.database, out, { url: t.database.url });
    // Life goes on after the backup: more entries, signed.
    await t.login('province.sd');
    await t.login('city.jinan');
    const later = (await writeCheckpoint(t.database.db))!;
    expect(later.seq).toBeGreaterThan(manifest.auditHead!.seq);

    // Disaster: the database is lost, the checkpoint file (kept elsewhere) survives.
    const target = await emptyTarget();
    const targetDir = join(target.pgliteDir, '..');
    copyFileSync(join(work, 'source', 'audit-checkpoints.jsonl'), join(targetDir, 'audit-checkpoints.jsonl'));
    useDataDir(targetDir);
    const report = await restoreBackup(out, target);
    expect(report.audit).toMatchObject({
      ok: false,
      firstProblem: { kind: 'truncated', seq: manifest.auditHead!.seq + 1 },
    });
  });
});

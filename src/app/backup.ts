/**
 * Backup and restore of one installation (等保 2.0 数据备份恢复): the database (PGlite's data directory as a
 * tarball, or `pg_dump -Fc` of PostgreSQL — the tool PostgreSQL ships for exactly this), the upload store,
 * and the audit checkpoints with their signing key, under a manifest that carries checksums. A restore
 * checks the checksums first and ends by verifying the audit chain against every checkpoint it knows, so a
 * restore from an old backup says loudly which entries it lost.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { desc } from 'drizzle-orm';
import { openDatabase, type Database } from '../db/client.ts';
import { auditLog } from '../db/schema/index.ts';
import { checkpointFile, keyFile, writeCheckpoint } from './audit-checkpoints.ts';
import { verifyAuditChain, type VerifyResult } from './audit.ts';
import { filesRoot } from './files/store.ts';

export const BACKUP_FORMAT = 'dtpc-backup/1';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  database: { kind: 'pglite' | 'postgres'; file: string; sha256: string; bytes: number };
  auditHead: { seq: number; hash: string } | null;
  files: { count: number; bytes: number };
  /** Whether the audit signing key is inside (then the backup must be kept as secret as the key). */
  signingKeyIncluded: boolean;
}

export class BackupError extends Error {}

function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Runs a PostgreSQL client tool; its stderr becomes the error. */
function runPgTool(tool: 'pg_dump' | 'pg_restore', args: string[]): void {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  if (r.error) {
    throw new BackupError(`${tool} could not run (${r.error.message}); install postgresql-client`);
  }
  if (r.status !== 0) {
    throw new BackupError(`${tool} failed: ${r.stderr.trim()}`);
  }
}

function countFiles(root: string): { count: number; bytes: number } {
  let count = 0;
  let bytes = 0;
  if (!existsSync(root)) {
    return { count, bytes };
  }
  for (const shard of readdirSync(root)) {
    const dir = join(root, shard);
    if (!statSync(dir).isDirectory()) {
      continue;
    }
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.tmp')) {
        count += 1;
        bytes += statSync(join(dir, name)).size;
      }
    }
  }
  return { count, bytes };
}

/** Writes a backup of `database` (and this installation's files) into the empty or new directory `out`. */
export async function createBackup(
  database: Database,
  out: string,
  { url = process.env.DATABASE_URL }: { url?: string | undefined } = {},
): Promise<BackupManifest> {
  if (existsSync(out) && readdirSync(out).length > 0) {
    throw new BackupError(`${out} is not empty`);
  }
  mkdirSync(out, { recursive: true });
  // Sign the head first, so the backup carries a checkpoint of exactly what it holds.
  await writeCheckpoint(database.db);
  const [head] = await database.db
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);

  let file: string;
  if (database.kind === 'pglite') {
    file = 'database.tar';
    const blob = await database.dump!();
    writeFileSync(join(out, file), Buffer.from(await blob.arrayBuffer()));
  } else {
    if (!url) {
      throw new BackupError('DATABASE_URL is needed to back up PostgreSQL');
    }
    file = 'database.dump';
    runPgTool('pg_dump', ['--format=custom', '--no-owner', '--file', join(out, file), url]);
  }
  const dbPath = join(out, file);

  const root = filesRoot();
  if (existsSync(root)) {
    cpSync(root, join(out, 'files'), { recursive: true, filter: (src) => !src.endsWith('.tmp') });
  }
  mkdirSync(join(out, 'audit'));
  if (existsSync(checkpointFile())) {
    copyFileSync(checkpointFile(), join(out, 'audit', 'checkpoints.jsonl'));
  }
  const signingKeyIncluded = existsSync(keyFile());
  if (signingKeyIncluded) {
    copyFileSync(keyFile(), join(out, 'audit', 'signing-key.json'));
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    createdAt: new Date().toISOString(),
    database: { kind: database.kind, file, sha256: sha256File(dbPath), bytes: statSync(dbPath).size },
    auditHead: head ? { seq: head.seq, hash: head.hash } : null,
    files: countFiles(join(out, 'files')),
    signingKeyIncluded,
  };
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export function readManifest(from: string): BackupManifest {
  const path = join(from, 'manifest.json');
  if (!existsSync(path)) {
    throw new BackupError(`${from} holds no manifest.json: not a DTPC backup`);
  }
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT) {
    throw new BackupError(`unknown backup format ${String(manifest.format)}`);
  }
  const dbPath = join(from, manifest.database.file);
  if (!existsSync(dbPath) || sha256File(dbPath) !== manifest.database.sha256) {
    throw new BackupError(`${manifest.database.file} is missing or does not match its checksum`);
  }
  return manifest;
}

export interface RestoreReport {
  manifest: BackupManifest;
  filesRestored: number;
  audit: VerifyResult;
}

/**
 * Restores a backup into this installation: PGlite into `pgliteDir` (which must be empty), PostgreSQL into
 * the (empty) database at `url`. Files and checkpoints are merged in; nothing already there is overwritten.
 */
export async function restoreBackup(
  from: string,
  { url = process.env.DATABASE_URL, pgliteDir }: { url?: string | undefined; pgliteDir: string },
): Promise<RestoreReport> {
  const manifest = readManifest(from);
  const dbPath = join(from, manifest.database.file);
  let database: Database;
  if (manifest.database.kind === 'pglite') {
    if (url) {
      throw new BackupError('this backup is of the embedded database; unset DATABASE_URL to restore it');
    }
    if (existsSync(pgliteDir) && readdirSync(pgliteDir).length > 0) {
      throw new BackupError(`${pgliteDir} is not empty: move it away first (the restore never overwrites)`);
    }
    mkdirSync(pgliteDir, { recursive: true });
    database = await openDatabase({ dataDir: pgliteDir, loadDataDir: new Blob([readFileSync(dbPath)]) });
  } else {
    if (!url) {
      throw new BackupError('this backup is of PostgreSQL; set DATABASE_URL to the (empty) target database');
    }
    runPgTool('pg_restore', ['--no-owner', '--exit-on-error', '--dbname', url, dbPath]);
    database = await openDatabase({ url });
  }

  let filesRestored = 0;
  const source = join(from, 'files');
  if (existsSync(source)) {
    const before = countFiles(filesRoot()).count;
    cpSync(source, filesRoot(), { recursive: true, force: false, errorOnExist: false });
    filesRestored = countFiles(filesRoot()).count - before;
  }
  const backedUpCheckpoints = join(from, 'audit', 'checkpoints.jsonl');
  if (existsSync(backedUpCheckpoints)) {
    const present = new Set(
      existsSync(checkpointFile()) ? readFileSync(checkpointFile(), 'utf8').split('\n') : [],
    );
    const missing = readFileSync(backedUpCheckpoints, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !present.has(line));
    if (missing.length > 0) {
      mkdirSync(dirname(checkpointFile()), { recursive: true });
      appendFileSync(checkpointFile(), `${missing.join('\n')}\n`, { mode: 0o600 });
    }
  }
  const backedUpKey = join(from, 'audit', 'signing-key.json');
  if (existsSync(backedUpKey) && !existsSync(keyFile()) && !process.env.DTPC_AUDIT_SIGNING_KEY) {
    mkdirSync(dirname(keyFile()), { recursive: true, mode: 0o700 });
    copyFileSync(backedUpKey, keyFile());
  }
  try {
    const audit = await verifyAuditChain(database.db);
    return { manifest, filesRestored, audit };
  } finally {
    await database.close();
  }
}

/**
 * Making and reading signed checkpoints of the audit chain. The SM2 key lives outside the database
 * (DTPC_AUDIT_SIGNING_KEY, or a key file in the data directory created on first use with mode 0600), and
 * every checkpoint is written both to `audit_checkpoints` and to an append-only file beside the data
 * (DTPC_AUDIT_CHECKPOINT_FILE), from where an operator can also copy it off the machine or a hub can fetch it.
 */
import { appendFileSync, chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { auditCheckpoints, auditLog } from '../db/schema/index.ts';
import {
  generateSigningKey,
  publicKeyOf,
  signCheckpoint,
  type Checkpoint,
  type SigningKey,
} from '../domain/audit/checkpoint.ts';
import { publishTreeHead } from './transparency.ts';

function dataDir(): string {
  return resolve(process.env.DTPC_DATA_DIR ?? 'data');
}

export function checkpointFile(): string {
  return resolve(process.env.DTPC_AUDIT_CHECKPOINT_FILE ?? resolve(dataDir(), 'audit-checkpoints.jsonl'));
}

/** Where the signing key is kept when DTPC_AUDIT_SIGNING_KEY does not hold it (backups copy it). */
export function keyFile(): string {
  return resolve(process.env.DTPC_AUDIT_KEY_FILE ?? resolve(dataDir(), 'keys', 'audit-sm2.json'));
}

const keys = new Map<string, SigningKey>();

/** This installation's checkpoint signing key (created on first use when neither env nor file holds one). */
export function auditSigningKey(): SigningKey {
  const fromEnv = process.env.DTPC_AUDIT_SIGNING_KEY;
  if (fromEnv) {
    return { privateKey: fromEnv, publicKey: publicKeyOf(fromEnv) };
  }
  const path = keyFile();
  const cached = keys.get(path);
  if (cached) {
    return cached;
  }
  let key: SigningKey;
  if (existsSync(path)) {
    key = JSON.parse(readFileSync(path, 'utf8')) as SigningKey;
  } else {
    key = generateSigningKey();
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    writeFileSync(path, JSON.stringify(key), { mode: 0o600, flag: 'wx' });
    chmodSync(path, 0o600);
  }
  keys.set(path, key);
  return key;
}

/**
 * Signs the chain's current head unless it is already checkpointed, and publishes the transparency log's
 * signed tree head over the same entries (src/app/transparency.ts). Only committed rows are read, so a
 * checkpoint never names an entry that a rolled-back transaction would take away again.
 */
export async function writeCheckpoint(db: Db): Promise<Checkpoint | null> {
  const checkpoint = await writeChainCheckpoint(db);
  // Also when the chain head was already checkpointed: a log upgraded to the transparency tables gets
  // its first tree head at the next tick.
  await publishTreeHead(db);
  return checkpoint;
}

async function writeChainCheckpoint(db: Db): Promise<Checkpoint | null> {
  const [head] = await db
    .select({ seq: auditLog.seq, hash: auditLog.hash, algorithm: auditLog.algorithm })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  if (!head) {
    return null;
  }
  const [existing] = await db
    .select({ seq: auditCheckpoints.seq })
    .from(auditCheckpoints)
    .where(eq(auditCheckpoints.seq, head.seq));
  if (existing) {
    return null;
  }
  const checkpoint = signCheckpoint(
    {
      seq: head.seq,
      hash: head.hash,
      at: new Date().toISOString(),
      algorithm: head.algorithm === 'sha256' ? 'sha256' : 'sm3',
    },
    auditSigningKey(),
  );
  // The file first: a checkpoint outside the database is the one a database superuser cannot remove.
  mkdirSync(dirname(checkpointFile()), { recursive: true });
  appendFileSync(checkpointFile(), `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
  await db.insert(auditCheckpoints).values(checkpoint).onConflictDoNothing();
  return checkpoint;
}

function readFileCheckpoints(): Checkpoint[] {
  const path = checkpointFile();
  if (!existsSync(path)) {
    return [];
  }
  const out: Checkpoint[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      continue;
    }
    try {
      const c = JSON.parse(line) as Checkpoint;
      if (typeof c.seq === 'number' && typeof c.hash === 'string' && typeof c.signature === 'string') {
        out.push(c);
      }
    } catch {
      // A torn last line (crash mid-append) is not a checkpoint.
    }
  }
  return out;
}

function toCheckpoint(row: typeof auditCheckpoints.$inferSelect): Checkpoint {
  return {
    ...row,
    at: new Date(row.at).toISOString(),
    algorithm: row.algorithm === 'sha256' ? 'sha256' : 'sm3',
  };
}

/** Every checkpoint known from the database and the file, one per (seq, hash, signature). */
export async function loadCheckpoints(db: Db): Promise<Checkpoint[]> {
  const rows = (await db.select().from(auditCheckpoints)).map(toCheckpoint);
  const seen = new Set<string>();
  const all: Checkpoint[] = [];
  for (const c of [...rows, ...readFileCheckpoints()]) {
    const id = `${c.seq}:${c.hash}:${c.signature}`;
    if (!seen.has(id)) {
      seen.add(id);
      all.push(c);
    }
  }
  return all;
}

/** The newest checkpoint (for publication, e.g. to a hub that witnesses it). */
export async function latestCheckpoint(db: Db): Promise<Checkpoint | null> {
  const [row] = await db.select().from(auditCheckpoints).orderBy(desc(auditCheckpoints.seq)).limit(1);
  return row ? toCheckpoint(row) : null;
}

/**
 * Removes bytes that no `files` row owns. The store writes bytes before its transaction commits (so a
 * committed row always has its bytes); a process killed between the two, or a transaction that failed
 * without its clean-up running, leaves bytes behind. Files younger than the grace period may belong to an
 * upload still in flight and are left alone.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { files } from '../../db/schema/index.ts';
import { filesRoot } from './store.ts';

/** An upload never takes this long between writing its bytes and committing its row. */
export const ORPHAN_GRACE_MS = 60 * 60 * 1000;

export interface SweepReport {
  /** Content files checked against the `files` table. */
  checked: number;
  /** Orphaned bytes removed (or, on a dry run, that would be). */
  removed: number;
  removedBytes: number;
  /** Unfinished temporary writes removed. */
  removedTemporary: number;
  dryRun: boolean;
}

const SHA256 = /^[0-9a-f]{64}$/u;

export async function sweepOrphanFiles(
  db: Db,
  { now = Date.now(), graceMs = ORPHAN_GRACE_MS, dryRun = false, root = filesRoot() } = {},
): Promise<SweepReport> {
  const report: SweepReport = { checked: 0, removed: 0, removedBytes: 0, removedTemporary: 0, dryRun };
  let shards: string[];
  try {
    shards = readdirSync(root);
  } catch {
    return report; // Nothing uploaded yet.
  }
  for (const shard of shards) {
    const dir = join(root, shard);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    const old = names
      .map((name) => ({
        name,
        path: join(dir, name),
        stat: statSync(join(dir, name), { throwIfNoEntry: false }),
      }))
      .filter((f) => f.stat?.isFile() && now - f.stat.mtimeMs > graceMs);
    for (const f of old.filter((x) => x.name.endsWith('.tmp'))) {
      report.removedTemporary += 1;
      if (!dryRun) {
        rmSync(f.path, { force: true });
      }
    }
    const content = old.filter((x) => SHA256.test(x.name));
    report.checked += content.length;
    // One query per shard (at most 256 of them), each over that shard's names.
    for (let i = 0; i < content.length; i += 500) {
      const batch = content.slice(i, i + 500);
      const owned = new Set(
        (
          await db
            .selectDistinct({ sha256: files.sha256 })
            .from(files)
            .where(
              inArray(
                files.sha256,
                batch.map((x) => x.name),
              ),
            )
        ).map((r) => r.sha256),
      );
      for (const f of batch.filter((x) => !owned.has(x.name))) {
        report.removed += 1;
        report.removedBytes += f.stat!.size;
        if (!dryRun) {
          rmSync(f.path, { force: true });
        }
      }
    }
  }
  return report;
}

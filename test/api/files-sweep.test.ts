/** The orphan sweep removes bytes no `files` row owns, once they are older than the grace period. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { files } from '../../src/db/schema/index.ts';
import { ORPHAN_GRACE_MS, sweepOrphanFiles } from '../../src/app/files/sweep.ts';
import { createTestApp, type TestApp } from '../support/api.ts';

let t: TestApp;
let root: string;
const now = Date.now();

/** Writes bytes as the store would (<root>/<sha[0..2]>/<sha>), aged `ageMs`. */
function put(content: string, ageMs: number, suffix = ''): { sha: string; path: string } {
  const sha = createHash('sha256').update(content).digest('hex');
  mkdirSync(join(root, sha.slice(0, 2)), { recursive: true });
  const path = join(root, sha.slice(0, 2), sha + suffix);
  writeFileSync(path, content);
  const at = (now - ageMs) / 1000;
  utimesSync(path, at, at);
  return { sha, path };
}

beforeAll(async () => {
  t = await createTestApp();
  root = mkdtempSync(join(tmpdir(), 'dtpc-files-'));
});
afterAll(async () => {
  await t.close();
  rmSync(root, { recursive: true, force: true });
});

describe('orphan upload sweep', () => {
  it('removes old unowned bytes and unfinished writes, keeps owned and recent ones', async () => {
    const owned = put('%PDF- owned', 3 * ORPHAN_GRACE_MS);
    await t.database.db.insert(files).values({
      id: uuidv7(),
      sha256: owned.sha,
      size: 11,
      mime: 'application/pdf',
      name: '申报书.pdf',
    });
    const orphan = put('%PDF- killed before commit', 2 * ORPHAN_GRACE_MS);
    const inFlight = put('%PDF- still uploading', ORPHAN_GRACE_MS / 10);
    const tmp = put('%PDF- half written', 2 * ORPHAN_GRACE_MS, `.${uuidv7()}.tmp`);

    const dry = await sweepOrphanFiles(t.database.db, { root, now, dryRun: true });
    expect(dry).toMatchObject({ checked: 2, removed: 1, removedTemporary: 1, dryRun: true });
    expect(existsSync(orphan.path)).toBe(true);

    const report = await sweepOrphanFiles(t.database.db, { root, now });
    expect(report).toMatchObject({ checked: 2, removed: 1, removedBytes: 26, removedTemporary: 1 });
    expect(existsSync(owned.path)).toBe(true);
    expect(existsSync(inFlight.path)).toBe(true);
    expect(existsSync(orphan.path)).toBe(false);
    expect(existsSync(tmp.path)).toBe(false);

    // Once the in-flight upload is old and still has no row, it goes too.
    const later = await sweepOrphanFiles(t.database.db, { root, now: now + 2 * ORPHAN_GRACE_MS });
    expect(later.removed).toBe(1);
    expect(existsSync(inFlight.path)).toBe(false);
    expect(existsSync(owned.path)).toBe(true);
  });

  it('is a no-op on an empty or absent store', async () => {
    const report = await sweepOrphanFiles(t.database.db, { root: join(root, 'absent') });
    expect(report).toMatchObject({ checked: 0, removed: 0, removedTemporary: 0 });
  });
});

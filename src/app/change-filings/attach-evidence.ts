/** Change materials (变更材料): a file in the content-addressed store, linked while the filing awaits confirmation. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { ChangeFilingRow } from '../../db/loaders/management.ts';
import { changeFilings } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { storeFile, type StoredFile } from '../files/store.ts';

export async function attachChangeEvidence({
  actor,
  tx,
  filing,
  name,
  bytes,
  onStored,
}: {
  actor: Actor;
  tx: Db;
  filing: ChangeFilingRow;
  name: string;
  bytes: Buffer;
  onStored: (f: StoredFile) => void;
}): Promise<StoredFile> {
  if (filing.status !== 'filed') {
    throw new AppError('conflict.illegal_transition', { reason: filing.status });
  }
  const file = await storeFile({ actor, tx, name, bytes });
  onStored(file);
  const updated = await tx
    .update(changeFilings)
    .set({
      evidenceFileIds: [...filing.evidenceFileIds, file.id],
      updatedAt: new Date(),
      version: filing.version + 1,
    })
    .where(and(eq(changeFilings.id, filing.id), eq(changeFilings.version, filing.version)))
    .returning({ id: changeFilings.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
  await appendAudit(tx, actor, {
    action: 'change_filing.attach',
    targetType: 'change_filing',
    targetId: filing.id,
    scopeRegion: filing.regionCode,
    after: { file: file.sha256 },
    detail: { file: file.id, sha256: file.sha256, size: file.size },
  });
  return file;
}

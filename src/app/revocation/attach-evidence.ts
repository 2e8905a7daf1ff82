/** Evidence for a revocation: a file in the content-addressed store, linked while the proposal is open. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { RevocationRow } from '../../db/loaders/management.ts';
import { revocations } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { storeFile, type StoredFile } from '../files/store.ts';

export async function attachRevocationEvidence({
  actor,
  tx,
  revocation,
  name,
  bytes,
  onStored,
}: {
  actor: Actor;
  tx: Db;
  revocation: RevocationRow;
  name: string;
  bytes: Buffer;
  onStored: (f: StoredFile) => void;
}): Promise<StoredFile> {
  if (revocation.status !== 'proposed') {
    throw new AppError('conflict.illegal_transition', { reason: revocation.status });
  }
  const file = await storeFile({ actor, tx, name, bytes });
  onStored(file);
  const updated = await tx
    .update(revocations)
    .set({
      evidenceFileIds: [...revocation.evidenceFileIds, file.id],
      updatedAt: new Date(),
      version: revocation.version + 1,
    })
    .where(and(eq(revocations.id, revocation.id), eq(revocations.version, revocation.version)))
    .returning({ id: revocations.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
  await appendAudit(tx, actor, {
    action: 'revocation.attach_evidence',
    targetType: 'revocation',
    targetId: revocation.id,
    scopeRegion: revocation.regionCode,
    after: { file: file.sha256 },
    detail: { file: file.id, sha256: file.sha256, size: file.size },
  });
  return file;
}

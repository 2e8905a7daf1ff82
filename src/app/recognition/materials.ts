/** Materials of the working copy: upload (checked by content, content-addressed) and removal. */
import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import type { ApplicationRow } from '../../db/loaders/recognition.ts';
import { applicationMaterials } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { storeFile, type StoredFile } from '../files/store.ts';
import { assertEditable } from './update-application.ts';

export async function addMaterial({
  actor,
  tx,
  app,
  kind,
  metric,
  name,
  bytes,
  onStored,
}: {
  actor: Actor;
  tx: Db;
  app: ApplicationRow;
  kind: string;
  metric: string | null;
  name: string;
  bytes: Buffer;
  /** Told about bytes written, so the route can remove them when the transaction fails. */
  onStored?: (file: StoredFile) => void;
}): Promise<{ materialId: string; file: StoredFile }> {
  assertEditable(app);
  const file = await storeFile({ actor, tx, name, bytes });
  onStored?.(file);
  const materialId = uuidv7();
  await tx
    .insert(applicationMaterials)
    .values({ id: materialId, applicationId: app.id, fileId: file.id, kind, metric });
  await appendAudit(tx, actor, {
    action: 'application.add_material',
    targetType: 'application',
    targetId: app.id,
    scopeRegion: app.regionCode,
    detail: { kind, metric, sha256: file.sha256, size: file.size, mime: file.mime },
  });
  return { materialId, file };
}

export async function removeMaterial({
  actor,
  tx,
  app,
  materialId,
}: {
  actor: Actor;
  tx: Db;
  app: ApplicationRow;
  materialId: string;
}): Promise<void> {
  assertEditable(app);
  const removed = await tx
    .delete(applicationMaterials)
    .where(and(eq(applicationMaterials.id, materialId), eq(applicationMaterials.applicationId, app.id)))
    .returning({ id: applicationMaterials.id, kind: applicationMaterials.kind });
  if (removed.length === 0) {
    throw new AppError('not_found', { entity: 'file' });
  }
  await appendAudit(tx, actor, {
    action: 'application.remove_material',
    targetType: 'application',
    targetId: app.id,
    scopeRegion: app.regionCode,
    detail: { kind: removed[0]!.kind },
  });
}

/** A reviewer's or applicant's attachment (site photos, opinions, agreements), stored and returned. */
export async function uploadAttachment({
  actor,
  tx,
  app,
  name,
  bytes,
  onStored,
}: {
  actor: Actor;
  tx: Db;
  app: ApplicationRow;
  name: string;
  bytes: Buffer;
  onStored?: (file: StoredFile) => void;
}): Promise<StoredFile> {
  const file = await storeFile({ actor, tx, name, bytes });
  onStored?.(file);
  await appendAudit(tx, actor, {
    action: 'application.upload_attachment',
    targetType: 'application',
    targetId: app.id,
    scopeRegion: app.regionCode,
    detail: { sha256: file.sha256, size: file.size, mime: file.mime },
  });
  return file;
}

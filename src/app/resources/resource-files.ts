/**
 * Files attached to a resource card (产品手册, 数据样例, 模型说明 …) by the center's operator: checked by content
 * and kept in the content-addressed store (src/app/files/store.ts, shared with ledger evidence), audited. A
 * refused upload leaves nothing behind: the store writes no bytes for it, and the route removes the bytes of
 * an upload whose transaction failed later (`onStored`). Removing a file unlinks it from the resource
 * (audited); the stored bytes stay, as other records may share them.
 */
import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import type { ResourceFileRow } from '../../db/loaders/resource-files.ts';
import type { ResourceRow } from '../../db/loaders/resources.ts';
import { resourceFiles } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { storeFile, type StoredFile } from '../files/store.ts';

/** Uploaded files per resource (the card separately allows 20 links). */
export const MAX_RESOURCE_FILES = 20;

export async function attachResourceFile({
  actor,
  tx,
  resource,
  name,
  bytes,
  existing,
  onStored,
}: {
  actor: Actor;
  tx: Db;
  resource: ResourceRow;
  name: string;
  bytes: Buffer;
  /** How many files the resource has already. */
  existing: number;
  /** Told about bytes written, so the route can remove them when the transaction fails. */
  onStored?: (file: StoredFile) => void;
}): Promise<string> {
  if (existing >= MAX_RESOURCE_FILES) {
    throw new AppError('resource.too_many_files', { max: MAX_RESOURCE_FILES });
  }
  const file = await storeFile({ actor, tx, name, bytes });
  onStored?.(file);
  const id = uuidv7();
  await tx
    .insert(resourceFiles)
    .values({ id, resourceId: resource.id, fileId: file.id, uploadedBy: actor.userId });
  await appendAudit(tx, actor, {
    action: 'resource.attach_file',
    targetType: 'resource',
    targetId: resource.id,
    scopeRegion: resource.centerRegionCode,
    after: { fileName: file.name, mediaType: file.mime, sizeBytes: file.size, sha256: file.sha256 },
    detail: { title: resource.title, resourceFileId: id, fileId: file.id },
  });
  return id;
}

export async function removeResourceFile({
  actor,
  tx,
  resource,
  file,
}: {
  actor: Actor;
  tx: Db;
  resource: ResourceRow;
  file: ResourceFileRow;
}): Promise<void> {
  await tx.delete(resourceFiles).where(eq(resourceFiles.id, file.id));
  await appendAudit(tx, actor, {
    action: 'resource.remove_file',
    targetType: 'resource',
    targetId: resource.id,
    scopeRegion: resource.centerRegionCode,
    before: {
      fileName: file.fileName,
      mediaType: file.mediaType,
      sizeBytes: file.sizeBytes,
      sha256: file.sha256,
    },
    detail: { title: resource.title, resourceFileId: file.id },
  });
}

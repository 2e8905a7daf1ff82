/**
 * The center's operator attaches evidence to a ledger record (服务台账 佐证材料: reports, signed sheets,
 * photos): checked by content and kept in the content-addressed store (src/app/files/store.ts), listed on
 * the record, audited. A refused upload leaves nothing behind: the store writes no bytes for it, and the
 * route removes the bytes of an upload whose transaction failed later (`onStored`).
 */
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import type { ServiceRecordRow } from '../../db/loaders/center-platform/ledger.ts';
import { serviceRecordAttachments } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { storeFile, type StoredFile } from '../files/store.ts';

export type ServiceRecordAttachmentRow = typeof serviceRecordAttachments.$inferSelect;

export async function attachServiceRecordEvidence({
  actor,
  tx,
  record,
  name,
  bytes,
  onStored,
}: {
  actor: Actor;
  tx: Db;
  record: ServiceRecordRow;
  name: string;
  bytes: Buffer;
  /** Told about bytes written, so the route can remove them when the transaction fails. */
  onStored?: (file: StoredFile) => void;
}): Promise<ServiceRecordAttachmentRow> {
  const file = await storeFile({ actor, tx, name, bytes });
  onStored?.(file);
  const [row] = await tx
    .insert(serviceRecordAttachments)
    .values({
      id: uuidv7(),
      serviceRecordId: record.id,
      fileName: file.name,
      mediaType: file.mime,
      sizeBytes: file.size,
      sha256: file.sha256,
      uploadedBy: actor.userId,
    })
    .returning();
  await appendAudit(tx, actor, {
    action: 'service_record.attach',
    targetType: 'service_record',
    targetId: record.id,
    scopeRegion: record.centerRegionCode,
    after: { fileName: file.name, mediaType: file.mime, sizeBytes: file.size, sha256: file.sha256 },
    detail: { centerId: record.centerId, attachmentId: row!.id },
  });
  return row!;
}

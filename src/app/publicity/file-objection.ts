/**
 * Anyone may object (异议) to an entry while the window is open — name, contact, content, attachments.
 * After the last day the objection is refused with the date it closed. Attachments are checked by content
 * (PDF, PNG, JPEG; ≤ 5 MB; ≤ 3) and a refused objection leaves no file behind. The province is notified.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { ObjectionFields } from '../../contracts/publicity.ts';
import type { Db } from '../../db/client.ts';
import type { NoticeRow } from '../../db/loaders/publicity.ts';
import { files, objections, publicityEntries } from '../../db/schema/index.ts';
import { systemActor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError, fieldError } from '../errors.ts';
import { notify } from '../notifications/notify.ts';
import { today } from './clock.ts';
import { phaseOf } from './phase.ts';

export const OBJECTION_MAX_FILES = 3;
export const OBJECTION_MAX_BYTES = 5 * 1024 * 1024;

export interface Upload {
  name: string;
  bytes: Buffer;
}

function detect(bytes: Buffer): string | null {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) {
    return 'application/pdf';
  }
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return 'image/png';
  }
  return starts([0xff, 0xd8, 0xff]) ? 'image/jpeg' : null;
}

/** Where the content-addressed store keeps bytes (the same layout as application materials). */
function storePath(sha256: string): string {
  return resolve(process.env.DTPC_DATA_DIR ?? 'data', 'files', sha256.slice(0, 2), sha256);
}

/** A file name without path separators or control characters. */
function safeName(name: string): string {
  const cleaned = [...name].map((c) => (c === '/' || c === '\\' || c.charCodeAt(0) < 32 ? '_' : c)).join('');
  return cleaned.slice(0, 200) || 'file';
}

/** Checks every upload before anything is written. */
export function checkUploads(uploads: Upload[]): { upload: Upload; mime: string }[] {
  if (uploads.length > OBJECTION_MAX_FILES) {
    throw fieldError('objection.too_many_files', 'attachments', { max: OBJECTION_MAX_FILES });
  }
  return uploads.map((upload) => {
    if (upload.bytes.length > OBJECTION_MAX_BYTES) {
      throw fieldError('objection.file_too_large', 'attachments', {
        limit: OBJECTION_MAX_BYTES / 1024 / 1024,
      });
    }
    const mime = detect(upload.bytes);
    if (!mime) {
      throw fieldError('objection.file_type', 'attachments');
    }
    return { upload, mime };
  });
}

export interface FileObjectionInput {
  tx: Db;
  notice: NoticeRow;
  fields: ObjectionFields;
  uploads: Upload[];
  ip: string | null;
  /** Paths of bytes written by this call, so the caller can remove them if the transaction fails. */
  written: string[];
}

export async function fileObjection(input: FileObjectionInput): Promise<{ id: string; createdAt: Date }> {
  const { tx, notice, fields } = input;
  const now = today();
  const phase = phaseOf(notice, now);
  if (phase === 'upcoming') {
    throw new AppError('publicity.not_started', { startsOn: notice.startsOn });
  }
  if (phase !== 'open') {
    throw new AppError('publicity.closed', { endsOn: notice.endsOn });
  }
  const [entry] = await tx
    .select()
    .from(publicityEntries)
    .where(and(eq(publicityEntries.id, fields.entryId), eq(publicityEntries.noticeId, notice.id)))
    .limit(1);
  if (!entry) {
    throw fieldError('not_found', 'entryId', { entity: 'publicity_notice' });
  }
  if (entry.status !== 'listed') {
    throw fieldError('publicity.not_listed', 'entryId');
  }
  const checked = checkUploads(input.uploads);
  const fileIds: string[] = [];
  for (const { upload, mime } of checked) {
    const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
    const target = storePath(sha256);
    if (!existsSync(target)) {
      mkdirSync(dirname(target), { recursive: true });
      const tmp = `${target}.${uuidv7()}.tmp`;
      writeFileSync(tmp, upload.bytes);
      renameSync(tmp, target);
      input.written.push(target);
    }
    const id = uuidv7();
    await tx.insert(files).values({
      id,
      sha256,
      size: upload.bytes.length,
      mime,
      name: safeName(upload.name),
    });
    fileIds.push(id);
  }
  const id = uuidv7();
  const createdAt = new Date();
  await tx.insert(objections).values({
    id,
    noticeId: notice.id,
    entryId: entry.id,
    name: fields.name,
    contact: fields.contact,
    content: fields.content,
    attachmentFileIds: fileIds,
    status: 'pending',
    ipHash: input.ip ? createHash('sha256').update(`dtpc-objection:${input.ip}`).digest('hex') : null,
    createdAt,
  });
  await appendAudit(
    tx,
    { ...systemActor('public') },
    {
      action: 'objection.file',
      targetType: 'objection',
      targetId: id,
      scopeRegion: entry.regionCode,
      after: { noticeId: notice.id, entryId: entry.id, attachments: fileIds.length },
      // No name or contact here: the audit log keeps no personal data.
      detail: { noticeId: notice.id, application: entry.applicationId, attachments: fileIds.length },
    },
  );
  await notify(tx, {
    role: notice.regionCode === '000000' ? 'national_admin' : 'provincial_admin',
    regionCode: entry.regionCode,
    kind: 'objection.filed',
    params: { notice: notice.title, application: entry.centerName },
    link: `/publicity/${notice.id}/objections`,
  });
  return { id, createdAt };
}

/** Removes bytes written for an objection whose transaction failed. */
export function discardWritten(paths: string[]): void {
  for (const p of paths) {
    rmSync(p, { force: true });
  }
}

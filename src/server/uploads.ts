/**
 * Shared by the routes that take uploads into the content-addressed store (src/app/files/store.ts) and
 * serve them back: reading the one multipart file, and streaming stored bytes as a download.
 */
import { createReadStream } from 'node:fs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { MAX_FILE_BYTES, discardStored, pathOf, type StoredFile } from '../app/files/store.ts';
import type { Db } from '../db/client.ts';
import { filesByIds } from '../db/loaders/recognition.ts';
import { AppError } from '../app/errors.ts';

/** Options for `@fastify/multipart` on an upload route: one file within the store's limit. */
export const multipartOptions = { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5 } };

/**
 * The one file of a multipart upload (field `file`) and the form fields sent before it; too large →
 * file.too_large, none → file.missing.
 */
export async function readUpload(
  request: FastifyRequest,
): Promise<{ name: string; bytes: Buffer; fields: Record<string, string> }> {
  if (!request.isMultipart()) {
    throw new AppError('request.unsupported_media_type', { type: request.headers['content-type'] ?? '' });
  }
  const data = await request.file();
  if (!data) {
    throw new AppError('file.missing');
  }
  let bytes: Buffer;
  try {
    bytes = await data.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('file.too_large', { limit: MAX_FILE_BYTES / 1024 / 1024 });
    }
    throw error;
  }
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(data.fields)) {
    const field = Array.isArray(v) ? v[0] : v;
    if (field && field.type === 'field' && typeof field.value === 'string') {
      fields[k] = field.value;
    }
  }
  return { name: data.filename, bytes, fields };
}

/** Streams stored bytes as a download with their detected type and (UTF-8) file name. */
export function sendStoredFile(
  reply: FastifyReply,
  file: { fileName: string; mediaType: string; sizeBytes: number; sha256: string },
): FastifyReply {
  return reply
    .header('content-type', file.mediaType)
    .header('content-length', file.sizeBytes)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .send(createReadStream(pathOf(file.sha256)));
}

/**
 * Streams the stored file `fileId` when it is one of a record's own files (`linked`); any other id — unknown
 * or belonging elsewhere — answers 404 file, so a record's download route never serves another's file.
 */
export async function sendLinkedFile(
  db: Db,
  reply: FastifyReply,
  linked: Iterable<string>,
  fileId: string,
): Promise<FastifyReply> {
  const [file] = new Set(linked).has(fileId) ? await filesByIds(db, [fileId]) : [];
  if (!file) {
    throw new AppError('not_found', { entity: 'file' });
  }
  return sendStoredFile(reply, {
    fileName: file.name,
    mediaType: file.mime,
    sizeBytes: file.size,
    sha256: file.sha256,
  });
}

/** The reference an upload route answers with for the file it stored. */
export function uploadedFileRef(file: {
  id: string;
  name: string;
  size: number;
  mime: string;
  sha256: string;
}) {
  return { id: file.id, name: file.name, size: file.size, mime: file.mime, sha256: file.sha256 };
}

/**
 * Runs an upload's transaction; `work` reports the bytes the store wrote (`onStored`), and they are removed
 * again when the transaction fails, so a refused upload leaves nothing behind.
 */
export async function inUploadTransaction<T>(
  db: Db,
  work: (tx: Db, onStored: (file: StoredFile) => void) => Promise<T>,
): Promise<T> {
  let stored: StoredFile | null = null;
  try {
    return await db.transaction((tx) => work(tx, (file) => (stored = file)));
  } catch (error) {
    discardStored(stored);
    throw error;
  }
}

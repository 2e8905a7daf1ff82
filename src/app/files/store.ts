/**
 * The content-addressed file store: bytes at <dataDir>/files/<sha256[0..2]>/<sha256>, metadata in `files`.
 * The type is detected from the content (magic bytes), never from the name or the client's claim; a
 * refused upload leaves nothing behind (no row, no bytes).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import { files } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type DetectedMime =
  | 'application/pdf'
  | 'image/png'
  | 'image/jpeg'
  | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  | 'application/zip';

function startsWith(buf: Buffer, bytes: number[]): boolean {
  return buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);
}

/** The file type by its content, or null when it is not one the platform accepts. */
export function detectMime(buf: Buffer): DetectedMime | null {
  if (startsWith(buf, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
    return 'application/pdf';
  }
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return 'image/png';
  }
  if (startsWith(buf, [0xff, 0xd8, 0xff])) {
    return 'image/jpeg';
  }
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04]) || startsWith(buf, [0x50, 0x4b, 0x05, 0x06])) {
    // OOXML packages are ZIPs whose entry names say what they are.
    const names = buf.toString('latin1');
    if (names.includes('word/')) {
      return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    }
    if (names.includes('xl/')) {
      return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    }
    return 'application/zip';
  }
  return null;
}

/** Where the store keeps its bytes. */
export function filesRoot(): string {
  return resolve(process.env.DTPC_DATA_DIR ?? 'data', 'files');
}

export function pathOf(sha256: string): string {
  return resolve(filesRoot(), sha256.slice(0, 2), sha256);
}

export interface StoredFile {
  id: string;
  sha256: string;
  size: number;
  mime: string;
  name: string;
  /** Bytes written by this call (removed again when the transaction fails). */
  created: boolean;
}

/** Checks and stores one upload inside `tx`; throws AppError (and writes nothing) when refused. */
export async function storeFile({
  actor,
  tx,
  name,
  bytes,
}: {
  actor: Actor;
  tx: Db;
  name: string;
  bytes: Buffer;
}): Promise<StoredFile> {
  if (bytes.length === 0) {
    throw new AppError('file.missing');
  }
  if (bytes.length > MAX_FILE_BYTES) {
    throw new AppError('file.too_large', { limit: MAX_FILE_BYTES / 1024 / 1024 });
  }
  const mime = detectMime(bytes);
  if (!mime) {
    throw new AppError('file.type_not_allowed');
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const target = pathOf(sha256);
  let created = false;
  if (!existsSync(target)) {
    mkdirSync(dirname(target), { recursive: true });
    const tmp = `${target}.${uuidv7()}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, target);
    created = true;
  }
  const id = uuidv7();
  // Path separators and control characters never reach a download header.
  const safeName =
    [...name]
      .map((c) => (c === '/' || c === '\\' || c.charCodeAt(0) < 32 ? '_' : c))
      .join('')
      .slice(0, 200) || 'file';
  try {
    await tx.insert(files).values({
      id,
      sha256,
      size: bytes.length,
      mime,
      name: safeName,
      uploadedByUserId: actor.userId,
      organisationId: actor.organisationId,
    });
  } catch (error) {
    if (created) {
      rmSync(target, { force: true });
    }
    throw error;
  }
  return { id, sha256, size: bytes.length, mime, name: safeName, created };
}

/** Removes bytes written by an upload whose transaction then failed (so a refused upload leaves nothing). */
export function discardStored(file: StoredFile | null): void {
  if (file?.created) {
    rmSync(pathOf(file.sha256), { force: true });
  }
}

/**
 * The one input gate every request passes before its schema: text that no column can hold (NUL bytes, lone
 * UTF-16 surrogates) is refused naming the field, and an upload whose declared size is already beyond the
 * store's limit is refused before a byte of it is read. Both would otherwise surface deep inside PostgreSQL
 * or busboy as a 5xx.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../app/errors.ts';
import { MAX_FILE_BYTES } from '../../app/files/store.ts';

// In `u` mode a surrogate pair is one code point outside this class, so only NULs and lone surrogates match.
// eslint-disable-next-line no-control-regex -- the NUL byte is exactly what this gate refuses.
const FORBIDDEN_TEXT = /[\u0000\uD800-\uDFFF]/u;

/** True when `value` holds a character PostgreSQL text or jsonb cannot store. */
export function hasForbiddenText(value: string): boolean {
  return FORBIDDEN_TEXT.test(value);
}

/** The dotted path of the first string (or key) under `value` that holds forbidden text, or null. */
export function findForbiddenText(value: unknown, path: string[] = [], depth = 0): string[] | null {
  if (typeof value === 'string') {
    return hasForbiddenText(value) ? path : null;
  }
  if (value === null || typeof value !== 'object' || depth > 64) {
    return null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findForbiddenText(value[i], [...path, String(i)], depth + 1);
      if (found) {
        return found;
      }
    }
    return null;
  }
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (hasForbiddenText(key)) {
      return [...path, key];
    }
    const found = findForbiddenText(item, [...path, key], depth + 1);
    if (found) {
      return found;
    }
  }
  return null;
}

function invalidText(path: string[], fallback: string): AppError {
  const field = path.join('.') || fallback;
  return new AppError('request.invalid_text', { field: path.at(-1) ?? fallback }, [
    {
      field,
      code: 'request.invalid_text',
      message: {
        zh: '含有不允许的字符（空字符或不完整的 Unicode 字符）',
        en: 'contains a forbidden character',
      },
    },
  ]);
}

/** Headroom over the file limit for the multipart envelope and its form fields. */
const MULTIPART_OVERHEAD = 1024 * 1024;

export function registerInputGate(app: FastifyInstance): void {
  app.addHook('onRequest', async (request: FastifyRequest, reply) => {
    const type = request.headers['content-type'] ?? '';
    const length = Number(request.headers['content-length'] ?? 0);
    if (type.startsWith('multipart/') && length > MAX_FILE_BYTES + MULTIPART_OVERHEAD) {
      // Close the connection: otherwise Node would read the rest of the body to keep the socket alive.
      reply.header('connection', 'close');
      throw new AppError('file.too_large', { limit: MAX_FILE_BYTES / 1024 / 1024 });
    }
  });
  app.addHook('preValidation', async (request: FastifyRequest) => {
    for (const [part, value] of [
      ['params', request.params],
      ['query', request.query],
      ['body', request.body],
    ] as const) {
      const found = findForbiddenText(value);
      if (found) {
        throw invalidText(found, part);
      }
    }
  });
}

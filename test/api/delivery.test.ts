/**
 * Delivery: precompressed static assets sent in the encoding the client accepts, a year's immutable cache
 * for hashed assets and revalidation for the entry page, and JSON above 1 kB compressed on the fly — but
 * never an xlsx, which is a zip already.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp, type App } from '../../src/server/app.ts';
import { cloneTemplate } from '../support/databases.ts';
import type { Database } from '../../src/db/client.ts';

const ASSET = '/assets/index-Ab12Cd34.js';
// Repetitive enough to compress, big enough (> 1 kB) for the build to precompress it.
const source = Array.from({ length: 200 }, (_, i) => `export const value${i} = ${i};`).join('\n');

let app: App;
let database: Database;
let dist: string;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'dtpc-delivery-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    `<!doctype html><html><head><script type="module" src="${ASSET}"></script></head><body><div id="root"></div></body></html>`,
  );
  // What the build's precompress step writes beside each asset (web/vite.config.ts).
  writeFileSync(join(dist, ASSET), source);
  writeFileSync(join(dist, `${ASSET}.br`), brotliCompressSync(source));
  writeFileSync(join(dist, `${ASSET}.gz`), gzipSync(source));
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  database = await cloneTemplate(inject('testDbKind'), inject('pgliteDumpPath'));
  app = await buildApp({ database, serveWeb: true, webDist: dist });
  await app.ready();
});

afterAll(async () => {
  await app.close();
  await database.close();
  rmSync(dist, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  app.inject({
    method: 'GET',
    url,
    headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
  });

function decoded(res: LightMyRequestResponse): string {
  const encoding = res.headers['content-encoding'];
  if (encoding === 'br') {
    return brotliDecompressSync(res.rawPayload).toString('utf8');
  }
  if (encoding === 'gzip') {
    return gunzipSync(res.rawPayload).toString('utf8');
  }
  return res.body;
}

describe('static assets', () => {
  it('sends the precompressed brotli or gzip file the client accepts, varying on Accept-Encoding', async () => {
    for (const [accept, encoding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0.5, gzip;q=1', 'gzip'],
    ] as const) {
      const res = await get(ASSET, accept);
      expect(res.statusCode, accept).toBe(200);
      expect(res.headers['content-encoding'], accept).toBe(encoding);
      expect(res.headers['content-type'], accept).toMatch(/javascript/u);
      expect(String(res.headers.vary), accept).toMatch(/accept-encoding/iu);
      expect(decoded(res), accept).toBe(source);
      expect(res.rawPayload.length, accept).toBeLessThan(source.length / 3);
    }
    const plain = await get(ASSET);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(source);
    expect(String(plain.headers.vary)).toMatch(/accept-encoding/iu);
  });

  it('caches hashed assets for a year as immutable; other files and the entry page are revalidated', async () => {
    expect((await get(ASSET, 'br')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get(ASSET)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/favicon.svg')).headers['cache-control']).toBe('no-cache');
    for (const url of ['/', '/directory', '/publicity']) {
      const page = await get(url, 'gzip, br');
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['cache-control'], url).toBe('no-cache');
      expect(decoded(page), url).toContain('<div id="root">');
    }
  });
});

describe('API responses', () => {
  it('compresses a big JSON list in the encoding the client accepts', async () => {
    const plain = await get('/api/regions');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);
    for (const [accept, encoding] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
    ] as const) {
      const res = await get('/api/regions', accept);
      expect(res.statusCode, accept).toBe(200);
      expect(res.headers['content-encoding'], accept).toBe(encoding);
      expect(String(res.headers.vary), accept).toMatch(/accept-encoding/iu);
      expect(JSON.parse(decoded(res)), accept).toEqual(plain.json());
      expect(res.rawPayload.length, accept).toBeLessThan(plain.body.length / 3);
    }
  });

  it('leaves answers under 1 kB alone', async () => {
    const res = await get('/api/health', 'br, gzip');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json()).toMatchObject({ status: 'ok' });
  });

  it('sends spreadsheet downloads as they are: an xlsx is a zip already', async () => {
    const res = await get('/api/directory/export.xlsx', 'br, gzip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('compresses the OpenAPI document, which generators fetch whole', async () => {
    const res = await get('/api/openapi.json', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(decoded(res))).toMatchObject({ openapi: '3.1.0' });
  });
});

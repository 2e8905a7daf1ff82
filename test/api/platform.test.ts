import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import Fastify from 'fastify';
import { industries, regions } from '../../src/db/schema/index.ts';
import { registerAuth } from '../../src/server/plugins/auth.ts';
import { createTestApp, type TestApp } from '../support/api.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('platform', () => {
  it('answers /api/health with status, database kind and version', async () => {
    const res = await t.request(null, 'GET', '/api/health');
    expect(res.json()).toEqual({ status: 'ok', db: t.database.kind, version: '0.1.0' });
  });

  it('serves the OpenAPI document, identical to the committed docs/openapi.json', async () => {
    const res = await t.request(null, 'GET', '/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/api/users');
    const committed = JSON.parse(readFileSync('docs/openapi.json', 'utf8'));
    expect(doc, 'docs/openapi.json is stale: run npm run openapi').toEqual(committed);
  });

  it('declares a guard on every API route; the public ones are exactly these', () => {
    const api = t.app.routeGuards.filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD');
    expect(api.length).toBeGreaterThan(15);
    const publicRoutes = api
      .filter((r) => r.guard === 'public')
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(publicRoutes).toEqual([
      'GET /api/audit/checkpoint',
      'GET /api/calendar/working-days',
      'GET /api/calendar/years',
      'GET /api/calls',
      'GET /api/calls/:id',
      'GET /api/calls/export.xlsx',
      'GET /api/catalog/centers/:slug',
      'GET /api/catalog/centers/:slug/events',
      'GET /api/catalog/centers/:slug/offers',
      'GET /api/catalog/courses',
      'GET /api/catalog/resources',
      'GET /api/catalog/resources/:id',
      'GET /api/catalog/resources/:id/files',
      'GET /api/catalog/resources/:id/files/:fileId',
      'GET /api/diagnosis/models',
      'GET /api/diagnosis/models/:id',
      'GET /api/directory',
      'GET /api/directory/:id',
      'GET /api/directory/:id/ratings',
      'GET /api/directory/export.xlsx',
      'GET /api/directory/map',
      'GET /api/federation/v1/changes',
      'GET /api/federation/v1/snapshot',
      'GET /api/federation/v1/witness',
      'GET /api/health',
      'GET /api/industries',
      'GET /api/openapi.json',
      'GET /api/policy-packs',
      'GET /api/policy-packs/:id',
      'GET /api/publicity',
      'GET /api/publicity/:id',
      'GET /api/publicity/export.xlsx',
      'GET /api/publicity/window',
      'GET /api/regions',
      'GET /api/regions/:code',
      'GET /api/transparency/v1/decisions/:decisionId',
      'GET /api/transparency/v1/entries/:index',
      'GET /api/transparency/v1/proof/consistency',
      'GET /api/transparency/v1/proof/inclusion',
      'GET /api/transparency/v1/sth',
      'GET /api/transparency/v1/sth/:treeSize',
      'GET /api/transparency/v1/sths',
      'POST /api/auth/login',
      'POST /api/diagnosis/models/:id/score',
      'POST /api/policy-packs/:id/evaluate',
      'POST /api/publicity/:id/objections',
    ]);
    expect(api.find((r) => r.url === '/api/users' && r.method === 'POST')?.guard).toBe('user.create');
  });

  it('refuses to register a route that declares no guard', async () => {
    const app = Fastify();
    registerAuth(app);
    expect(() => app.get('/api/forgotten', async () => ({ ok: true }))).toThrow(/declares no guard/);
    await app.close();
  });

  it('loads GB/T 2260 and GB/T 4754 reference data', async () => {
    const [r] = await t.database.db.select({ n: count() }).from(regions);
    const [i] = await t.database.db.select({ n: count() }).from(industries);
    expect(Number(r!.n)).toBeGreaterThan(700);
    expect(Number(i!.n)).toBe(117);
    const sd = (await t.request(null, 'GET', '/api/regions?parent=370000')).json();
    const codes = sd.map((x: { code: string }) => x.code);
    expect(codes).toContain('370100');
    expect(codes).not.toContain('371200');
    expect(sd).toHaveLength(16);
    expect((await t.request(null, 'GET', '/api/regions/371200')).statusCode).toBe(404);
    expect((await t.request(null, 'GET', '/api/regions/350800')).json()).toMatchObject({ name: '龙岩市' });
    const ind = (await t.request(null, 'GET', '/api/industries')).json();
    expect(ind).toContainEqual({ code: 'C13', name: '农副食品加工业', section: 'C' });
  });
});

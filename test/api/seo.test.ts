/**
 * For search engines: /sitemap.xml lists the public sections and every public record with absolute URLs
 * (and nothing private: no draft-only center, no members-only resource), /robots.txt points to it and
 * keeps crawlers out of the API, and the entry page served for a public record's path carries its title.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp, type App } from '../../src/server/app.ts';
import { centers, publicityNotices, resources } from '../../src/db/schema/index.ts';
import type { Database } from '../../src/db/client.ts';
import { cloneTemplate } from '../support/databases.ts';
import { makeOperatedCenter } from '../factories/center-platform.ts';

let app: App;
let database: Database;
let dist: string;
const previousUrl = process.env.DTPC_PUBLIC_URL;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'dtpc-seo-'));
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><html><head><title>入口页</title></head><body><div id="root"></div></body></html>',
  );
  database = await cloneTemplate(inject('testDbKind'), inject('pgliteDumpPath'));
  await makeOperatedCenter(database.db, {
    slug: 'seo-building',
    status: 'building',
    name: '培育中的中心<测试>',
  });
  app = await buildApp({ database, serveWeb: true, webDist: dist });
  await app.ready();
});

afterAll(async () => {
  if (previousUrl === undefined) {
    delete process.env.DTPC_PUBLIC_URL;
  } else {
    process.env.DTPC_PUBLIC_URL = previousUrl;
  }
  await app.close();
  await database.close();
  rmSync(dist, { recursive: true, force: true });
});

const get = (url: string) => app.inject({ method: 'GET', url, headers: { host: 'dtpc.example.cn' } });
const title = (html: string) => /<title>([^<]*)<\/title>/u.exec(html)?.[1];

describe('sitemap and robots', () => {
  it('lists the sections and every public record, with absolute URLs and dates', async () => {
    delete process.env.DTPC_PUBLIC_URL;
    const res = await get('/sitemap.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/xml');
    const locs = [...res.body.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]!);
    for (const section of ['/', '/calls', '/publicity', '/directory', '/catalog', '/training', '/policy']) {
      expect(locs).toContain(`http://dtpc.example.cn${section}`);
    }
    expect(locs).toContain('http://dtpc.example.cn/policy/shandong-guide');
    expect(locs).toContain('http://dtpc.example.cn/centers/jinan-demo');
    const db = database.db;
    for (const n of await db.select({ id: publicityNotices.id }).from(publicityNotices)) {
      expect(locs).toContain(`http://dtpc.example.cn/publicity/${n.id}`);
    }
    const listed = await db.select({ id: centers.id }).from(centers).where(ne(centers.status, 'building'));
    expect(listed.length).toBeGreaterThan(0);
    for (const c of listed) {
      expect(locs).toContain(`http://dtpc.example.cn/directory/${c.id}`);
    }
    // Private or unfinished records are not advertised.
    const [building] = await db
      .select({ id: centers.id })
      .from(centers)
      .where(eq(centers.slug, 'seo-building'));
    expect(locs).not.toContain(`http://dtpc.example.cn/directory/${building!.id}`);
    const hidden = await db
      .select({ id: resources.id })
      .from(resources)
      .where(eq(resources.access, 'members_only'));
    for (const r of hidden) {
      expect(locs).not.toContain(`http://dtpc.example.cn/catalog/${r.id}`);
    }
    const shown = await db
      .select({ id: resources.id })
      .from(resources)
      .where(and(eq(resources.status, 'published'), eq(resources.access, 'public')));
    expect(shown.length).toBeGreaterThan(0);
    expect(locs).toContain(`http://dtpc.example.cn/catalog/${shown[0]!.id}`);
    expect(res.body).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/u);
    expect(locs.some((l) => l.includes('/api/'))).toBe(false);
  });

  it('uses DTPC_PUBLIC_URL behind a proxy, and robots.txt points to the sitemap and keeps out of the API', async () => {
    process.env.DTPC_PUBLIC_URL = 'https://dtpc.gov.example/';
    expect((await get('/sitemap.xml')).body).toContain('<loc>https://dtpc.gov.example/calls</loc>');
    const robots = await get('/robots.txt');
    expect(robots.headers['content-type']).toContain('text/plain');
    expect(robots.body).toContain('Disallow: /api/');
    expect(robots.body).toContain('Sitemap: https://dtpc.gov.example/sitemap.xml');
    delete process.env.DTPC_PUBLIC_URL;
  });
});

describe('titles for crawlers', () => {
  it("gives a public record's page its own title, escaped, and the sections theirs", async () => {
    const [notice] = await database.db.select().from(publicityNotices).limit(1);
    expect(title((await get(`/publicity/${notice!.id}`)).body)).toBe(
      `${notice!.title} - 公示公告 - 工业互联网数字化转型促进中心 服务平台`,
    );
    const [jinan] = await database.db.select().from(centers).where(eq(centers.slug, 'jinan-demo'));
    expect(title((await get(`/directory/${jinan!.id}`)).body)).toBe(
      `${jinan!.name} - 促进中心名录 - 工业互联网数字化转型促进中心 服务平台`,
    );
    expect(title((await get('/centers/seo-building')).body)).toBe(
      '培育中的中心&lt;测试&gt; - 促进中心 - 工业互联网数字化转型促进中心 服务平台',
    );
    expect(title((await get('/policy/shandong-guide')).body)).toMatch(/^山东省.+ - 政策文件 - /u);
    expect(title((await get('/training')).body)).toBe('培训报名 - 工业互联网数字化转型促进中心 服务平台');
    expect(title((await get('/')).body)).toBe('工业互联网数字化转型促进中心 服务平台');
    // Unknown records and private pages keep the app's own title.
    expect(title((await get('/publicity/00000000-0000-7000-8000-000000000000')).body)).toBe('入口页');
    expect(title((await get('/admin/users')).body)).toBe('入口页');
  });
});

/**
 * The network across installations (#12): a hub and two nodes, each its own database and — for the nodes —
 * its own port on 127.0.0.1, so the hub harvests over real HTTP. Proves the first harvest, an update, a
 * delete reaching the hub as a tombstone, a re-harvest that rewrites nothing, an expired cursor answered
 * with 410 and recovered by a snapshot and a sweep, foreign and malformed cursors, the network catalog's
 * province facet, and (on PostgreSQL) that a transaction committing late is never skipped by the feed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import pg from 'pg';
import ExcelJS from 'exceljs';
import {
  federationFeedState,
  federationProvenance,
  federationRecords,
  resources,
} from '../../src/db/schema/index.ts';
import { configureInstallationRegion, purgeTombstones, readChanges } from '../../src/app/federation/feed.ts';
import type { NetworkRecordList, NodeView, RunView } from '../../src/contracts/federation.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';

let hub: TestApp;
let nodeA: TestApp;
let nodeB: TestApp;
let admin: Session;
const url: Record<string, string> = {};
const nodeId: Record<string, string> = {};

async function startNode(region: string): Promise<{ t: TestApp; url: string }> {
  const t = await createTestApp();
  await configureInstallationRegion(t.database.db, region);
  // Clones of one template share a feed identity; real installations each get their own at migration.
  await t.database.db.update(federationFeedState).set({ feedId: crypto.randomUUID() });
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
  return { t, url: address };
}

/** Waits for the run's state, not for time: polls until it is no longer running. */
async function harvest(which: 'A' | 'B'): Promise<RunView> {
  const res = await hub.request(admin, 'POST', `/api/federation/nodes/${nodeId[which]}/harvest`);
  expect(res.statusCode, res.body).toBe(202);
  const runId = (res.json() as RunView).id;
  for (let i = 0; i < 2000; i += 1) {
    const runs = (await hub.request(admin, 'GET', `/api/federation/nodes/${nodeId[which]}/runs`)).json() as {
      items: RunView[];
    };
    const run = runs.items.find((r) => r.id === runId)!;
    if (run.status !== 'running') {
      return run;
    }
    await new Promise((done) => setTimeout(done, 25));
  }
  throw new Error('harvest did not finish');
}

async function publicCount(t: TestApp): Promise<number> {
  let after = '';
  let n = 0;
  for (;;) {
    const page = (
      await t.request(null, 'GET', `/api/federation/v1/snapshot?limit=200${after ? `&after=${after}` : ''}`)
    ).json() as {
      items: unknown[];
      next: string;
      complete: boolean;
    };
    n += page.items.length;
    if (page.complete) {
      return n;
    }
    after = page.next;
  }
}

async function heldAtHub(urnSuffix: string) {
  const rows = await hub.database.db
    .select()
    .from(federationRecords)
    .where(sql`${federationRecords.urn} like ${`%${urnSuffix}`}`);
  return rows;
}

async function publishedResourceIds(t: TestApp): Promise<string[]> {
  const rows = await t.database.db
    .select({ id: resources.id })
    .from(resources)
    .where(eq(resources.status, 'published'))
    .orderBy(resources.id);
  return rows.map((r) => r.id);
}

beforeAll(async () => {
  hub = await createTestApp();
  const a = await startNode('370000');
  const b = await startNode('620000');
  nodeA = a.t;
  nodeB = b.t;
  url.A = a.url;
  url.B = b.url;
  admin = await hub.login('national');
  for (const [which, name, region] of [
    ['A', '山东省节点', '370000'],
    ['B', '甘肃省节点', '620000'],
  ] as const) {
    const res = await hub.request(admin, 'POST', '/api/federation/nodes', {
      name,
      baseUrl: url[which],
      regionCode: region,
    });
    expect(res.statusCode, res.body).toBe(201);
    nodeId[which] = (res.json() as NodeView).id;
  }
}, 120_000);

afterAll(async () => {
  await Promise.all([hub?.close(), nodeA?.close(), nodeB?.close()]);
});

describe('the change feed (public contract)', () => {
  it('serves public records with URN, version, SM3 content hash and cursors, and tombstones for the rest', async () => {
    const res = await nodeA.request(null, 'GET', '/api/federation/v1/changes?limit=5');
    expect(res.statusCode).toBe(200);
    const page = res.json() as {
      items: { urn: string; op: string; contentHash?: string }[];
      next: string;
      highWater: string;
      complete: boolean;
    };
    expect(page.items).toHaveLength(5);
    expect(page.complete).toBe(false);
    for (const item of page.items) {
      expect(item.urn).toMatch(
        /^urn:dtpc:370000:(center|resource|call|publicity_notice|need):[0-9a-f-]{36}$/,
      );
      if (item.op === 'upsert') {
        expect(item.contentHash).toMatch(/^[0-9a-f]{64}$/);
      }
    }
    const second = (
      await nodeA.request(null, 'GET', `/api/federation/v1/changes?limit=5&after=${page.next}`)
    ).json() as {
      items: { urn: string }[];
    };
    expect(second.items.map((i) => i.urn)).not.toContain(page.items[0]!.urn);
  });

  it('refuses a malformed cursor with 400 naming the field, and a foreign one with 410', async () => {
    const bad = await nodeA.request(null, 'GET', '/api/federation/v1/changes?after=nonsense');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'federation.cursor_malformed' });
    expect(JSON.stringify(bad.json())).toContain('after');
    const fromB = (await nodeB.request(null, 'GET', '/api/federation/v1/changes?limit=1')).json() as {
      next: string;
    };
    const foreign = await nodeA.request(null, 'GET', `/api/federation/v1/changes?after=${fromB.next}`);
    expect(foreign.statusCode).toBe(410);
    expect(foreign.json()).toMatchObject({ code: 'federation.cursor_foreign' });
    expect((foreign.json() as { title: string }).title).toMatch(/快照/);
  });
});

describe('harvest at the hub', () => {
  it('first harvest brings every public record of the node, identified by (node, URN)', async () => {
    const run = await harvest('A');
    expect(run).toMatchObject({ status: 'succeeded', mode: 'changes', failed: 0 });
    const expected = await publicCount(nodeA);
    expect(expected).toBeGreaterThan(5);
    const live = await hub.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(federationRecords)
      .where(and(eq(federationRecords.nodeId, nodeId.A!), sql`${federationRecords.deletedAt} is null`));
    expect(live[0]!.n).toBe(expected);
    const nodes = (await hub.request(admin, 'GET', '/api/federation/nodes')).json() as { items: NodeView[] };
    const a = nodes.items.find((n) => n.id === nodeId.A)!;
    expect(a).toMatchObject({ liveRecords: expected, lag: 0, lastError: null, running: false });
    expect(a.lastSuccessAt).not.toBeNull();
  });

  it('a re-harvest without changes rewrites nothing', async () => {
    const before = await hub.database.db.select({ n: sql<number>`count(*)::int` }).from(federationProvenance);
    const run = await harvest('A');
    expect(run).toMatchObject({ status: 'succeeded', applied: 0, failed: 0 });
    const after = await hub.database.db.select({ n: sql<number>`count(*)::int` }).from(federationProvenance);
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('an update reaches the hub with the source’s modified time, keeping the first harvest time', async () => {
    const [id] = await publishedResourceIds(nodeA);
    const [held] = await heldAtHub(id!);
    const modifiedAt = new Date('2026-03-01T08:00:00Z');
    await nodeA.database.db
      .update(resources)
      .set({
        title: '联邦同步测试：改过的标题',
        updatedAt: modifiedAt,
        version: sql`${resources.version} + 1`,
      })
      .where(eq(resources.id, id!));
    const run = await harvest('A');
    expect(run).toMatchObject({ status: 'succeeded', applied: 1, failed: 0 });
    const [now] = await heldAtHub(id!);
    expect(now!.title).toBe('联邦同步测试：改过的标题');
    expect(now!.version).toBeGreaterThan(held!.version);
    expect(now!.sourceModifiedAt.toISOString()).toBe(modifiedAt.toISOString());
    expect(now!.firstHarvestedAt.toISOString()).toBe(held!.firstHarvestedAt.toISOString());
    expect(now!.urn).toBe(held!.urn);
    const trail = await hub.database.db
      .select()
      .from(federationProvenance)
      .where(eq(federationProvenance.urn, held!.urn))
      .orderBy(federationProvenance.id);
    expect(trail.map((p) => p.op)).toEqual(['upsert', 'upsert']);
  });

  it('a delete reaches the hub as a tombstone and leaves the network catalog', async () => {
    const [, id] = await publishedResourceIds(nodeA);
    await nodeA.database.db.update(resources).set({ status: 'archived' }).where(eq(resources.id, id!));
    const run = await harvest('A');
    expect(run).toMatchObject({ status: 'succeeded', applied: 1 });
    const [held] = await heldAtHub(id!);
    expect(held!.deletedAt).not.toBeNull();
    const list = (
      await hub.request(admin, 'GET', `/api/federation/records?nodeId=${nodeId.A}&pageSize=100&type=resource`)
    ).json() as NetworkRecordList;
    expect(list.items.map((r) => r.urn)).not.toContain(held!.urn);
  });

  it('an expired cursor gets 410; the hub takes a snapshot, sweeps what is gone, and continues', async () => {
    const ids = await publishedResourceIds(nodeA);
    const gone = ids[2]!;
    await nodeA.database.db.update(resources).set({ status: 'archived' }).where(eq(resources.id, gone));
    // 91 days later the tombstone is purged, before the hub saw it.
    const purged = await purgeTombstones(nodeA.database.db, new Date(Date.now() + 91 * 86_400_000));
    expect(purged.purged).toBeGreaterThan(0);
    const [node] = (await hub.request(admin, 'GET', '/api/federation/nodes'))
      .json()
      .items.filter((n: NodeView) => n.id === nodeId.A);
    const expired = await nodeA.request(null, 'GET', `/api/federation/v1/changes?after=${node.cursor}`);
    expect(expired.statusCode).toBe(410);
    expect(expired.json()).toMatchObject({ code: 'federation.cursor_expired' });

    const run = await harvest('A');
    expect(run).toMatchObject({ status: 'succeeded', mode: 'snapshot', failed: 0 });
    expect(run.swept).toBe(1);
    const [held] = await heldAtHub(gone);
    expect(held!.deletedAt).not.toBeNull();
    const trail = await hub.database.db
      .select()
      .from(federationProvenance)
      .where(eq(federationProvenance.urn, held!.urn));
    expect(trail.map((p) => p.op)).toContain('sweep');
    // Afterwards the feed continues from the snapshot's high-water mark.
    const next = await harvest('A');
    expect(next).toMatchObject({ status: 'succeeded', mode: 'changes', applied: 0 });
  });

  it('the network catalog spans both nodes with a province facet and links back to the source', async () => {
    expect(await harvest('B')).toMatchObject({ status: 'succeeded', failed: 0 });
    const all = (
      await hub.request(admin, 'GET', '/api/federation/records?pageSize=5')
    ).json() as NetworkRecordList;
    const provinces = all.facets.province.map((f) => f.value);
    expect(provinces).toEqual(expect.arrayContaining(['37', '62']));
    const gansu = (
      await hub.request(admin, 'GET', '/api/federation/records?province=62&pageSize=100')
    ).json() as NetworkRecordList;
    expect(gansu.total).toBe(all.facets.province.find((f) => f.value === '62')!.count);
    expect(gansu.items.every((r) => r.regionCode.startsWith('62'))).toBe(true);
    const fromB = (
      await hub.request(admin, 'GET', `/api/federation/records?nodeId=${nodeId.B}&type=center&pageSize=100`)
    ).json() as NetworkRecordList;
    expect(fromB.total).toBeGreaterThan(0);
    expect(
      fromB.items.every((r) => r.nodeId === nodeId.B && r.urn.startsWith('urn:dtpc:620000:center:')),
    ).toBe(true);
    expect(fromB.items.every((r) => r.sourceUrl?.startsWith(`${url.B}/centers/`))).toBe(true);
    const xlsx = await hub.request(
      admin,
      'GET',
      `/api/federation/records/export.xlsx?nodeId=${nodeId.B}&type=center`,
    );
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual(
      expect.arrayContaining(['名称', '类型', '地区', '来源节点', '源端更新时间']),
    );
    expect(sheet.rowCount - 1).toBe(fromB.total);
    expect(sheet.getRow(2).getCell(2).value).toBe('促进中心');
    expect(String(sheet.getRow(2).getCell(3).value)).toMatch(/^甘肃省|省|市/);
  });

  it('refuses a second registration of the same address and a harvest by a non-administrator', async () => {
    const dup = await hub.request(admin, 'POST', '/api/federation/nodes', {
      name: '重复',
      baseUrl: `${url.A}/`,
      regionCode: '370000',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'federation.node_duplicate' });
    const operator = await hub.login('operator.1');
    const res = await hub.request(operator, 'POST', `/api/federation/nodes/${nodeId.A}/harvest`);
    expect(res.statusCode).toBe(403);
  });
});

describe.runIf(process.env.DTPC_TEST_DB === 'postgres')('the transaction horizon (PostgreSQL)', () => {
  it('never serves past a transaction that is still open, so its change cannot be skipped', async () => {
    const db = nodeA.database.db;
    const start = await readChanges(db, { limit: 1000 });
    const [slow, fast] = await publishedResourceIds(nodeA);
    const client = new pg.Client({ connectionString: nodeA.database.url });
    await client.connect();
    try {
      await client.query('begin');
      await client.query(`update resources set title = title || '（慢）' where id = $1`, [slow]);
      // A later transaction commits first.
      await db
        .update(resources)
        .set({ title: sql`${resources.title} || '（快）'` })
        .where(eq(resources.id, fast!));
      const during = await readChanges(db, { after: start.next, limit: 1000 });
      expect(during.items.map((i) => i.urn)).not.toContain(expect.stringContaining(fast!));
      await client.query('commit');
      const after = await readChanges(db, { after: start.next, limit: 1000 });
      const urns = after.items.map((i) => i.urn);
      expect(urns.some((u) => u.endsWith(slow!))).toBe(true);
      expect(urns.some((u) => u.endsWith(fast!))).toBe(true);
    } finally {
      await client.end();
    }
  });
});

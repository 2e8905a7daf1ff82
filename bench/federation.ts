/**
 * The network simulation (#12): N provincial nodes × K resources each, a first harvest, then 10 % churn
 * (creates, updates, deletes — half archived, half removed) and a second harvest, then a check that the
 * hub converged: every live record present with the latest version and content, every deleted one
 * tombstoned, nothing resurrected.
 *
 *   node bin/tsx.mjs bench/federation.ts [nodes] [perNode]      (default 31 × 10,000; PostgreSQL)
 *
 * How it runs (stated, as the issue asks): in one process, on the local PostgreSQL (BENCH_PG_URL), each
 * node its own database created from one migrated template, with the real outbox triggers and the real
 * feed code (readChanges / readSnapshot) behind one Fastify server at /n/<i>/api/federation/v1/…; the hub
 * its own database, harvesting over HTTP with the real harvester, four nodes at a time. Baseline in the
 * same run: reading every node's resources with bare SQL (`select *`), the floor of any harvest.
 */
import Fastify from 'fastify';
import pg from 'pg';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { migrateDatabase, openDatabase, type Database } from '../src/db/client.ts';
import { federationOutbox, federationRecords, resources } from '../src/db/schema/index.ts';
import { AppError } from '../src/app/errors.ts';
import { systemActor } from '../src/app/actor.ts';
import { configureInstallationRegion, readChanges, readSnapshot } from '../src/app/federation/feed.ts';
import { harvestNode, registerNode, type HarvestSummary } from '../src/app/federation/harvest.ts';
import { loadProjections } from '../src/app/federation/projections.ts';
import { contentHash, recordUrn } from '../src/domain/federation/feed.ts';

const NODES = Number(process.argv[2] ?? 31);
const PER_NODE = Number(process.argv[3] ?? 10_000);
const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PREFIX = 'fedbench';
const PROVINCES = [
  '110000',
  '120000',
  '130000',
  '140000',
  '150000',
  '210000',
  '220000',
  '230000',
  '310000',
  '320000',
  '330000',
  '340000',
  '350000',
  '360000',
  '370000',
  '410000',
  '420000',
  '430000',
  '440000',
  '450000',
  '460000',
  '500000',
  '510000',
  '520000',
  '530000',
  '540000',
  '610000',
  '620000',
  '630000',
  '640000',
  '650000',
];
process.env.DB_POOL_SIZE = '3';

function dbUrl(name: string): string {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

async function seedNode(db: Database['db'], i: number, count: number): Promise<string> {
  const region = PROVINCES[i % PROVINCES.length]!;
  await configureInstallationRegion(db, region);
  const rows = await db.execute<{ id: string }>(sql`
    with org as (
      insert into organisations (id, name, credit_code, kind, region_code)
      values (gen_random_uuid(), ${`节点${i}运营单位`}, ${`91${String(i).padStart(16, '0')}`}, 'enterprise', ${region})
      returning id
    )
    insert into centers (id, name, slug, level, type, region_code, industry_codes, lead_organisation_id,
                         operator_organisation_id, status, recognised_on)
    select gen_random_uuid(), ${`节点${i}促进中心`}, ${`bench-${i}`}, 'provincial', 'regional', ${region},
           '{C34}', org.id, org.id, 'recognised', '2026-01-01' from org
    returning id`);
  const centerId = (Array.isArray(rows) ? rows : (rows as { rows: { id: string }[] }).rows)[0]!.id;
  await insertResources(db, centerId, region, 0, count);
  return centerId;
}

async function insertResources(
  db: Database['db'],
  centerId: string,
  region: string,
  from: number,
  count: number,
) {
  await db.execute(sql`
    insert into resources (id, center_id, kind, title, summary, provider_name, industry_codes, scenarios,
                           region_codes, price_model, access, status, search_vector, published_at)
    select gen_random_uuid(), ${centerId}, 'solution', '解决方案 ' || g, '面向离散制造的数字化改造方案 ' || g,
           '服务商 ' || (g % 97), '{C34}', '{production}', array[${region}], 'negotiable', 'public', 'published',
           to_tsvector('simple', '解决方案 ' || g), now()
    from generate_series(${from}::int, ${from + count - 1}::int) g`);
}

/** 10 %: 4 % updated, 3 % created, 1.5 % archived, 1.5 % removed. */
async function churn(db: Database['db'], centerId: string, region: string): Promise<void> {
  const n = Math.round(PER_NODE * 0.1);
  const updates = Math.round(n * 0.4);
  const creates = Math.round(n * 0.3);
  const archives = Math.round(n * 0.15);
  const removals = n - updates - creates - archives;
  await db.execute(sql`
    update resources set title = title || '（修订）', updated_at = now(), version = version + 1
    where id in (select id from resources where status = 'published' order by id limit ${updates})`);
  await db.execute(sql`
    update resources set status = 'archived', updated_at = now(), version = version + 1
    where id in (select id from resources where status = 'published' order by id desc limit ${archives})`);
  await db.execute(sql`
    delete from resources
    where id in (select id from resources where status = 'published' order by md5(id::text) limit ${removals})`);
  await insertResources(db, centerId, region, PER_NODE, creates);
}

async function harvestAllNodes(hub: Database['db'], ids: string[]): Promise<HarvestSummary[]> {
  const out: HarvestSummary[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < ids.length) {
        const id = ids[next++]!;
        out.push(await harvestNode(hub, id, { pageSize: 1000 }));
      }
    }),
  );
  return out;
}

/** Compares the hub with every node's public records. */
async function check(hub: Database['db'], nodes: Database['db'][], nodeIds: string[]) {
  let missing = 0;
  let stale = 0;
  let resurrected = 0;
  let live = 0;
  for (let i = 0; i < nodes.length; i += 1) {
    const db = nodes[i]!;
    const region = PROVINCES[i % PROVINCES.length]!;
    const ids = (await db.select({ id: resources.id }).from(resources)).map((r) => r.id);
    const projections = await loadProjections(db, 'resource', ids);
    const versions = new Map(
      (
        await db
          .select({ id: federationOutbox.recordId, seq: federationOutbox.seq })
          .from(federationOutbox)
          .where(eq(federationOutbox.recordType, 'resource'))
      ).map((v) => [v.id, v.seq]),
    );
    const held = new Map(
      (
        await hub
          .select()
          .from(federationRecords)
          .where(and(eq(federationRecords.nodeId, nodeIds[i]!), eq(federationRecords.recordType, 'resource')))
      ).map((r) => [r.urn, r]),
    );
    const expected = new Set<string>();
    for (const [id, projection] of projections) {
      const urn = recordUrn(region, 'resource', id);
      expected.add(urn);
      live += 1;
      const h = held.get(urn);
      if (!h || h.deletedAt) {
        missing += 1;
      } else if (h.version !== versions.get(id) || h.contentHash !== contentHash(projection.payload)) {
        stale += 1;
      }
    }
    for (const [urn, h] of held) {
      if (!h.deletedAt && !expected.has(urn)) {
        resurrected += 1;
      }
    }
  }
  const tombstoned = await hub
    .select({ n: sql<number>`count(*)::int` })
    .from(federationRecords)
    .where(sql`${federationRecords.deletedAt} is not null`);
  const hubLive = await hub
    .select({ n: sql<number>`count(*)::int` })
    .from(federationRecords)
    .where(isNull(federationRecords.deletedAt));
  return { live, hubLive: hubLive[0]!.n, tombstoned: tombstoned[0]!.n, missing, stale, resurrected };
}

async function main(): Promise<void> {
  const t0 = performance.now();
  await admin(async (c) => {
    const stale = await c.query<{ datname: string }>(
      'select datname from pg_database where starts_with(datname, $1)',
      [`${PREFIX}_`],
    );
    for (const row of stale.rows) {
      await c.query(`drop database if exists "${row.datname}" with (force)`);
    }
    await c.query(`create database ${PREFIX}_template`);
  });
  const template = await openDatabase({ url: dbUrl(`${PREFIX}_template`) });
  await migrateDatabase(template);
  await template.close();
  await admin(async (c) => {
    await c.query(`create database ${PREFIX}_hub template ${PREFIX}_template`);
    for (let i = 0; i < NODES; i += 1) {
      await c.query(`create database ${PREFIX}_n${i} template ${PREFIX}_template`);
    }
  });
  const hub = await openDatabase({ url: dbUrl(`${PREFIX}_hub`) });
  const nodes: Database[] = [];
  const centers: string[] = [];
  for (let i = 0; i < NODES; i += 1) {
    const node = await openDatabase({ url: dbUrl(`${PREFIX}_n${i}`) });
    // Each installation has its own feed identity (a template copy would share one).
    await node.db.execute(sql`update federation_feed_state set feed_id = gen_random_uuid()`);
    centers.push(await seedNode(node.db, i, PER_NODE));
    nodes.push(node);
  }
  console.log(`set-up: ${NODES} nodes × ${PER_NODE} resources in ${seconds(performance.now() - t0)} s`);

  const server = Fastify();
  for (const path of ['changes', 'snapshot'] as const) {
    server.get<{ Params: { i: string }; Querystring: { after?: string; limit?: string } }>(
      `/n/:i/api/federation/v1/${path}`,
      async (request, reply) => {
        const db = nodes[Number(request.params.i)]!.db;
        const input = {
          after: request.query.after,
          limit: Math.min(1000, Number(request.query.limit ?? 100)),
        };
        try {
          return path === 'changes' ? await readChanges(db, input) : await readSnapshot(db, input);
        } catch (e) {
          if (e instanceof AppError) {
            return reply.code(e.status).send({ code: e.code });
          }
          throw e;
        }
      },
    );
  }
  const base = await server.listen({ port: 0, host: '127.0.0.1' });
  const nodeIds: string[] = [];
  for (let i = 0; i < NODES; i += 1) {
    const node = await hub.db.transaction((tx) =>
      registerNode(tx, systemActor('bench'), {
        name: `节点${i}`,
        baseUrl: `${base}/n/${i}`,
        regionCode: PROVINCES[i % PROVINCES.length]!,
      }),
    );
    nodeIds.push(node.id);
  }

  // Baseline: bare SQL reading of every node's resources.
  let t = performance.now();
  let bare = 0;
  for (const node of nodes) {
    const rows = await node.db.execute(sql`select * from resources`);
    bare += (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows).length;
  }
  const bareMs = performance.now() - t;

  t = performance.now();
  const first = await harvestAllNodes(hub.db, nodeIds);
  const firstMs = performance.now() - t;
  const firstApplied = first.reduce((a, r) => a + r.applied, 0);
  const afterFirst = await check(
    hub.db,
    nodes.map((n) => n.db),
    nodeIds,
  );

  for (let i = 0; i < NODES; i += 1) {
    await churn(nodes[i]!.db, centers[i]!, PROVINCES[i % PROVINCES.length]!);
  }
  t = performance.now();
  const second = await harvestAllNodes(hub.db, nodeIds);
  const secondMs = performance.now() - t;
  const secondApplied = second.reduce((a, r) => a + r.applied, 0);
  const afterChurn = await check(
    hub.db,
    nodes.map((n) => n.db),
    nodeIds,
  );

  const failedRuns = [...first, ...second].filter((r) => r.status === 'failed');
  const rate = (n: number, ms: number) => Math.round(n / (ms / 1000));
  console.log(
    `baseline (bare SQL select * of ${bare} resources on ${NODES} databases): ${seconds(bareMs)} s, ${rate(bare, bareMs)} rows/s`,
  );
  console.log(
    `first harvest: ${firstApplied} records applied in ${seconds(firstMs)} s = ${rate(firstApplied, firstMs)} records/s (${(firstMs / bareMs).toFixed(1)}× the bare read)`,
  );
  console.log(`  converged: ${JSON.stringify(afterFirst)}`);
  console.log(
    `after 10 % churn: ${secondApplied} changes applied in ${seconds(secondMs)} s = ${rate(secondApplied, secondMs)} records/s`,
  );
  console.log(`  converged: ${JSON.stringify(afterChurn)}`);
  console.log(`failed runs: ${failedRuns.length}${failedRuns.length ? ` (${failedRuns[0]!.error})` : ''}`);

  await server.close();
  await Promise.all([hub.close(), ...nodes.map((n) => n.close())]);
  await admin(async (c) => {
    for (const name of [`${PREFIX}_hub`, `${PREFIX}_template`, ...nodes.map((_, i) => `${PREFIX}_n${i}`)]) {
      await c.query(`drop database if exists "${name}" with (force)`);
    }
  });
  const ok =
    afterChurn.missing === 0 &&
    afterChurn.stale === 0 &&
    afterChurn.resurrected === 0 &&
    failedRuns.length === 0;
  console.log(ok ? 'CONVERGED: 0 missing, 0 stale, 0 resurrected' : 'NOT CONVERGED');
  process.exitCode = ok ? 0 : 1;
}

await main();

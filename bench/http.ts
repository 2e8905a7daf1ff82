/**
 * HTTP benchmark: DTPC's authenticated, authorised list route against its ceiling.
 *
 *   npm run bench:http                      # 10 s per target after a 2 s warm-up
 *   BENCH_SECONDS=30 npm run bench:http     # longer runs
 *   BENCH_DIAGNOSE=1 npm run bench:http     # also the diagnostic variants (where DTPC's time goes)
 *
 * Targets, each served by its own child process (`--serve <target>`) so the load generator
 * (autocannon, in this process) never shares an event loop with the server under test:
 *   dtpc     GET /api/users?page=1&pageSize=20 as the demo account `national`, the real app (buildApp).
 *   ceiling  a bare Fastify server replaying the SQL listUsers runs (captured) through plain `pg`.
 *   hello    a bare Fastify hello-JSON route.
 * Diagnostic targets (BENCH_DIAGNOSE=1): the DTPC app with the session lookup answered from memory,
 * with the response schema serializer replaced by JSON.stringify, and with both.
 *
 * Needs a local PostgreSQL (BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres, trust auth).
 * It creates the database `dtpc_bench` (dropping any leftover one) and drops it at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

process.env.DTPC_ARGON2_FAST = '1';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB_NAME = 'dtpc_bench';
const BENCH_URL = (() => {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${DB_NAME}`;
  return u.toString();
})();
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = 2;
const CONNECTIONS = 50;
const EXTRA_ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 2000);
const LIST_PATH = '/api/users?page=1&pageSize=20';
const TARGET_RATIO = 0.75;

// autocannon ships no types; this is the part of its API used here.
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
}) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

type Target = 'dtpc' | 'ceiling' | 'hello' | 'dtpc-session-cached' | 'dtpc-no-serializer' | 'dtpc-both';

// The ceiling replays exactly the SQL the DTPC route runs (captured from listUsers with drizzle's logger in
// the parent and handed to the child), through plain `pg`, so the two can never drift apart.
interface LoggedQuery {
  query: string;
  params: unknown[];
}

// ---------------------------------------------------------------------------------------------
// Child: serve one target, print `READY <port>`, stop on SIGTERM.
// ---------------------------------------------------------------------------------------------
async function serve(target: Target): Promise<void> {
  const { default: Fastify } = await import('fastify');
  const closers: (() => Promise<unknown>)[] = [];
  let port: number;

  if (target === 'hello') {
    const app = Fastify({ logger: false });
    app.get('/hello', async () => ({ hello: 'world' }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    closers.push(() => app.close());
    port = (app.server.address() as { port: number }).port;
  } else if (target === 'ceiling') {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: BENCH_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });
    const app = Fastify({ logger: false });
    const queries = JSON.parse(process.env.BENCH_CEILING_SQL ?? '[]') as LoggedQuery[];
    app.get('/api/users', async (request) => {
      const q = request.query as { page?: string; pageSize?: string };
      let rows: Record<string, unknown>[] = [];
      for (const { query, params } of queries) {
        rows = (await pool.query(query, params)).rows as Record<string, unknown>[];
      }
      const total = Number(rows[0]?.total ?? 0);
      return { items: rows, total, page: Number(q.page ?? 1), pageSize: Number(q.pageSize ?? 20) };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    closers.push(
      () => app.close(),
      () => pool.end(),
    );
    port = (app.server.address() as { port: number }).port;
  } else {
    const { openDatabase } = await import('../src/db/client.ts');
    const { buildApp } = await import('../src/server/app.ts');
    const cacheSession = target === 'dtpc-session-cached' || target === 'dtpc-both';
    const noSerializer = target === 'dtpc-no-serializer' || target === 'dtpc-both';
    let database: Awaited<ReturnType<typeof openDatabase>>;
    if (cacheSession) {
      // Same construction as openDatabase, but the pool answers the session lookup's two reads
      // (session+user+organisation, the actor's grants) from memory after their first execution.
      const { default: pg } = await import('pg');
      const { drizzle } = await import('drizzle-orm/node-postgres');
      const schema = await import('../src/db/schema/index.ts');
      const pool = new pg.Pool({ connectionString: BENCH_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });
      const original = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
      const cache = new Map<string, Promise<unknown>>();
      const isSessionRead = (text: string) =>
        text.startsWith('select') &&
        (text.includes('from "sessions"') ||
          /from "role_grants" where "role_grants"\."user_id" = \$1$/.test(text));
      (pool as unknown as { query: unknown }).query = (config: unknown, values?: unknown) => {
        const text = typeof config === 'string' ? config : (config as { text?: string }).text;
        if (text && isSessionRead(text)) {
          const key = `${text}\u0000${JSON.stringify(values ?? (config as { values?: unknown }).values ?? [])}`;
          let hit = cache.get(key);
          if (!hit) {
            hit = original(config, values);
            cache.set(key, hit);
          }
          return hit;
        }
        return original(config, values);
      };
      database = { db: drizzle(pool, { schema }) as never, kind: 'postgres', close: () => pool.end() };
    } else {
      database = await openDatabase({ url: BENCH_URL });
    }
    const app = await buildApp({ database, serveWeb: false });
    if (noSerializer) {
      app.addHook('preHandler', async (_request, reply) => {
        reply.serializer((payload: unknown) => JSON.stringify(payload));
      });
    }
    await app.listen({ port: 0, host: '127.0.0.1' });
    closers.push(
      () => app.close(),
      () => database.close(),
    );
    port = (app.server.address() as { port: number }).port;
  }

  const stop = async () => {
    for (const close of closers) {
      await close().catch(() => undefined);
    }
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  process.stdout.write(`READY ${port}\n`);
}

// ---------------------------------------------------------------------------------------------
// Parent: database, children, load, report.
// ---------------------------------------------------------------------------------------------
async function adminQuery(sql: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function prepareDatabase(): Promise<LoggedQuery[]> {
  await adminQuery(`drop database if exists ${DB_NAME} with (force)`);
  await adminQuery(`create database ${DB_NAME}`);
  const { openDatabase, migrateDatabase } = await import('../src/db/client.ts');
  const { syncReferenceData } = await import('../src/db/reference-data.ts');
  const { seedDemo } = await import('../src/db/demo-seed.ts');
  const { makeOrganisation, makeUser } = await import('../test/factories.ts');
  const { listUsers } = await import('../src/db/loaders/users.ts');
  const database = await openDatabase({ url: BENCH_URL });
  try {
    await migrateDatabase(database);
    await syncReferenceData(database.db);
    await seedDemo(database.db);
    // ~2,000 extra accounts over 200 organisations in a few regions, created through the factories.
    const regions = ['370100', '370200', '620100', '350100', '110000'];
    const orgIds: string[] = [];
    for (let i = 0; i < Math.max(1, Math.round(EXTRA_ACCOUNTS / 10)); i += 1) {
      orgIds.push(await makeOrganisation(database.db, { regionCode: regions[i % regions.length] }));
    }
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < EXTRA_ACCOUNTS; i = next++) {
        await makeUser(database.db, {
          username: `bench.${String(i).padStart(5, '0')}`,
          organisationId: orgIds[i % orgIds.length],
        });
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));

    // The SQL the DTPC route really runs for this request, captured with drizzle's logger (for the record).
    const { default: pg } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const schema = await import('../src/db/schema/index.ts');
    const pool = new pg.Pool({ connectionString: BENCH_URL, max: 1 });
    const logged: LoggedQuery[] = [];
    const db = drizzle(pool, {
      schema,
      logger: { logQuery: (query, params) => void logged.push({ query, params }) },
    });
    await listUsers(
      db as never,
      { all: true, regionPrefixes: [], organisationIds: [] },
      { page: 1, pageSize: 20 },
    );
    await pool.end();
    return logged;
  } finally {
    await database.close();
  }
}

interface Running {
  child: ChildProcess;
  port: number;
}

function startServer(target: Target): Promise<Running> {
  const child = spawn(
    process.execPath,
    [resolve(root, 'bin/tsx.mjs'), resolve(here, 'http.ts'), '--serve', target],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: BENCH_URL },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolvePort, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error(`${target}: server did not start within 60 s`)), 60_000);
    lines.on('line', (line) => {
      const match = /^READY (\d+)$/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolvePort({ child, port: Number(match[1]) });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${target}: server exited with ${code} before it was ready`));
    });
  });
}

function stopServer(running: Running): Promise<void> {
  return new Promise((done) => {
    if (running.child.exitCode !== null || running.child.signalCode !== null) {
      done();
      return;
    }
    const kill = setTimeout(() => running.child.kill('SIGKILL'), 5_000);
    running.child.once('exit', () => {
      clearTimeout(kill);
      done();
    });
    running.child.kill('SIGTERM');
  });
}

async function login(port: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'national', password: 'dtpc-demo-2026' }),
  });
  const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('dtpc_session='));
  if (response.status !== 200 || !setCookie) {
    throw new Error(`login failed: ${response.status} ${await response.text()}`);
  }
  return setCookie.split(';')[0]!;
}

interface Measurement {
  target: Target;
  url: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  total: number;
  non2xx: number;
  errors: number;
  responseBytes: number;
}

const live = new Set<Running>();

async function measure(target: Target): Promise<Measurement> {
  const running = await startServer(target);
  live.add(running);
  try {
    const path = target === 'hello' ? '/hello' : LIST_PATH;
    const url = `http://127.0.0.1:${running.port}${path}`;
    const headers: Record<string, string> =
      target === 'hello' || target === 'ceiling' ? {} : { cookie: await login(running.port) };
    const probe = await fetch(url, { headers });
    const body = await probe.text();
    if (probe.status !== 200) {
      throw new Error(`${target}: ${probe.status} ${body.slice(0, 300)}`);
    }
    await autocannon({ url, connections: CONNECTIONS, duration: WARMUP_SECONDS, headers });
    const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
    return {
      target,
      url: path,
      requestsPerSecond: r.requests.average,
      p50Ms: r.latency.p50,
      p99Ms: r.latency.p99,
      meanMs: r.latency.average,
      total: r.requests.total,
      non2xx: r.non2xx,
      errors: r.errors + r.timeouts,
      responseBytes: Buffer.byteLength(body),
    };
  } finally {
    await stopServer(running);
    live.delete(running);
  }
}

async function main(): Promise<void> {
  const started = new Date();
  let dropped = false;
  const cleanup = async () => {
    for (const running of live) {
      await stopServer(running);
    }
    if (!dropped) {
      dropped = true;
      await adminQuery(`drop database if exists ${DB_NAME} with (force)`).catch((e: unknown) =>
        console.error('could not drop', DB_NAME, e),
      );
    }
  };
  process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));

  try {
    console.log(
      `Preparing ${DB_NAME} (migrations, reference data, demo seed, ${EXTRA_ACCOUNTS} extra accounts)…`,
    );
    const t0 = Date.now();
    const dtpcSql = await prepareDatabase();
    console.log(`  ready in ${((Date.now() - t0) / 1000).toFixed(1)} s; the DTPC route's SQL:`);
    for (const { query } of dtpcSql) {
      console.log(`    ${query.length > 160 ? `${query.slice(0, 157)}…` : query}`);
    }
    process.env.BENCH_CEILING_SQL = JSON.stringify(dtpcSql);

    const targets: Target[] = ['dtpc', 'ceiling', 'hello'];
    if (process.env.BENCH_DIAGNOSE === '1') {
      targets.push('dtpc-session-cached', 'dtpc-no-serializer', 'dtpc-both');
    }
    const results: Measurement[] = [];
    for (const target of targets) {
      console.log(
        `Measuring ${target}: ${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up + ${SECONDS} s…`,
      );
      results.push(await measure(target));
    }

    const byTarget = new Map(results.map((r) => [r.target, r]));
    const dtpc = byTarget.get('dtpc')!;
    const ceiling = byTarget.get('ceiling')!;
    const ratio = dtpc.requestsPerSecond / ceiling.requestsPerSecond;
    const met = ratio >= TARGET_RATIO;

    console.log('');
    console.log(
      `${'target'.padEnd(22)}${'req/s'.padStart(10)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'bytes'.padStart(8)}${'non-2xx'.padStart(9)}${'vs ceiling'.padStart(12)}`,
    );
    for (const r of results) {
      console.log(
        `${r.target.padEnd(22)}${r.requestsPerSecond.toFixed(0).padStart(10)}${r.p50Ms.toFixed(1).padStart(9)}${r.p99Ms.toFixed(1).padStart(9)}` +
          `${String(r.responseBytes).padStart(8)}${String(r.non2xx + r.errors).padStart(9)}${`${((r.requestsPerSecond / ceiling.requestsPerSecond) * 100).toFixed(1)} %`.padStart(12)}`,
      );
    }
    console.log('');
    console.log(
      `DTPC / ceiling throughput: ${(ratio * 100).toFixed(1)} % — target ≥ ${TARGET_RATIO * 100} %: ${met ? 'MET' : 'NOT MET'}`,
    );
    const load = loadavg()[0]!;
    if (load > cpus().length) {
      console.log(
        `NOTE: 1-minute load average ${load.toFixed(1)} on ${cpus().length} CPUs — other work shares this machine; figures are noisy.`,
      );
    }
    const failures = results.filter((r) => r.non2xx + r.errors > 0);
    if (failures.length > 0) {
      console.log(
        `WARNING: non-2xx responses or errors in ${failures.map((r) => r.target).join(', ')}; their figures are not comparable.`,
      );
    }

    const report = {
      date: started.toISOString(),
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? null,
      loadAverageAtEnd: loadavg(),
      database: 'postgresql',
      extraAccounts: EXTRA_ACCOUNTS,
      connections: CONNECTIONS,
      warmupSeconds: WARMUP_SECONDS,
      seconds: SECONDS,
      path: LIST_PATH,
      target: { metric: 'dtpc requests/s ÷ ceiling requests/s', minimum: TARGET_RATIO, ratio, met },
      dtpcSql,
      results,
    };
    const dir = resolve(here, 'results');
    mkdirSync(dir, { recursive: true });
    const file = resolve(dir, `http-${started.toISOString().slice(0, 10)}.json`);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`Results written to ${file}`);
  } finally {
    await cleanup();
  }
}

const serveAt = process.argv.indexOf('--serve');
if (serveAt >= 0) {
  await serve(process.argv[serveAt + 1] as Target);
} else {
  try {
    await main();
    process.exit(0);
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
}

/**
 * Metrics benchmark: one center-year's record-proven metrics over a 1,000,000-record ledger.
 *
 *   node bin/tsx.mjs bench/metrics.ts                 # PGlite and PostgreSQL
 *   BENCH_TARGETS=postgres node bin/tsx.mjs bench/metrics.ts
 *   BENCH_LEDGER_ROWS=200000 node bin/tsx.mjs bench/metrics.ts
 *
 * Data (generated in SQL with generate_series, deterministic): 20,000 enterprises (40% SMEs), 200 centers,
 * 1,000,000 ledger records over 2022–2026 in every confirmation state, 100,000 attendances, 4,000 events
 * with 8,000 contest teams, 2,000 industry–education agreements, 20,000 offer claims. The measured center
 * is the biggest: 10% of everything (≈ 20,000 ledger records a year, ≈ 100,000 up to the year's end for
 * the cumulative metrics); a typical center holds ≈ 900 a year. Measured, for both: computeCenterMetrics (all definitions, with the evidence ids) and
 * computeMetricTrends for 2025 — a warm-up run, then BENCH_RUNS runs; median, p95, min.
 *
 * PostgreSQL: BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres, trust auth); the script
 * creates the database `dtpc_bench_metrics` (dropping any leftover) and drops it at the end (BENCH_KEEP=1
 * keeps it for EXPLAIN).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { migrateDatabase, openDatabase, type Database } from '../src/db/client.ts';
import { computeCenterMetrics, computeMetricTrends } from '../src/app/metrics/compute-center-metrics.ts';
import { yearPeriod } from '../src/domain/metrics/from-records.ts';

const here = dirname(fileURLToPath(import.meta.url));
const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB_NAME = 'dtpc_bench_metrics';
const LEDGER_ROWS = Number(process.env.BENCH_LEDGER_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const TARGETS = (process.env.BENCH_TARGETS ?? 'pglite,postgres').split(',');
const CENTERS = 200;
const ENTERPRISES = 20_000;
const YEAR = 2025;

function benchUrl(): string {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${DB_NAME}`;
  return u.toString();
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Seconds since `t0`, one decimal. */
const since = (t0: number) => Math.round((performance.now() - t0) / 100) / 10;

/**
 * Generates the data set in SQL. Row i of each table is a pure function of i (hash-like multiplications
 * modulo primes), so every run and both databases hold the same data. Center 1 is the measured one.
 */
async function generate(database: Database): Promise<{ centerId: string; seconds: Record<string, number> }> {
  const db = database.db;
  const seconds: Record<string, number> = {};
  let t0 = performance.now();
  await db.execute(sql`
    insert into organisations (id, name, credit_code, kind, region_code, industry_codes, sme, specialised_sme, above_scale)
    select ('00000000-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,
           '基准企业' || i, 'BENCH' || lpad(i::text, 13, '0'), 'enterprise',
           (array['370102','370112','370113','370202','370211','620102','350102'])[1 + (i * 7) % 7],
           array[(array['C34','C38','C26','I65','C39','C35'])[1 + (i * 11) % 6]],
           i % 5 < 2, i % 25 = 0, i % 5 >= 3
    from generate_series(1, ${ENTERPRISES + CENTERS}) as i`);
  await db.execute(sql`
    insert into centers (id, name, slug, level, type, region_code, industry_codes, lead_organisation_id, operator_organisation_id, status)
    select ('00000000-0000-7000-9000-' || lpad(to_hex(c), 12, '0'))::uuid, '基准促进中心' || c, 'bench-' || c,
           'provincial', 'comprehensive', '370112', array['C34'],
           ('00000000-0000-7000-8000-' || lpad(to_hex(${ENTERPRISES} + c), 12, '0'))::uuid,
           ('00000000-0000-7000-8000-' || lpad(to_hex(${ENTERPRISES} + c), 12, '0'))::uuid, 'recognised'
    from generate_series(1, ${CENTERS}) as c`);
  seconds.organisationsAndCenters = since(t0);

  // Center of row i: 10% go to center 1, the rest spread over all centers.
  const centerOf = (i: string) =>
    `('00000000-0000-7000-9000-' || lpad(to_hex((case when ${i} % 10 = 0 then 1 else 1 + (${i}::bigint * 31) % ${CENTERS} end)::int), 12, '0'))::uuid`;
  const dateOf = (i: string) => `(date '2022-01-01' + ((${i}::bigint * 7919) % 1826)::int)`;
  const enterpriseOf = (i: string) =>
    `('00000000-0000-7000-8000-' || lpad(to_hex((1 + (${i}::bigint * 104729) % ${ENTERPRISES})::int), 12, '0'))::uuid`;

  t0 = performance.now();
  const batch = 100_000;
  for (let start = 1; start <= LEDGER_ROWS; start += batch) {
    const end = Math.min(LEDGER_ROWS, start + batch - 1);
    await db.execute(
      sql.raw(`
      insert into service_records (id, center_id, service_type, service_date, enterprise_id, enterprise_sme,
        enterprise_specialised_sme, enterprise_above_scale, region_code, industry_code, title, outcome,
        amount_fen, preferential, confirmation, source)
      select gen_random_uuid(), ${centerOf('i')},
             (array['diagnosis','consulting','matchmaking','productTest','performanceEvaluation','training','orderMatching','financeMatching'])[1 + (i::bigint * 13 % 8)::int],
             ${dateOf('i')}, o.id, o.sme, o.specialised_sme, o.above_scale, o.region_code, o.industry_codes[1],
             '数字化转型服务 ' || i, '', case when i % 4 = 0 then (i % 1000) * 10000 end, i % 6 = 0,
             (array['confirmed','confirmed','confirmed','confirmed','confirmed','confirmed','confirmed','unconfirmed','unconfirmed','disputed'])[1 + (i::bigint * 17 % 10)::int],
             'import'
      from generate_series(${start}, ${end}) as i
      join organisations o on o.id = ${enterpriseOf('i')}`),
    );
    process.stdout.write(`\r  ledger ${end.toLocaleString('en')} / ${LEDGER_ROWS.toLocaleString('en')}`);
  }
  process.stdout.write('\n');
  seconds.ledger = since(t0);

  t0 = performance.now();
  // Training: 5,000 courses × 2 sessions; 100,000 registrations with attendance.
  await db.execute(
    sql.raw(`
    insert into courses (id, center_id, title, mode, teachers)
    select ('00000000-0000-7000-a000-' || lpad(to_hex(i), 12, '0'))::uuid, ${centerOf('i')}, '课程 ' || i, 'offline', array['讲师']
    from generate_series(1, 5000) as i`),
  );
  await db.execute(
    sql.raw(`
    insert into course_sessions (id, course_id, center_id, session_date, start_time, end_time, seats)
    select ('00000000-0000-7000-b000-' || lpad(to_hex(i), 12, '0'))::uuid,
           c.id, c.center_id, ${dateOf('i')}, '09:00', '12:00', 100
    from generate_series(1, 10000) as i
    join courses c on c.id = ('00000000-0000-7000-a000-' || lpad(to_hex(1 + (i - 1) % 5000), 12, '0'))::uuid`),
  );
  // Ten accounts: a session's registrations come from distinct users.
  await db.execute(sql`
    insert into users (id, username, display_name, password_hash, organisation_id, password_changed_at)
    select ('00000000-0000-7000-c000-' || lpad(to_hex(u), 12, '0'))::uuid, 'bench.user.' || u, '基准用户',
           'x', '00000000-0000-7000-8000-000000000001', now()
    from generate_series(0, 9) as u`);
  const userId = '00000000-0000-7000-c000-000000000000';
  await db.execute(
    sql.raw(`
    insert into course_registrations (id, session_id, center_id, user_id, organisation_id)
    select ('00000000-0000-7000-d000-' || lpad(to_hex(i), 12, '0'))::uuid, s.id, s.center_id,
           ('00000000-0000-7000-c000-' || lpad(to_hex((i - 1) / 10000), 12, '0'))::uuid, ${enterpriseOf('i')}
    from generate_series(1, 100000) as i
    join course_sessions s on s.id = ('00000000-0000-7000-b000-' || lpad(to_hex(1 + (i - 1) % 10000), 12, '0'))::uuid`),
  );
  await db.execute(sql`
    insert into course_attendance (id, registration_id, session_id, center_id, organisation_id, attended_on)
    select gen_random_uuid(), r.id, r.session_id, r.center_id, r.organisation_id, s.session_date
    from course_registrations r join course_sessions s on s.id = r.session_id`);
  await db.execute(
    sql.raw(`
    insert into center_events (id, center_id, kind, title, held_on)
    select ('00000000-0000-7000-e000-' || lpad(to_hex(i), 12, '0'))::uuid, ${centerOf('i')},
           (array['contest','forum','matchmaking'])[1 + i % 3], '活动 ' || i, ${dateOf('i')}
    from generate_series(1, 4000) as i`),
  );
  await db.execute(sql`
    insert into contest_teams (id, event_id, center_id, name, members)
    select gen_random_uuid(), e.id, e.center_id, '队伍', 5
    from center_events e, generate_series(1, 6) as k where e.kind = 'contest'`);
  await db.execute(
    sql.raw(`
    insert into industry_education_agreements (id, center_id, enterprise_name, institution_name, title, signed_on)
    select gen_random_uuid(), ${centerOf('i')}, '企业', '高校', '产教合作 ' || i, ${dateOf('i')}
    from generate_series(1, 2000) as i`),
  );
  await db.execute(
    sql.raw(`
    insert into sme_offers (id, center_id, kind, title, provider)
    select ('00000000-0000-7000-f000-' || lpad(to_hex(c), 12, '0'))::uuid,
           ('00000000-0000-7000-9000-' || lpad(to_hex(c), 12, '0'))::uuid, 'trial', '试用', '供应商'
    from generate_series(1, ${CENTERS}) as c`),
  );
  await db.execute(
    sql.raw(`
    insert into offer_claims (id, offer_id, center_id, organisation_id, user_id, status, claimed_on)
    select gen_random_uuid(), o.id, o.center_id, ${enterpriseOf('i')}, '${userId}', 'trial', ${dateOf('i')}
    from generate_series(1, 20000) as i
    join sme_offers o on o.center_id = ${centerOf('i')}
    on conflict do nothing`),
  );
  seconds.otherRecords = since(t0);
  t0 = performance.now();
  // What autovacuum does to an insert-mostly table: statistics and the visibility map (index-only scans).
  await db.execute(sql`vacuum analyze`);
  seconds.vacuumAnalyze = since(t0);
  return { centerId: '00000000-0000-7000-9000-000000000001', seconds };
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    medianMs: round(pick(0.5)),
    p95Ms: round(pick(0.95)),
    minMs: round(sorted[0]!),
    runs: samples.length,
  };
}

async function measure(database: Database, centerId: string) {
  const period = yearPeriod(YEAR);
  const metricsMs: number[] = [];
  const trendsMs: number[] = [];
  let last: Awaited<ReturnType<typeof computeCenterMetrics>> = [];
  for (let run = 0; run <= RUNS; run += 1) {
    let t0 = performance.now();
    last = await computeCenterMetrics(database.db, centerId, period);
    const m = performance.now() - t0;
    t0 = performance.now();
    await computeMetricTrends(database.db, centerId, period);
    const tr = performance.now() - t0;
    if (run > 0) {
      metricsMs.push(m);
      trendsMs.push(tr);
    }
  }
  const counted = (await database.db.execute(
    sql`select count(*)::int as n from service_records where center_id = ${centerId} and service_date between ${period.from} and ${period.to}`,
  )) as unknown as { rows: { n: number }[] };
  const counts = counted.rows[0];
  return {
    centerYearLedgerRecords: Number(counts?.n ?? 0),
    metrics: stats(metricsMs),
    trends: stats(trendsMs),
    values: Object.fromEntries(
      last.map((r) => [
        r.key,
        { value: r.value, pending: r.pending.value, disputed: r.disputed.value, evidence: r.records.length },
      ]),
    ),
  };
}

async function run(target: string) {
  console.log(`\n== ${target} ==`);
  let database: Database;
  if (target === 'postgres') {
    await admin(`drop database if exists ${DB_NAME} with (force)`);
    await admin(`create database ${DB_NAME}`);
    database = await openDatabase({ url: benchUrl() });
  } else {
    database = await openDatabase({ dataDir: 'memory://' });
  }
  try {
    let t0 = performance.now();
    await migrateDatabase(database);
    const migrateSeconds = since(t0);
    t0 = performance.now();
    const { centerId, seconds } = await generate(database);
    console.log(`  generated in ${since(t0)} s`, seconds);
    const heavy = await measure(database, centerId);
    console.log(`  heaviest center, ledger records in the year: ${heavy.centerYearLedgerRecords}`);
    console.log('  computeCenterMetrics', heavy.metrics);
    console.log('  computeMetricTrends ', heavy.trends);
    // A typical center: one of the 199 sharing the other 90% of the records.
    const typical = await measure(database, '00000000-0000-7000-9000-000000000002');
    console.log(`  typical center, ledger records in the year: ${typical.centerYearLedgerRecords}`);
    console.log('  computeCenterMetrics', typical.metrics);
    console.log('  computeMetricTrends ', typical.trends);
    return { target, ledgerRows: LEDGER_ROWS, migrateSeconds, generateSeconds: seconds, heavy, typical };
  } finally {
    await database.close();
    if (target === 'postgres' && process.env.BENCH_KEEP !== '1') {
      await admin(`drop database if exists ${DB_NAME} with (force)`);
    }
  }
}

const results = [];
for (const target of TARGETS) {
  results.push(await run(target));
}
const out = resolve(here, 'results', `metrics-${new Date().toISOString().slice(0, 10)}.json`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), cpus: cpus().length, cpu: cpus()[0]?.model, year: YEAR, results }, null, 2)}\n`,
);
console.log(`\nwritten ${out}`);

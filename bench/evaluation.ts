/**
 * Evaluation benchmark: pre-filling every annual evaluation form of a province from evidence.
 *
 *   npm run bench:evaluation                               # PGlite and PostgreSQL
 *   BENCH_TARGETS=postgres npm run bench:evaluation
 *   BENCH_CENTERS=200 BENCH_LEDGER=100 npm run bench:evaluation
 *
 * Data (generated in SQL with generate_series, deterministic, bulk): one province (Gansu, 62xxxx) with
 * BENCH_CENTERS recognised comprehensive centers (default 1,000) under the Gansu pack, each with three
 * years (2023–2025) of records: BENCH_LEDGER ledger services per center-year (default 200; 600,000 in
 * all, every confirmation state) over 20,000 enterprises, BENCH_ATTENDANCE training attendances per
 * center-year (default 100; with their courses, sessions and registrations), 6 events a year, and a
 * submitted 2025 annual report per center — every fifth declaring 50 % more training person-times than
 * it recorded (so those forms must come out flagged).
 *
 * Measured: the time to pre-fill all forms of the province for 2025 — for each center the record-proven
 * value of every metric its pack's quantitative criteria check (computeCenterMetrics, cumulative metrics
 * over all three years), compared with its declared values (buildEvidenceForm) — sequentially, and on
 * PostgreSQL also with 4 centers at a time. BENCH_RUNS runs after a warm-up; median and min.
 *
 * PostgreSQL: BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres, trust auth); the script
 * creates the database `dtpc_bench_evaluation` (dropping any leftover) and drops it at the end.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { migrateDatabase, openDatabase, type Database } from '../src/db/client.ts';
import { prefillEvaluation } from '../src/app/evaluation/prefill.ts';
import { centerYears } from '../src/db/loaders/evaluation.ts';
import { getPack } from '../src/domain/policy/packs/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB_NAME = 'dtpc_bench_evaluation';
const CENTERS = Number(process.env.BENCH_CENTERS ?? 1000);
const LEDGER = Number(process.env.BENCH_LEDGER ?? 200);
const ATTENDANCE = Math.min(108, Number(process.env.BENCH_ATTENDANCE ?? 100));
const RUNS = Number(process.env.BENCH_RUNS ?? 2);
const TARGETS = (process.env.BENCH_TARGETS ?? 'pglite,postgres').split(',');
const ENTERPRISES = 20_000;
const YEARS = [2023, 2024, 2025];
const YEAR = 2025;
const PROVINCE = '620000';

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

const since = (t0: number) => Math.round((performance.now() - t0) / 100) / 10;
const uuid = (prefix: string, n: string) =>
  `('00000000-0000-7000-${prefix}-' || lpad(to_hex(${n}), 12, '0'))::uuid`;

/** Generates the province. Row i of each table is a pure function of i, so both databases hold the same data. */
async function generate(database: Database): Promise<Record<string, number>> {
  const db = database.db;
  const seconds: Record<string, number> = {};
  const run = (text: string) => db.execute(sql.raw(text));
  let t0 = performance.now();
  const regions = `array['620102','620103','620104','620105','620111','620202','620302','620402','620502','620602']`;
  await run(`
    insert into organisations (id, name, credit_code, kind, region_code, industry_codes, sme, specialised_sme, above_scale)
    select ${uuid('8000', 'i')}, '甘肃基准企业' || i, 'GSBENCH' || lpad(i::text, 11, '0'), 'enterprise',
           (${regions})[1 + (i * 7) % 10], array[(array['C34','C38','C26','I65','C39','C35'])[1 + (i * 11) % 6]],
           i % 5 < 3, i % 25 = 0, i % 5 >= 3
    from generate_series(1, ${ENTERPRISES + CENTERS}) as i`);
  await run(`
    insert into centers (id, name, slug, level, type, region_code, industry_codes, lead_organisation_id,
                         operator_organisation_id, status, pack_id, recognised_on)
    select ${uuid('9000', 'c')}, '甘肃基准促进中心' || c, 'gs-bench-' || c, 'provincial', 'comprehensive',
           (${regions})[1 + c % 10], array['C34'], ${uuid('8000', `${ENTERPRISES} + c`)},
           ${uuid('8000', `${ENTERPRISES} + c`)}, 'recognised', 'gansu-2024', date '2022-06-30'
    from generate_series(1, ${CENTERS}) as c`);
  seconds.organisationsAndCenters = since(t0);

  // Ledger: row i → center 1 + i % C, year 2023 + (i / C) % 3, a day of that year, an enterprise.
  t0 = performance.now();
  const total = CENTERS * YEARS.length * LEDGER;
  const batch = 100_000;
  for (let start = 0; start < total; start += batch) {
    const end = Math.min(total, start + batch) - 1;
    await run(`
      insert into service_records (id, center_id, service_type, service_date, enterprise_id, enterprise_sme,
        enterprise_specialised_sme, enterprise_above_scale, region_code, industry_code, title, outcome,
        amount_fen, preferential, confirmation, source)
      select gen_random_uuid(), ${uuid('9000', `1 + i % ${CENTERS}`)},
             (array['diagnosis','consulting','matchmaking','productTest','performanceEvaluation','training','orderMatching','financeMatching'])[1 + ((i::bigint * 13 + i / ${CENTERS}) % 8)::int],
             make_date(2023 + (i / ${CENTERS}) % 3, 1, 1) + ((i::bigint * 7919 + i / ${CENTERS}) % 365)::int,
             o.id, o.sme, o.specialised_sme, o.above_scale, o.region_code, o.industry_codes[1],
             '数字化转型服务 ' || i, '', case when i % 4 = 0 then (i % 1000) * 10000 end, i % 6 = 0,
             (array['confirmed','confirmed','confirmed','confirmed','confirmed','confirmed','confirmed','unconfirmed','unconfirmed','disputed'])[1 + ((i::bigint * 17 + i / ${CENTERS}) % 10)::int],
             'import'
      from generate_series(${start}, ${end}) as i
      join organisations o on o.id = ${uuid('8000', `(1 + (i::bigint * 104729 + (i::bigint / ${CENTERS}) * 15485863) % ${ENTERPRISES})::int`)}`);
    process.stdout.write(`\r  ledger ${(end + 1).toLocaleString('en')} / ${total.toLocaleString('en')}`);
  }
  process.stdout.write('\n');
  seconds.ledger = since(t0);

  // Training: one course per center; a session per center and month (36); ATTENDANCE registrations per
  // center-year (k → month k % 12, user k / 12, so (session, user) stays unique), each attended.
  t0 = performance.now();
  await run(`
    insert into courses (id, center_id, title, mode, teachers)
    select ${uuid('a000', 'c')}, ${uuid('9000', 'c')}, '工业互联网实训', 'offline', array['讲师']
    from generate_series(1, ${CENTERS}) as c`);
  await run(`
    insert into course_sessions (id, course_id, center_id, session_date, start_time, end_time, seats)
    select ${uuid('b000', '(c - 1) * 36 + y * 12 + m')}, ${uuid('a000', 'c')}, ${uuid('9000', 'c')},
           make_date(2023 + y, m + 1, 15), '09:00', '16:00', 100
    from generate_series(1, ${CENTERS}) as c, generate_series(0, 2) as y, generate_series(0, 11) as m`);
  await run(`
    insert into users (id, username, display_name, password_hash, organisation_id, password_changed_at)
    select ${uuid('c000', 'u')}, 'gs.bench.user.' || u, '基准学员', 'x', ${uuid('8000', '1')}, now()
    from generate_series(0, 8) as u`);
  await run(`
    insert into course_registrations (id, session_id, center_id, user_id, organisation_id)
    select ${uuid('d000', '((c - 1) * 3 + y) * 1000 + k')}, ${uuid('b000', '(c - 1) * 36 + y * 12 + k % 12')},
           ${uuid('9000', 'c')}, ${uuid('c000', 'k / 12')},
           ${uuid('8000', `(1 + ((c * 3 + y) * 131 + k) % ${ENTERPRISES})::int`)}
    from generate_series(1, ${CENTERS}) as c, generate_series(0, 2) as y, generate_series(0, ${ATTENDANCE - 1}) as k`);
  await run(`
    insert into course_attendance (id, registration_id, session_id, center_id, organisation_id, attended_on)
    select gen_random_uuid(), r.id, r.session_id, r.center_id, r.organisation_id, s.session_date
    from course_registrations r join course_sessions s on s.id = r.session_id`);
  await run(`
    insert into center_events (id, center_id, kind, title, held_on)
    select gen_random_uuid(), ${uuid('9000', 'c')}, (array['matchmaking','forum','contest'])[1 + e % 3],
           '活动', make_date(2023 + y, 2 * e + 1, 20)
    from generate_series(1, ${CENTERS}) as c, generate_series(0, 2) as y, generate_series(0, 5) as e`);
  seconds.training = since(t0);

  t0 = performance.now();
  await run(`
    insert into annual_reports (id, center_id, year, status, due_on, summary, declared_values, submitted_on)
    select gen_random_uuid(), ${uuid('9000', 'c')}, ${YEAR}, 'submitted', date '${YEAR + 1}-01-31', '年度工作情况',
           jsonb_build_object('trainingPersonTimes', case when c % 5 = 0 then ${ATTENDANCE} * 3 / 2 else ${ATTENDANCE} end,
                              'enterprisesServed', ${Math.round(LEDGER * 0.7)}, 'operatingStaff', 60, 'matchmakingEvents', 2),
           date '${YEAR + 1}-01-20'
    from generate_series(1, ${CENTERS}) as c`);
  seconds.reports = since(t0);
  t0 = performance.now();
  await run('vacuum analyze');
  seconds.vacuumAnalyze = since(t0);
  return seconds;
}

/** Pre-fills every form of the province for YEAR, `concurrency` centers at a time. */
async function prefillProvince(database: Database, concurrency: number) {
  const pack = getPack('gansu-2024')!;
  const t0 = performance.now();
  const rows = await centerYears(
    database.db,
    { all: false, regionPrefixes: [PROVINCE.slice(0, 2)], organisationIds: [] },
    YEAR,
  );
  const loadMs = performance.now() - t0;
  const perCenter: number[] = [];
  let flagged = 0;
  const flaggedMetrics: Record<string, number> = {};
  let next = 0;
  const worker = async () => {
    while (next < rows.length) {
      const row = rows[next++]!;
      const c0 = performance.now();
      const form = await prefillEvaluation(database.db, {
        center: row.center,
        pack,
        year: YEAR,
        report: row.report,
      });
      perCenter.push(performance.now() - c0);
      if (form.summary.flagged > 0) {
        flagged += 1;
      }
      for (const metric of new Set(form.rows.filter((r) => r.flagged).map((r) => r.metric))) {
        flaggedMetrics[metric] = (flaggedMetrics[metric] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { forms: rows.length, flagged, flaggedMetrics, totalMs: performance.now() - t0, loadMs, perCenter };
}

function pick(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}
const round = (x: number) => Math.round(x * 10) / 10;

async function measure(database: Database, concurrency: number) {
  const totals: number[] = [];
  let last: Awaited<ReturnType<typeof prefillProvince>> | null = null;
  for (let run = 0; run <= RUNS; run += 1) {
    const r = await prefillProvince(database, concurrency);
    if (run > 0) {
      totals.push(r.totalMs);
    }
    last = r;
  }
  const sorted = [...totals].sort((a, b) => a - b);
  const per = [...last!.perCenter].sort((a, b) => a - b);
  return {
    concurrency,
    forms: last!.forms,
    flaggedForms: last!.flagged,
    flaggedMetrics: last!.flaggedMetrics,
    totalMs: { median: round(pick(sorted, 0.5)), min: round(sorted[0]!), runs: sorted.length },
    perFormMs: {
      median: round(pick(per, 0.5)),
      p95: round(pick(per, 0.95)),
      max: round(per[per.length - 1]!),
    },
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
    const seconds = await generate(database);
    console.log(`  generated in ${since(t0)} s`, seconds);
    const results = [await measure(database, 1)];
    if (target === 'postgres') {
      results.push(await measure(database, 4));
    }
    for (const r of results) {
      console.log(
        `  prefill ${r.forms} forms (concurrency ${r.concurrency}): total median ${r.totalMs.median} ms (min ${r.totalMs.min}),` +
          ` per form median ${r.perFormMs.median} ms, p95 ${r.perFormMs.p95} ms; flagged forms ${r.flaggedForms} ${JSON.stringify(r.flaggedMetrics)}`,
      );
    }
    return { target, migrateSeconds, generateSeconds: seconds, results };
  } finally {
    await database.close();
    if (target === 'postgres' && process.env.BENCH_KEEP !== '1') {
      await admin(`drop database if exists ${DB_NAME} with (force)`);
    }
  }
}

const out = [];
for (const target of TARGETS) {
  out.push(await run(target));
}
const file = resolve(here, 'results', `evaluation-${new Date().toISOString().slice(0, 10)}.json`);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(
  file,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      centers: CENTERS,
      years: YEARS,
      ledgerPerCenterYear: LEDGER,
      attendancePerCenterYear: ATTENDANCE,
      results: out,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nwritten ${file}`);

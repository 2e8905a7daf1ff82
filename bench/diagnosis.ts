/**
 * Diagnosis benchmark: peer-benchmark lookups over 1,000,000 submitted assessments on PostgreSQL.
 *
 *   node bin/tsx.mjs bench/diagnosis.ts
 *   BENCH_ASSESSMENTS=200000 BENCH_RUNS=50 node bin/tsx.mjs bench/diagnosis.ts
 *
 * Data (generated in SQL with generate_series, deterministic): 50,000 enterprises across 7 counties of
 * 3 provinces and 6 industry divisions, 1,000,000 submitted `sme-digital-2024` assessments with scores
 * spread over 0–100. Measured:
 * - lookup: `benchmarkCounts` (one scan, one FILTER per peer cell) + `pickBenchmark` for BENCH_RUNS
 *   different enterprises — median and p95 (goal in issue 9: p95 < 50 ms on PostgreSQL);
 * - full aggregate: the per-cell score histogram (model × division × city × size × whole score) in one
 *   GROUP BY — the figure a precomputed, incrementally refreshed benchmark table would pay to rebuild
 *   (goal: < 60 s full).
 *
 * BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres, trust auth); the script creates
 * `dtpc_bench_diagnosis` (dropping any leftover) and drops it at the end unless BENCH_KEEP=1.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { migrateDatabase, openDatabase } from '../src/db/client.ts';
import { benchmarkCounts } from '../src/db/loaders/assessments.ts';
import { applicableCells, pickBenchmark } from '../src/domain/diagnosis/benchmark.ts';

const here = dirname(fileURLToPath(import.meta.url));
const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB_NAME = 'dtpc_bench_diagnosis';
const ROWS = Number(process.env.BENCH_ASSESSMENTS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const ENTERPRISES = 50_000;
const REGIONS = ['370102', '370112', '370113', '370202', '370211', '620102', '350102'];
const DIVISIONS = ['34', '38', '26', '65', '39', '35'];

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

const ms = (t0: number) => Math.round((performance.now() - t0) * 10) / 10;
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? 0;
};

await admin(`drop database if exists ${DB_NAME}`);
await admin(`create database ${DB_NAME}`);
const url = new URL(ADMIN_URL);
url.pathname = `/${DB_NAME}`;
const database = await openDatabase({ url: url.toString() });
try {
  await migrateDatabase(database);
  const db = database.db;
  let t0 = performance.now();
  await db.execute(sql`
    insert into organisations (id, name, credit_code, kind, region_code, industry_codes, sme)
    select ('00000000-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, '基准企业' || i,
           'BENCH' || lpad(i::text, 13, '0'), 'enterprise',
           (${sql.raw(`array['${REGIONS.join("','")}']`)})[1 + (i * 3) % 7],
           array['C' || (${sql.raw(`array['${DIVISIONS.join("','")}']`)})[1 + (i * 5) % 6]], true
    from generate_series(1, ${ENTERPRISES}) as i`);
  await db.execute(sql`
    insert into assessments (id, model_id, model_version, organisation_id, region_code, industry_division,
                             size_band, status, answers, score, level, submitted_at)
    select ('00000000-0000-7000-a000-' || lpad(to_hex(a), 12, '0'))::uuid, 'sme-digital-2024', '2024.1', o.id,
           o.region_code, substr(o.industry_codes[1], 2, 2),
           (array['micro','small','medium'])[1 + (a * 13) % 3], 'submitted', '{}'::jsonb,
           round(((a::bigint * 7919) % 10001) / 100.0, 2), 1 + (a % 4), now()
    from generate_series(1, ${ROWS}) as a
    join organisations o on o.id = ('00000000-0000-7000-8000-' || lpad(to_hex(1 + a % ${ENTERPRISES}), 12, '0'))::uuid`);
  // As autovacuum would: the visibility map lets the cell counts be index-only scans.
  await db.execute(sql`vacuum analyze assessments`);
  const generateSeconds = ms(t0) / 1000;

  const lookups: number[] = [];
  let last: ReturnType<typeof pickBenchmark> = null;
  for (let run = 0; run <= RUNS; run++) {
    const keys = {
      industryDivision: DIVISIONS[run % DIVISIONS.length] ?? null,
      regionCode: REGIONS[(run * 3) % REGIONS.length] ?? '370102',
      sizeBand: ['micro', 'small', 'medium'][run % 3] ?? null,
    };
    t0 = performance.now();
    const counts = await benchmarkCounts(
      db,
      'sme-digital-2024',
      keys,
      (run * 37) % 100,
      applicableCells(keys),
    );
    last = pickBenchmark(counts);
    if (run > 0) {
      lookups.push(ms(t0)); // run 0 warms the cache
    }
  }

  t0 = performance.now();
  await db.execute(sql`
    select model_id, industry_division, left(region_code, 4) as city, size_band, floor(score) as s, count(*)
    from assessments where status = 'submitted'
    group by 1, 2, 3, 4, 5`);
  const histogramMs = ms(t0);

  const result = {
    at: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '' },
    assessments: ROWS,
    generateSeconds,
    lookup: {
      runs: RUNS,
      medianMs: quantile(lookups, 0.5),
      p95Ms: quantile(lookups, 0.95),
      minMs: Math.min(...lookups),
    },
    fullHistogramMs: histogramMs,
    sample: last,
  };
  console.log(JSON.stringify(result, null, 2));
  mkdirSync(resolve(here, 'results'), { recursive: true });
  writeFileSync(resolve(here, 'results/diagnosis.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await database.close();
  if (process.env.BENCH_KEEP !== '1') {
    await admin(`drop database if exists ${DB_NAME}`);
  }
}

/**
 * Recognition benchmark: 10,000 applications and 200 experts, then the application list, the application
 * detail and the expert-panel proposal timed through fastify.inject on the real app (session, guard,
 * policy, loaders, presenters, response serialization) — on PGlite (in memory) and on PostgreSQL.
 *
 *   npm run bench:recognition
 *   BENCH_TARGETS=postgres npm run bench:recognition
 *   BENCH_APPLICATIONS=20000 BENCH_EXPERTS=400 npm run bench:recognition
 *
 * Data (bulk inserts, deterministic): 2,000 lead units over 25 Shandong districts; 10 Shandong calls
 * (2017–2026) of 1,000 applications each, in every workflow state, 1–3 consortium members each, a frozen
 * version and timeline entries for every submitted one; 200 experts (Shandong pool, 1–2 of the four fields,
 * some with past employment at a lead unit and some with declared conflicts — the proposal checks them).
 * The newest call has BENCH_IN_REVIEW (150) applications in expert review: the proposal's batch.
 *
 * Measured (province.sd unless said): GET /api/applications (page 1 of 20; unfiltered, by state, by call,
 * by text, and as the 济南 city officer), GET /api/applications/:id (random submitted applications), and
 * the panel proposal — POST /api/review/calls/:id/proposals until its job is done (5 experts per panel,
 * load cap 5), also the POST alone.
 *
 * PostgreSQL: BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres); the database
 * `dtpc_bench_recognition` is created (dropping a leftover one) and dropped at the end (BENCH_KEEP=1 keeps it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import type { FastifyInstance } from 'fastify';
import { migrateDatabase, openDatabase, type Database, type Db } from '../src/db/client.ts';
import { syncReferenceData } from '../src/db/reference-data.ts';
import { seedDemo } from '../src/db/demo-seed.ts';
import {
  applicationMembers,
  applicationTransitions,
  applicationVersions,
  applications,
  conflictDeclarations,
  expertEmployments,
  expertProfiles,
  organisations,
  roleGrants,
  users,
} from '../src/db/schema/index.ts';
import { hashPassword } from '../src/app/auth/passwords.ts';
import { makeCreditCode } from '../src/domain/organisation/credit-code.ts';
import { buildApp } from '../src/server/app.ts';
import { makeCall } from '../test/factories/recognition.ts';

process.env.DTPC_ARGON2_FAST = '1';
process.env.DTPC_LOGIN_RATE ??= '100000';

const here = dirname(fileURLToPath(import.meta.url));
const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB_NAME = 'dtpc_bench_recognition';
const TOTAL = Number(process.env.BENCH_APPLICATIONS ?? 10_000);
const EXPERTS = Number(process.env.BENCH_EXPERTS ?? 200);
const IN_REVIEW = Number(process.env.BENCH_IN_REVIEW ?? 150);
const LEADS = Number(process.env.BENCH_LEADS ?? 2_000);
const CALLS = 10;
const LIST_ROUNDS = Number(process.env.BENCH_LIST_ROUNDS ?? 100);
const DETAIL_ROUNDS = Number(process.env.BENCH_DETAIL_ROUNDS ?? 300);
const PROPOSAL_ROUNDS = Number(process.env.BENCH_PROPOSAL_ROUNDS ?? 10);
const TARGETS = (process.env.BENCH_TARGETS ?? 'pglite,postgres').split(',');
const BATCH = 500;

// A deterministic generator, so every run measures the same data.
let seed = 7;
function rand(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

const DISTRICTS = [
  '370102',
  '370103',
  '370104',
  '370105',
  '370112',
  '370113',
  '370202',
  '370203',
  '370211',
  '370212',
  '370302',
  '370303',
  '370402',
  '370502',
  '370602',
  '370702',
  '370802',
  '370902',
  '371002',
  '371102',
  '371302',
  '371402',
  '371502',
  '371602',
  '371702',
];
const WORDS = [
  '智能制造',
  '装备',
  '化工',
  '纺织',
  '食品',
  '汽车零部件',
  '电子信息',
  '新材料',
  '医药',
  '轻工',
];
const FIELDS = ['技术', '产业', '管理', '财务'];
/** States of the older calls (finished batches) and of the newest one (in progress). */
const OLD_STATES = ['announced', 'announced', 'rejected', 'rejected', 'withdrawn', 'announced', 'returned'];
const NEW_STATES = [
  'draft',
  'submitted',
  'city_review',
  'recommended',
  'formal_review',
  'returned',
  'withdrawn',
];

async function insertBatched<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await insert(rows.slice(i, i + BATCH));
  }
}

interface Seeded {
  newestCallId: string;
  detailIds: string[];
}

/** The bulk data: lead units, experts, calls, applications with members, versions and timelines. */
async function seedBench(db: Db): Promise<Seeded> {
  // Lead units.
  const leads = Array.from({ length: LEADS }, (_, i) => {
    const regionCode = DISTRICTS[i % DISTRICTS.length]!;
    return {
      id: uuidv7(),
      name: `${pick(WORDS)}数字化服务有限公司（基准${i + 1}）`,
      creditCode: makeCreditCode({ regionCode, serial: 500_000 + i }),
      kind: 'enterprise',
      regionCode,
      industryCodes: ['C34'],
      registrationDate: '2015-06-01',
      aboveScale: true,
    };
  });
  await insertBatched(leads, (b) => db.insert(organisations).values(b));

  // Experts: 50 host organisations, 200 accounts in the Shandong pool.
  const hosts = Array.from({ length: 50 }, (_, i) => {
    const regionCode = DISTRICTS[(i * 7) % DISTRICTS.length]!;
    return {
      id: uuidv7(),
      name: `山东第${i + 1}工业技术研究院（基准）`,
      creditCode: makeCreditCode({ regionCode, serial: 900_000 + i, authority: '1', category: '2' }),
      kind: i % 2 === 0 ? 'university' : 'research_institute',
      regionCode,
      industryCodes: [],
    };
  });
  await insertBatched(hosts, (b) => db.insert(organisations).values(b));
  const passwordHash = await hashPassword('dtpc-demo-2026');
  const experts = Array.from({ length: EXPERTS }, (_, i) => ({
    id: uuidv7(),
    username: `bench.expert.${i + 1}`,
    displayName: `基准专家${i + 1}`,
    passwordHash,
    organisationId: hosts[i % hosts.length]!.id,
  }));
  await insertBatched(experts, (b) => db.insert(users).values(b));
  await insertBatched(
    experts.map((e) => ({ id: uuidv7(), userId: e.id, role: 'expert', regionCode: '370000' })),
    (b) => db.insert(roleGrants).values(b),
  );
  await insertBatched(
    experts.map((e, i) => ({
      userId: e.id,
      fields: i % 3 === 0 ? [FIELDS[i % 4]!, FIELDS[(i + 1) % 4]!] : [FIELDS[i % 4]!],
    })),
    (b) => db.insert(expertProfiles).values(b),
  );
  // Every fourth expert once worked at a lead unit (within 3 years for half of them): conflicts to check.
  await insertBatched(
    experts
      .filter((_, i) => i % 4 === 0)
      .map((e, i) => {
        const lead = leads[(i * 13) % leads.length]!;
        return {
          id: uuidv7(),
          expertUserId: e.id,
          organisationCreditCode: lead.creditCode,
          organisationName: lead.name,
          fromDate: '2015-01-01',
          toDate: i % 2 === 0 ? '2024-12-31' : '2019-12-31',
        };
      }),
    (b) => db.insert(expertEmployments).values(b),
  );
  await insertBatched(
    experts
      .filter((_, i) => i % 10 === 0)
      .map((e, i) => {
        const lead = leads[(i * 31) % leads.length]!;
        return {
          id: uuidv7(),
          declaredBy: 'expert',
          expertUserId: e.id,
          organisationCreditCode: lead.creditCode,
          organisationName: lead.name,
          reason: '近期有合作项目',
        };
      }),
    (b) => db.insert(conflictDeclarations).values(b),
  );

  // Calls: 2017–2026, by province.sd, through the real command.
  const callIds: string[] = [];
  for (let k = 0; k < CALLS; k++) {
    const year = 2017 + k;
    callIds.push(
      await makeCall(db, {
        packId: 'shandong-guide',
        year,
        title: `${year}年山东省工业互联网数字化转型促进中心申报（基准）`,
      }),
    );
  }
  const newestCallId = callIds.at(-1)!;
  const [actor] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'applicant.1'));

  // Applications.
  const perCall = Math.ceil(TOTAL / CALLS);
  const apps: (typeof applications.$inferInsert)[] = [];
  for (let i = 0; i < TOTAL; i++) {
    const k = Math.min(CALLS - 1, Math.floor(i / perCall));
    const newest = k === CALLS - 1;
    const lead = leads[(i * 7) % leads.length]!;
    const inReview = newest && i - k * perCall < IN_REVIEW;
    const state = inReview ? 'expert_review' : newest ? pick(NEW_STATES) : pick(OLD_STATES);
    const type = pick(['comprehensive', 'comprehensive', 'industry', 'functional'] as const);
    const submitted = state !== 'draft';
    apps.push({
      id: uuidv7(),
      callId: callIds[k]!,
      leadOrganisationId: lead.id,
      centerName: `${lead.regionCode.slice(0, 4)}${pick(WORDS)}${type === 'industry' ? '行业' : type === 'functional' ? '功能型' : '综合'}促进中心${i + 1}`,
      level: 'provincial',
      type,
      kind: type === 'functional' ? pick(['tech_innovation', 'incubation', 'talent', 'sme_service']) : null,
      industryCode: type === 'industry' ? 'C34' : null,
      state,
      currentVersionNo: submitted ? 1 : 0,
      regionCode: lead.regionCode,
      form: {
        summary: `面向${pick(WORDS)}企业的数字化转型服务`,
        buildStatus: 'built',
        consortiumAgreementSigned: true,
        metricValues: {
          floorArea: 1500 + Math.floor(rand() * 3000),
          operatingStaff: 10 + Math.floor(rand() * 40),
          enterprisesServed: Math.floor(rand() * 500),
        },
        facts: { fullTimeTeam: true },
        factDates: {},
        incidents: [],
      },
      createdByUserId: actor!.id,
      submittedAt: submitted ? new Date(Date.UTC(2017 + k, 4, 1 + (i % 28))) : null,
    });
  }
  await insertBatched(apps, (b) => db.insert(applications).values(b));

  const members: (typeof applicationMembers.$inferInsert)[] = [];
  apps.forEach((a, i) => {
    const n = 1 + (i % 3);
    for (let m = 0; m < n; m++) {
      // Some members are expert host organisations: conflicts the proposal must exclude.
      const org =
        m === 0 && i % 5 === 0 ? hosts[i % hosts.length]! : leads[(i * 11 + m * 17 + 1) % leads.length]!;
      members.push({
        id: uuidv7(),
        applicationId: a.id!,
        creditCode: org.creditCode,
        name: org.name,
        organisationId: org.id,
        orgKind: org.kind,
        position: m,
      });
    }
  });
  await insertBatched(members, (b) => db.insert(applicationMembers).values(b));

  const submittedApps = apps.filter((a) => a.state !== 'draft');
  await insertBatched(
    submittedApps.map((a) => ({
      id: uuidv7(),
      applicationId: a.id!,
      versionNo: 1,
      snapshot: { form: a.form, centerName: a.centerName, type: a.type, kind: a.kind },
      evaluation: { eligible: true },
      submittedAt: a.submittedAt!,
    })),
    (b) => db.insert(applicationVersions).values(b),
  );
  const timeline = submittedApps.flatMap((a) => [
    {
      id: uuidv7(),
      applicationId: a.id!,
      action: 'submit',
      fromState: 'draft',
      toState: 'submitted',
      actorName: '申报单位联系人',
      actorRole: 'applicant',
      attachments: [],
      versionNo: 1,
      detail: {},
    },
    ...(a.state === 'submitted'
      ? []
      : [
          {
            id: uuidv7(),
            applicationId: a.id!,
            action: 'bench',
            fromState: 'submitted',
            toState: a.state!,
            actorName: '基准',
            actorRole: 'system',
            attachments: [],
            versionNo: 1,
            detail: {},
          },
        ]),
  ]);
  await insertBatched(timeline, (b) => db.insert(applicationTransitions).values(b));
  await db.execute(sql`analyze`);
  return {
    newestCallId,
    detailIds: submittedApps.filter((_, i) => i % 7 === 0).map((a) => a.id!),
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
const round = (ms: number) => Math.round(ms * 10) / 10;

interface Timing {
  name: string;
  n: number;
  p50: number;
  p95: number;
  note?: string;
}

function timing(name: string, times: number[], note?: string): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    name,
    n: times.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    ...(note ? { note } : {}),
  };
}

async function openTarget(target: string): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  if (target === 'pglite') {
    return { database: await openDatabase({ dataDir: 'memory://' }), cleanup: async () => {} };
  }
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${DB_NAME} with (force)`);
  await admin.query(`create database ${DB_NAME}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DB_NAME}`;
  const database = await openDatabase({ url: url.toString() });
  return {
    database,
    cleanup: async () => {
      if (process.env.BENCH_KEEP === '1') {
        return;
      }
      const a = new pg.Client({ connectionString: ADMIN_URL });
      await a.connect();
      await a.query(`drop database if exists ${DB_NAME} with (force)`);
      await a.end();
    },
  };
}

async function login(app: FastifyInstance, username: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: 'dtpc-demo-2026' },
  });
  if (res.statusCode !== 200) {
    throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  }
  const cookie = res.cookies.find((c) => c.name === 'dtpc_session')!;
  return {
    cookie: `dtpc_session=${cookie.value}`,
    'x-csrf-token': (res.json() as { csrfToken: string }).csrfToken,
  };
}

async function timed(
  app: FastifyInstance,
  headers: Record<string, string>,
  method: 'GET' | 'POST',
  url: string,
  payload?: Record<string, unknown>,
  expect = 200,
): Promise<{ ms: number; body: unknown }> {
  const started = performance.now();
  const res = await app.inject({ method, url, headers, ...(payload !== undefined ? { payload } : {}) });
  const ms = performance.now() - started;
  if (res.statusCode !== expect) {
    throw new Error(`${method} ${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
  }
  return { ms, body: res.json() };
}

async function runTarget(target: string) {
  seed = 7; // the same data on every target
  const { database, cleanup } = await openTarget(target);
  try {
    const loadStarted = performance.now();
    await migrateDatabase(database);
    await syncReferenceData(database.db);
    await seedDemo(database.db);
    const seeded = await seedBench(database.db);
    const loadSeconds = Math.round((performance.now() - loadStarted) / 1000);
    process.stderr.write(`${target}: seeded in ${loadSeconds} s\n`);

    const app = await buildApp({ database, serveWeb: false });
    await app.ready();
    const province = await login(app, 'province.sd');
    const city = await login(app, 'city.jinan');
    const timings: Timing[] = [];

    // The list: five views, LIST_ROUNDS each after a warm-up.
    const lists: [string, Record<string, string>, string][] = [
      ['list: all (province)', province, '/api/applications?page=1&pageSize=20'],
      ['list: state=expert_review', province, '/api/applications?page=1&pageSize=20&state=expert_review'],
      [
        'list: callId (newest call)',
        province,
        `/api/applications?page=1&pageSize=20&callId=${seeded.newestCallId}`,
      ],
      [
        'list: q=智能制造',
        province,
        `/api/applications?page=1&pageSize=20&q=${encodeURIComponent('智能制造')}`,
      ],
      ['list: all (济南 city officer)', city, '/api/applications?page=1&pageSize=20'],
    ];
    const allLists: number[] = [];
    for (const [name, headers, url] of lists) {
      await timed(app, headers, 'GET', url);
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < LIST_ROUNDS; i++) {
        const r = await timed(app, headers, 'GET', url);
        times.push(r.ms);
        total = (r.body as { total: number }).total;
      }
      allLists.push(...times);
      timings.push(timing(name, times, `${total} matching`));
    }
    timings.unshift(timing('list (all five views)', allLists));

    // The detail: random submitted applications.
    const details: number[] = [];
    for (let i = 0; i < DETAIL_ROUNDS; i++) {
      const id = seeded.detailIds[Math.floor(rand() * seeded.detailIds.length)]!;
      details.push((await timed(app, province, 'GET', `/api/applications/${id}`)).ms);
    }
    timings.push(timing('detail', details));

    // The panel proposal: POST, then poll the job until done.
    const posts: number[] = [];
    const jobs: number[] = [];
    let result: unknown = null;
    for (let i = 0; i < PROPOSAL_ROUNDS; i++) {
      const started = performance.now();
      const post = await timed(
        app,
        province,
        'POST',
        `/api/review/calls/${seeded.newestCallId}/proposals`,
        { panelSize: 5, loadCap: 5 },
        202,
      );
      posts.push(post.ms);
      let job = post.body as { id: string; status: string; result: unknown; error?: unknown };
      while (job.status === 'queued' || job.status === 'running') {
        await new Promise((r) => setTimeout(r, 5));
        job = (await timed(app, province, 'GET', `/api/review/jobs/${job.id}`)).body as typeof job;
      }
      if (job.status !== 'done') {
        throw new Error(`proposal job ${job.status}: ${JSON.stringify(job)}`);
      }
      jobs.push(performance.now() - started);
      result = job.result;
    }
    timings.push(timing('panel proposal: POST (202)', posts));
    timings.push(timing('panel proposal: POST → job done', jobs, JSON.stringify(result)));
    await app.close();
    return { target, applications: TOTAL, experts: EXPERTS, inReview: IN_REVIEW, loadSeconds, timings };
  } finally {
    await database.close();
    await cleanup();
  }
}

const results: Awaited<ReturnType<typeof runTarget>>[] = [];
for (const target of TARGETS) {
  const figures = await runTarget(target);
  results.push(figures);
  console.log(
    `\n== ${target}: ${figures.applications} applications, ${figures.experts} experts, ${figures.inReview} in expert review (seeded in ${figures.loadSeconds} s; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`,
  );
  for (const t of figures.timings) {
    console.log(
      `  ${t.name.padEnd(34)} p50 ${t.p50.toString().padStart(7)} ms  p95 ${t.p95.toString().padStart(7)} ms  (n=${t.n})${t.note ? `  ${t.note}` : ''}`,
    );
  }
}
const out = resolve(here, 'results', `recognition-${new Date().toISOString().slice(0, 10)}.json`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  JSON.stringify({ at: new Date().toISOString(), cpus: cpus().length, loadavg: loadavg(), results }, null, 2),
);
console.log(`\nfigures written to ${out}`);

/**
 * The fuzz suite: every operation of the OpenAPI document × FUZZ_CASES generated requests (default 100 —
 * with 217 operations, over 20,000 requests per database), half well-formed as a signed-in role would
 * send them, half hostile. Every answer must be below 500, and every error a problem+json document with a
 * Chinese `detail`. Cases are seeded, so a failure names the seed that replays it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, DEMO_PASSWORD, type Session, type TestApp } from '../support/api.ts';
import {
  hostileArb,
  hostilePathSegments,
  multipartArb,
  operationsOf,
  queryValue,
  validArb,
  type FuzzContext,
  type Operation,
} from '../support/fuzz.ts';
import { loginLocks, users } from '../../src/db/schema/index.ts';
import { hashPassword } from '../../src/app/auth/passwords.ts';

const CASES = Number(process.env.FUZZ_CASES ?? 100);
const SEED = Number(process.env.FUZZ_SEED ?? 20261205);
const ACCOUNTS = [
  null,
  'national',
  'province.sd',
  'city.jinan',
  'expert.1',
  'applicant.1',
  'operator.1',
  'enterprise.1',
] as const;
type Account = (typeof ACCOUNTS)[number];

let t: TestApp;
let operations: Operation[];
let ctx: FuzzContext;
const sessions = new Map<string, Session>();
let requestsSent = 0;

/** Signs `account` in again; if the fuzz itself changed its password, disabled or locked it, restores it first. */
async function sessionFor(account: Account): Promise<Session | null> {
  if (account === null) {
    return null;
  }
  const known = sessions.get(account);
  if (known) {
    return known;
  }
  let session: Session;
  try {
    session = await t.login(account);
  } catch {
    await t.database.db
      .update(users)
      .set({
        passwordHash: await hashPassword(DEMO_PASSWORD),
        disabled: false,
        mustChangePassword: false,
      })
      .where(eq(users.username, account));
    await t.database.db.delete(loginLocks).where(eq(loginLocks.username, account));
    session = await t.login(account);
  }
  sessions.set(account, session);
  return session;
}

async function idPool(): Promise<string[]> {
  const tables = [
    'organisations',
    'users',
    'calls',
    'applications',
    'centers',
    'review_rounds',
    'review_assignments',
    'publicity_notices',
    'files',
    'resources',
    'evaluations',
    'revocations',
    'change_filings',
    'notifications',
  ];
  const ids: string[] = [];
  for (const table of tables) {
    try {
      const result = await t.database.db.execute(sql.raw(`select id::text as id from ${table} limit 20`));
      const rows = (Array.isArray(result) ? result : (result as { rows: { id: string }[] }).rows) as {
        id: string;
      }[];
      ids.push(...rows.map((r) => r.id));
    } catch {
      // A table this schema does not have: the pool is a help, not a contract.
    }
  }
  return ids;
}

interface Case {
  account: Account;
  hostile: boolean;
  pathValues: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  rawPath: boolean;
}

function caseArb(op: Operation): fc.Arbitrary<Case> {
  const account = fc.constantFrom(...ACCOUNTS);
  const build = (hostile: boolean): fc.Arbitrary<Case> => {
    const pathModel: Record<string, fc.Arbitrary<string>> = {};
    for (const p of op.pathParams) {
      const good = validArb(p.schema, ctx).map(String);
      pathModel[p.name] = hostile ? fc.oneof(good, fc.constantFrom(...hostilePathSegments)) : good;
    }
    const queryModel: Record<string, fc.Arbitrary<unknown>> = {};
    for (const q of op.queryParams) {
      queryModel[q.name] = hostile ? hostileArb(q.schema, ctx) : validArb(q.schema, ctx);
    }
    const requiredQuery = op.queryParams.filter((q) => q.required || !hostile).map((q) => q.name);
    const body: fc.Arbitrary<unknown> = op.body
      ? hostile
        ? fc.oneof(
            { weight: 8, arbitrary: hostileArb(op.body, ctx) },
            { weight: 1, arbitrary: fc.constant('{"broken": ') },
            { weight: 1, arbitrary: fc.constant('"\\u0000"') },
          )
        : validArb(op.body, ctx)
      : fc.constant(undefined);
    return fc.record({
      account,
      hostile: fc.constant(hostile),
      pathValues: fc.record(pathModel),
      query: fc.record(queryModel, {
        requiredKeys: hostile ? [] : requiredQuery.filter((k) => k in queryModel),
      }),
      body,
      rawPath: fc.constant(hostile),
    });
  };
  return fc.oneof(build(false), build(true));
}

/** Percent-encodes like encodeURIComponent, but sends a lone surrogate as the invalid UTF-8 a broken client would. */
function encode(value: string): string {
  return value
    .replace(/[\uD800-\uDFFF]/gu, '\u0001')
    .split('\u0001')
    .map(encodeURIComponent)
    .join('%ED%A0%80');
}

function urlOf(op: Operation, c: Case): string {
  let path = op.path;
  for (const [name, value] of Object.entries(c.pathValues)) {
    const encoded = c.rawPath && hostilePathSegments.includes(value) ? value : encode(value);
    path = path.replace(`{${name}}`, encoded);
  }
  const query = Object.entries(c.query)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${encode(k)}=${encode(queryValue(v))}`)
    .join('&');
  return query ? `${path}?${query}` : path;
}

async function send(op: Operation, c: Case, multipart: { payload: Buffer; contentType: string } | null) {
  const session = await sessionFor(c.account);
  // As the Chinese web client sends it; the fuzz itself may have switched an account's own language.
  const headers: Record<string, string> = {
    'accept-language': 'zh-CN',
    ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
  };
  const url = urlOf(op, c);
  requestsSent += 1;
  if (multipart) {
    return t.app.inject({
      method: op.method as 'POST',
      url,
      headers: { ...headers, 'content-type': multipart.contentType },
      payload: multipart.payload,
    });
  }
  const hasBody = c.body !== undefined && op.method !== 'GET' && op.method !== 'DELETE';
  return t.app.inject({
    method: op.method as 'GET',
    url,
    headers: { ...headers, ...(hasBody ? { 'content-type': 'application/json' } : {}) },
    ...(hasBody ? { payload: typeof c.body === 'string' ? c.body : JSON.stringify(c.body) } : {}),
  });
}

beforeAll(async () => {
  t = await createTestApp();
  const doc = t.app.swagger() as unknown as Parameters<typeof operationsOf>[0];
  operations = operationsOf(doc).filter((op) => op.path !== '/api/openapi.json');
  ctx = { ids: await idPool(), doc };
}, 120_000);

afterAll(async () => {
  // The suite's own claim, printed so CI shows how much was sent.
  console.log(`fuzz: ${requestsSent} requests over ${operations?.length ?? 0} operations, seed ${SEED}`);
  await t?.close();
});

describe('fuzz', () => {
  it('covers every operation of the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(150);
    expect(operations.filter((op) => op.multipart).length).toBeGreaterThanOrEqual(6);
  });

  it(`answers ${CASES} generated requests per operation without a 5xx, errors as Chinese problem+json`, async () => {
    const failures: string[] = [];
    for (const [index, op] of operations.entries()) {
      const samples = fc.sample(caseArb(op), { numRuns: CASES, seed: SEED + index });
      const uploads = op.multipart ? fc.sample(multipartArb(), { numRuns: CASES, seed: SEED + index }) : [];
      for (const [i, c] of samples.entries()) {
        const res = await send(op, c, op.multipart ? uploads[i]! : null);
        if (res.statusCode === 401 && c.account) {
          sessions.delete(c.account); // the fuzz logged this account out or reset it: sign in again
        }
        const problem = res.statusCode >= 400;
        const type = String(res.headers['content-type'] ?? '');
        let detail = '';
        if (problem) {
          try {
            detail = String((res.json() as { detail?: unknown }).detail ?? '');
          } catch {
            detail = '';
          }
        }
        if (
          res.statusCode >= 500 ||
          (problem &&
            (!type.startsWith('application/problem+json') ||
              (!/[\u4e00-\u9fff]/.test(detail) && !urlOf(op, c).includes('lang='))))
        ) {
          failures.push(
            `${op.method} ${urlOf(op, c).slice(0, 200)} as ${c.account ?? 'anonymous'} → ${res.statusCode} ${res.body.slice(0, 300)} (seed ${SEED + index}, case ${i})`,
          );
        }
      }
    }
    expect(failures.slice(0, 30)).toEqual([]);
    expect(requestsSent).toBeGreaterThanOrEqual(operations.length * CASES);
  }, 3_600_000);
});

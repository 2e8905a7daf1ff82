import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { auditLog, organisations, users } from '../../src/db/schema/index.ts';
import { makeCreditCode } from '../../src/domain/organisation/credit-code.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';

let t: TestApp;
let admin: Session;

async function counts() {
  const [o] = await t.database.db.select({ n: count() }).from(organisations);
  const [u] = await t.database.db.select({ n: count() }).from(users);
  const [a] = await t.database.db.select({ n: count() }).from(auditLog);
  return { organisations: Number(o!.n), users: Number(u!.n), audit: Number(a!.n) };
}

function validOrg(overrides: Record<string, unknown> = {}) {
  return {
    name: '坏输入测试有限公司',
    creditCode: makeCreditCode({ regionCode: '370102', serial: 777001 }),
    kind: 'enterprise',
    regionCode: '370102',
    ...overrides,
  };
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('province.sd');
});
afterAll(async () => t.close());

describe('bad input gets a clear localised error and writes nothing', () => {
  it('rejects a credit code with a wrong check character, saying so', async () => {
    const good = makeCreditCode({ regionCode: '370102', serial: 777002 });
    const wrong = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    const before = await counts();
    const res = await t.request(admin, 'POST', '/api/organisations', validOrg({ creditCode: wrong }));
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('organisation.credit_code_invalid');
    expect(body.errors[0].field).toBe('creditCode');
    expect(body.detail).toMatch(/校验码/);
    expect(await counts()).toEqual(before);
  });

  it('says the same in English when asked', async () => {
    const good = makeCreditCode({ regionCode: '370102', serial: 777003 });
    const wrong = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    const res = await t.request(admin, 'POST', '/api/organisations', validOrg({ creditCode: wrong }), {
      'accept-language': 'en',
    });
    expect(res.json().detail).toMatch(/check/i);
  });

  it('rejects a duplicate credit code with 409', async () => {
    const first = await t.request(admin, 'POST', '/api/organisations', validOrg());
    expect(first.statusCode).toBe(200);
    const before = await counts();
    const dup = await t.request(admin, 'POST', '/api/organisations', validOrg({ name: '另一家公司' }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({
      code: 'organisation.credit_code_duplicate',
      errors: [{ field: 'creditCode' }],
    });
    expect(await counts()).toEqual(before);
  });

  it('rejects an unknown region code (371200 莱芜 no longer exists)', async () => {
    const before = await counts();
    const res = await t.request(
      admin,
      'POST',
      '/api/organisations',
      validOrg({
        regionCode: '371200',
        creditCode: makeCreditCode({ regionCode: '370102', serial: 777004 }),
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'reference.unknown_region', errors: [{ field: 'regionCode' }] });
    expect(await counts()).toEqual(before);
  });

  it('rejects malformed JSON', async () => {
    const before = await counts();
    const res = await t.request(admin, 'POST', '/api/organisations', '{"name": "x",');
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('request.malformed_json');
    expect(res.json().detail).toMatch(/JSON/);
    expect(await counts()).toEqual(before);
  });

  it('names each wrongly typed field, in Chinese', async () => {
    const res = await t.request(
      admin,
      'POST',
      '/api/organisations',
      validOrg({ sme: 'yes', regionCode: 370102 }),
    );
    expect(res.statusCode).toBe(400);
    const fields = res
      .json()
      .errors.map((e: { field: string }) => e.field)
      .sort();
    expect(fields).toEqual(['regionCode', 'sme']);
    // The summary names the fields as the form does and says what to enter, never a path or a type name.
    expect(res.json().detail).toMatch(/^请检查：/);
    expect(res.json().detail).toContain('所在地区：请填写文字');
    expect(res.json().detail).not.toMatch(/regionCode|sme|string|boolean/);
    const messages = Object.fromEntries(
      res.json().errors.map((e: { field: string; message: string }) => [e.field, e.message]),
    );
    expect(messages).toEqual({ regionCode: '请填写文字', sme: '请选择是或否' });
  });

  it('rejects unknown fields', async () => {
    const before = await counts();
    const res = await t.request(
      admin,
      'POST',
      '/api/organisations',
      validOrg({ creditCode: makeCreditCode({ regionCode: '370102', serial: 777005 }), isAdmin: true }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ field: 'isAdmin', code: 'unrecognized_keys' });
    expect(await counts()).toEqual(before);
  });

  it('rejects creating a user with a role outside the province and leaves nothing behind', async () => {
    const before = await counts();
    const orgs = (await t.request(admin, 'GET', '/api/organisations?q=济南智造')).json();
    const res = await t.request(admin, 'POST', '/api/users', {
      username: 'outside.officer',
      displayName: '省外经办人',
      password: 'Strong-Pass-1',
      organisationId: orgs.items[0].id,
      roles: [{ role: 'city_officer', regionCode: '620100' }],
    });
    expect(res.statusCode).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it('rejects a weak password for a new account, naming the field', async () => {
    const orgs = (await t.request(admin, 'GET', '/api/organisations?q=济南智造')).json();
    const res = await t.request(admin, 'POST', '/api/users', {
      username: 'weak.user',
      displayName: '弱密码',
      password: 'password',
      organisationId: orgs.items[0].id,
      roles: [{ role: 'applicant' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('password');
  });

  it('answers unknown API routes with a problem document', async () => {
    const res = await t.request(admin, 'GET', '/api/no-such-thing');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found', status: 404 });
  });
});

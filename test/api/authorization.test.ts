import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { organisations, users } from '../../src/db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';

let t: TestApp;
const sessions: Record<string, Session> = {};
const ids: Record<string, string> = {};

const accounts = [
  'national',
  'province.sd',
  'province.gs',
  'city.jinan',
  'city.qingdao',
  'expert.1',
  'applicant.1',
  'applicant.2',
  'operator.1',
  'enterprise.1',
];

beforeAll(async () => {
  t = await createTestApp();
  for (const a of accounts) {
    sessions[a] = await t.login(a);
  }
  const idOf = async (username: string) =>
    (await t.database.db.select().from(users).where(eq(users.username, username)))[0]!;
  ids.sdUser = (await idOf('applicant.1')).id; // 济南
  ids.gsUser = (await idOf('applicant.2')).id; // 兰州
  ids.jinanOrg = (await idOf('applicant.1')).organisationId;
  ids.lanzhouOrg = (await idOf('applicant.2')).organisationId;
  const [qingdaoBureau] = await t.database.db
    .select()
    .from(organisations)
    .where(eq(organisations.name, '青岛市工业和信息化局'));
  ids.qingdaoOrg = qingdaoBureau!.id;
});
afterAll(async () => t.close());

// Expected status per account: [inside-jurisdiction target, outside-jurisdiction target].
type Row = [account: string, inside: number, outside: number];

describe('authorization matrix: role × route × jurisdiction', () => {
  describe('GET /api/users/:id — reads outside jurisdiction answer 404, roles without the ability 403', () => {
    const table: Row[] = [
      ['national', 200, 200],
      ['province.sd', 200, 404],
      ['province.gs', 404, 200],
      ['city.jinan', 403, 403],
      ['expert.1', 403, 403],
      ['applicant.1', 403, 403],
      ['operator.1', 403, 403],
      ['enterprise.1', 403, 403],
    ];
    it.each(table)('%s → 济南 user %i, 兰州 user %i', async (account, sd, gs) => {
      expect((await t.request(sessions[account]!, 'GET', `/api/users/${ids.sdUser}`)).statusCode).toBe(sd);
      expect((await t.request(sessions[account]!, 'GET', `/api/users/${ids.gsUser}`)).statusCode).toBe(gs);
    });
  });

  describe('PATCH /api/users/:id — writes outside jurisdiction answer 403', () => {
    const table: Row[] = [
      ['province.sd', 200, 403],
      ['city.jinan', 403, 403],
      ['applicant.1', 403, 403],
    ];
    it.each(table)('%s → 济南 user %i, 兰州 user %i', async (account, inside, outside) => {
      const version = async (id: string) =>
        (await t.database.db.select().from(users).where(eq(users.id, id)))[0]!.version;
      const patch = async (id: string) =>
        (
          await t.request(sessions[account]!, 'PATCH', `/api/users/${id}`, {
            version: await version(id),
            displayName: `改名-${account}`,
          })
        ).statusCode;
      expect(await patch(ids.sdUser!)).toBe(inside);
      expect(await patch(ids.gsUser!)).toBe(outside);
    });
  });

  describe('GET /api/organisations/:id — authorities by jurisdiction, others only their own', () => {
    const table: [string, number, number, number][] = [
      // account, 济南 applicant org, 兰州 applicant org, 青岛 bureau
      ['national', 200, 200, 200],
      ['province.sd', 200, 404, 200],
      ['city.jinan', 200, 404, 404],
      ['city.qingdao', 404, 404, 200],
      ['applicant.1', 200, 404, 404],
      ['applicant.2', 404, 200, 404],
      ['enterprise.1', 404, 404, 404],
    ];
    it.each(table)('%s → %i / %i / %i', async (account, jinan, lanzhou, qingdao) => {
      expect(
        (await t.request(sessions[account]!, 'GET', `/api/organisations/${ids.jinanOrg}`)).statusCode,
      ).toBe(jinan);
      expect(
        (await t.request(sessions[account]!, 'GET', `/api/organisations/${ids.lanzhouOrg}`)).statusCode,
      ).toBe(lanzhou);
      expect(
        (await t.request(sessions[account]!, 'GET', `/api/organisations/${ids.qingdaoOrg}`)).statusCode,
      ).toBe(qingdao);
    });
  });

  describe('POST /api/organisations — authorities register inside their jurisdiction only', () => {
    const table: Row[] = [
      ['national', 200, 200],
      ['province.sd', 200, 403],
      ['city.jinan', 200, 403],
      ['applicant.1', 403, 403],
    ];
    let serial = 0;
    it.each(table)('%s → in 济南 %i, in 兰州 %i', async (account, inside, outside) => {
      const { makeCreditCode } = await import('../../src/domain/organisation/credit-code.ts');
      const body = (regionCode: string) => {
        serial += 1;
        return {
          name: `矩阵测试企业${account}${serial}`,
          creditCode: makeCreditCode({ regionCode, serial: 500000 + serial }),
          kind: 'enterprise',
          regionCode,
        };
      };
      expect(
        (await t.request(sessions[account]!, 'POST', '/api/organisations', body('370102'))).statusCode,
      ).toBe(inside);
      expect(
        (await t.request(sessions[account]!, 'POST', '/api/organisations', body('620102'))).statusCode,
      ).toBe(outside);
    });
  });

  it('lists only what is inside the jurisdiction', async () => {
    const sd = (await t.request(sessions['province.sd']!, 'GET', '/api/organisations?pageSize=200')).json();
    expect(sd.items.length).toBeGreaterThan(0);
    expect(sd.items.every((o: { regionCode: string }) => o.regionCode.startsWith('37'))).toBe(true);
    const jinan = (await t.request(sessions['city.jinan']!, 'GET', '/api/organisations?pageSize=200')).json();
    expect(jinan.items.every((o: { regionCode: string }) => o.regionCode.startsWith('3701'))).toBe(true);
    const users = (await t.request(sessions['province.gs']!, 'GET', '/api/users?pageSize=200')).json();
    expect(users.items.map((u: { username: string }) => u.username).sort()).toEqual([
      'applicant.2',
      'applicant.4',
      'city.lanzhou',
      'expert.5',
      'province.gs',
    ]);
  });

  it('shows a provincial admin only the audit entries about their province; city officers none', async () => {
    const sd = (await t.request(sessions['province.sd']!, 'GET', '/api/audit?pageSize=200')).json();
    expect(sd.total).toBeGreaterThan(0);
    expect((await t.request(sessions['city.jinan']!, 'GET', '/api/audit')).statusCode).toBe(403);
    const all = (await t.request(sessions.national!, 'GET', '/api/audit?pageSize=1')).json();
    expect(all.total).toBeGreaterThan(sd.total);
  });

  it('keeps a provincial admin from granting roles beyond the province', async () => {
    const res = await t.request(sessions['province.sd']!, 'POST', '/api/users', {
      username: 'sd.sneaky',
      displayName: '越权',
      password: 'Strong-Pass-1',
      organisationId: ids.jinanOrg,
      roles: [{ role: 'city_officer', regionCode: '620100' }],
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden.grant_out_of_scope');
    expect(await t.database.db.select().from(users).where(eq(users.username, 'sd.sneaky'))).toHaveLength(0);
  });

  it('names an empty 管辖地区 as the problem, and roles by their Chinese names', async () => {
    const res = await t.request(sessions['province.sd']!, 'POST', '/api/users', {
      username: 'sd.expert.noregion',
      displayName: '无专家库专家',
      password: 'Strong-Pass-1',
      organisationId: ids.jinanOrg,
      roles: [{ role: 'expert' }],
      expertFields: ['technology'],
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json(), res.body).toMatchObject({ code: 'user.grant_invalid' });
    expect(res.json().detail).toContain('评审专家');
    expect(res.json().detail).not.toContain('expert');
    expect(res.json().errors).toEqual([
      expect.objectContaining({ field: 'roles.0.regionCode', message: '请选择管辖地区' }),
    ]);
    const beyond = await t.request(sessions['province.sd']!, 'POST', '/api/users', {
      username: 'sd.sneaky.2',
      displayName: '越权',
      password: 'Strong-Pass-1',
      organisationId: ids.jinanOrg,
      roles: [{ role: 'city_officer', regionCode: '620100' }],
    });
    expect(beyond.json().detail).toContain('市/县工信局');
  });

  it('refuses creating a user for an organisation outside the province (404: it is not visible)', async () => {
    const res = await t.request(sessions['province.sd']!, 'POST', '/api/users', {
      username: 'sd.outside',
      displayName: '省外',
      password: 'Strong-Pass-1',
      organisationId: ids.lanzhouOrg,
      roles: [{ role: 'applicant' }],
    });
    expect(res.statusCode).toBe(404);
    expect(await t.database.db.select().from(users).where(eq(users.username, 'sd.outside'))).toHaveLength(0);
  });

  it('lets a provincial admin create, then manage, an account in the province', async () => {
    const created = await t.request(sessions['province.sd']!, 'POST', '/api/users', {
      username: 'jinan.officer2',
      displayName: '济南新经办人',
      password: 'Strong-Pass-1',
      organisationId: ids.jinanOrg,
      roles: [{ role: 'city_officer', regionCode: '370100' }],
    });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ username: 'jinan.officer2', abilities: { update: true } });
    const login = await t.request(null, 'POST', '/api/auth/login', {
      username: 'jinan.officer2',
      password: 'Strong-Pass-1',
    });
    expect(login.json().user.mustChangePassword).toBe(true);
  });

  it('loses no update when two admins edit the same account at once (versioned writes)', async () => {
    const [row] = await t.database.db.select().from(users).where(eq(users.username, 'city.qingdao'));
    const first = await t.request(sessions['province.sd']!, 'PATCH', `/api/users/${row!.id}`, {
      version: row!.version,
      displayName: '甲',
    });
    const second = await t.request(sessions.national!, 'PATCH', `/api/users/${row!.id}`, {
      version: row!.version,
      displayName: '乙',
    });
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('conflict.stale_version');
  });
});

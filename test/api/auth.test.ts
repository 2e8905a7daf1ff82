import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { auditLog, loginLocks, sessions, users } from '../../src/db/schema/index.ts';
import { forgetUserSessions } from '../../src/app/auth/sessions.ts';
import { createTestApp, type TestApp } from './../support/api.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('login, lockout and sessions', () => {
  it('logs in with the demo password and answers /me with roles, jurisdiction and abilities', async () => {
    const s = await t.login('province.sd');
    const me = await t.request(s, 'GET', '/api/auth/me');
    expect(me.statusCode).toBe(200);
    const body = me.json();
    expect(body.user.roles[0]).toMatchObject({
      role: 'provincial_admin',
      regionCode: '370000',
      regionName: '山东省',
    });
    expect(body.user.abilities).toContain('accounts.manage');
  });

  it('answers a wrong password with a generic 401 in Chinese', async () => {
    const res = await t.request(null, 'POST', '/api/auth/login', {
      username: 'city.qingdao',
      password: 'wrong-Pass-1',
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'auth.invalid_credentials', detail: '用户名或密码错误' });
  });

  async function loginFrom(source: string, username: string, password: string) {
    return t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: source,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username, password }),
    });
  }

  it('makes a guessing source wait after 5 failures, but never locks the account out for anyone else', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      codes.push((await loginFrom('203.0.113.5', 'national', 'bad-Password-1')).statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 401, 423]);
    const locked = await loginFrom('203.0.113.5', 'national', 'dtpc-demo-2026');
    expect(locked.statusCode).toBe(423);
    expect(locked.json().detail).toMatch(/已暂时锁定/);
    const [lock] = await t.database.db.select().from(loginLocks).where(eq(loginLocks.source, '203.0.113.5'));
    const wait = (lock!.lockedUntil!.getTime() - Date.now()) / 60000;
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(1.1);
    // The ministry official, from her own office, is not affected.
    expect((await loginFrom('198.51.100.7', 'national', 'dtpc-demo-2026')).statusCode).toBe(200);
    // A sixth failure once the wait is over doubles it.
    await t.database.db
      .update(loginLocks)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(loginLocks.source, '203.0.113.5'));
    expect((await loginFrom('203.0.113.5', 'national', 'bad-Password-1')).statusCode).toBe(423);
    const [row] = await t.database.db.select().from(loginLocks).where(eq(loginLocks.source, '203.0.113.5'));
    expect(row!.failures).toBe(6);
    expect((row!.lockedUntil!.getTime() - Date.now()) / 60000).toBeGreaterThan(1.9);
  });

  it('answers an unknown name exactly as a known one, so names cannot be enumerated', async () => {
    const answers = async (source: string, username: string) => {
      const out: string[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await loginFrom(source, username, 'bad-Password-1');
        const body = res.json();
        out.push(`${res.statusCode} ${body.code} ${String(body.detail).replace(/\d/g, '#')}`);
      }
      return out;
    };
    const known = await answers('203.0.113.21', 'province.gs');
    const unknown = await answers('203.0.113.22', 'province.zz');
    expect(unknown).toEqual(known);
    expect(known.at(-1)).toMatch(/^423 auth.locked/);
  });

  it('shows the lock to the administrator, who lifts it; both are audited', async () => {
    for (let i = 0; i < 5; i++) {
      await loginFrom('203.0.113.9', 'expert.6', 'bad-Password-1');
    }
    const admin = await t.login('national');
    const list = await t.request(admin, 'GET', '/api/users?q=expert.6');
    const expert = list.json().items.find((u: { username: string }) => u.username === 'expert.6');
    expect(expert.lockedUntil).not.toBeNull();
    const unlock = await t.request(admin, 'POST', `/api/users/${expert.id}/unlock`, {
      version: expert.version,
    });
    expect(unlock.statusCode).toBe(200);
    expect((await loginFrom('203.0.113.9', 'expert.6', 'dtpc-demo-2026')).statusCode).toBe(200);
    const actions = (await t.database.db.select().from(auditLog).where(eq(auditLog.targetId, expert.id))).map(
      (a) => a.action,
    );
    expect(actions).toEqual(expect.arrayContaining(['auth.lockout', 'user.unlock', 'auth.login']));
  });

  it('ends a session idle for more than 30 minutes', async () => {
    const s = await t.login('city.lanzhou');
    await t.database.db.update(sessions).set({ lastSeenAt: new Date(Date.now() - 31 * 60 * 1000) });
    // The edit bypasses the application, so drop the in-process session cache as a restart would.
    const [row] = await t.database.db.select().from(users).where(eq(users.username, 'city.lanzhou'));
    forgetUserSessions(row!.id);
    const res = await t.request(s, 'GET', '/api/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('auth.session_expired');
  });

  it('refuses a state change without the CSRF token', async () => {
    const s = await t.login('province.fj');
    const res = await t.request({ cookie: s.cookie, csrf: 'forged' }, 'POST', '/api/auth/logout');
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('auth.csrf');
  });

  it('logs out: the cookie no longer works', async () => {
    const s = await t.login('province.fj');
    expect((await t.request(s, 'POST', '/api/auth/logout')).statusCode).toBe(200);
    expect((await t.request(s, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('enforces 等保 password rules on change, naming the field in Chinese', async () => {
    const s = await t.login('operator.1');
    const weak = await t.request(s, 'POST', '/api/auth/password', {
      currentPassword: 'dtpc-demo-2026',
      newPassword: 'abcdefgh',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0]).toMatchObject({ field: 'newPassword' });
    expect(weak.json().errors[0].message).toMatch(/至少三类/);
    const ok = await t.request(s, 'POST', '/api/auth/password', {
      currentPassword: 'dtpc-demo-2026',
      newPassword: 'New-Secret-2027',
    });
    expect(ok.statusCode).toBe(200);
    await expect(t.login('operator.1')).rejects.toThrow(/401/);
    await t.login('operator.1', 'New-Secret-2027');
  });

  it('refuses the demo password in production mode', async () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      const res = await t.request(null, 'POST', '/api/auth/login', {
        username: 'city.jinan',
        password: 'dtpc-demo-2026',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('auth.demo_password_forbidden');
    } finally {
      process.env.NODE_ENV = previous;
    }
  });

  it('rate-limits the login route', async () => {
    process.env.DTPC_LOGIN_RATE = '3';
    const limited = await createTestApp();
    process.env.DTPC_LOGIN_RATE = '1000';
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push(
          (await limited.request(null, 'POST', '/api/auth/login', { username: 'nobody', password: 'x' }))
            .statusCode,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });

  it('ends access at once when an admin disables the account, and applies role changes at once', async () => {
    const officer = await t.login('city.qingdao');
    expect((await t.request(officer, 'GET', '/api/organisations')).statusCode).toBe(200);
    const admin = await t.login('national');
    const [row] = await t.database.db.select().from(users).where(eq(users.username, 'city.qingdao'));
    const regrant = await t.request(admin, 'PATCH', `/api/users/${row!.id}`, {
      version: row!.version,
      roles: [{ role: 'expert', regionCode: '370000' }],
    });
    expect(regrant.statusCode).toBe(200);
    const me = (await t.request(officer, 'GET', '/api/auth/me')).json();
    expect(me.user.roles.map((r: { role: string }) => r.role)).toEqual(['expert']);
    expect(me.user.abilities).not.toContain('organisations.read');
    const disable = await t.request(admin, 'PATCH', `/api/users/${row!.id}`, {
      version: row!.version + 1,
      disabled: true,
    });
    expect(disable.statusCode).toBe(200);
    expect((await t.request(officer, 'GET', '/api/auth/me')).statusCode).toBe(401);
    const again = await t.request(null, 'POST', '/api/auth/login', {
      username: 'city.qingdao',
      password: 'dtpc-demo-2026',
    });
    expect(again.statusCode).toBe(403);
    expect(again.json().code).toBe('auth.disabled');
  });

  it('records failed logins and lockouts in the audit chain', async () => {
    const rows = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(inArray(auditLog.action, ['auth.login_failed', 'auth.lockout']));
    const actions = rows.map((r) => r.action);
    expect(actions).toContain('auth.lockout');
    expect(actions.filter((a) => a === 'auth.login_failed').length).toBeGreaterThanOrEqual(4);
  });
});

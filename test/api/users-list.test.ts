import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { users } from '../../src/db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';

let t: TestApp;
let national: Session;
let accounts: number;
beforeAll(async () => {
  t = await createTestApp();
  national = await t.login('national');
  const [row] = await t.database.db.select({ n: count() }).from(users);
  accounts = Number(row!.n);
});
afterAll(async () => t.close());

describe('account list', () => {
  it('pages through all accounts in username order with a stable total', async () => {
    const first = (await t.request(national, 'GET', '/api/users?page=1&pageSize=5')).json();
    const second = (await t.request(national, 'GET', '/api/users?page=2&pageSize=5')).json();
    expect(accounts).toBeGreaterThan(10);
    expect(first.total).toBe(accounts);
    expect(second.total).toBe(accounts);
    const names = [...first.items, ...second.items].map((u: { username: string }) => u.username);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(10);
    expect(first.items[0].roles.length).toBeGreaterThan(0);
  });

  it('still reports the total on a page past the end', async () => {
    const past = (await t.request(national, 'GET', '/api/users?page=50&pageSize=20')).json();
    expect(past.items).toEqual([]);
    expect(past.total).toBe(accounts);
  });

  it('filters by role and by keyword', async () => {
    const experts = (await t.request(national, 'GET', '/api/users?role=expert&pageSize=50')).json();
    expect(experts.total).toBe(6);
    const jinan = (await t.request(national, 'GET', `/api/users?q=${encodeURIComponent('济南')}`)).json();
    expect(jinan.items.map((u: { username: string }) => u.username)).toContain('city.jinan');
  });

  it('never returns password hashes', async () => {
    const res = await t.request(national, 'GET', '/api/users?pageSize=50');
    expect(res.body).not.toMatch(/argon2|passwordHash|password_hash/);
  });
});

/**
 * 申报通知 open today: `?open=true` keeps the published calls whose window contains today (Asia/Shanghai,
 * pinned here), soonest deadline first, and every call says how many calendar days are left — counted by
 * the server, so a visitor's wrong clock cannot shorten a deadline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallView } from '../../src/contracts/recognition.ts';
import { createTestApp, type TestApp } from '../support/api.ts';
import { makeCall } from '../factories/recognition.ts';

const TODAY = '2026-06-10';
const previousToday = process.env.DTPC_TODAY;
let t: TestApp;
const ids: Record<string, string> = {};

beforeAll(async () => {
  process.env.DTPC_TODAY = TODAY;
  t = await createTestApp();
  const db = t.database.db;
  const call = (title: string, opensOn: string, closesOn: string, status?: 'draft' | 'closed') =>
    makeCall(db, { title, opensOn, closesOn, year: 2026, ...(status ? { status } : {}) });
  ids.lastDay = await call('开放测试：今日截止', '2026-05-01', TODAY);
  ids.later = await call('开放测试：月底截止', '2026-06-01', '2026-06-30');
  ids.notYet = await call('开放测试：尚未开始', '2026-06-11', '2026-07-31');
  ids.over = await call('开放测试：已过截止', '2026-05-01', '2026-06-09');
  ids.draft = await call('开放测试：草稿', '2026-06-01', '2026-06-30', 'draft');
  ids.closed = await call('开放测试：已关闭', '2026-06-01', '2026-06-30', 'closed');
});

afterAll(async () => {
  if (previousToday === undefined) {
    delete process.env.DTPC_TODAY;
  } else {
    process.env.DTPC_TODAY = previousToday;
  }
  await t.close();
});

describe('calls open today', () => {
  it('keeps only the calls taking applications today, soonest deadline first, with the days left', async () => {
    const res = await t.request(null, 'GET', '/api/calls?open=true&q=开放测试&pageSize=50');
    expect(res.statusCode, res.body).toBe(200);
    const { items, total } = res.json() as { items: CallView[]; total: number };
    expect(items.map((c) => c.id)).toEqual([ids.lastDay, ids.later]);
    expect(total).toBe(2);
    expect(items.map((c) => [c.open, c.daysLeft])).toEqual([
      [true, 0],
      [true, 20],
    ]);
  });

  it('says no days are left for a call that is not open, and lists it without the filter', async () => {
    const all = (await t.request(null, 'GET', '/api/calls?q=开放测试&pageSize=50')).json() as {
      items: CallView[];
    };
    const byId = new Map(all.items.map((c) => [c.id, c]));
    expect(byId.get(ids.notYet!)).toMatchObject({ open: false, daysLeft: null });
    expect(byId.get(ids.over!)).toMatchObject({ open: false, daysLeft: null });
    // Drafts and closed calls are not public.
    expect(byId.has(ids.draft!)).toBe(false);
    expect(byId.has(ids.closed!)).toBe(false);
  });

  it('refuses a filter that is not a boolean, naming it in Chinese', async () => {
    const res = await t.request(null, 'GET', '/api/calls?open=sometimes');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatch(/open/);
  });
});

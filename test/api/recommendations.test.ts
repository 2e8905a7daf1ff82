/** Recommendation upward (000 第十九条: 根据质量评价结果，择优推荐): provinces recommend, MIIT reads. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDecidedEvaluation, makeManagedCenter } from '../factories/management.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';

let t: TestApp;
const s: Record<string, Session> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  for (const u of ['national', 'province.sd', 'province.gs', 'city.jinan', 'operator.1']) {
    s[u] = await t.login(u);
  }
  ids.best = await makeManagedCenter(db, { name: '青岛优秀促进中心', regionCode: '370202' });
  await makeDecidedEvaluation(db, {
    centerId: ids.best,
    year: 2024,
    rating: 'good',
    decidedOn: '2025-03-20',
  });
  await makeDecidedEvaluation(db, {
    centerId: ids.best,
    year: 2025,
    rating: 'excellent',
    decidedOn: '2026-03-20',
  });
  ids.pass = await makeManagedCenter(db, { name: '济南合格促进中心', regionCode: '370102' });
  await makeDecidedEvaluation(db, {
    centerId: ids.pass,
    year: 2025,
    rating: 'pass',
    decidedOn: '2026-03-20',
  });
  ids.fail = await makeManagedCenter(db, { name: '淄博不合格促进中心', regionCode: '370302' });
  await makeDecidedEvaluation(db, {
    centerId: ids.fail,
    year: 2025,
    rating: 'fail',
    decidedOn: '2026-03-20',
  });
  ids.gansu = await makeManagedCenter(db, {
    name: '兰州优秀促进中心',
    regionCode: '620102',
    packId: 'gansu-2024',
  });
  await makeDecidedEvaluation(db, {
    centerId: ids.gansu,
    year: 2025,
    rating: 'excellent',
    decidedOn: '2026-02-20',
    packId: 'gansu-2024',
  });
});
afterAll(async () => t.close());

describe('recommendation to the national level', () => {
  it('ranks the province’s centers by their latest decided rating, best first, failing ones not eligible', async () => {
    const res = await t.request(s['province.sd']!, 'GET', '/api/recommendations/candidates');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as {
      name: string;
      eligible: boolean;
      latest: { ratingLabel: { zh: string } } | null;
    }[];
    expect(items[0]).toMatchObject({ name: '青岛优秀促进中心', eligible: true });
    expect(items[0]!.latest?.ratingLabel.zh).toBe('优秀');
    expect(items.find((i) => i.name === '淄博不合格促进中心')?.eligible).toBe(false);
    expect(items.some((i) => i.name === '兰州优秀促进中心')).toBe(false);
    expect((await t.request(s['city.jinan']!, 'GET', '/api/recommendations/candidates')).statusCode).toBe(
      403,
    );
    expect((await t.request(s.national!, 'GET', '/api/recommendations/candidates')).statusCode).toBe(403);
  });

  it('recommends with the evaluation history attached; MIIT is notified and sees it; other provinces do not', async () => {
    const res = await t.request(s['province.sd']!, 'POST', '/api/recommendations', {
      centerId: ids.best,
      year: 2026,
      reason: '2025年度评价优秀，服务成效突出',
    });
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.evaluations.map((e: { year: number; rating: string }) => [e.year, e.rating])).toEqual([
      [2024, 'good'],
      [2025, 'excellent'],
    ]);
    ids.rec = r.id;
    const national = await t.request(s.national!, 'GET', '/api/recommendations');
    expect(national.json().items.map((i: { center: { name: string } }) => i.center.name)).toEqual([
      '青岛优秀促进中心',
    ]);
    expect(national.json().items[0].abilities.withdraw).toBe(false);
    expect((await t.request(s['province.gs']!, 'GET', '/api/recommendations')).json().items).toEqual([]);
    const unread = await t.request(s.national!, 'GET', '/api/notifications');
    expect(JSON.stringify(unread.json())).toContain('青岛优秀促进中心');
  });

  it('refuses failing centers, duplicates, other provinces’ centers and MIIT itself', async () => {
    const fail = await t.request(s['province.sd']!, 'POST', '/api/recommendations', {
      centerId: ids.fail,
      year: 2026,
      reason: '试一试',
    });
    expect(fail.statusCode).toBe(409);
    expect(fail.json().code).toBe('recommendation.not_eligible');
    const dup = await t.request(s['province.sd']!, 'POST', '/api/recommendations', {
      centerId: ids.best,
      year: 2026,
      reason: '再次推荐',
    });
    expect(dup.json().code).toBe('recommendation.duplicate');
    const other = await t.request(s['province.gs']!, 'POST', '/api/recommendations', {
      centerId: ids.best,
      year: 2026,
      reason: '跨省',
    });
    expect(other.statusCode).toBe(403);
    expect(
      (
        await t.request(s.national!, 'POST', '/api/recommendations', {
          centerId: ids.best,
          year: 2026,
          reason: '部里',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.request(s['province.sd']!, 'POST', '/api/recommendations', {
          centerId: ids.best,
          year: 1900,
          reason: 'x',
        })
      ).statusCode,
    ).toBe(400);
  });

  it('withdraws once (409 after), with a stale version refused', async () => {
    const url = `/api/recommendations/${ids.rec}/withdraw`;
    expect((await t.request(s['province.sd']!, 'POST', url, { version: 9 })).json().code).toBe(
      'conflict.stale_version',
    );
    expect((await t.request(s['province.gs']!, 'POST', url, { version: 1 })).statusCode).toBe(404);
    const ok = await t.request(s['province.sd']!, 'POST', url, { version: 1 });
    expect(ok.json()).toMatchObject({ status: 'withdrawn' });
    expect((await t.request(s['province.sd']!, 'POST', url, { version: 2 })).json().code).toBe(
      'conflict.illegal_transition',
    );
  });
});

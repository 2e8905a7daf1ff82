/**
 * Checks that cannot be rubber-stamped: facts in the past are refused when dated after today (现场核查,
 * 服务台账, events held, expert site visits — the field named, today from DTPC_TODAY), and a 2 : 1 split of
 * the experts' recommendations is 分歧, however close their scores.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, organisations, users } from '../../src/db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';
import { makeApplication, makeCall } from '../factories/recognition.ts';
import { makeApplicationInExpertReview, makeCompletedReview } from '../factories/review.ts';
import { recognitionHelpers } from './recognition-support.ts';

let t: TestApp;
let h: ReturnType<typeof recognitionHelpers>;
const s: Record<string, Session> = {};
const previousToday = process.env.DTPC_TODAY;
const J = '/api/centers/jinan-demo';

beforeAll(async () => {
  process.env.DTPC_TODAY = '2026-06-15';
  t = await createTestApp();
  h = recognitionHelpers(t);
  for (const u of ['city.jinan', 'province.sd', 'operator.1']) {
    s[u] = await t.login(u);
  }
});
afterAll(async () => {
  process.env.DTPC_TODAY = previousToday;
  await t.close();
});

const errorsOf = (body: { errors?: { field: string; message: string }[] }) =>
  Object.fromEntries((body.errors ?? []).map((e) => [e.field, e.message]));

/** A 济南 application standing at the city (submitted, version 1). */
async function atCity(name: string): Promise<string> {
  const callId = await makeCall(t.database.db, { packId: 'shandong-guide', title: `核查 ${name}` });
  const id = await makeApplication(t.database.db, callId, { centerName: name });
  await t.database.db
    .update(applications)
    .set({ state: 'submitted', currentVersionNo: 1 })
    .where(eq(applications.id, id));
  return id;
}

describe('a date after today is refused where the fact is in the past', () => {
  it('city.jinan cannot record a site check dated tomorrow (现场核查日期), but can date it today', async () => {
    const id = await atCity('济南未来核查促进中心');
    const site = { participants: ['张三'], findings: '场地与申报一致' };
    const future = await h.act(s['city.jinan']!, id, 'site-check', { ...site, date: '2026-06-16' });
    expect(future.statusCode, future.body).toBe(400);
    expect(future.json().code).toBe('management.future_date');
    expect(errorsOf(future.json())).toEqual({ date: '现场核查日期不能晚于今天（2026-06-15）' });
    const ok = await h.act(s['city.jinan']!, id, 'site-check', { ...site, date: '2026-06-15' });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('refuses a service-ledger record dated in the future (服务日期): it would feed the evaluation', async () => {
    const [e1] = await t.database.db
      .select({ code: organisations.creditCode })
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(eq(users.username, 'enterprise.1'));
    const res = await t.request(s['operator.1']!, 'POST', `${J}/ledger`, {
      serviceType: 'diagnosis',
      serviceDate: '2027-06-01',
      enterpriseCreditCode: e1!.code,
      title: '数字化转型诊断评估',
      outcome: '出具诊断报告',
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(errorsOf(res.json())).toEqual({ serviceDate: '服务日期不能晚于今天（2026-06-15）' });
  });

  it('refuses an event recorded as held in the future (举办日期)', async () => {
    const res = await t.request(s['operator.1']!, 'POST', `${J}/events`, {
      kind: 'forum',
      title: '工业互联网高峰论坛',
      heldOn: '2026-07-01',
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(errorsOf(res.json())).toEqual({ heldOn: '举办日期不能晚于今天（2026-06-15）' });
  });

  it('refuses an expert-review site visit in the future (现场考察日期)', async () => {
    const callId = await makeCall(t.database.db, { packId: 'shandong-guide', title: '考察日期' });
    const id = await makeApplicationInExpertReview(t.database.db, callId, { centerName: '济南考察促进中心' });
    const panelId = await makeCompletedReview(t.database.db, id);
    const res = await t.request(s['province.sd']!, 'POST', `/api/review/panels/${panelId}/site-visits`, {
      visitedOn: '2026-06-20',
      participants: ['王五'],
      findings: '场地在建',
      conclusion: '与申报一致',
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(errorsOf(res.json())).toEqual({ visitedOn: '现场考察日期不能晚于今天（2026-06-15）' });
  });
});

describe('a split panel is 分歧', () => {
  it('labels 2 建议通过 : 1 不建议 as a split even when the scores agree', async () => {
    const callId = await makeCall(t.database.db, { packId: 'shandong-guide', title: '分歧' });
    const id = await makeApplicationInExpertReview(t.database.db, callId, { centerName: '济南分歧促进中心' });
    const panelId = await makeCompletedReview(t.database.db, id, {
      overall: 85,
      notRecommending: ['expert.3'],
    });
    const res = await t.request(s['province.sd']!, 'GET', `/api/review/panels/${panelId}/aggregation`);
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json().aggregation;
    expect(a.overall.disagreement).toBe(false);
    expect(a.recommendations).toEqual({ recommend: 2, notRecommend: 1 });
    expect(a.recommendationSplit).toBe(true);
    expect(a.disagreement).toBe(true);
  });
});

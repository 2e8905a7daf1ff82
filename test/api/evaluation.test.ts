/**
 * Annual reports and annual evaluation through the API: every transition, for each relevant role inside
 * and outside its jurisdiction, with bad input, stale versions and illegal transitions.
 * "Today" is pinned to 2026-02-10: the Gansu report on 2025 was due 2026-01-31 (003 第十五条).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { AnnualReportView, EvaluationRowView, EvaluationView } from '../../src/contracts/evaluation.ts';
import { centerEvaluations, notifications, users } from '../../src/db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';
import { makeOperatedCenter } from '../factories/center-platform.ts';
import { addAttendance, addServedEnterprises, makeGansuCenter } from '../factories/evaluation.ts';
import { decisionDocument, makeDecidedEvaluation } from '../factories/management.ts';

let t: TestApp;
const s: Record<string, Session> = {};
let gansu: Awaited<ReturnType<typeof makeGansuCenter>>;
let shandong: Awaited<ReturnType<typeof makeOperatedCenter>>;
let national: Awaited<ReturnType<typeof makeOperatedCenter>>;
let late: Awaited<ReturnType<typeof makeOperatedCenter>>;
const previousToday = process.env.DTPC_TODAY;

beforeAll(async () => {
  process.env.DTPC_TODAY = '2026-02-10';
  t = await createTestApp();
  const db = t.database.db;
  gansu = await makeGansuCenter(db, { slug: 'gansu-eval', name: '兰州评价测试促进中心' });
  await addAttendance(db, gansu.centerId, 2025, 40);
  await addServedEnterprises(db, gansu.centerId, 2025, 3);
  await addServedEnterprises(db, gansu.centerId, 2025, 2, 'unconfirmed');
  shandong = await makeOperatedCenter(db, {
    slug: 'jinan-eval',
    regionCode: '370112',
    packId: 'shandong-guide',
    recognisedOn: '2024-05-01',
  });
  late = await makeOperatedCenter(db, {
    slug: 'jinan-late',
    regionCode: '370112',
    packId: 'shandong-guide',
    recognisedOn: '2025-12-20',
  });
  national = await makeOperatedCenter(db, {
    slug: 'national-eval',
    regionCode: '370112',
    level: 'national',
    packId: 'national-2022',
    recognisedOn: '2023-10-01',
  });
  for (const u of [
    'operator.1',
    gansu.username,
    'province.sd',
    'province.gs',
    'city.jinan',
    'city.qingdao',
    'city.lanzhou',
    'national',
    'enterprise.1',
  ]) {
    s[u] = await t.login(u);
  }
});
afterAll(async () => {
  process.env.DTPC_TODAY = previousToday;
  await t.close();
});

const report = (slug: string, year: number) => `/api/centers/${slug}/annual-reports/${year}`;

async function notificationsOf(username: string, kind: string) {
  const [u] = await t.database.db.select().from(users).where(eq(users.username, username));
  return t.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, u!.id), eq(notifications.kind, kind)));
}

describe('annual reports (年度工作情况报告, 003 第十五条)', () => {
  it('lists the finished years since recognition for the operator, with the pack due date (Gansu: 1月31日)', async () => {
    const res = await t.request(s[gansu.username]!, 'GET', `/api/centers/${gansu.slug}/annual-reports`);
    expect(res.statusCode).toBe(200);
    const items = (
      res.json() as { items: { year: number; dueOn: string | null; state: string; overdue: boolean }[] }
    ).items;
    expect(items.map((i) => i.year)).toEqual([2025, 2024]);
    expect(items[0]).toMatchObject({ dueOn: '2026-01-31', state: 'missing', overdue: true });
  });

  it('has no due date under the Shandong guide, which leaves it to the yearly notice', async () => {
    const res = await t.request(await t.login(shandong.username), 'GET', report(shandong.slug, 2025));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ dueOn: null, overdue: false, state: 'missing' });
  });

  it('lets the operator draft its report with metric-catalogue values, shows proven reference values', async () => {
    const res = await t.request(s[gansu.username]!, 'PUT', report(gansu.slug, 2025), {
      summary: '2025 年开展实训与诊断服务',
      declaredValues: { trainingPersonTimes: 60, enterprisesServed: 3, operatingStaff: 55 },
      version: 0,
    });
    expect(res.statusCode).toBe(200);
    const view = res.json() as AnnualReportView;
    expect(view).toMatchObject({ state: 'draft', version: 1, dueOn: '2026-01-31', overdue: true });
    expect(view.abilities).toEqual({ edit: true, submit: true });
    expect(view.fields.find((f) => f.metric === 'trainingPersonTimes')).toMatchObject({
      basis: 'records',
      proven: 40,
    });
  });

  it('refuses unknown metrics, unfinished or pre-recognition years, and stale versions', async () => {
    const op = s[gansu.username]!;
    const unknown = await t.request(op, 'PUT', report(gansu.slug, 2025), {
      summary: '',
      declaredValues: { madeUpMetric: 1 },
      version: 1,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'annual_report.unknown_metric' });
    expect(unknown.json().errors[0].field).toBe('declaredValues.madeUpMetric');
    for (const year of [2026, 2023]) {
      const res = await t.request(op, 'PUT', report(gansu.slug, year), {
        summary: '',
        declaredValues: {},
        version: 0,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('annual_report.year_not_reportable');
    }
    const negative = await t.request(op, 'PUT', report(gansu.slug, 2025), {
      summary: '',
      declaredValues: { trainingPersonTimes: -1 },
      version: 1,
    });
    expect(negative.statusCode).toBe(400);
    const stale = await t.request(op, 'PUT', report(gansu.slug, 2025), {
      summary: 'x',
      declaredValues: {},
      version: 0,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('conflict.stale_version');
  });

  it('keeps other operators out (404), lets authorities read but not file (403), enterprises nothing (403)', async () => {
    const body = { summary: '', declaredValues: {}, version: 1 };
    expect((await t.request(s['operator.1']!, 'PUT', report(gansu.slug, 2025), body)).statusCode).toBe(404);
    expect((await t.request(s['operator.1']!, 'GET', report(gansu.slug, 2025))).statusCode).toBe(404);
    expect((await t.request(s['province.sd']!, 'GET', report(gansu.slug, 2025))).statusCode).toBe(404);
    expect((await t.request(s['province.gs']!, 'GET', report(gansu.slug, 2025))).statusCode).toBe(200);
    expect((await t.request(s['city.lanzhou']!, 'GET', report(gansu.slug, 2025))).statusCode).toBe(200);
    const write = await t.request(s['province.gs']!, 'PUT', report(gansu.slug, 2025), body);
    expect(write.statusCode).toBe(403);
    expect((await t.request(s['enterprise.1']!, 'GET', report(gansu.slug, 2025))).statusCode).toBe(403);
    expect((await t.request(null, 'GET', report(gansu.slug, 2025))).statusCode).toBe(401);
  });

  it('lists overdue reports to the authority in its jurisdiction only', async () => {
    const gs = await t.request(s['province.gs']!, 'GET', '/api/annual-reports?year=2025&overdue=true');
    expect(gs.statusCode).toBe(200);
    const slugs = (gs.json() as { items: { slug: string }[] }).items.map((i) => i.slug);
    expect(slugs).toContain(gansu.slug);
    const sd = await t.request(s['province.sd']!, 'GET', '/api/annual-reports?year=2025');
    expect((sd.json() as { items: { slug: string }[] }).items.map((i) => i.slug)).not.toContain(gansu.slug);
    const mine = await t.request(s['operator.1']!, 'GET', '/api/annual-reports?year=2025');
    expect((mine.json() as { items: { slug: string }[] }).items.map((i) => i.slug)).toEqual(['jinan-demo']);
  });

  it('flags an overdue report to the center and its province once (notify), not by a city officer (403)', async () => {
    expect(
      (await t.request(s['city.lanzhou']!, 'POST', '/api/annual-reports/reminders', { year: 2025 }))
        .statusCode,
    ).toBe(403);
    const first = await t.request(s['province.gs']!, 'POST', '/api/annual-reports/reminders', { year: 2025 });
    expect(first.statusCode).toBe(200);
    expect(first.json().reminded).toBeGreaterThanOrEqual(1);
    const again = await t.request(s['province.gs']!, 'POST', '/api/annual-reports/reminders', { year: 2025 });
    expect(again.json()).toMatchObject({ reminded: 0 });
    expect(again.json().alreadyReminded).toBeGreaterThanOrEqual(1);
    expect(await notificationsOf(gansu.username, 'annual_report.overdue')).toHaveLength(1);
  });

  it('submits the report (late, after 31 January), notifies the province, and freezes it', async () => {
    const op = s[gansu.username]!;
    const stale = await t.request(op, 'POST', `${report(gansu.slug, 2025)}/submit`, { version: 9 });
    expect(stale.statusCode).toBe(409);
    const res = await t.request(op, 'POST', `${report(gansu.slug, 2025)}/submit`, { version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      state: 'submitted',
      late: true,
      overdue: false,
      submittedOn: '2026-02-10',
    });
    expect(res.json().abilities).toEqual({ edit: false, submit: false });
    expect(await notificationsOf('province.gs', 'annual_report.submitted')).toHaveLength(1);
    const again = await t.request(op, 'POST', `${report(gansu.slug, 2025)}/submit`, { version: 2 });
    expect(again.json().code).toBe('annual_report.already_submitted');
    const edit = await t.request(op, 'PUT', report(gansu.slug, 2025), {
      summary: '',
      declaredValues: {},
      version: 2,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('annual_report.already_submitted');
    const none = await t.request(op, 'POST', `${report(gansu.slug, 2024)}/submit`, { version: 1 });
    expect(none.statusCode).toBe(404);
  });
});

describe('annual evaluation, Gansu: the province assesses (003 第十六条)', () => {
  let id = '';
  it('opens only from the year after recognition, for a finished year, once', async () => {
    const gs = s['province.gs']!;
    const early = await t.request(gs, 'POST', '/api/evaluations', { centerId: gansu.centerId, year: 2024 });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'evaluation.too_early' });
    expect(early.json().detail).toContain('2025');
    const current = await t.request(gs, 'POST', '/api/evaluations', { centerId: gansu.centerId, year: 2026 });
    expect(current.json().code).toBe('evaluation.year_not_over');
    const res = await t.request(gs, 'POST', '/api/evaluations', { centerId: gansu.centerId, year: 2025 });
    expect(res.statusCode).toBe(200);
    const view = res.json() as EvaluationView;
    id = view.id;
    expect(view).toMatchObject({ status: 'open', nextStep: { action: 'decide', role: 'provincial_admin' } });
    const twice = await t.request(gs, 'POST', '/api/evaluations', { centerId: gansu.centerId, year: 2025 });
    expect(twice.json().code).toBe('evaluation.already_open');
  });

  it('is opened by the province in jurisdiction only: other province 404, city 403, operator 403', async () => {
    const body = { centerId: gansu.centerId, year: 2025 };
    expect((await t.request(s['province.sd']!, 'POST', '/api/evaluations', body)).statusCode).toBe(404);
    expect((await t.request(s['city.lanzhou']!, 'POST', '/api/evaluations', body)).statusCode).toBe(403);
    expect((await t.request(s[gansu.username]!, 'POST', '/api/evaluations', body)).statusCode).toBe(403);
    const bad = await t.request(s['province.gs']!, 'POST', '/api/evaluations', {
      centerId: 'nope',
      year: 2025,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('pre-fills the form from the records: declared training person-times 50 % above attended are flagged', async () => {
    const res = await t.request(s['province.gs']!, 'GET', `/api/evaluations/${id}`);
    expect(res.statusCode).toBe(200);
    const view = res.json() as EvaluationView;
    const training = view.evidence.find((r) => r.metric === 'trainingPersonTimes')!;
    expect(training).toMatchObject({
      proven: 40,
      declared: 60,
      difference: 20,
      flagged: true,
      basis: 'records',
    });
    const served = view.evidence.find((r) => r.metric === 'enterprisesServed')!;
    expect(served).toMatchObject({ proven: 3, declared: 3, pending: 2, flagged: false });
    expect(view.summary.flagged).toBe(1);
    expect(view.summary.pending).toBeGreaterThanOrEqual(2);
    expect(view.recordsLink).toBe(`/center/${gansu.slug}/dashboard?year=2025`);
    expect(view.report).toMatchObject({ state: 'submitted', late: true });
    expect(view.abilities).toEqual({ review: false, decide: true, publish: false });
    expect(view.ratingOptions.map((o) => o.value)).toEqual(['excellent', 'good', 'pass', 'fail']);
  });

  it('is read in jurisdiction (city, national) and hidden elsewhere (404) or from operators (403)', async () => {
    expect((await t.request(s['city.lanzhou']!, 'GET', `/api/evaluations/${id}`)).statusCode).toBe(200);
    expect((await t.request(s.national!, 'GET', `/api/evaluations/${id}`)).statusCode).toBe(200);
    expect((await t.request(s['province.sd']!, 'GET', `/api/evaluations/${id}`)).statusCode).toBe(404);
    expect((await t.request(s['city.jinan']!, 'GET', `/api/evaluations/${id}`)).statusCode).toBe(404);
    expect((await t.request(s[gansu.username]!, 'GET', `/api/evaluations/${id}`)).statusCode).toBe(403);
  });

  it('has no review step in Gansu (409), refuses a city decision (403), bad ratings (400), stale versions (409)', async () => {
    const review = await t.request(s['province.gs']!, 'POST', `/api/evaluations/${id}/review`, {
      opinion: '同意',
      version: 1,
    });
    expect(review.statusCode).toBe(409);
    expect(review.json().code).toBe('conflict.illegal_transition');
    const body = {
      ...decisionDocument(),
      rating: 'pass',
      reason: '实训人次申报与记录不符，按记录评价',
      version: 1,
    };
    const city = await t.request(s['city.lanzhou']!, 'POST', `/api/evaluations/${id}/decide`, body);
    expect(city.statusCode).toBe(403);
    expect(city.json().code).toBe('evaluation.not_your_step');
    const other = await t.request(s['province.sd']!, 'POST', `/api/evaluations/${id}/decide`, body);
    expect(other.statusCode).toBe(404);
    const bad = await t.request(s['province.gs']!, 'POST', `/api/evaluations/${id}/decide`, {
      ...body,
      ...decisionDocument(),
      rating: '5',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('evaluation.rating_invalid');
    const empty = await t.request(s['province.gs']!, 'POST', `/api/evaluations/${id}/decide`, {
      ...body,
      reason: ' ',
    });
    expect(empty.statusCode).toBe(400);
    const stale = await t.request(s['province.gs']!, 'POST', `/api/evaluations/${id}/decide`, {
      ...body,
      version: 7,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('conflict.stale_version');
  });

  it('is decided by the province with reasons: status decided, rating set, proposal and evidence frozen', async () => {
    const publishEarly = await t.request(s['province.gs']!, 'POST', `/api/evaluations/${id}/publish`, {
      version: 1,
    });
    expect(publishEarly.statusCode).toBe(409);
    const res = await t.request(s['province.gs']!, 'POST', `/api/evaluations/${id}/decide`, {
      ...decisionDocument(),
      rating: 'fail',
      reason: '实训人次申报与记录不符，按记录评价',
      judgements: { 'gs-comp-environment': { met: true } },
      version: 1,
    });
    expect(res.statusCode).toBe(200);
    const view = res.json() as EvaluationView;
    expect(view.status).toBe('decided');
    expect(view.decision).toMatchObject({ rating: 'fail', label: { zh: '不合格' }, decidedOn: '2026-02-10' });
    const [row] = await t.database.db.select().from(centerEvaluations).where(eq(centerEvaluations.id, id));
    expect(row).toMatchObject({ status: 'decided', rating: 'fail', version: 2 });
    expect((row!.findings as { summary: { flagged: number } }).summary.flagged).toBe(1);
    expect(row!.proposal).toHaveProperty('rating');
    expect(await notificationsOf(gansu.username, 'evaluation.decided')).toHaveLength(1);
    const again = await t.request(s['province.gs']!, 'POST', `/api/evaluations/${id}/decide`, {
      ...decisionDocument(),
      rating: 'pass',
      reason: '再次审定',
      version: 2,
    });
    expect(again.json().code).toBe('conflict.illegal_transition');
  });

  it('is published by the province (not the city) and then shown publicly with its year', async () => {
    const none = await t.request(null, 'GET', `/api/directory/${gansu.centerId}/ratings`);
    expect(none.json().items).toEqual([]);
    expect(
      (await t.request(s['city.lanzhou']!, 'POST', `/api/evaluations/${id}/publish`, { version: 2 }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.request(s['province.gs']!, 'POST', `/api/evaluations/${id}/publish`, { version: 1 }))
        .statusCode,
    ).toBe(409);
    const res = await t.request(s['province.gs']!, 'POST', `/api/evaluations/${id}/publish`, { version: 2 });
    expect(res.statusCode).toBe(200);
    expect((res.json() as EvaluationView).decision?.publishedOn).toBe('2026-02-10');
    const twice = await t.request(s['province.gs']!, 'POST', `/api/evaluations/${id}/publish`, {
      version: 3,
    });
    expect(twice.json().code).toBe('conflict.illegal_transition');
    const pub = await t.request(null, 'GET', `/api/directory/${gansu.centerId}/ratings`);
    expect(pub.statusCode).toBe(200);
    expect(pub.json().items).toEqual([
      expect.objectContaining({ year: 2025, rating: 'fail', label: { zh: '不合格', en: 'Fail' } }),
    ]);
  });
});

describe('annual evaluation, Shandong: city first review, then the province (000 第十七条)', () => {
  let id = '';
  it('goes city review (with verdicts on qualitative criteria) → provincial decision; each step only for its authority in jurisdiction', async () => {
    const open = await t.request(s['province.sd']!, 'POST', '/api/evaluations', {
      centerId: shandong.centerId,
      year: 2025,
    });
    expect(open.statusCode).toBe(200);
    id = (open.json() as EvaluationView).id;
    expect((open.json() as EvaluationView).nextStep).toEqual({ action: 'review', role: 'city_officer' });
    const qualitative = (open.json() as EvaluationView).qualitative[0]!.criterionId;
    const review = {
      opinion: '材料齐全，同意报省厅',
      judgements: { [qualitative]: { met: true, note: '现场核查属实' } },
      version: 1,
    };
    const decideFirst = await t.request(s['province.sd']!, 'POST', `/api/evaluations/${id}/decide`, {
      ...decisionDocument(),
      rating: 'pass',
      reason: '合格',
      version: 1,
    });
    expect(decideFirst.json().code).toBe('conflict.illegal_transition');
    const byProvince = await t.request(s['province.sd']!, 'POST', `/api/evaluations/${id}/review`, review);
    expect(byProvince.statusCode).toBe(403);
    expect(byProvince.json().code).toBe('evaluation.not_your_step');
    const otherCity = await t.request(s['city.qingdao']!, 'POST', `/api/evaluations/${id}/review`, review);
    expect(otherCity.statusCode).toBe(404);
    const empty = await t.request(s['city.jinan']!, 'POST', `/api/evaluations/${id}/review`, {
      opinion: '',
      version: 1,
    });
    expect(empty.statusCode).toBe(400);
    const reviewedBefore = (await notificationsOf('province.sd', 'evaluation.reviewed')).length;
    const ok = await t.request(s['city.jinan']!, 'POST', `/api/evaluations/${id}/review`, review);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      status: 'city_reviewed',
      nextStep: { action: 'decide', role: 'provincial_admin' },
      reviews: [{ role: 'city_officer', opinion: '材料齐全，同意报省厅' }],
    });
    expect(await notificationsOf('province.sd', 'evaluation.reviewed')).toHaveLength(reviewedBefore + 1);
    const judged = (ok.json() as EvaluationView).qualitative.find((q) => q.criterionId === qualitative);
    expect(judged).toMatchObject({ met: true, status: 'met' });
    const staleReview = await t.request(s['city.jinan']!, 'POST', `/api/evaluations/${id}/review`, review);
    expect(staleReview.json().code).toBe('conflict.illegal_transition');
    const cityDecides = await t.request(s['city.jinan']!, 'POST', `/api/evaluations/${id}/decide`, {
      ...decisionDocument(),
      rating: 'pass',
      reason: '合格',
      version: 2,
    });
    expect(cityDecides.json().code).toBe('evaluation.not_your_step');
    const decided = await t.request(s['province.sd']!, 'POST', `/api/evaluations/${id}/decide`, {
      ...decisionDocument(),
      rating: 'fail',
      reason: '多项指标未达到引导性要素条件',
      version: 2,
    });
    expect(decided.statusCode).toBe(200);
    expect(decided.json()).toMatchObject({ status: 'decided', decision: { rating: 'fail' } });
  });

  it('after one failing year proposes no revocation (000 第二十条（一） needs two in a row)', async () => {
    const res = await t.request(s['province.sd']!, 'GET', `/api/revocations?centerId=${shandong.centerId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([]);
  });

  it('proposes revocation in the same step when the second year in a row is decided 不合格 (000 第二十条（一）)', async () => {
    const twice = await makeOperatedCenter(t.database.db, {
      slug: 'jinan-eval-twice',
      regionCode: '370112',
      packId: 'shandong-guide',
      recognisedOn: '2023-05-01',
    });
    await makeDecidedEvaluation(t.database.db, {
      centerId: twice.centerId,
      year: 2024,
      rating: 'fail',
      decidedOn: '2025-03-20',
    });
    const open = await t.request(s['province.sd']!, 'POST', '/api/evaluations', {
      centerId: twice.centerId,
      year: 2025,
    });
    const evaluationId = (open.json() as EvaluationView).id;
    const reviewed = await t.request(s['city.jinan']!, 'POST', `/api/evaluations/${evaluationId}/review`, {
      opinion: '指标仍未达标',
      version: 1,
    });
    expect(reviewed.statusCode).toBe(200);
    const before = (await notificationsOf('province.sd', 'revocation.proposed')).length;
    const decided = await t.request(s['province.sd']!, 'POST', `/api/evaluations/${evaluationId}/decide`, {
      ...decisionDocument(),
      rating: 'fail',
      reason: '连续第二年未达标',
      version: 2,
    });
    expect(decided.statusCode).toBe(200);
    const list = await t.request(s['province.sd']!, 'GET', `/api/revocations?centerId=${twice.centerId}`);
    expect(list.json().items).toEqual([
      expect.objectContaining({
        origin: 'automatic',
        status: 'proposed',
        groundDate: '2026-02-10',
        evaluations: [
          expect.objectContaining({ year: 2024, rating: 'fail' }),
          expect.objectContaining({ year: 2025, rating: 'fail' }),
        ],
      }),
    ]);
    expect(list.json().items[0].ground.source.ref).toContain('第二十条');
    expect((await notificationsOf('province.sd', 'revocation.proposed')).length).toBe(before + 1);
  });

  it('lists the province its centers with their evaluation status and who may open which year', async () => {
    const res = await t.request(s['province.sd']!, 'GET', '/api/evaluations?year=2025');
    expect(res.statusCode).toBe(200);
    const rows = (res.json() as { items: EvaluationRowView[] }).items;
    expect(rows.find((r) => r.slug === shandong.slug)).toMatchObject({ status: 'decided', rating: 'fail' });
    // Recognised on 2025-12-20: its first evaluation year is 2026.
    expect(rows.find((r) => r.slug === late.slug)).toMatchObject({ status: 'not_opened', canOpen: false });
    expect(rows.some((r) => r.slug === gansu.slug)).toBe(false);
    const city = await t.request(s['city.jinan']!, 'GET', '/api/evaluations?year=2025&status=decided');
    const cityRows = (city.json() as { items: EvaluationRowView[] }).items;
    expect(cityRows.map((r) => r.slug)).toContain(shandong.slug);
    expect(cityRows.every((r) => r.canOpen === false)).toBe(true);
  });
});

describe('annual evaluation, national: provincial pre-review, MIIT final review in stars (001 管理办法 第十三、十四条)', () => {
  it('is pre-reviewed by the province and rated by MIIT on 1–5 stars', async () => {
    const open = await t.request(s['province.sd']!, 'POST', '/api/evaluations', {
      centerId: national.centerId,
      year: 2025,
    });
    expect(open.statusCode).toBe(200);
    const id = (open.json() as EvaluationView).id;
    expect((open.json() as EvaluationView).ratingOptions.map((o) => o.value)).toEqual([
      '5',
      '4',
      '3',
      '2',
      '1',
    ]);
    const pre = await t.request(s['province.sd']!, 'POST', `/api/evaluations/${id}/review`, {
      opinion: '预审通过，上报工信部',
      version: 1,
    });
    expect(pre.json()).toMatchObject({ status: 'province_reviewed', nextStep: { role: 'national_admin' } });
    const provinceDecides = await t.request(s['province.sd']!, 'POST', `/api/evaluations/${id}/decide`, {
      ...decisionDocument(),
      rating: '3',
      reason: '省级越级评定',
      version: 2,
    });
    expect(provinceDecides.json().code).toBe('evaluation.not_your_step');
    const bad = await t.request(s.national!, 'POST', `/api/evaluations/${id}/decide`, {
      ...decisionDocument(),
      rating: '6',
      reason: '终审',
      version: 2,
    });
    expect(bad.statusCode).toBe(400);
    const ok = await t.request(s.national!, 'POST', `/api/evaluations/${id}/decide`, {
      ...decisionDocument(),
      rating: '1',
      reason: '终审：一星',
      version: 2,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      status: 'decided',
      decision: { rating: '1', label: { zh: '★（1 星）' } },
    });
  });
});

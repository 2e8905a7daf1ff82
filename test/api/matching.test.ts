/**
 * 需求池与供需对接 through the API: posting with field-named validation, moderation before publication,
 * ranked matches with their explanation and hard filters, invitations and answers, and the agreement that
 * becomes a 供需对接 ledger record — counted in the center's evaluation evidence once the enterprise
 * confirms it. Today is pinned (DTPC_TODAY) so nothing depends on the real date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { centers } from '../../src/db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';
import { makeEnterpriseAccount } from '../factories/center-platform.ts';
import { makeResource } from '../factories/resources.ts';
import type { DemandGraph, DemandView, InvitationView, MatchList } from '../../src/contracts/matching.ts';
import type { DashboardView } from '../../src/contracts/center-platform/metrics.ts';

const TODAY = '2026-06-30';
const previousToday = process.env.DTPC_TODAY;
let t: TestApp;
const s: Record<string, Session> = {};
let jinanId: string;
let buyer: { username: string; creditCode: string; organisationId: string };
let supplierA: { username: string; creditCode: string };
let supplierB: { username: string; creditCode: string };
const r: Record<string, string> = {};

beforeAll(async () => {
  process.env.DTPC_TODAY = TODAY;
  t = await createTestApp();
  const db = t.database.db;
  const [jinan] = await db.select().from(centers).where(eq(centers.slug, 'jinan-demo'));
  jinanId = jinan!.id;
  buyer = await makeEnterpriseAccount(db, {
    regionCode: '370112',
    username: 'enterprise.castings',
    industryCodes: ['C33'],
  });
  supplierA = await makeEnterpriseAccount(db, { regionCode: '370102', username: 'supplier.vision' });
  supplierB = await makeEnterpriseAccount(db, { regionCode: '370202', username: 'supplier.qingdao' });
  const card = {
    title: '铸件表面缺陷 AI 视觉检测系统',
    summary: '基于深度学习的铸件表面气孔、砂眼、裂纹视觉检测，替代人工目检，漏检率低于 0.5%。',
    industryCodes: ['C33'],
    scenarios: ['quality', 'production'],
    regionCodes: ['370100'],
    priceModel: 'one_time',
    priceFen: 40_000_000,
  };
  r.best = await makeResource(db, jinanId, 'solution', {
    ...card,
    providerName: '济南慧眼视觉科技有限公司',
    providerCreditCode: supplierA.creditCode,
  });
  r.second = await makeResource(db, jinanId, 'solution', {
    ...card,
    title: '铸件缺陷视觉检测与质量追溯平台',
    regionCodes: ['370000'],
    providerName: '青岛质检智能有限公司',
    providerCreditCode: supplierB.creditCode,
  });
  r.self = await makeResource(db, jinanId, 'solution', {
    ...card,
    title: '铸件表面缺陷视觉检测（自研）',
    providerName: '需求企业自己',
    providerCreditCode: buyer.creditCode,
  });
  for (const u of [
    'operator.1',
    'province.sd',
    'province.gs',
    buyer.username,
    supplierA.username,
    supplierB.username,
  ]) {
    s[u] = await t.login(u);
  }
});
afterAll(async () => {
  process.env.DTPC_TODAY = previousToday;
  await t.close();
});

const need = (over: Record<string, unknown> = {}) => ({
  centerId: jinanId,
  title: '铸件表面缺陷视觉检测',
  description:
    '我厂年产铸件 2 万吨，表面气孔、砂眼靠人工目检，漏检多。希望引入 AI 视觉检测系统，在线检测铸件表面缺陷。',
  industryCode: 'C33',
  scenarios: ['quality'],
  regionCode: '370112',
  budgetMinFen: 20_000_000,
  budgetMaxFen: 50_000_000,
  deadline: '2026-09-30',
  contactVisibility: 'center_only',
  contactName: '王工',
  contactPhone: '0531-88886666',
  ...over,
});

async function dashboard(year = 2026): Promise<DashboardView> {
  const res = await t.request(s['operator.1']!, 'GET', `/api/centers/jinan-demo/dashboard?year=${year}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as DashboardView;
}
const served = (d: DashboardView) => d.metrics.find((m) => m.key === 'enterprisesServed')!;

describe('posting a need', () => {
  it.each([
    ['an unknown industry code', { industryCode: 'Z99' }, 'industryCode', '所属行业代码无效'],
    [
      'a budget minimum above the maximum',
      { budgetMinFen: 60_000_000 },
      'budgetMinFen',
      '预算下限不能高于预算上限',
    ],
    [
      'an oversized description',
      { description: '铸'.repeat(4001) },
      'description',
      '需求描述不超过 4000 个字',
    ],
  ])('refuses %s with a Chinese message naming the field', async (_what, over, field, message) => {
    const res = await t.request(s[buyer.username]!, 'POST', '/api/demands', need(over));
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json() as { code: string; errors: { field: string; message: string }[] };
    expect(body.code).toBe('request.validation');
    expect(body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(body.errors.find((e) => e.field === field)!.message).toContain(message);
  });

  it('refuses a deadline before today naming the field', async () => {
    const res = await t.request(s[buyer.username]!, 'POST', '/api/demands', need({ deadline: '2026-06-29' }));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'matching.deadline_past', errors: [{ field: 'deadline' }] });
  });

  it('lets a center post on behalf of a registered enterprise, and only its own operator', async () => {
    const { centerId: _c, ...body } = need();
    const ok = await t.request(s['operator.1']!, 'POST', '/api/centers/jinan-demo/demands', {
      ...body,
      enterpriseCreditCode: buyer.creditCode,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const mine = await t.request(s[buyer.username]!, 'GET', '/api/my/demands');
    const items = (mine.json() as { items: DemandView[] }).items;
    expect(items.find((d) => d.id === (ok.json() as { id: string }).id)).toMatchObject({
      postedBy: 'center',
      status: 'pending_review',
    });
    const denied = await t.request(s[buyer.username]!, 'POST', '/api/centers/jinan-demo/demands', {
      ...body,
      enterpriseCreditCode: buyer.creditCode,
    });
    expect(denied.statusCode).toBe(403);
  });
});

describe('moderation, matching, invitations and the agreement', () => {
  let demand: DemandView;
  let invitations: InvitationView[];

  it('keeps a new need pending until the center publishes it', async () => {
    const res = await t.request(s[buyer.username]!, 'POST', '/api/demands', need());
    expect(res.statusCode, res.body).toBe(200);
    const id = (res.json() as { id: string }).id;
    demand = (await t.request(s[buyer.username]!, 'GET', `/api/demands/${id}`)).json() as DemandView;
    expect(demand).toMatchObject({ status: 'pending_review', abilities: { moderate: false, invite: false } });
    expect((await t.request(s[buyer.username]!, 'GET', `/api/demands/${id}/matches`)).statusCode).toBe(200);
    const early = await t.request(s[buyer.username]!, 'POST', `/api/demands/${id}/invitations`, {
      resourceIds: [r.best],
    });
    expect(early.statusCode).toBe(409);
    // Another province's authority neither sees nor moderates it.
    const gs = await t.request(s['province.gs']!, 'POST', `/api/demands/${id}/moderate`, {
      decision: 'publish',
      version: demand.version,
    });
    expect([403, 404]).toContain(gs.statusCode);
    const list = await t.request(s['operator.1']!, 'GET', '/api/demands?status=pending_review&pageSize=100');
    expect((list.json() as { items: DemandView[] }).items.some((d) => d.id === id)).toBe(true);
    const published = await t.request(s['operator.1']!, 'POST', `/api/demands/${id}/moderate`, {
      decision: 'publish',
      note: '需求清楚，予以发布',
      version: demand.version,
    });
    expect(published.statusCode, published.body).toBe(200);
    demand = published.json() as DemandView;
    expect(demand.status).toBe('published');
    expect(demand.contact).toEqual({ name: '王工', phone: '0531-88886666' });
    const again = await t.request(s['operator.1']!, 'POST', `/api/demands/${id}/moderate`, {
      decision: 'publish',
      version: demand.version,
    });
    expect(again.statusCode).toBe(409);
  });

  it('ranks the catalog for the need with each component explained, never ranking the enterprise itself', async () => {
    const res = await t.request(s[buyer.username]!, 'GET', `/api/demands/${demand.id}/matches?limit=10`);
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json() as MatchList;
    expect(list.items[0]!.resource.id).toBe(r.best);
    expect(list.items[1]!.resource.id).toBe(r.second);
    expect(list.items.some((m) => m.resource.id === r.self)).toBe(false);
    expect(list.excludedCount).toBeGreaterThanOrEqual(1);
    const best = list.items[0]!;
    expect(best.score).toBeCloseTo(
      best.explanation.reduce((sum, e) => sum + e.contribution, 0),
      3,
    );
    const region = best.explanation.find((e) => e.name === 'region')!;
    expect(region.why).toBe('服务区域覆盖济南市（同城）');
    const secondRegion = list.items[1]!.explanation.find((e) => e.name === 'region')!;
    expect(secondRegion.whyNotHigher).toBe('未专门服务济南市');
  });

  it('invites two suppliers, refusing a conflict of interest and a second invitation', async () => {
    const conflict = await t.request(s[buyer.username]!, 'POST', `/api/demands/${demand.id}/invitations`, {
      resourceIds: [r.self],
    });
    expect(conflict.statusCode).toBe(400);
    expect(conflict.json()).toMatchObject({
      code: 'matching.not_candidate',
      errors: [{ field: 'resourceIds' }],
    });
    const res = await t.request(s[buyer.username]!, 'POST', `/api/demands/${demand.id}/invitations`, {
      resourceIds: [r.best, r.second],
    });
    expect(res.statusCode, res.body).toBe(200);
    const twice = await t.request(s[buyer.username]!, 'POST', `/api/demands/${demand.id}/invitations`, {
      resourceIds: [r.best],
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'matching.already_invited' });
    invitations = (
      (await t.request(s[buyer.username]!, 'GET', `/api/demands/${demand.id}/invitations`)).json() as {
        items: InvitationView[];
      }
    ).items;
    expect(invitations.map((i) => i.resourceId)).toEqual([r.best, r.second]);
    expect(invitations[0]!.explanation.map((e) => e.name)).toContain('text');
  });

  it('lets each supplier see and answer only its own invitation', async () => {
    const mine = (await t.request(s[supplierA.username]!, 'GET', '/api/my/invitations')).json() as {
      items: InvitationView[];
    };
    expect(mine.items.map((i) => i.resourceId)).toEqual([r.best]);
    expect(mine.items[0]!.abilities.answer).toBe(true);
    const inv = mine.items[0]!;
    const wrong = await t.request(s[supplierB.username]!, 'POST', `/api/invitations/${inv.id}/answer`, {
      answer: 'accepted',
      version: inv.version,
    });
    expect(wrong.statusCode).toBe(404);
    const ok = await t.request(s[supplierA.username]!, 'POST', `/api/invitations/${inv.id}/answer`, {
      answer: 'accepted',
      note: '可安排现场勘查',
      version: inv.version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const declined = invitations.find((i) => i.resourceId === r.second)!;
    await t.request(s[supplierB.username]!, 'POST', `/api/invitations/${declined.id}/answer`, {
      answer: 'declined',
      version: declined.version,
    });
  });

  it('records the agreement as a 供需对接 ledger record that counts once the enterprise confirms it', async () => {
    const before = served(await dashboard());
    const declined = invitations.find((i) => i.resourceId === r.second)!;
    const refused = await t.request(s['operator.1']!, 'POST', `/api/demands/${demand.id}/agreement`, {
      invitationId: declined.id,
      amountFen: 38_000_000,
      agreedOn: '2026-06-28',
    });
    expect(refused.statusCode).toBe(409);
    const byEnterprise = await t.request(s[buyer.username]!, 'POST', `/api/demands/${demand.id}/agreement`, {
      invitationId: invitations[0]!.id,
      amountFen: 38_000_000,
      agreedOn: '2026-06-28',
    });
    expect(byEnterprise.statusCode).toBe(403);
    const res = await t.request(s['operator.1']!, 'POST', `/api/demands/${demand.id}/agreement`, {
      invitationId: invitations[0]!.id,
      amountFen: 38_000_000,
      agreedOn: '2026-06-28',
      note: '签订视觉检测系统采购合同',
    });
    expect(res.statusCode, res.body).toBe(200);
    const { serviceRecordId } = res.json() as { serviceRecordId: string };
    const closed = (
      await t.request(s[buyer.username]!, 'GET', `/api/demands/${demand.id}`)
    ).json() as DemandView;
    expect(closed).toMatchObject({ status: 'closed', outcome: 'agreed' });

    const record = await t.request(s[buyer.username]!, 'GET', `/api/service-records/${serviceRecordId}`);
    expect(record.statusCode, record.body).toBe(200);
    const view = record.json() as {
      serviceType: string;
      amountFen: number;
      confirmation: string;
      version: number;
    };
    expect(view).toMatchObject({
      serviceType: 'matchmaking',
      amountFen: 38_000_000,
      confirmation: 'unconfirmed',
    });
    const pending = served(await dashboard());
    expect(pending.value).toBe(before.value);
    expect(pending.pending.value).toBe(before.pending.value + 1);

    const confirm = await t.request(
      s[buyer.username]!,
      'POST',
      `/api/service-records/${serviceRecordId}/answer`,
      {
        answer: 'confirmed',
        version: view.version,
      },
    );
    expect(confirm.statusCode, confirm.body).toBe(200);
    const after = served(await dashboard());
    expect(after.value).toBe(before.value + 1);
  });
});

describe('demand graph (需求图谱)', () => {
  it('counts a region’s moderated needs by industry × scenario for its authority, with agreements', async () => {
    const res = await t.request(s['province.sd']!, 'GET', '/api/demand-graph?region=370100');
    expect(res.statusCode, res.body).toBe(200);
    const graph = res.json() as DemandGraph;
    expect(graph.regionName).toBe('山东省济南市');
    expect(graph.total).toBeGreaterThanOrEqual(1);
    expect(graph.industries[0]).toMatchObject({ code: 'C33', name: '金属制品业' });
    expect(graph.cells.find((c) => c.industryCode === 'C33' && c.scenario === 'quality')).toMatchObject({
      agreed: 1,
    });
    const whole = await t.request(s['province.sd']!, 'GET', '/api/demand-graph');
    expect((whole.json() as DemandGraph).regionName).toBe('山东省');
  });

  it('keeps other jurisdictions and enterprises out', async () => {
    const gs = await t.request(s['province.gs']!, 'GET', '/api/demand-graph?region=370100');
    expect([403, 404]).toContain(gs.statusCode);
    const enterprise = await t.request(s[buyer.username]!, 'GET', '/api/demand-graph?region=370100');
    expect(enterprise.statusCode).toBe(403);
  });
});

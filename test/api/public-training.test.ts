/**
 * The public training calendar and a center's public events and offers: what an anonymous visitor reads, what a
 * signed-in enterprise user adds (its own registrations), and the rule that a session's registration closes
 * after its day. Today is pinned, so the calendar's "from today on" does not depend on the real date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CourseView } from '../../src/contracts/center-platform/training.ts';
import type { PublicEventView } from '../../src/contracts/center-platform/events.ts';
import type { OfferView } from '../../src/contracts/center-platform/offers.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';
import { makeOperatedCenter } from '../factories/center-platform.ts';

const TODAY = '2026-04-20';
const previousToday = process.env.DTPC_TODAY;
let t: TestApp;
const s: Record<string, Session> = {};
const J = '/api/centers/jinan-demo';
let pastOnlyCourse: string;
let mixedCourse: string;
let pastSession: string;
let futureSession: string;
let building: { slug: string; username: string };

beforeAll(async () => {
  process.env.DTPC_TODAY = TODAY;
  t = await createTestApp();
  building = await makeOperatedCenter(t.database.db, {
    slug: 'building-test',
    regionCode: '370202',
    status: 'building',
  });
  for (const u of ['operator.1', 'enterprise.1', 'province.sd', building.username]) {
    s[u] = await t.login(u);
  }
  const course = async (title: string, session: Session = s['operator.1']!, base = J) => {
    const res = await t.request(session, 'POST', `${base}/courses`, {
      title,
      mode: 'offline',
      teachers: ['王工'],
    });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { id: string }).id;
  };
  const session = async (courseId: string, sessionDate: string, base = J, who = s['operator.1']!) => {
    const res = await t.request(who, 'POST', `${base}/courses/${courseId}/sessions`, {
      sessionDate,
      startTime: '09:00',
      endTime: '12:00',
      location: '济南',
      seats: 10,
    });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { id: string }).id;
  };
  await course('尚未排期的课程');
  pastOnlyCourse = await course('已结课的设备联网实训');
  pastSession = await session(pastOnlyCourse, '2026-03-02');
  mixedCourse = await course('质量数据分析实训');
  await session(mixedCourse, '2026-04-01');
  futureSession = await session(mixedCourse, TODAY);
  // A center still being built: its courses are not on the public calendar.
  const buildingBase = `/api/centers/${building.slug}`;
  const hidden = await course('培育中心的课程', s[building.username]!, buildingBase);
  await session(hidden, '2026-05-06', buildingBase, s[building.username]!);
});

afterAll(async () => {
  if (previousToday === undefined) {
    delete process.env.DTPC_TODAY;
  } else {
    process.env.DTPC_TODAY = previousToday;
  }
  await t.close();
});

async function calendar(session: Session | null, query = ''): Promise<CourseView[]> {
  const res = await t.request(session, 'GET', `/api/catalog/courses${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { items: CourseView[] }).items;
}

describe('the public training calendar', () => {
  it('shows an anonymous visitor the courses of recognised centers with sessions from today on, soonest first', async () => {
    const items = await calendar(null, '?pageSize=50');
    const titles = items.map((c) => c.title);
    expect(titles).toContain('工业互联网平台应用实训');
    expect(titles).toContain('质量数据分析实训');
    expect(titles).toContain('数字化转型诊断方法（线上）');
    // No session left, no session at all, or a center not (yet) recognised: not on the calendar.
    expect(titles).not.toContain('已结课的设备联网实训');
    expect(titles).not.toContain('尚未排期的课程');
    expect(titles).not.toContain('培育中心的课程');
    for (const c of items) {
      expect(c.sessions.length).toBeGreaterThan(0);
      expect(c.sessions.every((x) => x.sessionDate >= TODAY)).toBe(true);
      expect(c.sessions.every((x) => x.myRegistration === null)).toBe(true);
    }
    const mixed = items.find((c) => c.id === mixedCourse)!;
    expect(mixed.sessions.map((x) => x.id)).toEqual([futureSession]);
    // Soonest first: today's session, then the demo's online session in 5 days, then the one in 12.
    expect(titles.indexOf('质量数据分析实训')).toBeLessThan(titles.indexOf('数字化转型诊断方法（线上）'));
    expect(titles.indexOf('数字化转型诊断方法（线上）')).toBeLessThan(
      titles.indexOf('工业互联网平台应用实训'),
    );
    expect(items.find((c) => c.id === pastOnlyCourse)).toBeUndefined();
  });

  it("filters by a center's slug and by words in the title, and names an unknown center in Chinese", async () => {
    const jinan = await calendar(null, '?center=jinan-demo&q=质量');
    expect(jinan.map((c) => c.title)).toEqual(['质量数据分析实训']);
    expect(await calendar(null, `?center=${building.slug}`)).toEqual([]);
    const unknown = await t.request(null, 'GET', '/api/catalog/courses?center=no-such-center');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'not_found', detail: expect.stringContaining('促进中心') });
  });

  it('lets an enterprise user register from the calendar and then shows its registration there', async () => {
    const anonymous = await t.request(null, 'POST', `/api/sessions/${futureSession}/registrations`);
    expect(anonymous.statusCode).toBe(401);
    const official = await t.request(
      s['province.sd']!,
      'POST',
      `/api/sessions/${futureSession}/registrations`,
    );
    expect(official.statusCode).toBe(403);
    const res = await t.request(s['enterprise.1']!, 'POST', `/api/sessions/${futureSession}/registrations`);
    expect(res.statusCode, res.body).toBe(200);
    const mine = (await calendar(s['enterprise.1']!, '?q=质量'))[0]!.sessions[0]!;
    expect(mine).toMatchObject({ registered: 1, myRegistration: { status: 'registered', attended: false } });
    // Another visitor sees the seat taken, not whose it is.
    const theirs = (await calendar(null, '?q=质量'))[0]!.sessions[0]!;
    expect(theirs).toMatchObject({ registered: 1, myRegistration: null });
  });

  it('refuses a registration for a session whose day has passed, in Chinese, and saves nothing', async () => {
    const res = await t.request(s['enterprise.1']!, 'POST', `/api/sessions/${pastSession}/registrations`);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'training.session_past',
      detail: '该场次已于 2026-03-02 举办，不能再报名',
    });
    const regs = await t.request(s['operator.1']!, 'GET', `${J}/sessions/${pastSession}/registrations`);
    expect((regs.json() as { items: unknown[] }).items).toEqual([]);
  });

  it('refuses bad filters with a Chinese problem naming the field', async () => {
    const res = await t.request(null, 'GET', `/api/catalog/courses?pageSize=100000&center=${'x'.repeat(80)}`);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});

describe("a center's public events", () => {
  it('lists what the center held, newest first, with participants and counts but no agreements’ parties or amounts', async () => {
    const res = await t.request(null, 'GET', '/api/catalog/centers/jinan-demo/events');
    expect(res.statusCode, res.body).toBe(200);
    const { items, total } = res.json() as { items: PublicEventView[]; total: number };
    expect(total).toBe(3);
    const dates = items.map((e) => e.heldOn);
    expect(dates).toEqual([...dates].sort().reverse());
    const contest = items.find((e) => e.kind === 'contest')!;
    expect(contest).toMatchObject({ title: '工业互联网创新应用大赛', participants: 260, teams: 2 });
    expect(items.find((e) => e.kind === 'matchmaking')!.agreements).toBe(1);
    expect(JSON.stringify(items)).not.toMatch(/parties|amountFen/);
    const forums = await t.request(null, 'GET', '/api/catalog/centers/jinan-demo/events?kind=forum');
    expect((forums.json() as { items: PublicEventView[] }).items.map((e) => e.kind)).toEqual(['forum']);
  });

  it('answers 404 for an unknown center', async () => {
    const res = await t.request(null, 'GET', '/api/catalog/centers/no-such-center/events');
    expect(res.statusCode).toBe(404);
  });
});

describe("a center's public offers", () => {
  it('lists the offers it runs now for anyone, with their terms and how often they were used', async () => {
    const res = await t.request(null, 'GET', '/api/catalog/centers/jinan-demo/offers');
    expect(res.statusCode, res.body).toBe(200);
    const { items, total } = res.json() as { items: OfferView[]; total: number };
    expect(total).toBe(items.length);
    const trial = items.find((o) => o.title === 'MES 轻量版')!;
    expect(trial).toMatchObject({
      kind: 'trial',
      centerSlug: 'jinan-demo',
      listPriceFen: 2_000_000,
      offerPriceFen: 1_200_000,
      trialDays: 30,
      status: 'active',
    });
    expect(items.every((o) => o.status === 'active' && o.centerSlug === 'jinan-demo')).toBe(true);

    // A claim in 企业服务 shows as one more use on the public page.
    const claim = await t.request(s['enterprise.1']!, 'POST', `/api/offers/${trial.id}/claims`);
    expect(claim.statusCode, claim.body).toBe(200);
    const after = (await t.request(null, 'GET', '/api/catalog/centers/jinan-demo/offers')).json() as {
      items: OfferView[];
    };
    expect(after.items.find((o) => o.id === trial.id)!.uses).toBe(trial.uses + 1);

    const equipment = await t.request(
      null,
      'GET',
      '/api/catalog/centers/jinan-demo/offers?kind=sharedEquipment',
    );
    const kinds = (equipment.json() as { items: OfferView[] }).items.map((o) => o.kind);
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['sharedEquipment']));
  });

  it('lists nothing of a center still being built, 404 for an unknown one, a Chinese 400 for a bad kind', async () => {
    // Offers open with recognition (claims check it too): a building center's offer is not public yet.
    const made = await t.request(s[building.username]!, 'POST', `/api/centers/${building.slug}/offers`, {
      kind: 'discount',
      title: '设备上云优惠',
      provider: '青岛云服务有限公司',
      summary: '',
      listPriceFen: 100_000,
      offerPriceFen: 80_000,
      trialDays: null,
    });
    expect(made.statusCode, made.body).toBe(200);
    const listed = await t.request(null, 'GET', `/api/catalog/centers/${building.slug}/offers`);
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toMatchObject({ items: [], total: 0 });
    expect((await t.request(null, 'GET', '/api/catalog/centers/no-such-center/offers')).statusCode).toBe(404);
    const bad = await t.request(null, 'GET', '/api/catalog/centers/jinan-demo/offers?kind=loan');
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { detail: string }).detail).toMatch(/[\u4e00-\u9fff]/u);
  });
});

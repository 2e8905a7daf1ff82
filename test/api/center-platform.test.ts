import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { and, count, eq } from 'drizzle-orm';
import { centers, offerClaims, organisations, serviceRecords, users } from '../../src/db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';
import { makeEnterpriseAccount, makeOperatedCenter } from '../factories/center-platform.ts';
import type { ServiceRecordView } from '../../src/contracts/center-platform/ledger.ts';
import type { DashboardView } from '../../src/contracts/center-platform/metrics.ts';

let t: TestApp;
const s: Record<string, Session> = {};
let smeCode: string;
let other: { slug: string; username: string };
let otherEnterprise: { username: string; creditCode: string; organisationId: string };
const J = '/api/centers/jinan-demo';

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  other = await makeOperatedCenter(db, { slug: 'qingdao-test', regionCode: '370202' });
  otherEnterprise = await makeEnterpriseAccount(db, { regionCode: '370102', username: 'enterprise.other' });
  for (const u of [
    'operator.1',
    'enterprise.1',
    'province.sd',
    'province.gs',
    'city.jinan',
    other.username,
    otherEnterprise.username,
  ]) {
    s[u] = await t.login(u);
  }
  const [e1] = await db
    .select({ code: organisations.creditCode })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.username, 'enterprise.1'));
  smeCode = e1!.code;
});
afterAll(async () => t.close());

const record = (over: Record<string, unknown> = {}) => ({
  serviceType: 'diagnosis',
  // A year the demo ledger (the last three years) never reaches.
  serviceDate: '2021-03-05',
  enterpriseCreditCode: smeCode,
  title: '数字化转型诊断评估',
  outcome: '出具诊断报告',
  ...over,
});

async function dashboard(session: Session, year = 2026): Promise<DashboardView> {
  const res = await t.request(session, 'GET', `${J}/dashboard?year=${year}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as DashboardView;
}
const metric = (d: DashboardView, key: string) => d.metrics.find((m) => m.key === key)!;

describe('service ledger (服务台账)', () => {
  it('records a service for a registered enterprise, taking its SME / 专精特新 flags from the organisation', async () => {
    const res = await t.request(s['operator.1']!, 'POST', `${J}/ledger`, record({ amountFen: 1_200_000 }));
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json() as ServiceRecordView;
    expect(view.enterprise).toMatchObject({
      creditCode: smeCode,
      sme: true,
      specialisedSme: true,
      aboveScale: false,
    });
    expect(view).toMatchObject({ confirmation: 'unconfirmed', amountFen: 1_200_000, regionCode: '370113' });
  });

  it('refuses an enterprise that is not registered on the platform, naming the field', async () => {
    const res = await t.request(
      s['operator.1']!,
      'POST',
      `${J}/ledger`,
      record({ enterpriseCreditCode: '91370100MA3C000000' }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'ledger.enterprise_unknown',
      errors: [{ field: 'enterpriseCreditCode' }],
    });
  });

  it.each([
    ['the operator of another center', 403, () => s[other.username]!],
    ['an enterprise', 403, () => s['enterprise.1']!],
    ['a provincial admin', 403, () => s['province.sd']!],
  ])('answers %s writing to the 济南 ledger with %i', async (_who, status, session) => {
    expect((await t.request(session(), 'POST', `${J}/ledger`, record())).statusCode).toBe(status);
    expect((await t.request(session(), 'GET', `${J}/ledger`)).statusCode).toBe(status);
  });

  it('lets the operator of another center keep its own ledger', async () => {
    const res = await t.request(s[other.username]!, 'POST', `/api/centers/${other.slug}/ledger`, record());
    expect(res.statusCode, res.body).toBe(200);
  });

  it('lists, filters and exports the ledger', async () => {
    const list = await t.request(s['operator.1']!, 'GET', `${J}/ledger?serviceType=diagnosis&pageSize=5`);
    expect(list.statusCode).toBe(200);
    const page = list.json() as { items: ServiceRecordView[]; total: number };
    expect(page.total).toBeGreaterThanOrEqual(1);
    expect(page.items.every((r) => r.centerName.includes('济南'))).toBe(true);
    const none = await t.request(s['operator.1']!, 'GET', `${J}/ledger?serviceType=training`);
    expect((none.json() as { total: number }).total).toBe(0);
    const xlsx = await t.request(s['operator.1']!, 'GET', `${J}/ledger/export.xlsx?serviceType=diagnosis`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getRow(1).getCell(1).value).toBe('服务日期');
    expect(wb.worksheets[0]!.rowCount).toBe(page.total + 1);
  });
});

describe('the enterprise answers records about itself', () => {
  let mine: ServiceRecordView;
  let theirs: ServiceRecordView;
  beforeAll(async () => {
    mine = (
      await t.request(s['operator.1']!, 'POST', `${J}/ledger`, record({ title: '待确认的服务' }))
    ).json() as ServiceRecordView;
    theirs = (
      await t.request(
        s['operator.1']!,
        'POST',
        `${J}/ledger`,
        record({ enterpriseCreditCode: otherEnterprise.creditCode }),
      )
    ).json() as ServiceRecordView;
  });

  it('shows the enterprise only its own records, marked unconfirmed', async () => {
    const res = await t.request(s['enterprise.1']!, 'GET', '/api/my/service-records?pageSize=100');
    const page = res.json() as { items: ServiceRecordView[] };
    expect(
      page.items.some((r) => r.id === mine.id && r.confirmation === 'unconfirmed' && r.abilities.answer),
    ).toBe(true);
    expect(page.items.some((r) => r.id === theirs.id)).toBe(false);
  });

  it('answers 404 when an enterprise reads or answers a record about another organisation', async () => {
    expect((await t.request(s['enterprise.1']!, 'GET', `/api/service-records/${theirs.id}`)).statusCode).toBe(
      404,
    );
    const res = await t.request(s['enterprise.1']!, 'POST', `/api/service-records/${theirs.id}/answer`, {
      answer: 'confirmed',
      version: theirs.version,
    });
    expect(res.statusCode).toBe(404);
  });

  it('requires a reason to dispute, then marks the record disputed and refuses a second dispute', async () => {
    const url = `/api/service-records/${mine.id}/answer`;
    const noReason = await t.request(s['enterprise.1']!, 'POST', url, {
      answer: 'disputed',
      version: mine.version,
      reason: '',
    });
    expect(noReason.statusCode).toBe(400);
    const res = await t.request(s['enterprise.1']!, 'POST', url, {
      answer: 'disputed',
      version: mine.version,
      reason: '当天未提供该服务',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ confirmation: 'disputed', confirmationNote: '当天未提供该服务' });
    const again = await t.request(s['enterprise.1']!, 'POST', url, {
      answer: 'disputed',
      version: mine.version + 1,
      reason: '再次异议',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'conflict.illegal_transition' });
  });

  it('refuses a stale version', async () => {
    const res = await t.request(
      s[otherEnterprise.username]!,
      'POST',
      `/api/service-records/${theirs.id}/answer`,
      {
        answer: 'confirmed',
        version: theirs.version + 5,
      },
    );
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'conflict.stale_version' });
  });

  it('counts the disputed record apart from the proven value on the dashboard', async () => {
    const d = await dashboard(s['operator.1']!, 2021);
    const served = metric(d, 'enterprisesServed');
    // enterprise.1 is still proven by nothing confirmed: it shows as pending, its disputed record adds nothing more.
    expect(served.value).toBe(0);
    expect(served.pending.value).toBe(2);
    const confirm = await t.request(
      s[otherEnterprise.username]!,
      'POST',
      `/api/service-records/${theirs.id}/answer`,
      {
        answer: 'confirmed',
        version: theirs.version,
      },
    );
    expect(confirm.statusCode).toBe(200);
    expect(metric(await dashboard(s['operator.1']!, 2021), 'enterprisesServed').value).toBe(1);
  });
});

describe('training', () => {
  let sessionId: string;
  const previousToday = process.env.DTPC_TODAY;
  // Registration closes after the session's day: register before 2026-05-10, record attendance on it.
  afterAll(() => {
    if (previousToday === undefined) {
      delete process.env.DTPC_TODAY;
    } else {
      process.env.DTPC_TODAY = previousToday;
    }
  });
  beforeAll(async () => {
    process.env.DTPC_TODAY = '2026-05-01';
    const course = await t.request(s['operator.1']!, 'POST', `${J}/courses`, {
      title: '工业互联网平台应用实训',
      mode: 'offline',
      teachers: ['王老师'],
    });
    const courseId = (course.json() as { id: string }).id;
    const session = await t.request(s['operator.1']!, 'POST', `${J}/courses/${courseId}/sessions`, {
      sessionDate: '2026-05-10',
      startTime: '09:00',
      endTime: '12:00',
      location: '济南高新区',
      seats: 1,
    });
    expect(session.statusCode, session.body).toBe(200);
    sessionId = (session.json() as { id: string }).id;
  });

  it('registers an enterprise user once, refuses a duplicate and a registration beyond the seats', async () => {
    const first = await t.request(s['enterprise.1']!, 'POST', `/api/sessions/${sessionId}/registrations`);
    expect(first.statusCode, first.body).toBe(200);
    const dup = await t.request(s['enterprise.1']!, 'POST', `/api/sessions/${sessionId}/registrations`);
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'training.already_registered' });
    const full = await t.request(
      s[otherEnterprise.username]!,
      'POST',
      `/api/sessions/${sessionId}/registrations`,
    );
    expect(full.statusCode).toBe(409);
    expect(full.json()).toMatchObject({ code: 'training.session_full' });
  });

  it('records no attendance before the session day, saying from when in Chinese', async () => {
    process.env.DTPC_TODAY = '2026-05-09';
    const regs = (
      await t.request(s['operator.1']!, 'GET', `${J}/sessions/${sessionId}/registrations`)
    ).json() as { items: { id: string; attended: boolean }[] };
    const early = await t.request(s['operator.1']!, 'POST', `${J}/sessions/${sessionId}/attendance`, {
      registrationIds: regs.items.map((r) => r.id),
    });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({
      code: 'training.session_future',
      detail: '该场次 2026-05-10 尚未举办，举办当天起才能登记签到',
    });
    const after = (
      await t.request(s['operator.1']!, 'GET', `${J}/sessions/${sessionId}/registrations`)
    ).json() as { items: { attended: boolean }[] };
    expect(after.items.every((r) => !r.attended)).toBe(true);
    const courses = (await t.request(s['operator.1']!, 'GET', `${J}/courses`)).json() as {
      items: { sessions: { id: string; attendanceOpen: boolean }[] }[];
    };
    const session = courses.items.flatMap((c) => c.sessions).find((x) => x.id === sessionId)!;
    expect(session.attendanceOpen).toBe(false);
  });

  it('refuses attendance recording by the operator of another center', async () => {
    process.env.DTPC_TODAY = '2026-05-10';
    const regs = await t.request(s[other.username]!, 'GET', `${J}/sessions/${sessionId}/registrations`);
    expect(regs.statusCode).toBe(403);
  });

  it('counts training person-times from attendance, with the attendance behind the number', async () => {
    const before = metric(await dashboard(s['operator.1']!), 'trainingPersonTimes').value;
    const regs = (
      await t.request(s['operator.1']!, 'GET', `${J}/sessions/${sessionId}/registrations`)
    ).json() as {
      items: { id: string; attended: boolean }[];
    };
    const ids = regs.items.map((r) => r.id);
    const res = await t.request(s['operator.1']!, 'POST', `${J}/sessions/${sessionId}/attendance`, {
      registrationIds: ids,
    });
    expect(res.json()).toEqual({ recorded: 1 });
    // Recording the same attendance again adds nothing.
    await t.request(s['operator.1']!, 'POST', `${J}/sessions/${sessionId}/attendance`, {
      registrationIds: ids,
    });
    const d = await dashboard(s['operator.1']!);
    expect(metric(d, 'trainingPersonTimes').value).toBe(before + 1);
    expect(d.trends.find((x) => x.key === 'trainingPersonTimes')!.months[4]).toEqual({
      month: '2026-05',
      value: 1,
      pending: 0,
    });
    const drill = await t.request(
      s['operator.1']!,
      'GET',
      `${J}/metrics/trainingPersonTimes/records?year=2026`,
    );
    expect(drill.json()).toMatchObject({
      total: 1,
      items: [{ source: 'courseAttendance', title: '工业互联网平台应用实训' }],
    });
  });
});

describe('SME offers', () => {
  let equipmentId: string;
  beforeAll(async () => {
    const res = await t.request(s['operator.1']!, 'POST', `${J}/offers`, {
      kind: 'sharedEquipment',
      title: '五轴加工中心共享',
      provider: '济南精工',
      listPriceFen: 50_000,
      offerPriceFen: 30_000,
    });
    equipmentId = (res.json() as { id: string }).id;
  });

  it('books a slot, refuses an overlapping one with 409 and accepts the adjacent slot', async () => {
    const book = (session: Session, from: string, to: string) =>
      t.request(session, 'POST', `/api/offers/${equipmentId}/bookings`, {
        startsAt: `2026-06-01T${from}:00:00+08:00`,
        endsAt: `2026-06-01T${to}:00:00+08:00`,
      });
    expect((await book(s['enterprise.1']!, '09', '11')).statusCode).toBe(200);
    const clash = await book(s[otherEnterprise.username]!, '10', '12');
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({ code: 'offers.slot_taken' });
    expect((await book(s[otherEnterprise.username]!, '11', '12')).statusCode).toBe(200);
    const mine = (await t.request(s['enterprise.1']!, 'GET', '/api/my/bookings')).json() as { total: number };
    expect(mine.total).toBe(1);
  });

  it('starts a free trial, then buys at the offer price; a bought trial cannot be bought again', async () => {
    const offer = await t.request(s['operator.1']!, 'POST', `${J}/offers`, {
      kind: 'trial',
      title: 'MES 轻量版',
      provider: '济南智造',
      listPriceFen: 2_000_000,
      offerPriceFen: 1_500_000,
      trialDays: 30,
    });
    const claim = await t.request(
      s['enterprise.1']!,
      'POST',
      `/api/offers/${(offer.json() as { id: string }).id}/claims`,
    );
    expect(claim.statusCode, claim.body).toBe(200);
    const claims = (await t.request(s['enterprise.1']!, 'GET', '/api/my/claims')).json() as {
      items: { id: string; status: string; version: number; trialEndsOn: string }[];
    };
    const c = claims.items[0]!;
    expect(c.status).toBe('trial');
    const buy = await t.request(s['enterprise.1']!, 'POST', `/api/claims/${c.id}/purchase`, {
      version: c.version,
    });
    expect(buy.statusCode, buy.body).toBe(200);
    const again = await t.request(s['enterprise.1']!, 'POST', `/api/claims/${c.id}/purchase`, {
      version: c.version + 1,
    });
    expect(again.statusCode).toBe(409);
    // enterprise.1 is an SME using a preferential offer.
    expect(
      metric(await dashboard(s['operator.1']!), 'smesBenefitingPreferential').value,
    ).toBeGreaterThanOrEqual(1);
  });
});

describe('a free trial is claimed once per enterprise', () => {
  it('refuses a second claim by the same enterprise (also when sent concurrently), but not another enterprise', async () => {
    const offer = await t.request(s['operator.1']!, 'POST', `${J}/offers`, {
      kind: 'trial',
      title: 'APS 排产试用',
      provider: '济南智造',
      listPriceFen: 1_000_000,
      offerPriceFen: 800_000,
      trialDays: 14,
    });
    const offerId = (offer.json() as { id: string }).id;
    const claim = (session: Session) => t.request(session, 'POST', `/api/offers/${offerId}/claims`);
    const claimsOf = async () =>
      (await t.database.db.select().from(offerClaims).where(eq(offerClaims.offerId, offerId))).length;

    const racing = await Promise.all(Array.from({ length: 6 }, () => claim(s['enterprise.1']!)));
    expect(racing.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    for (const refused of racing.filter((r) => r.statusCode === 409)) {
      expect(['offers.already_claimed', 'conflict.concurrent']).toContain(refused.json().code);
    }
    expect(await claimsOf()).toBe(1);

    const later = await claim(s['enterprise.1']!);
    expect(later.statusCode).toBe(409);
    expect(later.json()).toMatchObject({ code: 'offers.already_claimed' });
    expect(later.json().detail).toMatch(/限领一次/u);

    expect((await claim(s[otherEnterprise.username]!)).statusCode).toBe(200);
    expect(await claimsOf()).toBe(2);
  });
});

describe('finance matching', () => {
  it('matches a need with a product; success records a finance-matching service for the enterprise to confirm', async () => {
    const [center] = await t.database.db.select().from(centers).where(eq(centers.slug, 'jinan-demo'));
    const need = await t.request(s['enterprise.1']!, 'POST', '/api/financing-needs', {
      centerId: center!.id,
      amountFen: 500_000_000,
      purpose: '购置数控设备',
      termMonths: 36,
    });
    expect(need.statusCode, need.body).toBe(200);
    const product = await t.request(s['operator.1']!, 'POST', `${J}/finance-products`, {
      kind: 'loan',
      name: '数字化改造贷',
      institution: '齐鲁银行（演示）',
    });
    const match = await t.request(s['operator.1']!, 'POST', `${J}/finance-matches`, {
      needId: (need.json() as { id: string }).id,
      productId: (product.json() as { id: string }).id,
    });
    expect(match.statusCode, match.body).toBe(200);
    const matchId = (match.json() as { id: string }).id;
    const decide = await t.request(s['operator.1']!, 'POST', `${J}/finance-matches/${matchId}/decide`, {
      version: 1,
      status: 'succeeded',
      grantedFen: 300_000_000,
      outcome: '授信 300 万元',
      decidedOn: '2026-07-01',
    });
    expect(decide.statusCode, decide.body).toBe(200);
    const [n] = await t.database.db
      .select({ n: count() })
      .from(serviceRecords)
      .where(
        and(eq(serviceRecords.serviceType, 'financeMatching'), eq(serviceRecords.amountFen, 300_000_000)),
      );
    expect(Number(n!.n)).toBe(1);
    const again = await t.request(s['operator.1']!, 'POST', `${J}/finance-matches/${matchId}/decide`, {
      version: 2,
      status: 'failed',
      decidedOn: '2026-07-02',
    });
    expect(again.statusCode).toBe(409);
  });
});

describe('dashboard access', () => {
  it.each([
    ['operator.1', 200],
    ['province.sd', 200],
    ['city.jinan', 200],
    ['province.gs', 403],
    ['enterprise.1', 403],
  ])('%s reads the 济南 center dashboard: %i', async (who, status) => {
    expect((await t.request(s[who]!, 'GET', `${J}/dashboard?year=2026`)).statusCode).toBe(status);
  });

  it('answers 403 to the operator of another center and 404 for an unknown center', async () => {
    expect((await t.request(s[other.username]!, 'GET', `${J}/dashboard?year=2026`)).statusCode).toBe(403);
    expect(
      (await t.request(s['operator.1']!, 'GET', '/api/centers/no-such-center/dashboard?year=2026'))
        .statusCode,
    ).toBe(404);
  });

  it('lists the centers a user operates or may use', async () => {
    const op = (await t.request(s['operator.1']!, 'GET', '/api/me/centers')).json() as {
      items: { slug: string; operate: boolean }[];
    };
    expect(op.items).toEqual([expect.objectContaining({ slug: 'jinan-demo', operate: true })]);
    const ent = (await t.request(s['enterprise.1']!, 'GET', '/api/me/centers')).json() as {
      items: { slug: string; operate: boolean }[];
    };
    expect(ent.items.map((c) => c.slug)).toEqual(expect.arrayContaining(['jinan-demo', 'qingdao-test']));
    expect(ent.items.every((c) => !c.operate)).toBe(true);
  });
});

describe('ledger import', () => {
  async function sheet(rows: (string | number)[][]): Promise<Buffer> {
    const tpl = await t.request(s['operator.1']!, 'GET', `${J}/ledger/template.xlsx`);
    expect(tpl.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    ws.spliceRows(2, ws.rowCount);
    for (const r of rows) {
      ws.addRow(r);
    }
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
  const upload = (body: Buffer, dryRun: boolean) =>
    t.app.inject({
      method: 'POST',
      url: `${J}/ledger/import?dryRun=${dryRun}`,
      headers: {
        cookie: s['operator.1']!.cookie,
        'x-csrf-token': s['operator.1']!.csrf,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      payload: body,
    });
  const total = async () =>
    Number(
      (
        await t.database.db
          .select({ n: count() })
          .from(serviceRecords)
          .where(eq(serviceRecords.source, 'import'))
      )[0]!.n,
    );

  it('reports every bad row in Chinese on a dry run and commits nothing; after the fix, commits all rows', async () => {
    const good = (i: number) => [
      '诊断评估',
      '2026-04-0' + i,
      smeCode,
      `导入的诊断服务 ${i}`,
      '',
      '1000.5',
      '否',
      '',
      '',
    ];
    const bad = [
      '咨询规划',
      '2026-04-05',
      '91370100MA3C000000',
      '未登记企业的服务',
      '',
      '12.345',
      '否',
      '',
      '',
    ];
    const before = await total();
    const dry = await upload(await sheet([good(1), bad, good(3)]), true);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({
      dryRun: true,
      rows: 3,
      valid: 2,
      committed: 0,
      errors: [
        {
          row: 3,
          column: '企业统一社会信用代码',
          message: expect.stringContaining('不是有效的统一社会信用代码'),
        },
        { row: 3, column: '金额（元）', message: expect.stringContaining('最多两位小数') },
      ],
    });
    const refused = await upload(await sheet([good(1), bad, good(3)]), false);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      code: 'import.rejected',
      detail: expect.stringContaining('未导入任何记录'),
    });
    expect(await total()).toBe(before);
    const ok = await upload(await sheet([good(1), good(2), good(3)]), false);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ committed: 3, errors: [] });
    expect(await total()).toBe(before + 3);
  });

  it('refuses a file that is not a spreadsheet', async () => {
    const res = await upload(Buffer.from('not a workbook'), true);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'import.unreadable' });
  });
});

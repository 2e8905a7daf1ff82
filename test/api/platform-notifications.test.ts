/**
 * Notifications for the center platform's own steps, and each user's channel choice per kind: a ledger
 * record awaiting the enterprise's confirmation (one by one and by import), a training registration, a
 * finance match, a published call and a supplier's answer to a need each reach the right users with text
 * naming the thing and a link to where they act; a kind's in-app channel turned off writes no row, its
 * e-mail turned on queues a mail. Today is pinned (DTPC_TODAY) so nothing depends on the real date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { and, desc, eq } from 'drizzle-orm';
import {
  auditLog,
  centers,
  emailOutbox,
  notifications,
  organisations,
  users,
} from '../../src/db/schema/index.ts';
import { notificationKinds } from '../../src/domain/notifications/kinds.ts';
import type { NotificationSettings } from '../../src/contracts/notifications.ts';
import type { DemandView, InvitationView } from '../../src/contracts/matching.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';
import { makeEnterpriseAccount } from '../factories/center-platform.ts';
import { makeResource } from '../factories/resources.ts';
import { makeCall } from '../factories/recognition.ts';

const TODAY = '2026-06-30';
const previousToday = process.env.DTPC_TODAY;
const J = '/api/centers/jinan-demo';
let t: TestApp;
const s: Record<string, Session> = {};
let jinan: { id: string; name: string };
let smeCode: string;
/** An enterprise with its own account, so the settings tests do not disturb enterprise.1's. */
let mailer: { username: string; creditCode: string; organisationId: string };

async function userId(username: string): Promise<string> {
  const [u] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return u!.id;
}

/** A user's notifications of one kind, newest first. */
async function notesOf(username: string, kind: string) {
  return t.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, await userId(username)), eq(notifications.kind, kind)))
    .orderBy(desc(notifications.createdAt), desc(notifications.id));
}

async function recordService(creditCode: string, over: Record<string, unknown> = {}) {
  const res = await t.request(s['operator.1']!, 'POST', `${J}/ledger`, {
    serviceType: 'diagnosis',
    serviceDate: '2026-03-05',
    enterpriseCreditCode: creditCode,
    title: '数字化转型诊断评估',
    outcome: '出具诊断报告',
    ...over,
  });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { id: string }).id;
}

async function saveSettings(session: Session, body: Record<string, unknown>) {
  return t.request(session, 'PUT', '/api/notifications/settings', body);
}

beforeAll(async () => {
  process.env.DTPC_TODAY = TODAY;
  t = await createTestApp();
  const db = t.database.db;
  const [c] = await db.select().from(centers).where(eq(centers.slug, 'jinan-demo'));
  jinan = { id: c!.id, name: c!.name };
  mailer = await makeEnterpriseAccount(db, { regionCode: '370102', username: 'enterprise.mailer' });
  for (const u of ['operator.1', 'enterprise.1', 'province.sd', 'applicant.1', mailer.username]) {
    s[u] = await t.login(u);
  }
  const [e1] = await db
    .select({ code: organisations.creditCode })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.username, 'enterprise.1'));
  smeCode = e1!.code;
});
afterAll(async () => {
  process.env.DTPC_TODAY = previousToday;
  await t.close();
});

describe('a ledger record awaiting the enterprise’s confirmation', () => {
  it('tells the enterprise’s users — not the operator — naming the center, service, date and amount in 元', async () => {
    await recordService(smeCode, { amountFen: 1_200_000, title: '设备联网诊断' });
    const [note] = await notesOf('enterprise.1', 'service_record.awaiting_confirmation');
    expect(note).toMatchObject({
      title: `服务记录待确认：${jinan.name}`,
      link: '/enterprise/services',
      readAt: null,
    });
    expect(note!.body).toBe(
      `「${jinan.name}」在服务台账中登记了为贵单位提供的服务「设备联网诊断」（诊断评估，2026年3月5日，金额 12,000 元）。` +
        '请在“企业服务 · 我的服务记录”中核对，确认或提出异议。',
    );
    expect(await notesOf('operator.1', 'service_record.awaiting_confirmation')).toHaveLength(0);
    // The enterprise sees it through its own inbox too.
    const inbox = (await t.request(s['enterprise.1']!, 'GET', '/api/notifications?unread=true')).json() as {
      items: { kind: string; title: string }[];
    };
    expect(inbox.items[0]).toMatchObject({ kind: 'service_record.awaiting_confirmation' });
  });

  it('sends one notification per enterprise for an import, counting its records and their dates', async () => {
    const tpl = await t.request(s['operator.1']!, 'GET', `${J}/ledger/template.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    ws.spliceRows(2, ws.rowCount);
    for (const day of ['2026-04-01', '2026-04-03']) {
      ws.addRow(['诊断评估', day, smeCode, `导入的诊断服务 ${day}`, '', '', '否', '', '']);
    }
    const before = (await notesOf('enterprise.1', 'service_record.awaiting_confirmation')).length;
    const res = await t.app.inject({
      method: 'POST',
      url: `${J}/ledger/import?dryRun=false`,
      headers: {
        cookie: s['operator.1']!.cookie,
        'x-csrf-token': s['operator.1']!.csrf,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      payload: Buffer.from(await wb.xlsx.writeBuffer()),
    });
    expect(res.statusCode, res.body).toBe(200);
    const notes = await notesOf('enterprise.1', 'service_record.awaiting_confirmation');
    expect(notes).toHaveLength(before + 1);
    expect(notes[0]!.body).toContain('2 条服务记录（2026年4月1日 至 2026年4月3日）');
  });
});

describe('a training registration', () => {
  it('confirms to the user who registered the course, center, day, hours and place', async () => {
    const course = await t.request(s['operator.1']!, 'POST', `${J}/courses`, {
      title: '工业互联网标识解析应用实训',
      mode: 'offline',
      teachers: ['李老师'],
    });
    const courseId = (course.json() as { id: string }).id;
    const session = await t.request(s['operator.1']!, 'POST', `${J}/courses/${courseId}/sessions`, {
      sessionDate: '2026-07-10',
      startTime: '09:00',
      endTime: '12:00',
      location: '济南高新区舜华路',
      seats: 20,
    });
    const sessionId = (session.json() as { id: string }).id;
    const res = await t.request(s['enterprise.1']!, 'POST', `/api/sessions/${sessionId}/registrations`);
    expect(res.statusCode, res.body).toBe(200);
    const [note] = await notesOf('enterprise.1', 'course_registration.confirmed');
    expect(note).toMatchObject({
      title: '培训报名成功：工业互联网标识解析应用实训',
      link: '/enterprise/courses',
    });
    expect(note!.body).toContain(`「${jinan.name}」的培训课程「工业互联网标识解析应用实训」`);
    expect(note!.body).toContain('2026年7月10日 09:00–12:00，地点：济南高新区舜华路');
    // Only the registering user: the center's operator is not told of every registration.
    expect(await notesOf('operator.1', 'course_registration.confirmed')).toHaveLength(0);
  });
});

describe('a finance match', () => {
  it('tells the enterprise that filed the need which product the center proposed, with the amount in 元', async () => {
    const need = await t.request(s['enterprise.1']!, 'POST', '/api/financing-needs', {
      centerId: jinan.id,
      amountFen: 500_000_000,
      purpose: '购置数控设备',
      termMonths: 36,
    });
    const product = await t.request(s['operator.1']!, 'POST', `${J}/finance-products`, {
      kind: 'loan',
      name: '科创助力贷',
      institution: '齐鲁银行（演示）',
    });
    const match = await t.request(s['operator.1']!, 'POST', `${J}/finance-matches`, {
      needId: (need.json() as { id: string }).id,
      productId: (product.json() as { id: string }).id,
    });
    expect(match.statusCode, match.body).toBe(200);
    const [note] = await notesOf('enterprise.1', 'finance_match.proposed');
    expect(note).toMatchObject({ title: '产融对接推荐：科创助力贷', link: '/enterprise/financing' });
    expect(note!.body).toBe(
      `「${jinan.name}」为贵单位 5,000,000 元的融资需求（购置数控设备）推荐了齐鲁银行（演示）的「科创助力贷」。` +
        '请在“企业服务 · 融资需求”中查看并与中心联系。',
    );
  });
});

describe('a published call', () => {
  it('reaches applicants and enterprises located in the call’s region, not those outside it nor the publisher', async () => {
    const audience = [
      'applicant.1',
      'applicant.3',
      'enterprise.1',
      'applicant.2',
      'applicant.4',
      'province.sd',
    ];
    const counts = async () =>
      Object.fromEntries(
        await Promise.all(
          audience.map(async (u) => [u, (await notesOf(u, 'call.published')).length] as const),
        ),
      );
    const before = await counts();
    await makeCall(t.database.db, { title: '2026年山东省数促中心申报通知（通知测试）' });
    const [note] = await notesOf('applicant.1', 'call.published');
    expect(note).toMatchObject({
      title: '申报通知发布：2026年山东省数促中心申报通知（通知测试）',
      link: '/calls',
    });
    expect(note!.body).toBe(
      '山东省工业和信息化厅发布了「2026年山东省数促中心申报通知（通知测试）」，申报时间 2020年1月1日 至 2099年12月31日。' +
        '请在“申报通知”中查看申报条件，并在截止前提交申报。',
    );
    const after = await counts();
    const added = Object.fromEntries(audience.map((u) => [u, after[u]! - before[u]!]));
    // 济南 and 青岛 are in Shandong; 兰州 and 天水 are not; the provincial admin who published is no applicant.
    expect(added).toEqual({
      'applicant.1': 1,
      'applicant.3': 1,
      'enterprise.1': 1,
      'applicant.2': 0,
      'applicant.4': 0,
      'province.sd': 0,
    });
  });

  it('says nothing while the call is a draft', async () => {
    const before = (await notesOf('applicant.1', 'call.published')).length;
    await makeCall(t.database.db, { title: '草稿申报通知', status: 'draft' });
    expect(await notesOf('applicant.1', 'call.published')).toHaveLength(before);
  });
});

describe('a need answered by a supplier', () => {
  it('tells the need’s owner who answered, how, and with what note', async () => {
    const db = t.database.db;
    const buyer = await makeEnterpriseAccount(db, {
      regionCode: '370112',
      username: 'enterprise.buyer',
      industryCodes: ['C33'],
    });
    const supplier = await makeEnterpriseAccount(db, { regionCode: '370102', username: 'supplier.answer' });
    const resourceId = await makeResource(db, jinan.id, 'solution', {
      title: '铸件表面缺陷 AI 视觉检测系统',
      summary: '基于深度学习的铸件表面气孔、砂眼、裂纹视觉检测，替代人工目检。',
      industryCodes: ['C33'],
      scenarios: ['quality'],
      regionCodes: ['370100'],
      priceModel: 'one_time',
      priceFen: 40_000_000,
      providerName: '济南慧眼视觉科技有限公司',
      providerCreditCode: supplier.creditCode,
    });
    s[buyer.username] = await t.login(buyer.username);
    s[supplier.username] = await t.login(supplier.username);
    const posted = await t.request(s[buyer.username]!, 'POST', '/api/demands', {
      centerId: jinan.id,
      title: '铸件表面缺陷视觉检测',
      description: '我厂年产铸件 2 万吨，表面气孔、砂眼靠人工目检，漏检多，希望引入 AI 视觉检测系统。',
      industryCode: 'C33',
      scenarios: ['quality'],
      regionCode: '370112',
      budgetMinFen: 20_000_000,
      budgetMaxFen: 50_000_000,
      deadline: '2026-09-30',
      contactVisibility: 'center_only',
      contactName: '王工',
      contactPhone: '0531-88886666',
    });
    expect(posted.statusCode, posted.body).toBe(200);
    const id = (posted.json() as { id: string }).id;
    const demand = (await t.request(s[buyer.username]!, 'GET', `/api/demands/${id}`)).json() as DemandView;
    const published = await t.request(s['operator.1']!, 'POST', `/api/demands/${id}/moderate`, {
      decision: 'publish',
      version: demand.version,
    });
    expect(published.statusCode, published.body).toBe(200);
    const invited = await t.request(s[buyer.username]!, 'POST', `/api/demands/${id}/invitations`, {
      resourceIds: [resourceId],
    });
    expect(invited.statusCode, invited.body).toBe(200);
    const [inv] = (
      (await t.request(s[supplier.username]!, 'GET', '/api/my/invitations')).json() as {
        items: InvitationView[];
      }
    ).items;
    const answer = await t.request(s[supplier.username]!, 'POST', `/api/invitations/${inv!.id}/answer`, {
      answer: 'accepted',
      note: '可安排现场勘查',
      version: inv!.version,
    });
    expect(answer.statusCode, answer.body).toBe(200);
    const [note] = await notesOf(buyer.username, 'demand.answered');
    expect(note).toMatchObject({
      title: '需求对接答复：铸件表面缺陷视觉检测',
      link: `/enterprise/demands/${id}`,
    });
    expect(note!.body).toBe(
      `济南慧眼视觉科技有限公司对贵单位在「${jinan.name}」发布的需求「铸件表面缺陷视觉检测」的对接邀请答复为：接受对接。说明：可安排现场勘查`,
    );
    expect(await notesOf(supplier.username, 'demand.answered')).toHaveLength(0);
  });
});

describe('channels per kind', () => {
  it('starts with every kind in-app on and e-mail following the e-mail switch, grouped', async () => {
    const res = await t.request(s[mailer.username]!, 'GET', '/api/notifications/settings');
    expect(res.statusCode).toBe(200);
    const body = res.json() as NotificationSettings;
    expect(body).toMatchObject({ email: null, emailEnabled: true });
    expect(body.channels.map((c) => c.kind)).toEqual(notificationKinds);
    expect(body.channels.every((c) => c.inApp && c.byEmail)).toBe(true);
    expect(body.channels.find((c) => c.kind === 'finance_match.proposed')).toMatchObject({
      group: 'platform',
    });
  });

  it('writes no in-app row for a kind whose in-app channel the user turned off (other kinds unchanged)', async () => {
    const put = await saveSettings(s[mailer.username]!, {
      email: null,
      emailEnabled: true,
      channels: [{ kind: 'service_record.awaiting_confirmation', inApp: false, byEmail: false }],
    });
    expect(put.statusCode, put.body).toBe(200);
    const saved = put.json() as NotificationSettings;
    expect(saved.channels.find((c) => c.kind === 'service_record.awaiting_confirmation')).toMatchObject({
      inApp: false,
      byEmail: false,
    });
    expect(saved.channels.find((c) => c.kind === 'call.published')).toMatchObject({
      inApp: true,
      byEmail: true,
    });
    await recordService(mailer.creditCode);
    expect(await notesOf(mailer.username, 'service_record.awaiting_confirmation')).toHaveLength(0);
    // A PUT without channels keeps them.
    await saveSettings(s[mailer.username]!, { email: null, emailEnabled: true });
    const again = (await t.request(s[mailer.username]!, 'GET', '/api/notifications/settings')).json();
    expect(
      (again as NotificationSettings).channels.find((c) => c.kind === 'service_record.awaiting_confirmation'),
    ).toMatchObject({ inApp: false });
  });

  it('queues an e-mail for a kind whose e-mail the user turned on, and none for a kind turned off', async () => {
    const put = await saveSettings(s[mailer.username]!, {
      email: 'Finance@Mailer.example.cn',
      emailEnabled: true,
      channels: [
        { kind: 'service_record.awaiting_confirmation', inApp: false, byEmail: true },
        { kind: 'finance_match.proposed', inApp: true, byEmail: false },
      ],
    });
    expect(put.statusCode, put.body).toBe(200);
    const mailsTo = () =>
      t.database.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, 'finance@mailer.example.cn'));
    expect(await mailsTo()).toHaveLength(0);
    await recordService(mailer.creditCode, { title: '智能工厂规划咨询', serviceType: 'consulting' });
    const mails = await mailsTo();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      subject: `【数促中心服务平台】服务记录待确认：${jinan.name}`,
      status: 'pending',
      // In-app is off for this kind: the mail stands alone.
      notificationId: null,
    });
    expect(mails[0]!.text).toContain('服务「智能工厂规划咨询」（咨询规划，2026年3月5日）');
    expect(mails[0]!.text).toContain('/enterprise/services');
    expect(await notesOf(mailer.username, 'service_record.awaiting_confirmation')).toHaveLength(0);

    // The e-mail switch stays the master: off, and no kind is mailed.
    await saveSettings(s[mailer.username]!, { email: 'finance@mailer.example.cn', emailEnabled: false });
    await recordService(mailer.creditCode, { title: '设备上云服务' });
    expect(await mailsTo()).toHaveLength(1);
  });

  it('records the change in the audit log without the address, naming the kinds changed', async () => {
    await saveSettings(s[mailer.username]!, {
      email: 'finance@mailer.example.cn',
      emailEnabled: true,
      channels: [{ kind: 'call.published', inApp: true, byEmail: false }],
    });
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'notification.settings'),
          eq(auditLog.targetId, await userId(mailer.username)),
        ),
      )
      .orderBy(desc(auditLog.seq))
      .limit(1);
    expect(entry!.detail).toMatchObject({ changedKinds: ['call.published'], emailEnabled: true });
    expect(JSON.stringify(entry)).not.toContain('finance@mailer.example.cn');
  });
});

describe('bad settings input', () => {
  const base = { email: null, emailEnabled: true };
  it.each([
    [
      'an unknown kind',
      [{ kind: 'lottery.won', inApp: true, byEmail: true }],
      'channels.0.kind',
      '未知的通知类型「lottery.won」',
    ],
    [
      'a channel that is not yes or no',
      [{ kind: 'call.published', inApp: 'yes', byEmail: true }],
      'channels.0.inApp',
      '请选择是或否',
    ],
    [
      'a kind listed twice',
      [
        { kind: 'call.published', inApp: true, byEmail: true },
        { kind: 'call.published', inApp: false, byEmail: true },
      ],
      'channels.1.kind',
      '通知类型「call.published」重复',
    ],
    [
      'an unknown field',
      [{ kind: 'call.published', inApp: true, byEmail: true, sms: true }],
      'channels.0.sms',
      '',
    ],
  ])('refuses %s with 400 problem+json naming the field', async (_what, channels, field, message) => {
    const res = await saveSettings(s[mailer.username]!, { ...base, channels });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json() as { code: string; detail: string; errors: { field: string; message: string }[] };
    expect(body.code).toBe('request.validation');
    expect(body.errors.map((e) => e.field)).toContain(field);
    expect(body.errors.find((e) => e.field === field)!.message).toContain(message);
    expect(body.detail).toContain('通知方式');
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import {
  applicationTransitions,
  applications,
  auditLog,
  files,
  notifications,
  users,
} from '../../src/db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';
import { makeDecidedApplication, makePublicityCall } from '../factories/publicity.ts';
import { makeCall } from '../factories/recognition.ts';

let t: TestApp;
let gs: Session;
let sd: Session;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
let ipCounter = 1;

function setToday(date: string | undefined) {
  if (date) {
    process.env.DTPC_TODAY = date;
  } else {
    delete process.env.DTPC_TODAY;
  }
}

/** Files an objection as the public would, from its own IP unless told. */
function object(
  noticeId: string,
  fields: Record<string, string>,
  attachments: { name: string; bytes: Buffer }[] = [],
  ip = `10.0.0.${ipCounter++}`,
) {
  const boundary = '----dtpc-objection';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  for (const a of attachments) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="attachments"; filename="${a.name}"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      a.bytes,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return t.app.inject({
    method: 'POST',
    url: `/api/publicity/${noticeId}/objections`,
    remoteAddress: ip,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat(parts),
  });
}

async function stateOf(id: string): Promise<string> {
  const [row] = await t.database.db.select().from(applications).where(eq(applications.id, id));
  return row!.state;
}

async function notificationsOf(username: string, kind: string) {
  const [u] = await t.database.db.select().from(users).where(eq(users.username, username));
  return t.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, u!.id), eq(notifications.kind, kind)));
}

beforeAll(async () => {
  process.env.DTPC_OBJECTION_RATE = '3';
  t = await createTestApp();
  delete process.env.DTPC_OBJECTION_RATE;
  gs = await t.login('province.gs');
  sd = await t.login('province.sd');
});
afterAll(async () => t.close());
afterEach(() => setToday(undefined));

describe('publicity window (公示期) computed by the pack in Chinese working days', () => {
  it('runs Gansu’s 5 working days across the National Day holiday and its make-up Saturday (003 第十三条)', async () => {
    const res = await t.request(null, 'GET', '/api/publicity/window?packId=gansu-2024&startsOn=2025-09-30');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      startsOn: '2025-09-30',
      endsOn: '2025-10-13',
      rule: { basis: 'pack', workingDays: 5, source: { ref: '第十三条' } },
    });
    expect(res.json().rule.source.text).toContain('公示期为5个工作日');
  });

  it('starts a window set on a holiday on the next working day (demo 002: 5 working days)', async () => {
    const res = await t.request(
      null,
      'GET',
      '/api/publicity/window?packId=shandong-demo-2023&startsOn=2025-10-03',
    );
    expect(res.json()).toMatchObject({ startsOn: '2025-10-09', endsOn: '2025-10-14' });
  });

  it('leaves the end open for Shandong 000, whose text states no length, citing 第十六条', async () => {
    const res = await t.request(
      null,
      'GET',
      '/api/publicity/window?packId=shandong-guide&startsOn=2026-03-02',
    );
    expect(res.json()).toMatchObject({
      startsOn: '2026-03-02',
      endsOn: null,
      rule: { basis: 'manual', workingDays: null, source: { ref: '第十六条' } },
    });
  });
});

describe('opening, objecting, upholding, dismissing, announcing', () => {
  let callId: string;
  let lanzhou: string;
  let tianshui: string;
  let noticeId: string;

  beforeAll(async () => {
    callId = await makePublicityCall(t.database.db);
    lanzhou = await makeDecidedApplication(t.database.db, callId, {
      centerName: '兰州石化行业数促中心',
      type: 'industry',
      members: ['兰州大学', '甘肃数联科技有限公司'],
    });
    tianshui = await makeDecidedApplication(t.database.db, callId, { centerName: '兰州综合数促中心' });
  });

  it('refuses a province outside the call’s jurisdiction (403)', async () => {
    setToday('2025-09-30');
    const res = await t.request(sd, 'POST', '/api/publicity', { callId, applicationIds: [lanzhou] });
    expect(res.statusCode).toBe(403);
  });

  it('refuses a start date in the past, naming the field', async () => {
    setToday('2025-09-30');
    const res = await t.request(gs, 'POST', '/api/publicity', {
      callId,
      applicationIds: [lanzhou],
      startsOn: '2025-09-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('startsOn');
  });

  it('refuses an end date for a pack that fixes the window itself', async () => {
    setToday('2025-09-30');
    const res = await t.request(gs, 'POST', '/api/publicity', {
      callId,
      applicationIds: [lanzhou],
      endsOn: '2025-10-31',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'publicity.window_fixed_by_pack' });
    expect(res.json().detail).toContain('2025-10-13');
  });

  it('opens a batch notice with the computed window; applications move to publicity; lead units notified', async () => {
    setToday('2025-09-30');
    const res = await t.request(gs, 'POST', '/api/publicity', {
      callId,
      applicationIds: [lanzhou, tianshui],
    });
    expect(res.statusCode).toBe(200);
    const notice = res.json();
    noticeId = notice.id;
    expect(notice).toMatchObject({
      startsOn: '2025-09-30',
      endsOn: '2025-10-13',
      phase: 'open',
      acceptingObjections: true,
      title: '2026年甘肃省数促中心评价 拟认定名单公示',
      rule: { basis: 'pack', workingDays: 5 },
    });
    expect(notice.entries.map((e: { centerName: string }) => e.centerName)).toEqual([
      '兰州石化行业数促中心',
      '兰州综合数促中心',
    ]);
    expect(notice.entries[0].memberNames).toEqual(['兰州大学', '甘肃数联科技有限公司']);
    expect(await stateOf(lanzhou)).toBe('publicity');
    expect(await stateOf(tianshui)).toBe('publicity');
    const sent = await notificationsOf('applicant.2', 'publicity.opened');
    expect(sent).toHaveLength(2);
    expect(sent[0]!.body).toContain('2025年9月30日 至 2025年10月13日');
    const [audit] = await t.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'publicity.open'), eq(auditLog.targetId, noticeId)));
    expect(audit!.n).toBe(1);
  });

  it('refuses to put an application on publicity twice (409 with the reason)', async () => {
    setToday('2025-09-30');
    const res = await t.request(gs, 'POST', '/api/publicity', { callId, applicationIds: [lanzhou] });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('conflict.illegal_transition');
    expect(res.json().detail).toContain('公示中');
  });

  it('shows the public notice without login: list, window, rule; no objection counts', async () => {
    setToday('2025-10-09');
    const res = await t.request(null, 'GET', `/api/publicity/${noticeId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ phase: 'open', objectionCounts: null, abilities: { manage: false } });
    const list = await t.request(null, 'GET', '/api/publicity?phase=open');
    expect(list.json().items.map((n: { id: string }) => n.id)).toContain(noticeId);
  });

  it('rejects an objection with missing fields, naming them, and writes nothing', async () => {
    setToday('2025-10-09');
    const entryId = (await t.request(null, 'GET', `/api/publicity/${noticeId}`)).json().entries[0].id;
    const res = await object(noticeId, { entryId, name: '张', contact: 'abc', content: '太短' });
    expect(res.statusCode).toBe(400);
    const fields = res
      .json()
      .errors.map((e: { field: string }) => e.field)
      .sort();
    expect(fields).toEqual(['contact', 'content', 'name']);
  });

  it('refuses an attachment whose content is not PDF/PNG/JPEG and stores no file', async () => {
    setToday('2025-10-09');
    const entryId = (await t.request(null, 'GET', `/api/publicity/${noticeId}`)).json().entries[0].id;
    const [before] = await t.database.db.select({ n: count() }).from(files);
    const res = await object(
      noticeId,
      { entryId, name: '李四', contact: '13800000000', content: '该中心运营人员数量与申报不符，请核查。' },
      [{ name: 'evil.pdf', bytes: Buffer.from('MZ this is an executable') }],
    );
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe('objection.file_type');
    const [after] = await t.database.db.select({ n: count() }).from(files);
    expect(after!.n).toBe(before!.n);
  });

  it('accepts an objection with a PDF during the window and notifies the Gansu province only', async () => {
    setToday('2025-10-09');
    const entryId = (await t.request(null, 'GET', `/api/publicity/${noticeId}`)).json().entries[0].id;
    const res = await object(
      noticeId,
      {
        entryId,
        name: '王五',
        contact: 'wangwu@example.cn',
        content: '该中心申报的服务企业数量与实际不符，附证明材料。',
      },
      [{ name: '证明材料.pdf', bytes: PDF }],
    );
    expect(res.statusCode).toBe(200);
    expect((await notificationsOf('province.gs', 'objection.filed')).length).toBe(1);
    expect((await notificationsOf('province.sd', 'objection.filed')).length).toBe(0);
    const list = (await t.request(gs, 'GET', `/api/publicity/${noticeId}/objections`)).json();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ name: '王五', status: 'pending', centerName: '兰州石化行业数促中心' });
    expect(list[0].attachments[0]).toMatchObject({ name: '证明材料.pdf', mime: 'application/pdf' });
    const file = await t.request(
      gs,
      'GET',
      `/api/publicity/${noticeId}/objections/${list[0].id}/files/${list[0].attachments[0].id}`,
    );
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('keeps objections (with contact details) from the public, other provinces and cities', async () => {
    expect((await t.request(null, 'GET', `/api/publicity/${noticeId}/objections`)).statusCode).toBe(401);
    expect((await t.request(sd, 'GET', `/api/publicity/${noticeId}/objections`)).statusCode).toBe(403);
    const city = await t.login('city.lanzhou');
    expect((await t.request(city, 'GET', `/api/publicity/${noticeId}/objections`)).statusCode).toBe(403);
  });

  it('refuses to announce while the window is open (409 with the date)', async () => {
    setToday('2025-10-13');
    const res = await t.request(gs, 'POST', `/api/publicity/${noticeId}/announce`, { version: 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('2025-10-13');
  });

  it('refuses an objection after the window closed, saying when it closed', async () => {
    setToday('2025-10-14');
    const entryId = (await t.request(null, 'GET', `/api/publicity/${noticeId}`)).json().entries[1].id;
    const res = await object(noticeId, {
      entryId,
      name: '赵六',
      contact: '0931-1234567',
      content: '迟到的异议，但内容足够长。',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'publicity.closed' });
    expect(res.json().detail).toBe('公示期已于 2025-10-13 结束，不再受理异议');
  });

  it('refuses to announce while an objection is pending', async () => {
    setToday('2025-10-14');
    const res = await t.request(gs, 'POST', `/api/publicity/${noticeId}/announce`, { version: 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('未处理的异议');
  });

  it('lets neither the city nor another province uphold; upholding reopens the decision', async () => {
    const [objection] = (await t.request(gs, 'GET', `/api/publicity/${noticeId}/objections`)).json();
    const body = { version: objection.version, reason: '经核实，服务企业数量存在虚报。' };
    const url = `/api/publicity/${noticeId}/objections/${objection.id}/uphold`;
    const city = await t.login('city.lanzhou');
    expect((await t.request(city, 'POST', url, body)).statusCode).toBe(403);
    expect((await t.request(sd, 'POST', url, body)).statusCode).toBe(403);
    expect((await t.request(gs, 'POST', url, { ...body, version: 99 })).statusCode).toBe(409);

    const res = await t.request(gs, 'POST', url, body);
    expect(res.statusCode).toBe(200);
    expect(await stateOf(lanzhou)).toBe('expert_review');
    const [reopen] = await t.database.db
      .select()
      .from(applicationTransitions)
      .where(
        and(eq(applicationTransitions.applicationId, lanzhou), eq(applicationTransitions.action, 'reopen')),
      );
    expect(reopen).toMatchObject({ fromState: 'publicity', toState: 'expert_review' });
    expect(reopen!.comment).toBe('经核实，服务企业数量存在虚报。');
    expect((await notificationsOf('applicant.2', 'objection.upheld')).length).toBe(1);
    const notice = (await t.request(gs, 'GET', `/api/publicity/${noticeId}`)).json();
    expect(notice.entries[0].status).toBe('reopened');
    expect(notice.objectionCounts).toEqual({ pending: 0, upheld: 1, dismissed: 0 });
    // Handled once only.
    expect((await t.request(gs, 'POST', url, { ...body, version: objection.version + 1 })).json().code).toBe(
      'objection.already_resolved',
    );
  });

  it('announces the rest: centers enter the directory with members; the reopened one does not', async () => {
    setToday('2025-10-14');
    const res = await t.request(gs, 'POST', `/api/publicity/${noticeId}/announce`, {
      version: 1,
      documentNumber: '甘工信发〔2025〕99号',
    });
    expect(res.statusCode).toBe(200);
    const notice = res.json();
    expect(notice).toMatchObject({ phase: 'announced', announcedOn: '2025-10-14' });
    expect(notice.entries.map((e: { status: string }) => e.status)).toEqual(['reopened', 'announced']);
    expect(await stateOf(tianshui)).toBe('announced');
    expect(await stateOf(lanzhou)).toBe('expert_review');
    const directory = (
      await t.request(null, 'GET', '/api/directory?regionCode=620000&asOf=2025-10-14')
    ).json();
    expect(directory.items.map((c: { name: string }) => c.name)).toEqual(['兰州综合数促中心']);
    const center = (
      await t.request(null, 'GET', `/api/directory/${notice.entries[1].centerId}?asOf=2025-10-14`)
    ).json();
    expect(center).toMatchObject({ status: 'recognised', recognisedOn: '2025-10-14', level: 'provincial' });
    expect(center.members.map((m: { name: string }) => m.name)).toEqual(['兰州联合研究院有限公司']);
    expect(center.history[0]).toMatchObject({
      source: 'announcement',
      documentNumber: '甘工信发〔2025〕99号',
    });
    expect((await notificationsOf('applicant.2', 'announcement.published')).length).toBe(1);
    // Not in the directory the day before.
    const before = (await t.request(null, 'GET', '/api/directory?regionCode=620000&asOf=2025-10-13')).json();
    expect(before.total).toBe(0);
    // Twice is refused.
    const again = await t.request(gs, 'POST', `/api/publicity/${noticeId}/announce`, { version: 2 });
    expect(again.statusCode).toBe(409);
  });
});

describe('dismissing, a single-application notice, Shandong’s manual window, rate limit', () => {
  it('dismisses an objection with a reason; the application stays listed and is announced', async () => {
    const callId = await makePublicityCall(t.database.db, { title: '甘肃单项公示' });
    const appId = await makeDecidedApplication(t.database.db, callId, { centerName: '白银数促中心' });
    setToday('2026-03-02');
    const notice = (
      await t.request(gs, 'POST', '/api/publicity', { callId, applicationIds: [appId] })
    ).json();
    expect(notice.endsOn).toBe('2026-03-06');
    const filed = await object(notice.id, {
      entryId: notice.entries[0].id,
      name: '匿名群众',
      contact: '13900000000',
      content: '怀疑该单位不具备独立法人资格。',
    });
    expect(filed.statusCode).toBe(200);
    const [o] = (await t.request(gs, 'GET', `/api/publicity/${notice.id}/objections`)).json();
    const short = await t.request(gs, 'POST', `/api/publicity/${notice.id}/objections/${o.id}/dismiss`, {
      version: o.version,
      reason: '',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0].field).toBe('reason');
    const ok = await t.request(gs, 'POST', `/api/publicity/${notice.id}/objections/${o.id}/dismiss`, {
      version: o.version,
      reason: '经核查营业执照，该单位为独立法人。',
    });
    expect(ok.statusCode).toBe(200);
    expect(await stateOf(appId)).toBe('publicity');
    expect((await notificationsOf('applicant.2', 'objection.dismissed')).length).toBeGreaterThanOrEqual(1);
    setToday('2026-03-09');
    const announced = await t.request(gs, 'POST', `/api/publicity/${notice.id}/announce`, { version: 1 });
    expect(announced.statusCode).toBe(200);
    expect(await stateOf(appId)).toBe('announced');
  });

  it('needs the last day from the authority under Shandong 000 and records the manual basis', async () => {
    const callId = await makeCall(t.database.db, { by: 'province.sd', packId: 'shandong-guide' });
    const appId = await makeDecidedApplication(t.database.db, callId, {
      by: 'applicant.1',
      centerName: '济南综合数促中心',
    });
    setToday('2026-03-02');
    const missing = await t.request(sd, 'POST', '/api/publicity', { callId, applicationIds: [appId] });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ code: 'publicity.window_required' });
    expect(missing.json().errors[0].field).toBe('endsOn');
    const ok = await t.request(sd, 'POST', '/api/publicity', {
      callId,
      applicationIds: [appId],
      endsOn: '2026-03-10',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      startsOn: '2026-03-02',
      endsOn: '2026-03-10',
      rule: { basis: 'manual', workingDays: null, source: { ref: '第十六条' } },
    });
  });

  it('limits objections per IP (429 after the configured number)', async () => {
    const callId = await makePublicityCall(t.database.db, { title: '限流测试' });
    const appId = await makeDecidedApplication(t.database.db, callId, { centerName: '金昌数促中心' });
    setToday('2026-04-01');
    const notice = (
      await t.request(gs, 'POST', '/api/publicity', { callId, applicationIds: [appId] })
    ).json();
    const fields = {
      entryId: notice.entries[0].id,
      name: '重复提交者',
      contact: '13700000000',
      content: '同一个人反复提交的异议内容。',
    };
    const codes = [];
    for (let i = 0; i < 4; i += 1) {
      codes.push((await object(notice.id, fields, [], '10.9.9.9')).statusCode);
    }
    expect(codes).toEqual([200, 200, 200, 429]);
    // Another address is not affected.
    expect((await object(notice.id, fields, [], '10.9.9.10')).statusCode).toBe(200);
  });
});

/**
 * Revocation through the API: the engine proposes from decided evaluations (000 第二十条（一）), the
 * authority revokes on manual grounds with evidence, decides; every role in and out of jurisdiction; the
 * lead unit's re-application ban (000 第二十一条: 3 years; 003 第十七条: 2 years) refuses a new application.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarMonths } from '../../src/domain/calendar/index.ts';
import { todayInShanghai } from '../../src/domain/calendar/dates.ts';
import { auditLog, centers, notifications, revocations, users } from '../../src/db/schema/index.ts';
import { makeApplication, makeCall } from '../factories/recognition.ts';
import {
  decisionDocument,
  makeDecidedEvaluation,
  makeManagedCenter,
  makeTwiceFailingCenter,
  organisationOf,
} from '../factories/management.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';

let t: TestApp;
const s: Record<string, Session> = {};
const ids: Record<string, string> = {};
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const today = todayInShanghai();

function multipart(name: string, bytes: Buffer) {
  const boundary = '----dtpcRevocation';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function upload(session: Session, url: string, name: string, bytes: Buffer) {
  const m = multipart(name, bytes);
  return t.app.inject({
    method: 'POST',
    url,
    payload: m.payload,
    headers: { ...m.headers, cookie: session.cookie, 'x-csrf-token': session.csrf },
  });
}

async function centerRow(id: string) {
  const [c] = await t.database.db.select().from(centers).where(eq(centers.id, id));
  return c!;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  for (const u of [
    'national',
    'province.sd',
    'province.gs',
    'city.jinan',
    'city.qingdao',
    'applicant.1',
    'applicant.2',
    'operator.1',
  ]) {
    s[u] = await t.login(u);
  }
  ids.applicant1 = await organisationOf(db, 'applicant.1');
  ids.applicant2 = await organisationOf(db, 'applicant.2');
  ids.failing = await makeTwiceFailingCenter(db, {
    name: '济南连续不合格促进中心',
    regionCode: '370102',
    leadOrganisationId: ids.applicant1,
  });
  ids.passing = await makeManagedCenter(db, { name: '济南合格促进中心', regionCode: '370102' });
  await makeDecidedEvaluation(db, {
    centerId: ids.passing,
    year: 2024,
    rating: 'fail',
    decidedOn: '2025-03-20',
  });
  await makeDecidedEvaluation(db, {
    centerId: ids.passing,
    year: 2025,
    rating: 'pass',
    decidedOn: '2026-03-20',
  });
  ids.manual = await makeManagedCenter(db, { name: '济南虚假材料促进中心', regionCode: '370102' });
  ids.national = await makeManagedCenter(db, {
    name: '国家级一星促进中心',
    level: 'national',
    regionCode: '370102',
    packId: 'national-2022',
  });
  await makeDecidedEvaluation(db, {
    centerId: ids.national,
    year: 2024,
    rating: '1',
    decidedOn: '2024-10-30',
    packId: 'national-2022',
  });
  await makeDecidedEvaluation(db, {
    centerId: ids.national,
    year: 2025,
    rating: '1',
    decidedOn: '2025-10-30',
    packId: 'national-2022',
  });
  ids.gansu = await makeTwiceFailingCenter(db, {
    name: '兰州连续不合格促进中心',
    regionCode: '620102',
    packId: 'gansu-2024',
    leadOrganisationId: ids.applicant2,
  });
});
afterAll(async () => t.close());

describe('the engine proposes revocation from decided evaluations', () => {
  it('proposes for a Shandong center failing twice in a row (000 第二十条（一）), not for one that passed in between', async () => {
    const res = await t.request(s['province.sd']!, 'POST', '/api/revocations/scan');
    expect(res.statusCode).toBe(200);
    const proposed = res.json().proposed as { centerName: string; groundId: string }[];
    expect(proposed).toEqual([
      expect.objectContaining({ centerName: '济南连续不合格促进中心', groundId: 'sd-failed-twice' }),
    ]);
    const list = await t.request(s['province.sd']!, 'GET', '/api/revocations?status=proposed');
    // The demo's own proposal (a 青岛 center) is listed too.
    const item = list
      .json()
      .items.find((i: { center: { name: string } }) => i.center.name === '济南连续不合格促进中心');
    expect(item.ground.source.ref).toBe('第二十条（一）');
    expect(item.origin).toBe('automatic');
    expect(item.evaluations.map((e: { year: number }) => e.year)).toEqual([2024, 2025]);
    expect(item.evaluations[0].ratingLabel.zh).toBe('不合格');
    expect(item.abilities).toEqual({ decide: true, attach: true });
    ids.autoRevocation = item.id;
  });

  it('notifies the provincial authority of the proposal, and does not propose twice', async () => {
    const [u] = await t.database.db.select().from(users).where(eq(users.username, 'province.sd'));
    const sent = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, u!.id), eq(notifications.kind, 'revocation.proposed')));
    // Once for this file's center (the demo story's 青岛 proposal was notified when the demo was seeded).
    expect(sent.filter((n) => JSON.stringify(n).includes('济南连续不合格促进中心'))).toHaveLength(1);
    const again = await t.request(s['province.sd']!, 'POST', '/api/revocations/scan');
    expect(again.json().proposed).toEqual([]);
  });

  it('leaves national centers rated 1★ twice to MIIT (001 第十五条（六）) and Gansu centers to Gansu', async () => {
    const national = await t.request(s.national!, 'POST', '/api/revocations/scan');
    const names = (national.json().proposed as { centerName: string; groundId: string }[]).map(
      (p) => p.groundId,
    );
    expect(names).toContain('n22-one-star-twice');
    expect(names).toContain('gs-failed-twice');
  });
});

describe('who sees and decides revocations', () => {
  it('lets the province and the city of the center read it; other provinces and cities get 404, applicants 403', async () => {
    const url = `/api/revocations/${ids.autoRevocation}`;
    expect((await t.request(s['province.sd']!, 'GET', url)).statusCode).toBe(200);
    expect((await t.request(s['city.jinan']!, 'GET', url)).statusCode).toBe(200);
    expect((await t.request(s.national!, 'GET', url)).statusCode).toBe(200);
    expect((await t.request(s['province.gs']!, 'GET', url)).statusCode).toBe(404);
    expect((await t.request(s['city.qingdao']!, 'GET', url)).statusCode).toBe(404);
    expect((await t.request(s['applicant.1']!, 'GET', url)).statusCode).toBe(403);
    expect((await t.request(null, 'GET', url)).statusCode).toBe(401);
    const gsList = await t.request(s['province.gs']!, 'GET', '/api/revocations');
    expect(gsList.json().items.map((i: { center: { name: string } }) => i.center.name)).toEqual([
      '兰州连续不合格促进中心',
    ]);
  });

  it('refuses a decision by the city (403), by another province (404), on a stale version (409) and bad input (400)', async () => {
    const url = `/api/revocations/${ids.autoRevocation}/decide`;
    const body = { ...decisionDocument(), outcome: 'revoke', reason: '连续两年评价不合格', version: 1 };
    const city = await t.request(s['city.jinan']!, 'POST', url, body);
    expect(city.statusCode).toBe(403);
    expect((await t.request(s['province.gs']!, 'POST', url, body)).statusCode).toBe(404);
    expect((await t.request(s['province.sd']!, 'POST', url, { ...body, version: 7 })).json().code).toBe(
      'conflict.stale_version',
    );
    const bad = await t.request(s['province.sd']!, 'POST', url, { outcome: 'maybe', reason: '', version: 1 });
    expect(bad.statusCode).toBe(400);
    expect((await centerRow(ids.failing!)).status).toBe('recognised');
  });

  it('MIIT decides on national centers; a province may not (403 out of jurisdiction)', async () => {
    const list = await t.request(s.national!, 'GET', `/api/revocations?centerId=${ids.national}`);
    const nat = list.json().items[0];
    const byProvince = await t.request(s['province.sd']!, 'POST', `/api/revocations/${nat.id}/decide`, {
      ...decisionDocument(),
      outcome: 'dismiss',
      reason: '省级无权决定',
      version: nat.version,
    });
    expect(byProvince.statusCode).toBe(403);
    expect(byProvince.json().code).toBe('forbidden.out_of_jurisdiction');
    const dismissed = await t.request(s.national!, 'POST', `/api/revocations/${nat.id}/decide`, {
      ...decisionDocument(),
      outcome: 'dismiss',
      reason: '经复核暂不撤销',
      version: nat.version,
    });
    expect(dismissed.statusCode).toBe(200);
    expect(dismissed.json().status).toBe('dismissed');
    expect((await centerRow(ids.national!)).status).toBe('recognised');
  });
});

describe('deciding a revocation', () => {
  it('revokes: the directory lists the center as 已撤销 from today with the ground cited, and the 3-year ban ends 3 years on (000 第二十一条)', async () => {
    const res = await t.request(s['province.sd']!, 'POST', `/api/revocations/${ids.autoRevocation}/decide`, {
      ...decisionDocument(),
      outcome: 'revoke',
      reason: '2024、2025年度质量评价均不合格',
      documentNumber: '鲁工信字〔2026〕30号',
      version: 1,
    });
    expect(res.statusCode).toBe(200);
    const v = res.json();
    expect(v.status).toBe('revoked');
    expect(v.revokedOn).toBe(today);
    expect(v.ban).toMatchObject({ years: 3, endsOn: addCalendarMonths(today, 36) });
    expect(v.ban.source.ref).toBe('第二十一条');
    const dir = await t.request(null, 'GET', `/api/directory/${ids.failing}`);
    expect(dir.json().status).toBe('revoked');
    const last = dir.json().history.at(-1);
    expect(last).toMatchObject({
      status: 'revoked',
      fromDate: today,
      source: 'revocation',
      documentNumber: '鲁工信字〔2026〕30号',
    });
    expect(last.reason).toContain('第二十条（一）');
  });

  it('answers 409 to a second decision and changes nothing', async () => {
    const again = await t.request(
      s['province.sd']!,
      'POST',
      `/api/revocations/${ids.autoRevocation}/decide`,
      {
        ...decisionDocument(),
        outcome: 'dismiss',
        reason: '重复提交',
        version: 2,
      },
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('conflict.illegal_transition');
  });

  it('records every step in the audit chain', async () => {
    const entries = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.targetId, ids.autoRevocation!));
    expect(entries.map((e) => e.action)).toEqual(['revocation.propose', 'revocation.revoke']);
    const dir = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.targetId, ids.failing!));
    expect(dir.map((e) => e.action)).toContain('directory.change_status');
    const rows = await t.database.db
      .select()
      .from(revocations)
      .where(eq(revocations.id, ids.autoRevocation!));
    expect(rows[0]!.version).toBe(2);
  });
});

describe('manual grounds with evidence', () => {
  it('offers the pack’s manual grounds per center (Shandong: 第二十条（二）–（八）)', async () => {
    const res = await t.request(s['province.sd']!, 'GET', '/api/revocations/centers');
    const c = (res.json().items as { id: string; grounds: { id: string }[] }[]).find(
      (x) => x.id === ids.manual,
    );
    expect(c?.grounds).toHaveLength(7);
    expect((await t.request(s['city.jinan']!, 'GET', '/api/revocations/centers')).statusCode).toBe(403);
  });

  it('refuses a ground the pack does not list (400) and a future date (400)', async () => {
    const base = { centerId: ids.manual, facts: '年度评价材料中服务企业数造假', groundDate: '2026-05-01' };
    const unknown = await t.request(s['province.sd']!, 'POST', '/api/revocations', {
      ...base,
      groundId: 'gs-not-cooperating',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe('revocation.unknown_ground');
    const future = await t.request(s['province.sd']!, 'POST', '/api/revocations', {
      ...base,
      groundId: 'sd-false-materials',
      groundDate: '2099-01-01',
    });
    expect(future.statusCode).toBe(400);
    const gs = await t.request(s['province.gs']!, 'POST', '/api/revocations', {
      ...base,
      groundId: 'sd-false-materials',
    });
    expect(gs.statusCode).toBe(403);
  });

  it('opens one proposal per center (409 for a second), requires evidence before revoking, keeps files content-addressed', async () => {
    const body = {
      centerId: ids.manual,
      groundId: 'sd-false-materials',
      facts: '年度评价材料中服务企业数造假',
      groundDate: '2026-05-01',
    };
    const opened = await t.request(s['province.sd']!, 'POST', '/api/revocations', body);
    expect(opened.statusCode).toBe(200);
    const r = opened.json();
    expect(r.ground.source.ref).toBe('第二十条（二）');
    expect(r.evidenceRequired).toBe(true);
    expect((await t.request(s['province.sd']!, 'POST', '/api/revocations', body)).json().code).toBe(
      'revocation.already_open',
    );

    const early = await t.request(s['province.sd']!, 'POST', `/api/revocations/${r.id}/decide`, {
      ...decisionDocument(),
      outcome: 'revoke',
      reason: '核实属实',
      version: r.version,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('revocation.evidence_required');
    expect((await centerRow(ids.manual!)).status).toBe('recognised');

    const refused = await upload(
      s['province.sd']!,
      `/api/revocations/${r.id}/evidence`,
      'note.txt',
      Buffer.from('plain text'),
    );
    expect(refused.statusCode).toBe(415);
    expect((await t.request(s['province.sd']!, 'GET', `/api/revocations/${r.id}`)).json().evidence).toEqual(
      [],
    );
    expect(
      (await upload(s['city.jinan']!, `/api/revocations/${r.id}/evidence`, 'e.pdf', PDF)).statusCode,
    ).toBe(403);
    const ok = await upload(s['province.sd']!, `/api/revocations/${r.id}/evidence`, '核查报告.pdf', PDF);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().sha256).toMatch(/^[0-9a-f]{64}$/);
    const detail = (await t.request(s['province.sd']!, 'GET', `/api/revocations/${r.id}`)).json();
    expect(detail.evidence.map((e: { name: string }) => e.name)).toEqual(['核查报告.pdf']);
    const file = await t.request(s['city.jinan']!, 'GET', `/api/revocations/${r.id}/files/${ok.json().id}`);
    expect(file.statusCode).toBe(200);

    const decided = await t.request(s['province.sd']!, 'POST', `/api/revocations/${r.id}/decide`, {
      ...decisionDocument(),
      outcome: 'revoke',
      reason: '核实属实',
      version: detail.version,
    });
    expect(decided.statusCode).toBe(200);
    expect((await centerRow(ids.manual!)).status).toBe('revoked');
    expect((await t.request(s['province.sd']!, 'POST', '/api/revocations', { ...body })).json().code).toBe(
      'revocation.center_not_recognised',
    );
  });
});

describe('the re-application ban is enforced by the pre-check', () => {
  it('refuses a new Shandong application by the revoked lead unit, citing 000 第二十一条 and the end date', async () => {
    const call = await makeCall(t.database.db, { title: '山东禁止期测试申报通知' });
    const appId = await makeApplication(t.database.db, call, {
      by: 'applicant.1',
      centerName: '重新申报促进中心',
    });
    const res = await t.request(s['applicant.1']!, 'GET', `/api/applications/${appId}/evaluation`);
    expect(res.statusCode).toBe(200);
    const ban = (
      res.json().rules as { id: string; passed: boolean; reason: { zh: string }; source: { ref: string } }[]
    ).find((r) => r.id.includes('ban'));
    expect(ban?.passed).toBe(false);
    expect(ban?.reason.zh).toContain(`禁止申报至${addCalendarMonths(today, 36)}`);
    expect(ban?.source.ref).toBe('第二十一条');
    expect(res.json().eligible).toBe(false);
  });

  it('refuses a Gansu application for 2 years from exit (003 第十七条) once the Gansu revocation is decided', async () => {
    const list = await t.request(s['province.gs']!, 'GET', '/api/revocations?status=proposed');
    const g = list.json().items[0];
    await t.request(s['province.gs']!, 'POST', `/api/revocations/${g.id}/decide`, {
      ...decisionDocument(),
      outcome: 'revoke',
      reason: '连续两次年度评估不合格',
      version: g.version,
    });
    const call = await makeCall(t.database.db, {
      packId: 'gansu-2024',
      by: 'province.gs',
      title: '甘肃禁止期测试',
    });
    const appId = await makeApplication(t.database.db, call, {
      by: 'applicant.2',
      centerName: '兰州重新申报中心',
    });
    const res = await t.request(s['applicant.2']!, 'GET', `/api/applications/${appId}/evaluation`);
    const ban = (res.json().rules as { id: string; passed: boolean; reason: { zh: string } }[]).find((r) =>
      r.id.includes('ban'),
    );
    expect(ban?.passed).toBe(false);
    expect(ban?.reason.zh).toContain(`禁止申报至${addCalendarMonths(today, 24)}`);
  });
});

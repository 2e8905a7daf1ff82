/**
 * Decisions as documents beyond recognition: the annual rating, the revocation and the change confirmation
 * each need 文号, 日期 (not after today, not before the matter decided) and 意见, with Chinese errors naming the
 * field; each decision issues a frozen decision notice (决定书) — authority, number, date, addressee, text,
 * opinion and basis — that the authorities in jurisdiction and the addressed organisations read, nobody else.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centers, decisionNotices } from '../../src/db/schema/index.ts';
import { makeManagedCenter, makeTwiceFailingCenter, organisationOf } from '../factories/management.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';

const TODAY = '2026-06-15';
let t: TestApp;
const s: Record<string, Session> = {};
const ids: Record<string, string> = {};
const previousToday = process.env.DTPC_TODAY;

const fieldsOf = (body: { errors?: { field: string; message: string }[] }) =>
  Object.fromEntries((body.errors ?? []).map((e) => [e.field, e.message]));

beforeAll(async () => {
  process.env.DTPC_TODAY = TODAY;
  t = await createTestApp();
  for (const u of ['province.sd', 'province.gs', 'city.jinan', 'applicant.1', 'applicant.2', 'operator.1']) {
    s[u] = await t.login(u);
  }
  const db = t.database.db;
  ids.lead = await organisationOf(db, 'applicant.1');
  ids.operator = await organisationOf(db, 'operator.1');
  ids.failing = await makeTwiceFailingCenter(db, {
    name: '济南决定书测试促进中心',
    regionCode: '370102',
    leadOrganisationId: ids.lead,
    operatorOrganisationId: ids.operator,
  });
  ids.renamed = await makeManagedCenter(db, {
    name: '济南更名决定书促进中心',
    regionCode: '370102',
    leadOrganisationId: ids.lead,
    operatorOrganisationId: ids.operator,
  });
});
afterAll(async () => {
  process.env.DTPC_TODAY = previousToday;
  await t.close();
});

describe('revocation decision as a document', () => {
  it('refuses a decision without 文号, 日期 and 意见, dated after today or before the proposal', async () => {
    const scan = await t.request(s['province.sd']!, 'POST', '/api/revocations/scan');
    expect(scan.statusCode, scan.body).toBe(200);
    const list = await t.request(s['province.sd']!, 'GET', `/api/revocations?centerId=${ids.failing}`);
    const r = list.json().items[0];
    expect(r.proposedOn).toBe(TODAY);
    ids.revocation = r.id;
    const url = `/api/revocations/${r.id}/decide`;
    const bare = await t.request(s['province.sd']!, 'POST', url, { outcome: 'revoke', version: 1 });
    expect(bare.statusCode, bare.body).toBe(400);
    expect(fieldsOf(bare.json())).toEqual({
      documentNumber: '请填写决定文号',
      decidedOn: expect.stringContaining('请填写决定日期'),
      reason: '请填写决定意见',
    });
    const body = {
      outcome: 'revoke',
      reason: '连续两年年度评价不合格，予以撤销',
      documentNumber: '鲁工信字〔2026〕40号',
    };
    const future = await t.request(s['province.sd']!, 'POST', url, {
      ...body,
      decidedOn: '2026-06-16',
      version: 1,
    });
    expect(future.statusCode).toBe(400);
    expect(fieldsOf(future.json()).decidedOn).toBe('决定日期不能晚于今天（2026-06-15）');
    const early = await t.request(s['province.sd']!, 'POST', url, {
      ...body,
      decidedOn: '2026-06-14',
      version: 1,
    });
    expect(early.statusCode).toBe(400);
    expect(fieldsOf(early.json()).decidedOn).toBe('决定日期不能早于撤销提议日期（2026-06-15）');
    const [center] = await t.database.db.select().from(centers).where(eq(centers.id, ids.failing!));
    expect(center!.status).toBe('recognised');
    expect(
      await t.database.db.select().from(decisionNotices).where(eq(decisionNotices.subjectId, r.id)),
    ).toHaveLength(0);
  });

  it('issues the notice with the decision: authority, number, date, addressee, ban, opinion and basis', async () => {
    const url = `/api/revocations/${ids.revocation}/decide`;
    const res = await t.request(s['province.sd']!, 'POST', url, {
      outcome: 'revoke',
      reason: '连续两年年度评价不合格，予以撤销',
      documentNumber: '鲁工信字〔2026〕40号',
      decidedOn: TODAY,
      version: 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    const notices = await t.request(
      s['province.sd']!,
      'GET',
      `/api/decision-notices?subjectId=${ids.revocation}`,
    );
    expect(notices.statusCode, notices.body).toBe(200);
    const [n] = notices.json().items;
    expect(n).toMatchObject({
      kind: 'revocation',
      kindLabel: { zh: '撤销认定决定' },
      authorityName: '山东省工业和信息化厅',
      documentNumber: '鲁工信字〔2026〕40号',
      decidedOn: TODAY,
      outcome: 'revoke',
      title: { zh: '关于撤销济南决定书测试促进中心认定的决定' },
      opinion: '连续两年年度评价不合格，予以撤销',
    });
    const lead = (await t.request(s['applicant.1']!, 'GET', `/api/decision-notices/${n.id}`)).json();
    expect(lead.addressee).toBe(n.addressee);
    expect(n.body.map((b: { zh: string }) => b.zh).join('')).toContain(
      '自2026年6月15日起不再列入促进中心名录',
    );
    // 000 第二十一条: three years from revocation — may apply again from 2029-06-15, so up to the day before.
    expect(n.body[1].zh).toContain('2029年6月14日（含）前不得再次申报');
    expect(n.basis.map((b: { zh: string }) => b.zh).join('')).toContain('第二十条');
    const row = (await t.request(s['province.sd']!, 'GET', `/api/revocations/${ids.revocation}`)).json();
    expect(row).toMatchObject({ documentNumber: '鲁工信字〔2026〕40号', decidedOn: TODAY });
  });

  it('is read by the authorities in jurisdiction and the addressed organisations only', async () => {
    const list = (
      await t.request(s['province.sd']!, 'GET', `/api/decision-notices?subjectId=${ids.revocation}`)
    ).json();
    const url = `/api/decision-notices/${list.items[0].id}`;
    expect((await t.request(s['city.jinan']!, 'GET', url)).statusCode).toBe(200);
    expect((await t.request(s['operator.1']!, 'GET', url)).statusCode).toBe(200);
    expect((await t.request(s['applicant.1']!, 'GET', url)).statusCode).toBe(200);
    expect([403, 404]).toContain((await t.request(s['province.gs']!, 'GET', url)).statusCode);
    expect([403, 404]).toContain((await t.request(s['applicant.2']!, 'GET', url)).statusCode);
    expect((await t.request(null, 'GET', url)).statusCode).toBe(401);
    const other = await t.request(
      s['applicant.2']!,
      'GET',
      `/api/decision-notices?subjectId=${ids.revocation}`,
    );
    expect(other.statusCode === 403 || other.json().items.length === 0).toBe(true);
  });
});

describe('annual rating and change confirmation as documents', () => {
  it('the rating needs its document and issues a notice with the rating label', async () => {
    const open = await t.request(s['province.sd']!, 'POST', '/api/evaluations', {
      centerId: ids.renamed,
      year: 2025,
    });
    expect(open.statusCode, open.body).toBe(200);
    let view = open.json();
    // Shandong's chain: the city reviews first, then the province decides.
    const reviewed = await t.request(s['city.jinan']!, 'POST', `/api/evaluations/${view.id}/review`, {
      opinion: '初审：材料齐全',
      version: view.version,
    });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    view = reviewed.json();
    const url = `/api/evaluations/${view.id}/decide`;
    const bare = await t.request(s['province.sd']!, 'POST', url, { rating: 'pass', version: view.version });
    expect(bare.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(bare.json())).sort()).toEqual(['decidedOn', 'documentNumber', 'reason']);
    const ok = await t.request(s['province.sd']!, 'POST', url, {
      rating: 'pass',
      reason: '服务记录与申报一致，评为合格',
      documentNumber: '鲁工信字〔2026〕41号',
      decidedOn: '2026-06-10',
      version: view.version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().decision).toMatchObject({
      decidedOn: '2026-06-10',
      documentNumber: '鲁工信字〔2026〕41号',
    });
    const [n] = (
      await t.request(s['operator.1']!, 'GET', `/api/decision-notices?subjectId=${view.id}`)
    ).json().items;
    expect(n).toMatchObject({ kind: 'rating', outcome: 'pass', decidedOn: '2026-06-10' });
    expect(n.body[0].zh).toBe('经年度评价，「济南更名决定书促进中心」2025年度评价结果为：合格。');
  });

  it('the change confirmation needs its document, not dated before the filing, and issues a notice', async () => {
    const filed = await t.request(s['operator.1']!, 'POST', '/api/change-filings', {
      centerId: ids.renamed,
      kind: 'rename',
      changeDate: '2026-06-01',
      newName: '济南数字化转型促进中心（决定书更名）',
      description: '运营单位更名',
    });
    expect(filed.statusCode, filed.body).toBe(200);
    const f = filed.json();
    const url = `/api/change-filings/${f.id}/decide`;
    const early = await t.request(s['province.sd']!, 'POST', url, {
      outcome: 'confirm',
      reason: '材料齐全，予以确认',
      documentNumber: '鲁工信字〔2026〕42号',
      decidedOn: '2026-06-14',
      version: f.version,
    });
    expect(early.statusCode).toBe(400);
    expect(fieldsOf(early.json()).decidedOn).toBe('决定日期不能早于报备日期（2026-06-15）');
    const ok = await t.request(s['province.sd']!, 'POST', url, {
      outcome: 'confirm',
      reason: '材料齐全，予以确认',
      documentNumber: '鲁工信字〔2026〕42号',
      decidedOn: TODAY,
      version: f.version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().documentNumber).toBe('鲁工信字〔2026〕42号');
    const [n] = (await t.request(s['province.sd']!, 'GET', `/api/decision-notices?subjectId=${f.id}`)).json()
      .items;
    expect(n.title.zh).toBe('关于济南更名决定书促进中心更名备案的确认意见');
    expect(n.body[0].zh).toContain('变更后名称为「济南数字化转型促进中心（决定书更名）」');
  });
});

/**
 * No silent changes: a negative, absurd or fractional declared value and an invented industry code are
 * refused with the field named and the metric's name and unit in Chinese — and nothing is saved.
 */
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../src/db/schema/index.ts';
import { makeApplication, makeCall } from '../factories/recognition.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';

let t: TestApp;
let applicant: Session;
let callId: string;
let id: string;
const previousToday = process.env.DTPC_TODAY;

beforeAll(async () => {
  process.env.DTPC_TODAY = '2026-06-15';
  t = await createTestApp();
  applicant = await t.login('applicant.1');
  callId = await makeCall(t.database.db, { packId: 'shandong-guide', title: '数值校验测试通知' });
  id = await makeApplication(t.database.db, callId, { centerName: '济南数值校验促进中心' });
});
afterAll(async () => {
  process.env.DTPC_TODAY = previousToday;
  await t.close();
});

const fieldsOf = (body: { errors?: { field: string; message: string }[] }) =>
  Object.fromEntries((body.errors ?? []).map((e) => [e.field, e.message]));

describe('declared values and codes are checked, not adjusted', () => {
  it('refuses a negative area, an absurd one and a fractional head count, naming each with its unit', async () => {
    const res = await t.request(applicant, 'PATCH', `/api/applications/${id}`, {
      version: 1,
      form: { metricValues: { floorArea: -5, experienceArea: 1e9, operatingStaff: 2.5 } },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(fieldsOf(res.json())).toEqual({
      'form.metricValues.floorArea': '建设运营场地使用面积（平方米）不能为负数',
      'form.metricValues.experienceArea': '体验场地面积（平方米）不能超过 1,000,000，请核对',
      'form.metricValues.operatingStaff': expect.stringMatching(/（人）须为整数$/),
    });
    const [row] = await t.database.db.select().from(applications).where(eq(applications.id, id));
    expect(row!.version).toBe(1);
    expect(row!.form.metricValues).toEqual({});
  });

  it('keeps a plausible value as entered', async () => {
    const res = await t.request(applicant, 'PATCH', `/api/applications/${id}`, {
      version: 1,
      form: { metricValues: { floorArea: 1250.5, operatingStaff: 15 } },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().form.metricValues).toEqual({ floorArea: 1250.5, operatingStaff: 15 });
  });

  it('refuses an industry code GB/T 4754 does not define', async () => {
    const res = await t.request(applicant, 'PATCH', `/api/applications/${id}`, {
      version: 2,
      industryCode: 'ZZ99',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'reference.unknown_industry' });
    expect(fieldsOf(res.json()).industryCode).toContain('ZZ99');
    const [row] = await t.database.db.select().from(applications).where(eq(applications.id, id));
    expect(row!.industryCode).toBeNull();
  });
});

describe('exports read like the screen', () => {
  it('the applications export shows the type by name and times in Asia/Shanghai', async () => {
    const submittedAt = new Date('2026-06-15T14:03:46.874Z'); // 22:03 in Beijing
    await t.database.db.update(applications).set({ submittedAt }).where(eq(applications.id, id));
    const res = await t.request(applicant, 'GET', '/api/applications/export.xlsx');
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('类别/方向')).toBe('综合类');
    expect(cell('提交时间')).toBe('2026-06-15 22:03');
    expect(JSON.stringify(row)).not.toMatch(/comprehensive|T\d{2}:\d{2}.*Z/);
  });
});

describe('live pre-check (实时预检)', () => {
  it('evaluates the fields being typed without saving them', async () => {
    const before = (await t.request(applicant, 'GET', `/api/applications/${id}`)).json();
    const res = await t.request(applicant, 'POST', `/api/applications/${id}/evaluation/preview`, {
      form: { metricValues: { floorArea: 4321 } },
    });
    expect(res.statusCode, res.body).toBe(200);
    const previewed = res.json().criteria.find((c: { metric: string | null }) => c.metric === 'floorArea');
    expect(previewed.actual).toBe(4321);
    const saved = (await t.request(applicant, 'GET', `/api/applications/${id}/evaluation`)).json();
    expect(saved.criteria.find((c: { metric: string | null }) => c.metric === 'floorArea').actual).toBe(
      1250.5,
    );
    const after = (await t.request(applicant, 'GET', `/api/applications/${id}`)).json();
    expect(after.version).toBe(before.version);
    const other = await t.login('applicant.2');
    const foreign = await t.request(other, 'POST', `/api/applications/${id}/evaluation/preview`, {
      form: {},
    });
    expect([403, 404]).toContain(foreign.statusCode);
  });
});

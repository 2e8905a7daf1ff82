import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, expertProfiles, organisations, roleGrants, users } from '../../src/db/schema/index.ts';
import { makeCall } from '../factories/recognition.ts';
import { makeApplicationInExpertReview } from '../factories/review.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';

let t: TestApp;
let province: Session;
let gansu: Session;
let national: Session;
let city: Session;

interface Expert {
  userId: string;
  username: string;
  fields: string[];
  available: boolean;
  version: number;
  load: number;
  regionName: string;
}

beforeAll(async () => {
  t = await createTestApp();
  [province, gansu, national, city] = await Promise.all([
    t.login('province.sd'),
    t.login('province.gs'),
    t.login('national'),
    t.login('city.jinan'),
  ]);
});
afterAll(async () => t.close());

async function list(session: Session, query = '') {
  const res = await t.request(session, 'GET', `/api/experts?pageSize=50${query}`);
  expect(res.statusCode).toBe(200);
  return res.json() as { items: Expert[]; total: number };
}

async function expertId(username: string) {
  const [u] = await t.database.db.select().from(users).where(eq(users.username, username));
  return u!.id;
}

/** The organisation an account belongs to (the demo's Shandong university for expert.1). */
async function employerOf(username: string) {
  const [row] = await t.database.db
    .select({ id: organisations.id, name: organisations.name, creditCode: organisations.creditCode })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.username, username));
  return row!;
}

async function sheet(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('专家');
  ws.addRow([
    '登录名',
    '姓名',
    '工作单位统一社会信用代码',
    '工作单位名称',
    '评审领域',
    '职称',
    '是否可用',
    '评审上限',
  ]);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function upload(session: Session, url: string, file: Buffer) {
  return t.app.inject({
    method: 'POST',
    url,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
    payload: file,
  });
}

// Runs first, on the demo pool as seeded: one expert per field in Shandong.
describe('panel shortfalls on the demo pool', () => {
  it('does not say no 财务 expert is available when expert.4 is free: the 3 seats ran out, and says how to fix it', async () => {
    const callId = await makeCall(t.database.db, { packId: 'shandong-guide', title: '专家库缺员测试批次' });
    const applicationId = await makeApplicationInExpertReview(t.database.db, callId, {
      centerName: '缺员测试中心',
    });
    const job = await t.request(province, 'POST', `/api/review/calls/${callId}/proposals`, { panelSize: 3 });
    expect(job.statusCode).toBe(202);
    let status = 'queued';
    for (let i = 0; i < 100 && status !== 'done' && status !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      status = (await t.request(province, 'GET', `/api/review/jobs/${job.json().id}`)).json().status;
    }
    expect(status).toBe('done');
    const panels = (await t.request(province, 'GET', `/api/review/panels?callId=${callId}`)).json();
    const panel = (await t.request(province, 'GET', `/api/review/panels/${panels.items[0].id}`)).json() as {
      applicationId: string;
      notes: {
        shortfalls: { code: string; field?: string; message: { zh: string }; remedy?: { zh: string } }[];
      };
    };
    expect(panel.applicationId).toBe(applicationId);
    const finance = panel.notes.shortfalls.find((x) => x.field === 'finance')!;
    const [expert4] = await t.database.db.select().from(users).where(eq(users.username, 'expert.4'));
    expect(finance.message.zh).not.toContain('没有可用');
    expect(finance.message.zh).toContain('席位已满');
    expect(finance.message.zh).toContain(expert4!.displayName);
    expect(finance.remedy!.zh).toContain('将专家组人数增至 4 人');
  });
});

describe('expert pool (专家库) list', () => {
  it('shows a province only its own pool, with fields, region and load; national sees every pool', async () => {
    const sd = await list(province);
    expect(sd.items.map((e) => e.username).sort()).toEqual(['expert.1', 'expert.2', 'expert.3', 'expert.4']);
    const finance = sd.items.find((e) => e.username === 'expert.4')!;
    expect(finance.fields).toEqual(['finance']);
    expect(finance.regionName).toBe('山东省');
    expect(finance.available).toBe(true);
    expect((await list(national)).total).toBe(6);
    expect((await list(gansu)).items.map((e) => e.username)).toEqual(['expert.5']);
  });

  it('filters by field (stored as 财务 or finance), availability and text', async () => {
    expect((await list(province, '&field=finance')).items.map((e) => e.username)).toEqual(['expert.4']);
    expect((await list(province, '&available=false')).total).toBe(0);
    const q = await list(province, `&q=${encodeURIComponent('expert.2')}`);
    expect(q.items.map((e) => e.username)).toEqual(['expert.2']);
  });

  it('refuses a city officer and an expert', async () => {
    expect((await t.request(city, 'GET', '/api/experts')).statusCode).toBe(403);
    const expert = await t.login('expert.1');
    expect((await t.request(expert, 'GET', '/api/experts')).statusCode).toBe(403);
  });

  it('exports .xlsx with Chinese headers and labels and Beijing times', async () => {
    const res = await t.request(province, 'GET', '/api/experts/export.xlsx');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as string[]).slice(1);
    expect(header).toContain('评审领域');
    expect(header).toContain('当前评审任务');
    const text = JSON.stringify(ws.getSheetValues());
    expect(text).toContain('财务');
    expect(text).toContain('可用');
    expect(text).not.toMatch(/finance|technology|T\d{2}:\d{2}:\d{2}/);
  });
});

describe('editing an expert', () => {
  it('changes fields, availability and own cap with a version, audited in Chinese', async () => {
    const id = await expertId('expert.3');
    const before = (await t.request(province, 'GET', `/api/experts/${id}`)).json() as Expert;
    const res = await t.request(province, 'PATCH', `/api/experts/${id}`, {
      version: before.version,
      fields: ['management', 'finance'],
      available: false,
      maxLoad: 3,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ fields: ['management', 'finance'], available: false, maxLoad: 3 });
    const stale = await t.request(province, 'PATCH', `/api/experts/${id}`, {
      version: before.version,
      available: true,
    });
    expect(stale.statusCode).toBe(409);
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'expert.update'), eq(auditLog.targetId, id)));
    expect(entry).toBeDefined();
  });

  it('refuses an empty field list naming the field, and another province answers 404', async () => {
    const id = await expertId('expert.1');
    const view = (await t.request(province, 'GET', `/api/experts/${id}`)).json() as Expert;
    const res = await t.request(province, 'PATCH', `/api/experts/${id}`, {
      version: view.version,
      fields: [],
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('评审领域');
    const other = await t.request(gansu, 'PATCH', `/api/experts/${id}`, {
      version: view.version,
      available: false,
    });
    expect(other.statusCode).toBe(404);
    const bad = await t.request(province, 'PATCH', `/api/experts/${id}`, {
      version: view.version,
      maxLoad: -1,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('评审上限');
  });

  it('keeps employment history: add a job, end it, refuse an end in the future', async () => {
    const id = await expertId('expert.2');
    const added = await t.request(province, 'POST', `/api/experts/${id}/employments`, {
      organisationCreditCode: '91370100MA3C4X5Y6A',
      organisationName: '济南某软件有限公司',
      fromDate: '2021-03-01',
      toDate: null,
    });
    expect(added.statusCode).toBe(200);
    const job = (added.json() as { employment: { id: string; current: boolean }[] }).employment.find(
      (j) => j.current,
    )!;
    const future = await t.request(province, 'POST', `/api/experts/${id}/employments/${job.id}/end`, {
      toDate: '2099-01-01',
    });
    expect(future.statusCode).toBe(400);
    expect(future.body).toContain('结束日期');
    const ended = await t.request(province, 'POST', `/api/experts/${id}/employments/${job.id}/end`, {
      toDate: '2024-06-30',
    });
    expect(ended.statusCode).toBe(200);
    expect(
      (ended.json() as { employment: { id: string; toDate: string }[] }).employment.find(
        (j) => j.id === job.id,
      )!.toDate,
    ).toBe('2024-06-30');
  });

  it('records a conflict declared outside a task; a bad credit code names the field in Chinese', async () => {
    const id = await expertId('expert.4');
    const bad = await t.request(province, 'POST', `/api/experts/${id}/conflicts`, {
      organisationCreditCode: '123',
      organisationName: '某公司',
      reason: '曾为其顾问',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('统一社会信用代码');
    const org = await employerOf('expert.1');
    const res = await t.request(province, 'POST', `/api/experts/${id}/conflicts`, {
      organisationCreditCode: org.creditCode,
      organisationName: org.name,
      reason: '近三年为该单位提供咨询',
    });
    expect(res.statusCode).toBe(200);
    const view = res.json() as {
      conflicts: number;
      declaredConflicts: { reason: string; recordedBy: string }[];
    };
    expect(view.conflicts).toBe(1);
    expect(view.declaredConflicts[0]!.reason).toBe('近三年为该单位提供咨询');
  });
});

describe('importing experts from .xlsx', () => {
  it('dry-runs with per-row Chinese errors naming the column and writes nothing; the commit refuses the same file', async () => {
    const org = await employerOf('expert.1');
    const file = await sheet([
      ['new.expert', '新专家', org.creditCode, org.name, '技术、法律', '', '是', ''],
      ['other.expert', '另一位', '91370100MA3C4X5Y6A', '未登记单位', '财务', '', '是', ''],
    ]);
    const dry = await upload(province, '/api/experts/import/dry-run', file);
    expect(dry.statusCode).toBe(200);
    const report = dry.json() as {
      errors: { row: number; column: string; message: { zh: string } }[];
      validRows: number;
    };
    expect(report.validRows).toBe(0);
    expect(report.errors.map((e) => [e.row, e.column])).toEqual([
      [2, '评审领域'],
      [3, '工作单位统一社会信用代码'],
    ]);
    expect(report.errors[0]!.message.zh).toContain('第 2 行「评审领域」');
    const commit = await upload(province, '/api/experts/import', file);
    expect(commit.statusCode).toBe(400);
    expect(commit.json().detail).toContain('未导入任何专家');
    const [u] = await t.database.db.select().from(users).where(eq(users.username, 'new.expert'));
    expect(u).toBeUndefined();
  });

  it('commits atomically: creates expert accounts in the importer’s region and updates existing ones', async () => {
    const org = await employerOf('expert.1');
    const file = await sheet([
      ['pool.new', '王新', org.creditCode, org.name, '财务、管理', '教授', '是', '4'],
      ['expert.1', '专家一', org.creditCode, org.name, '技术、产业', '研究员', '否', ''],
    ]);
    const dry = (await upload(province, '/api/experts/import/dry-run', file)).json() as {
      created: number;
      updated: number;
      errors: unknown[];
    };
    expect(dry).toMatchObject({ created: 1, updated: 1, errors: [] });
    const res = await upload(province, '/api/experts/import', file);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ committed: true, created: 1, updated: 1 });
    const id = await expertId('pool.new');
    const grants = await t.database.db.select().from(roleGrants).where(eq(roleGrants.userId, id));
    expect(grants.map((g) => [g.role, g.regionCode])).toEqual([['expert', '370000']]);
    const [profile] = await t.database.db.select().from(expertProfiles).where(eq(expertProfiles.userId, id));
    expect(profile).toMatchObject({ fields: ['finance', 'management'], maxLoad: 4, title: '教授' });
    const one = (await list(province, '&q=expert.1')).items[0]!;
    expect(one).toMatchObject({ fields: ['technology', 'industry'], available: false });
    const gs = await upload(gansu, '/api/experts/import/dry-run', file);
    expect((gs.json() as { errors: { column: string }[] }).errors.map((e) => e.column)).toEqual([
      '登录名',
      '登录名',
    ]);
  });

  it('answers an unreadable file with a Chinese problem, never 5xx', async () => {
    const res = await upload(province, '/api/experts/import/dry-run', Buffer.from('not a spreadsheet'));
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('problem+json');
    expect(res.json().detail).toContain('导入文件');
  });
});

describe('expert accounts from the users admin enter the pool', () => {
  it('requires a field with the expert role and creates the pool profile', async () => {
    const org = await employerOf('expert.1');
    const body = {
      username: 'fresh.expert',
      displayName: '新财务专家',
      password: 'Str0ng-passw0rd!x',
      organisationId: org.id,
      roles: [{ role: 'expert', regionCode: '370000' }],
    };
    const missing = await t.request(province, 'POST', '/api/users', body);
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('评审领域');
    const res = await t.request(province, 'POST', '/api/users', { ...body, expertFields: ['finance'] });
    expect(res.statusCode).toBe(200);
    const finance = await list(province, '&field=finance');
    expect(finance.items.map((e) => e.username)).toContain('fresh.expert');
  });
});

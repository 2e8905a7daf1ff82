/**
 * Recognition authorization matrix: every workflow action × role, inside and outside jurisdiction
 * (reads outside answer 404, writes 403), and each action from a state that does not allow it (409).
 */
import { count } from 'drizzle-orm';
import { calls } from '../../src/db/schema/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';
import { makeApplication, makeCall } from '../factories/recognition.ts';
import { PDF, recognitionHelpers } from './recognition-support.ts';

let t: TestApp;
const s: Record<string, Session> = {};
let h: ReturnType<typeof recognitionHelpers>;
let sdCall: string;
let demoCall: string;

const accounts = [
  'national',
  'province.sd',
  'province.gs',
  'city.jinan',
  'city.qingdao',
  'city.lanzhou',
  'expert.1',
  'applicant.1',
  'applicant.2',
  'operator.1',
  'enterprise.1',
];

beforeAll(async () => {
  t = await createTestApp();
  h = recognitionHelpers(t);
  for (const a of accounts) {
    s[a] = await t.login(a);
  }
  sdCall = await makeCall(t.database.db, { packId: 'shandong-guide', title: '矩阵测试' });
  demoCall = await makeCall(t.database.db, { packId: 'shandong-demo-2023', title: '矩阵测试（示范）' });
});
afterAll(async () => t.close());

type Target =
  'draft' | 'ready' | 'submitted' | 'city_review' | 'recommended' | 'expert_review' | 'demo_submitted';

const ok = async (res: Promise<{ statusCode: number; body: string }>) => {
  const r = await res;
  expect(r.statusCode, r.body).toBe(200);
};

/** A fresh 济南 application (applicant.1) brought to `target` through the API. */
async function applicationIn(target: Target): Promise<string> {
  const demo = target === 'demo_submitted';
  const id = await makeApplication(t.database.db, demo ? demoCall : sdCall, {
    ...(demo ? { direction: 'equipment_cloud_benchmark' } : {}),
    centerName: `矩阵${target}`,
  });
  if (target === 'draft') {
    return id;
  }
  const a = s['applicant.1']!;
  const { version } = await h.detail(a, id);
  const form = demo
    ? {
        buildStatus: 'built',
        facts: {
          economicAndTechnicalStrength: true,
          soundFinancialManagement: true,
          industryInfluenceAndGoodCredit: true,
          professionalTeam: true,
          compliesWithIndustrialPolicy: true,
        },
      }
    : { facts: { fullTimeTeam: true } };
  await ok(t.request(a, 'PATCH', `/api/applications/${id}`, { version, form }));
  for (const kind of ['application_form', 'construction_plan']) {
    await ok(h.upload(a, id, PDF, { kind }));
  }
  if (target === 'ready') {
    return id;
  }
  await ok(h.act(a, id, 'submit'));
  if (target === 'submitted' || demo) {
    return id;
  }
  const city = s['city.jinan']!;
  await ok(
    h.act(city, id, 'qualification-review', { checklist: [{ key: 'k', label: '齐全', passed: true }] }),
  );
  await ok(h.act(city, id, 'site-check', { date: '2026-03-01', participants: ['王五'], findings: '属实' }));
  if (target === 'city_review') {
    return id;
  }
  await ok(h.act(city, id, 'recommend', { documentNumber: '济工信〔2026〕1号' }));
  if (target === 'recommended') {
    return id;
  }
  await ok(h.act(s['province.sd']!, id, 'formal-review/pass'));
  return id;
}

describe('reading an application of a 济南 lead unit', () => {
  const table: [string, number][] = [
    ['national', 200],
    ['province.sd', 200],
    ['province.gs', 404],
    ['city.jinan', 200],
    ['city.qingdao', 404],
    ['city.lanzhou', 404],
    ['applicant.1', 200],
    ['applicant.2', 404],
    ['expert.1', 403],
    ['operator.1', 403],
    ['enterprise.1', 403],
  ];
  let id: string;
  beforeAll(async () => {
    id = await applicationIn('submitted');
  });
  it.each(table)('%s → %i (detail, timeline, files)', async (account, status) => {
    expect((await t.request(s[account]!, 'GET', `/api/applications/${id}`)).statusCode).toBe(status);
    expect((await t.request(s[account]!, 'GET', `/api/applications/${id}/evaluation`)).statusCode).toBe(
      status,
    );
  });

  it.each(table)('%s → the list holds it only when the detail is readable', async (account, status) => {
    const res = await t.request(s[account]!, 'GET', `/api/applications?callId=${sdCall}&pageSize=200`);
    if (status === 403) {
      expect(res.statusCode).toBe(403);
      return;
    }
    const ids = (res.json() as { items: { id: string }[] }).items.map((x) => x.id);
    expect(ids.includes(id)).toBe(status === 200);
  });
});

// [route, state it is legal in, body, the one who may, others answering 403, a state where it is illegal]
const matrix: [string, Target, Record<string, unknown>, string, string[], Target][] = [
  [
    'submit',
    'ready',
    {},
    'applicant.1',
    ['applicant.2', 'city.jinan', 'province.sd', 'national'],
    'submitted',
  ],
  ['withdraw', 'draft', {}, 'applicant.1', ['applicant.2', 'city.jinan', 'province.sd'], 'city_review'],
  [
    'qualification-review',
    'submitted',
    { checklist: [{ key: 'k', label: '齐全', passed: true }] },
    'city.jinan',
    ['city.qingdao', 'city.lanzhou', 'province.sd', 'national', 'applicant.1', 'expert.1'],
    'recommended',
  ],
  [
    'site-check',
    'submitted',
    { date: '2026-03-01', participants: ['王五'], findings: '属实' },
    'city.jinan',
    ['city.qingdao', 'province.sd', 'applicant.1'],
    'recommended',
  ],
  [
    'emergency-opinion',
    'demo_submitted',
    { authority: '济南市应急管理局', opinion: '无较大以上事故', date: '2026-03-02' },
    'city.jinan',
    ['city.qingdao', 'province.sd', 'applicant.1'],
    'submitted',
  ],
  [
    'recommend',
    'city_review',
    { documentNumber: '济工信〔2026〕9号' },
    'city.jinan',
    ['city.qingdao', 'province.sd', 'applicant.1'],
    'submitted',
  ],
  [
    'city-return',
    'submitted',
    { comment: '材料不全' },
    'city.jinan',
    ['city.qingdao', 'province.gs', 'applicant.1'],
    'recommended',
  ],
  [
    'formal-review/start',
    'recommended',
    {},
    'province.sd',
    ['province.gs', 'city.jinan', 'applicant.1', 'expert.1'],
    'submitted',
  ],
  [
    'formal-review/pass',
    'recommended',
    {},
    'province.sd',
    // National reads a province's applications but does not review them (000 / 003: the province does).
    ['national', 'province.gs', 'city.jinan', 'applicant.1'],
    'city_review',
  ],
  [
    'formal-review/return',
    'recommended',
    { comment: '缺少推荐文件' },
    'province.sd',
    ['province.gs', 'city.jinan', 'applicant.1'],
    'expert_review',
  ],
  [
    'decision',
    'expert_review',
    {
      outcome: 'reject',
      comment: '运营团队不足',
      documentNumber: '鲁工信字〔2026〕21号',
      decidedOn: '2026-03-20',
    },
    'province.sd',
    ['national', 'province.gs', 'city.jinan', 'city.qingdao', 'applicant.1'],
    'recommended',
  ],
];

describe('every action × role: 403 outside, 200 for the one in charge, 409 from a wrong state', () => {
  it.each(matrix)('%s (legal in %s) by %s', async (path, state, body, insider, outsiders, wrongState) => {
    const id = await applicationIn(state);
    // The lead unit reads its own application in every state (authorities do not see drafts).
    const reader = s['applicant.1']!;
    for (const who of outsiders) {
      const res = await h.act(s[who]!, id, path, body, reader);
      expect(res.statusCode, `${who} ${path}: ${res.body}`).toBe(403);
    }
    const before = await h.detail(reader, id);
    expect(before.state).toBe({ demo_submitted: 'submitted', ready: 'draft' }[state as string] ?? state);
    const res = await h.act(s[insider]!, id, path, body, reader);
    expect(res.statusCode, res.body).toBe(200);
    const other = await applicationIn(wrongState);
    const illegal = await h.act(s[insider]!, other, path, body, reader);
    expect(illegal.statusCode, illegal.body).toBe(409);
    expect(illegal.json().code).toBe('conflict.illegal_transition');
    expect(illegal.json().detail.length).toBeGreaterThan(10);
  });
});

describe('calls', () => {
  it('a draft call is invisible to the public and to other provinces; published ones are public', async () => {
    const draft = await makeCall(t.database.db, { status: 'draft', title: '草稿通知' });
    expect((await t.request(null, 'GET', `/api/calls/${draft}`)).statusCode).toBe(404);
    expect((await t.request(s['province.gs']!, 'GET', `/api/calls/${draft}`)).statusCode).toBe(404);
    expect((await t.request(s['province.sd']!, 'GET', `/api/calls/${draft}`)).statusCode).toBe(200);
    const list = (await t.request(null, 'GET', '/api/calls?pageSize=200')).json() as {
      items: { id: string; status: string }[];
    };
    expect(list.items.every((c) => c.status === 'published')).toBe(true);
    expect(list.items.some((c) => c.id === sdCall)).toBe(true);
  });

  it('only the issuing province edits and publishes; publishing twice is an illegal transition', async () => {
    const draft = await makeCall(t.database.db, { status: 'draft', title: '待发布' });
    expect(
      (await t.request(s['province.gs']!, 'POST', `/api/calls/${draft}/publish`, { version: 1 })).statusCode,
    ).toBe(403);
    expect(
      (await t.request(s['applicant.1']!, 'POST', `/api/calls/${draft}/publish`, { version: 1 })).statusCode,
    ).toBe(403);
    expect(
      (await t.request(s['province.sd']!, 'POST', `/api/calls/${draft}/publish`, { version: 1 })).statusCode,
    ).toBe(200);
    const again = await t.request(s['province.sd']!, 'POST', `/api/calls/${draft}/publish`, { version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('conflict.illegal_transition');
  });

  it('a province creates a provincial call under a pack with a recognition process; others cannot', async () => {
    const body = {
      packId: 'gansu-2024',
      year: 2026,
      title: '2026年甘肃省数促中心评价工作通知',
      level: 'provincial',
      opensOn: '2026-01-01',
      closesOn: '2026-12-31',
    };
    const created = await t.request(s['province.gs']!, 'POST', '/api/calls', body);
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json()).toMatchObject({
      status: 'draft',
      regionCode: '620000',
      types: ['comprehensive', 'industry', 'functional'],
    });
    expect((await t.request(s['city.lanzhou']!, 'POST', '/api/calls', body)).statusCode).toBe(403);
    expect((await t.request(s['applicant.1']!, 'POST', '/api/calls', body)).statusCode).toBe(403);
    const noProcess = await t.request(s['province.gs']!, 'POST', '/api/calls', {
      ...body,
      packId: 'shandong-targets-2025',
    });
    expect(noProcess.statusCode).toBe(400);
    expect(noProcess.json().code).toBe('call.pack_without_recognition');
  });

  it('a province cannot open a call under another province’s pack; nothing is written', async () => {
    const [before] = await t.database.db.select({ n: count() }).from(calls);
    const res = await t.request(s['province.sd']!, 'POST', '/api/calls', {
      packId: 'gansu-2024',
      year: 2026,
      title: '借用甘肃政策的山东通知',
      level: 'provincial',
      opensOn: '2026-01-01',
      closesOn: '2026-12-31',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('call.pack_out_of_jurisdiction');
    expect(res.json().detail).toMatch(/甘肃省.*山东省/u);
    expect(res.json().detail).not.toMatch(/gansu|[a-z]{4,}/u);
    expect(res.json().errors[0].field).toBe('packId');
    const english = await t.request(
      s['province.sd']!,
      'POST',
      '/api/calls',
      {
        packId: 'gansu-2024',
        year: 2026,
        title: 'x2',
        level: 'provincial',
        opensOn: '2026-01-01',
        closesOn: '2026-12-31',
      },
      { 'accept-language': 'en' },
    );
    expect(english.json().detail).toMatch(/Gansu/u);
    const [after] = await t.database.db.select({ n: count() }).from(calls);
    expect(after!.n).toBe(before!.n);
    // Its own province's pack is fine.
    const own = await t.request(s['province.sd']!, 'POST', '/api/calls', {
      packId: 'shandong-guide',
      year: 2026,
      title: '2026年山东省数促中心申报通知（本省政策）',
      level: 'provincial',
      opensOn: '2026-01-01',
      closesOn: '2026-12-31',
    });
    expect(own.statusCode, own.body).toBe(200);
  });

  it('an applicant outside the call’s province cannot apply to it', async () => {
    const res = await t.request(s['applicant.2']!, 'POST', '/api/applications', {
      callId: sdCall,
      centerName: '兰州中心',
      type: 'comprehensive',
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('cultivation report (培育情况表)', () => {
  const row = {
    year: 2026,
    name: '济南市工业互联网数字化转型促进中心（培育）',
    category: 'comprehensive',
    leadOrg: '济南智造工业互联网科技有限公司',
    memberOrgs: ['齐鲁工业技术大学'],
    capabilitySummary: '诊断评估、供需对接、人才培训',
    physicalSites: '济南市高新区',
    constructionPeriod: '2026—2027年',
    jurisdiction: '370112',
  };

  it('the city keeps its rows; another city cannot touch them; the province reads all its cities', async () => {
    const created = await t.request(s['city.jinan']!, 'POST', '/api/cultivation-report', row);
    expect(created.statusCode, created.body).toBe(200);
    const entry = created.json() as { id: string; serialNo: number; regionCode: string; version: number };
    expect(entry).toMatchObject({ serialNo: 1, regionCode: '370100' });
    expect(
      (
        await t.request(s['city.qingdao']!, 'PATCH', `/api/cultivation-report/${entry.id}`, {
          version: 1,
          name: '改名',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.request(s['province.sd']!, 'PATCH', `/api/cultivation-report/${entry.id}`, {
          version: 1,
          name: '改名',
        })
      ).statusCode,
    ).toBe(403);
    const ids = async (who: string) =>
      (
        (await t.request(s[who]!, 'GET', '/api/cultivation-report?year=2026')).json() as {
          items: { id: string }[];
        }
      ).items.map((x) => x.id);
    expect(await ids('province.sd')).toContain(entry.id);
    expect(await ids('city.qingdao')).not.toContain(entry.id);
    expect(await ids('province.gs')).not.toContain(entry.id);
    expect((await t.request(s['applicant.1']!, 'GET', '/api/cultivation-report')).statusCode).toBe(403);
  });

  it('exports .xlsx in the document’s layout: title, 单位/日期, the pack’s columns', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const res = await t.request(s['city.jinan']!, 'GET', '/api/cultivation-report/export.xlsx?year=2026');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getCell(1, 1).value).toBe('工业互联网数字化转型促进中心培育情况表');
    expect(String(sheet.getCell(2, 1).value)).toBe('单位：济南市');
    expect(String(sheet.getCell(2, 7).value)).toMatch(/^日期：\d{4}\.\d{2}\.\d{2}$/);
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      '序号',
      '名称',
      '类别',
      '牵头组建单位',
      '成员单位',
      '能力简介（重点阐述）',
      '技术交流、展示、孵化、创新的实体落地点位',
      '建设周期',
      '属地',
    ]);
    expect(sheet.getCell(4, 3).value).toBe('综合类');
  });
});

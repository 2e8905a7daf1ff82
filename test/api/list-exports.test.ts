/**
 * The lists exported in #18 (courses, SME offers, finance, the need pool, assessments, annual reports):
 * each export answers whoever its list answers, with the same status, and holds the list's rows under its
 * filters — with labels, Beijing time and yuan in the cells, as the screen shows them.
 */
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../../src/app/publicity/clock.ts';
import { organisations, users } from '../../src/db/schema/index.ts';
import { addIsoDays } from '../../src/domain/center-platform/vocabulary.ts';
import { makeOperatedCenter } from '../factories/center-platform.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';

let t: TestApp;
const s: Record<string, Session> = {};
let otherOperator: string;
const J = '/api/centers/jinan-demo';

beforeAll(async () => {
  t = await createTestApp();
  otherOperator = (await makeOperatedCenter(t.database.db, { slug: 'qingdao-export', regionCode: '370202' }))
    .username;
  for (const u of ['operator.1', 'enterprise.1', 'national', 'province.sd', 'province.gs', otherOperator]) {
    s[u] = await t.login(u);
  }
}, 60_000);
afterAll(async () => t.close());

/** The workbook's first sheet as rows of cell texts (header first). */
async function sheet(session: Session, url: string): Promise<string[][]> {
  const res = await t.request(session, 'GET', url);
  expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0]!.eachRow((row) => {
    rows.push(
      (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))),
    );
  });
  return rows;
}

/** Rows as objects keyed by the Chinese header. */
async function records(session: Session, url: string): Promise<Record<string, string>[]> {
  const [header = [], ...rows] = await sheet(session, url);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

async function jinanId(): Promise<string> {
  const res = await t.request(s['operator.1']!, 'GET', '/api/me/centers');
  return (res.json() as { items: { id: string; slug: string }[] }).items.find((c) => c.slug === 'jinan-demo')!
    .id;
}

async function total(session: Session, url: string): Promise<number> {
  const res = await t.request(session, 'GET', url);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { total: number }).total;
}

describe('an export answers exactly whoever its list answers', () => {
  const lists = [
    `${J}/courses`,
    `${J}/offers`,
    `${J}/claims`,
    `${J}/bookings`,
    `${J}/financing-needs`,
    `${J}/finance-products`,
    `${J}/finance-matches`,
    `${J}/annual-reports`,
    '/api/demands',
    '/api/assessments',
    '/api/annual-reports?year=2025',
  ];
  const exportOf = (list: string) => {
    const [path, query] = list.split('?');
    return `${path}/export.xlsx${query ? `?${query}` : ''}`;
  };

  it.each(lists)('%s', async (list) => {
    for (const who of ['operator.1', 'enterprise.1', 'national', 'province.gs', otherOperator]) {
      const listed = (await t.request(s[who]!, 'GET', list)).statusCode;
      const exported = (await t.request(s[who]!, 'GET', exportOf(list))).statusCode;
      expect(exported, `${who} → ${exportOf(list)}`).toBe(listed);
      if (who === 'operator.1') {
        expect(listed, list).toBe(200);
      }
    }
  });

  it.each([
    ['courses', 403],
    ['offers', 403],
    ['financing-needs', 403],
    ['finance-matches', 403],
    ['annual-reports', 404],
  ])('keeps the 济南 %s export from the operator of another center (%i)', async (list, status) => {
    const res = await t.request(s[otherOperator]!, 'GET', `${J}/${list}/export.xlsx`);
    expect(res.statusCode).toBe(status);
  });

  it('answers 404 for a center that does not exist', async () => {
    expect(
      (await t.request(s['operator.1']!, 'GET', '/api/centers/nowhere/courses/export.xlsx')).statusCode,
    ).toBe(404);
  });
});

describe('培训课程: one line per session', () => {
  it('lists every session of every course, with the mode label, teachers, time and seat use', async () => {
    const created = await t.request(s['operator.1']!, 'POST', `${J}/courses`, {
      title: '尚未排课的课程',
      mode: 'hybrid',
      teachers: ['赵老师', '钱老师'],
    });
    expect(created.statusCode, created.body).toBe(200);
    const rows = await records(s['operator.1']!, `${J}/courses/export.xlsx`);
    const onSite = rows.filter((r) => r['课程'] === '工业互联网平台应用实训');
    expect(onSite).toHaveLength(2);
    expect(onSite[0]).toMatchObject({
      形式: '线下',
      授课教师: '王工、李工',
      时间: '09:00–16:30',
      地点: '济南高新区促进中心实训室',
      已报名: expect.stringMatching(/^\d+$/),
    });
    expect(onSite.map((r) => r['名额']).sort()).toEqual(['2', '30']);
    // A course without sessions keeps its line, with the session cells empty.
    expect(rows.find((r) => r['课程'] === '尚未排课的课程')).toMatchObject({
      形式: '线上线下结合',
      授课教师: '赵老师、钱老师',
      日期: '',
      名额: '',
    });
    const sessions = rows.filter((r) => r['日期'] !== '').length;
    expect(sessions).toBe(3);
  });
});

describe('惠企服务 and 产融对接: labels and yuan', () => {
  it('exports the offers with kind labels and prices in yuan', async () => {
    const rows = await records(s['operator.1']!, `${J}/offers/export.xlsx`);
    expect(rows.find((r) => r['名称'] === 'MES 轻量版')).toMatchObject({
      类型: '先试用后购买',
      '原价（元）': '20000',
      '优惠价（元）': '12000',
      状态: '发布中',
    });
    const kind = await records(s['operator.1']!, `${J}/offers/export.xlsx?kind=sharedEquipment`);
    expect(kind.map((r) => r['名称'])).toEqual(['五轴加工中心共享']);
  });

  it('exports a financing need in yuan with its status label, under the list filter', async () => {
    const centerId = await jinanId();
    const filed = await t.request(s['enterprise.1']!, 'POST', '/api/financing-needs', {
      centerId,
      amountFen: 123_456_789,
      purpose: '智能产线改造',
      termMonths: 24,
    });
    expect(filed.statusCode, filed.body).toBe(200);
    const rows = await records(s['operator.1']!, `${J}/financing-needs/export.xlsx`);
    expect(rows).toHaveLength(await total(s['operator.1']!, `${J}/financing-needs`));
    expect(rows.find((r) => r['用途'] === '智能产线改造')).toMatchObject({
      '金额（元）': '1234567.89',
      '期限（月）': '24',
      状态: '待对接',
      发布时间: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/),
    });
    expect(await records(s['operator.1']!, `${J}/financing-needs/export.xlsx?status=matched`)).toEqual([]);
    const products = await records(s['operator.1']!, `${J}/finance-products/export.xlsx`);
    expect(products.find((r) => r['产品名称'] === '数字化改造贷')).toMatchObject({
      类型: '贷款',
      '最低金额（元）': '100000',
      '最高金额（元）': '5000000',
    });
  });
});

describe('需求对接: the pool the caller moderates', () => {
  it('exports one center’s needs with labels; contacts only where the list shows them', async () => {
    const [enterprise] = await t.database.db
      .select({ creditCode: organisations.creditCode })
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(eq(users.username, 'enterprise.1'));
    const creditCode = enterprise!.creditCode;
    const posted = await t.request(s['operator.1']!, 'POST', `${J}/demands`, {
      enterpriseCreditCode: creditCode,
      title: '铸件表面缺陷视觉检测（导出）',
      description:
        '我厂年产铸件 2 万吨，表面气孔、砂眼靠人工目检，漏检多。希望引入 AI 视觉检测系统，在线检测铸件表面缺陷。',
      industryCode: 'C33',
      scenarios: ['quality'],
      regionCode: '370112',
      budgetMinFen: 20_000_000,
      budgetMaxFen: 50_000_000,
      deadline: addIsoDays(today(), 60),
      contactVisibility: 'center_only',
      contactName: '王工',
      contactPhone: '0531-88886666',
    });
    expect(posted.statusCode, posted.body).toBe(200);
    const centerId = await jinanId();
    const rows = await records(s['operator.1']!, `/api/demands/export.xlsx?centerId=${centerId}`);
    expect(rows).toHaveLength(await total(s['operator.1']!, `/api/demands?centerId=${centerId}`));
    expect(rows.find((r) => r['需求标题'] === '铸件表面缺陷视觉检测（导出）')).toMatchObject({
      状态: '待审核',
      发布方式: '促进中心代发',
      应用场景: expect.not.stringMatching(/quality/),
      '预算下限（元）': '200000',
      '预算上限（元）': '500000',
      联系人: '王工',
    });
    // The province of 甘肃 moderates no 济南 need; the ministry reads needs but moderates none (403, like the list).
    expect(await records(s['province.gs']!, '/api/demands/export.xlsx')).toEqual([]);
    const sd = await records(s['province.sd']!, '/api/demands/export.xlsx?status=pending_review');
    expect(sd.some((r) => r['需求标题'] === '铸件表面缺陷视觉检测（导出）')).toBe(true);
    expect((await t.request(s['national']!, 'GET', '/api/demands/export.xlsx')).statusCode).toBe(403);
  });
});

describe('数字化水平评测: the enterprise’s own, an authority’s jurisdiction', () => {
  it('exports the assessments the list shows to each reader', async () => {
    const created = await t.request(s['enterprise.1']!, 'POST', '/api/assessments', {
      modelId: 'sme-digital-2024',
      answers: {},
    });
    expect(created.statusCode, created.body).toBe(200);
    const mine = await records(s['enterprise.1']!, '/api/assessments/export.xlsx');
    expect(mine).toHaveLength(await total(s['enterprise.1']!, '/api/assessments'));
    expect(mine[0]).toMatchObject({ 状态: '草稿', 总分: '', 等级: '', 促进中心辅助诊断: '否' });
    expect(mine[0]!['评测模型']).not.toBe('sme-digital-2024');
    expect(await records(s['province.gs']!, '/api/assessments/export.xlsx')).toEqual([]);
    expect(await records(s['national']!, '/api/assessments/export.xlsx?status=submitted')).toHaveLength(
      await total(s['national']!, '/api/assessments?status=submitted'),
    );
  });
});

describe('年度工作情况报告', () => {
  it('exports the authorities’ list of a year under its filters, last year by default', async () => {
    const lastYear = Number(today().slice(0, 4)) - 1;
    const rows = await records(s['province.sd']!, '/api/annual-reports/export.xlsx');
    expect(rows).toHaveLength(await total(s['province.sd']!, `/api/annual-reports?year=${lastYear}`));
    expect(rows.every((r) => r['年度'] === String(lastYear))).toBe(true);
    expect(rows.find((r) => r['促进中心']?.startsWith('济南工业互联网'))?.['报送状态']).toMatch(
      /^(未报送|草稿|已报送)$/,
    );
    const overdue = await records(
      s['province.sd']!,
      `/api/annual-reports/export.xlsx?year=${lastYear}&overdue=true`,
    );
    expect(overdue).toHaveLength(
      await total(s['province.sd']!, `/api/annual-reports?year=${lastYear}&overdue=true`),
    );
    expect(overdue.every((r) => r['逾期未报'] === '是')).toBe(true);
  });

  it('exports a center’s years as its report page lists them', async () => {
    const listed = (await t.request(s['operator.1']!, 'GET', `${J}/annual-reports`)).json() as {
      items: { year: number }[];
    };
    const rows = await records(s['operator.1']!, `${J}/annual-reports/export.xlsx`);
    expect(rows.map((r) => Number(r['年度']))).toEqual(listed.items.map((i) => i.year));
  });
});

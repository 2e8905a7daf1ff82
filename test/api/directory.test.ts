import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../support/api.ts';
import { makeDirectoryCenter } from '../factories/directory.ts';

let t: TestApp;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  ids.jinanComprehensive = await makeDirectoryCenter(db, {
    name: '济南工业互联网综合促进中心',
    regionCode: '370102',
    type: 'comprehensive',
    recognisedOn: '2024-12-20',
    members: 2,
  });
  ids.qingdaoTalent = await makeDirectoryCenter(db, {
    name: '青岛人才培训促进中心',
    regionCode: '370202',
    type: 'functional',
    kind: 'talent',
    recognisedOn: '2025-06-30',
  });
  ids.lanzhouIndustry = await makeDirectoryCenter(db, {
    name: '兰州石化行业促进中心',
    regionCode: '620102',
    type: 'industry',
    packId: 'gansu-2024',
    recognisedOn: '2025-03-10',
  });
  ids.revoked = await makeDirectoryCenter(db, {
    name: '淄博已撤销促进中心',
    regionCode: '370302',
    recognisedOn: '2023-01-15',
    revokedOn: '2025-02-01',
  });
  ids.national = await makeDirectoryCenter(db, {
    name: '国家级示范促进中心',
    regionCode: '370102',
    level: 'national',
    recognisedOn: '2025-09-01',
  });
});
afterAll(async () => t.close());

/** The centers this file made: the demo story's centers (named …（演示）) are dated relative to today. */
const names = (res: { json(): { items: { name: string }[] } }) =>
  res
    .json()
    .items.map((i) => i.name)
    .filter((n) => !n.endsWith('（演示）'));

describe('public directory (名录)', () => {
  it('is readable without logging in, and lists recognised and revoked centers with their status', async () => {
    const res = await t.request(null, 'GET', '/api/directory?pageSize=100');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { name: string; status: string }[];
    expect(items.find((i) => i.name === '淄博已撤销促进中心')?.status).toBe('revoked');
    expect(items.find((i) => i.name === '兰州石化行业促进中心')?.status).toBe('recognised');
  });

  it('filters by level, type, kind, region (province subtree), status and recognition year', async () => {
    expect(names(await t.request(null, 'GET', '/api/directory?level=national'))).toEqual([
      '国家级示范促进中心',
    ]);
    expect(names(await t.request(null, 'GET', '/api/directory?kind=talent'))).toEqual([
      '青岛人才培训促进中心',
    ]);
    expect(names(await t.request(null, 'GET', '/api/directory?type=industry'))).toEqual([
      '兰州石化行业促进中心',
    ]);
    const gansu = names(await t.request(null, 'GET', '/api/directory?regionCode=620000'));
    expect(gansu).toEqual(['兰州石化行业促进中心']);
    const qingdao = names(await t.request(null, 'GET', '/api/directory?regionCode=370200'));
    expect(qingdao).toEqual(['青岛人才培训促进中心']);
    expect(names(await t.request(null, 'GET', '/api/directory?status=revoked'))).toEqual([
      '淄博已撤销促进中心',
    ]);
    const in2025 = names(await t.request(null, 'GET', '/api/directory?year=2025&regionCode=370000'));
    expect(in2025.sort()).toEqual(['国家级示范促进中心', '青岛人才培训促进中心'].sort());
    expect(names(await t.request(null, 'GET', '/api/directory?year=2024'))).toEqual([
      '济南工业互联网综合促进中心',
    ]);
  });

  it('reads the directory as of an earlier date from the history', async () => {
    const res = await t.request(null, 'GET', '/api/directory?asOf=2024-06-01&pageSize=100');
    const items = (res.json().items as { name: string; status: string }[]).filter(
      (i) => !i.name.endsWith('（演示）'),
    );
    // Only the Zibo center existed then (besides the demo's), and it was still recognised.
    expect(items).toEqual([expect.objectContaining({ name: '淄博已撤销促进中心', status: 'recognised' })]);
  });

  it('paginates', async () => {
    const page1 = (await t.request(null, 'GET', '/api/directory?pageSize=2&page=1')).json();
    const page2 = (await t.request(null, 'GET', '/api/directory?pageSize=2&page=2')).json();
    expect(page1.items).toHaveLength(2);
    expect(page1.total).toBeGreaterThanOrEqual(5);
    expect(page2.items[0].id).not.toBe(page1.items[0].id);
  });

  it('rejects a bad filter value naming the field', async () => {
    const res = await t.request(null, 'GET', '/api/directory?level=galactic');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('level');
  });

  it('exports the filtered directory as .xlsx with Chinese headers', async () => {
    const res = await t.request(
      null,
      'GET',
      '/api/directory/export.xlsx?regionCode=370000&status=recognised',
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual(
      expect.arrayContaining([
        '序号',
        '促进中心名称',
        '级别',
        '类型',
        '功能方向',
        '属地',
        '牵头单位',
        '认定日期',
        '状态',
      ]),
    );
    const rows: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) {
        rows.push(String(row.getCell(2).value));
      }
    });
    expect(rows).toContain('青岛人才培训促进中心');
    expect(rows).not.toContain('兰州石化行业促进中心');
    expect(rows).not.toContain('淄博已撤销促进中心');
    const talent = sheet.getRows(2, rows.length)!.find((r) => r.getCell(2).value === '青岛人才培训促进中心')!;
    expect(talent.getCell(4).value).toBe('功能类');
    expect(talent.getCell(5).value).toBe('人才培训');
  });

  it('shows a center’s detail: lead and member units, recognition date, status and history', async () => {
    const res = await t.request(null, 'GET', `/api/directory/${ids.revoked}`);
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d).toMatchObject({ name: '淄博已撤销促进中心', status: 'revoked', recognisedOn: '2023-01-15' });
    expect(d.members).toHaveLength(1);
    expect(d.history).toEqual([
      expect.objectContaining({ status: 'recognised', fromDate: '2023-01-15', toDate: '2025-02-01' }),
      expect.objectContaining({ status: 'revoked', fromDate: '2025-02-01', toDate: null }),
    ]);
    const jinan = (await t.request(null, 'GET', `/api/directory/${ids.jinanComprehensive}`)).json();
    expect(jinan.members).toHaveLength(2);
    expect(jinan.leadOrganisation.name).toBeTruthy();
  });

  it('answers 404 for a center that is not (yet) in the directory on that date', async () => {
    const res = await t.request(null, 'GET', `/api/directory/${ids.national}?asOf=2025-01-01`);
    expect(res.statusCode).toBe(404);
  });
});

describe('national directory overview', () => {
  it('gives the national admin counts for every province', async () => {
    const national = await t.login('national');
    const res = await t.request(national, 'GET', '/api/directory/summary');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const sd = body.provinces.find((p: { regionCode: string }) => p.regionCode === '370000');
    const gs = body.provinces.find((p: { regionCode: string }) => p.regionCode === '620000');
    expect(sd.revoked).toBe(1);
    expect(sd.byLevel.national).toBe(1);
    // This file's 兰州 center and the demo's announced 天水 center.
    expect(gs.recognised).toBe(2);
    expect(body.provinces.length).toBeGreaterThanOrEqual(31);
  });

  it('gives a provincial admin only their province, and refuses the public and applicants', async () => {
    const gsAdmin = await t.login('province.gs');
    const body = (await t.request(gsAdmin, 'GET', '/api/directory/summary')).json();
    expect(body.provinces.map((p: { regionCode: string }) => p.regionCode)).toEqual(['620000']);
    expect((await t.request(null, 'GET', '/api/directory/summary')).statusCode).toBe(401);
    const applicant = await t.login('applicant.1');
    expect((await t.request(applicant, 'GET', '/api/directory/summary')).statusCode).toBe(403);
  });
});

/**
 * GET /api/directory/map (issue 18, the directory with a map): public, one row per GB/T 2260 province
 * (Taiwan, Hong Kong and Macau included, zero where none), counting the centers recognised on the day read —
 * the same number the public list shows for that province with its default 已认定 filter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/api.ts';
import { makeDirectoryCenter } from '../factories/directory.ts';

interface MapRow {
  regionCode: string;
  regionName: string;
  recognised: number;
}

let t: TestApp;
let before: Map<string, number>;

async function readMap(query = ''): Promise<{ asOf: string; provinces: MapRow[] }> {
  const res = await t.request(null, 'GET', `/api/directory/map${query}`);
  expect(res.statusCode).toBe(200);
  return res.json();
}

const counts = (rows: MapRow[]) => new Map(rows.map((r) => [r.regionCode, r.recognised]));

beforeAll(async () => {
  t = await createTestApp();
  before = counts((await readMap()).provinces);
  const db = t.database.db;
  await makeDirectoryCenter(db, {
    name: '兰州地图测试促进中心',
    regionCode: '620102',
    recognisedOn: '2024-05-10',
  });
  await makeDirectoryCenter(db, {
    name: '天水地图测试促进中心',
    regionCode: '620500',
    recognisedOn: '2025-01-08',
  });
  await makeDirectoryCenter(db, {
    name: '白银已撤销地图测试促进中心',
    regionCode: '620400',
    recognisedOn: '2023-03-01',
    revokedOn: '2024-12-01',
  });
  await makeDirectoryCenter(db, {
    name: '乌鲁木齐地图测试促进中心',
    regionCode: '650100',
    recognisedOn: '2025-02-20',
  });
});
afterAll(async () => t.close());

describe('the directory map (GET /api/directory/map)', () => {
  it('is public and lists every province by its GB/T 2260 code and name, Taiwan, Hong Kong and Macau included', async () => {
    const map = await readMap();
    expect(map.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(map.provinces).toHaveLength(34);
    const byCode = new Map(map.provinces.map((p) => [p.regionCode, p.regionName]));
    expect(byCode.get('370000')).toBe('山东省');
    expect(byCode.get('710000')).toBe('台湾省');
    expect(byCode.get('810000')).toBe('香港特别行政区');
    expect(byCode.get('820000')).toBe('澳门特别行政区');
    expect(map.provinces.every((p) => /^\d{2}0000$/.test(p.regionCode) && p.recognised >= 0)).toBe(true);
  });

  it('counts the centers recognised today by province; a revoked one is not counted', async () => {
    const now = counts((await readMap()).provinces);
    expect(now.get('620000')! - before.get('620000')!).toBe(2);
    expect(now.get('650000')! - before.get('650000')!).toBe(1);
    expect(now.get('370000')).toBe(before.get('370000'));
  });

  it('agrees with the public list filtered by each province and 已认定', async () => {
    const map = await readMap();
    expect(map.provinces.some((p) => p.recognised > 0)).toBe(true);
    for (const p of map.provinces) {
      const list = await t.request(
        null,
        'GET',
        `/api/directory?regionCode=${p.regionCode}&status=recognised&pageSize=1`,
      );
      expect(list.json().total, p.regionName).toBe(p.recognised);
    }
  });

  it('reads an earlier date: the center revoked later was recognised then, the later ones were not yet', async () => {
    const then = counts((await readMap('?asOf=2024-06-01')).provinces);
    const list = await t.request(
      null,
      'GET',
      '/api/directory?regionCode=620000&status=recognised&asOf=2024-06-01',
    );
    const names = (list.json().items as { name: string }[]).map((i) => i.name);
    expect(names).toEqual(expect.arrayContaining(['兰州地图测试促进中心', '白银已撤销地图测试促进中心']));
    expect(names).not.toContain('天水地图测试促进中心');
    expect(then.get('620000')).toBe(list.json().total);
  });

  it('rejects a malformed date naming the field', async () => {
    const res = await t.request(null, 'GET', '/api/directory/map?asOf=2024-13-45');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('asOf');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/api.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const comprehensive = {
  applicationDate: '2026-03-01',
  level: 'provincial',
  type: 'comprehensive',
  regionCode: '370100',
  leadOrg: {
    name: '济南某科技有限公司',
    orgKind: 'enterprise',
    legalPerson: true,
    registeredRegionCode: '370102',
    registeredOn: '2015-01-01',
  },
  facts: { fullTimeTeam: true },
  metricValues: { floorArea: 1500, operatingStaff: 25 },
};

interface Criterion {
  id: string;
  status: string;
  required: number | null;
  actual: number | null;
  source: { file: string; ref: string; text: string };
}

describe('policy packs (public)', () => {
  it('lists the six packs without a session, with version, titles, source and contents', async () => {
    const res = await t.request(null, 'GET', '/api/policy-packs');
    expect(res.statusCode).toBe(200);
    const list = res.json() as {
      id: string;
      version: string;
      title: { zh: string; en: string };
      sourceDocument: { file: string };
      contents: string[];
    }[];
    expect(list.map((p) => p.id).sort()).toEqual(
      [
        'fujian-cultivation-2022',
        'gansu-2024',
        'national-2022',
        'shandong-demo-2023',
        'shandong-guide',
        'shandong-targets-2025',
      ].sort(),
    );
    const sd = list.find((p) => p.id === 'shandong-guide')!;
    expect(sd.title.zh).toBeTruthy();
    expect(sd.title.en).toBeTruthy();
    expect(sd.sourceDocument.file).toBe('000_803fcdb3f0604fbe.txt');
    expect(sd.contents).toContain('criteria');
    expect(list.find((p) => p.id === 'shandong-targets-2025')!.contents).toContain('targets');
    expect(list.find((p) => p.id === 'shandong-demo-2023')!.contents).toContain('directions');
    expect(list.find((p) => p.id === 'fujian-cultivation-2022')!.contents).toContain('report_template');
  });

  it('shows a whole pack', async () => {
    const res = await t.request(null, 'GET', '/api/policy-packs/shandong-guide');
    expect(res.statusCode).toBe(200);
    const pack = res.json() as { id: string; criteriaGroups: { criteria: { id: string }[] }[] };
    expect(pack.id).toBe('shandong-guide');
    expect(pack.criteriaGroups.flatMap((g) => g.criteria.map((c) => c.id))).toContain('sd-comp-floor-area');
  });

  it('answers 404 not_found for an unknown pack', async () => {
    const res = await t.request(null, 'GET', '/api/policy-packs/nope');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found', detail: '未找到该政策包' });
    const ev = await t.request(null, 'POST', '/api/policy-packs/nope/evaluate', comprehensive);
    expect(ev.statusCode).toBe(404);
  });

  it('evaluates a Shandong comprehensive profile: the failing threshold is not_met, citing 000', async () => {
    const res = await t.request(null, 'POST', '/api/policy-packs/shandong-guide/evaluate', comprehensive);
    expect(res.statusCode).toBe(200);
    const report = res.json() as { pack: string; eligible: boolean; rules: unknown[]; criteria: Criterion[] };
    expect(report.pack).toBe('shandong-guide');
    expect(typeof report.eligible).toBe('boolean');
    expect(report.rules.length).toBeGreaterThan(0);
    const floor = report.criteria.find((c) => c.id === 'sd-comp-floor-area')!;
    expect(floor).toMatchObject({ status: 'not_met', required: 2000, actual: 1500 });
    expect(floor.source.file).toBe('000_803fcdb3f0604fbe.txt');
    expect(floor.source.text).toContain('使用面积2000平方米以上');
    expect(report.criteria.find((c) => c.id === 'sd-comp-staff')!.status).toBe('met');
    expect(report.criteria.some((c) => c.id.startsWith('sd-ind-'))).toBe(false);
  });

  it('answers 400 naming the field for an invalid profile', async () => {
    const bad = await t.request(null, 'POST', '/api/policy-packs/shandong-guide/evaluate', {
      ...comprehensive,
      level: 'galactic',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'request.validation' });
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toContain('level');
    const wrongType = await t.request(null, 'POST', '/api/policy-packs/shandong-guide/evaluate', {
      ...comprehensive,
      type: undefined,
    });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().errors.map((e: { field: string }) => e.field)).toContain('type');
  });
});

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/api.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('working-day calendar over the API', () => {
  it('computes publicity-style deadlines across National Day 2026', async () => {
    const res = await t.request(null, 'GET', '/api/calendar/working-days?from=2026-09-30&n=5');
    expect(res.statusCode).toBe(200);
    expect(res.json().result).toBe('2026-10-13');
  });

  it('refuses to guess for a year whose schedule is not loaded', async () => {
    const res = await t.request(null, 'GET', '/api/calendar/working-days?from=2027-03-01&n=5');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'calendar.not_covered' });
    expect(res.json().detail).toMatch(/2027/);
  });

  it('lets only a national admin load a year, audited, and uses it at once', async () => {
    const text = readFileSync('docs/examples/calendar-2027.sample.json', 'utf8');
    const province = await t.login('province.sd');
    expect((await t.request(province, 'POST', '/api/calendar/years', { text })).statusCode).toBe(403);
    const national = await t.login('national');
    const res = await t.request(national, 'POST', '/api/calendar/years', { text });
    expect(res.statusCode).toBe(200);
    expect(res.json().year).toBe(2027);
    const after = await t.request(null, 'GET', '/api/calendar/working-days?from=2027-03-01&n=5');
    expect(after.statusCode).toBe(200);
    const years = (await t.request(null, 'GET', '/api/calendar/years')).json();
    expect(years.find((y: { year: number }) => y.year === 2027).source).toBe('imported');
    const audit = (await t.request(national, 'GET', '/api/audit?action=calendar.import_year')).json();
    expect(audit.total).toBe(1);
  });

  it('rejects a malformed notice, naming the problem', async () => {
    const national = await t.login('national');
    const res = await t.request(national, 'POST', '/api/calendar/years', {
      text: '{"year": 2028, "holidays": []}',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('calendar.invalid_notice');
    expect(res.json().detail).toMatch(/reference/);
  });
});

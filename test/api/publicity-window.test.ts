/**
 * Where the pack sets no publicity length (000 第十六条), the authority sets the last day with working-day
 * help: the window is counted in Chinese working days, a number of working days suggests the last day, and a
 * window reaching a year without a loaded holiday arrangement is named instead of counted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/api.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const windowOf = async (query: string) => {
  const res = await t.request(null, 'GET', `/api/publicity/window?packId=shandong-guide&${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    startsOn: string;
    endsOn: string | null;
    workingDays: number | null;
    uncoveredYears: number[];
    rule: { basis: string };
  };
};

describe('publicity window set by the authority, in working days', () => {
  it('counts the working days of a chosen window', async () => {
    // 2026-06-01 (Monday) to 2026-06-12 (Friday): two working weeks, no holiday (端午 is 2026-06-19).
    const w = await windowOf('startsOn=2026-06-01&endsOn=2026-06-12');
    expect(w).toMatchObject({
      endsOn: '2026-06-12',
      workingDays: 10,
      uncoveredYears: [],
      rule: { basis: 'manual' },
    });
  });

  it('suggests the last day of N working days, starting from the first working day', async () => {
    // Starting on Saturday 2026-06-06: the first working day is Monday 06-08, the fifth is Friday 06-12.
    const w = await windowOf('startsOn=2026-06-06&days=5');
    expect(w).toMatchObject({ endsOn: '2026-06-12', workingDays: 5 });
  });

  it('names the years without a holiday arrangement instead of guessing a count', async () => {
    const w = await windowOf('startsOn=2035-12-28&endsOn=2036-01-08');
    expect(w.workingDays).toBeNull();
    expect(w.uncoveredYears).toEqual([2035, 2036]);
  });

  it('refuses an impossible number of days with the field named in Chinese', async () => {
    const res = await t.request(null, 'GET', '/api/publicity/window?packId=shandong-guide&days=0');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ field: 'days', message: '工作日数至少为 1' });
  });
});

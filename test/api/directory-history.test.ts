/** The directory read as of a date: who was recognised, at which rating (latest decided on/before), on that day. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDecidedEvaluation, makeManagedCenter } from '../factories/management.ts';
import { makeDirectoryCenter } from '../factories/directory.ts';
import { createTestApp, type TestApp } from '../support/api.ts';

let t: TestApp;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  ids.rated = await makeManagedCenter(db, {
    name: '烟台历史评级促进中心',
    regionCode: '370602',
    recognisedOn: '2023-05-01',
  });
  await makeDecidedEvaluation(db, {
    centerId: ids.rated,
    year: 2023,
    rating: 'good',
    decidedOn: '2024-03-15',
  });
  await makeDecidedEvaluation(db, {
    centerId: ids.rated,
    year: 2024,
    rating: 'excellent',
    decidedOn: '2025-03-15',
  });
  ids.revoked = await makeDirectoryCenter(db, {
    name: '烟台已撤销历史促进中心',
    regionCode: '370602',
    recognisedOn: '2023-01-10',
    revokedOn: '2025-06-01',
  });
});
afterAll(async () => t.close());

const entry = async (asOf: string, name: string) => {
  const res = await t.request(null, 'GET', `/api/directory?regionCode=370600&asOf=${asOf}`);
  expect(res.statusCode).toBe(200);
  return (
    res.json().items as {
      name: string;
      status: string;
      rating: { year: number; label: { zh: string } } | null;
    }[]
  ).find((i) => i.name === name);
};

describe('directory as of a date', () => {
  it('shows nobody before recognition, and the rating decided on or before the date', async () => {
    expect(await entry('2023-04-30', '烟台历史评级促进中心')).toBeUndefined();
    expect((await entry('2023-12-31', '烟台历史评级促进中心'))?.rating).toBeNull();
    const mid = await entry('2024-06-30', '烟台历史评级促进中心');
    expect(mid?.rating).toMatchObject({ year: 2023, label: { zh: '良好' } });
    expect((await entry('2025-03-15', '烟台历史评级促进中心'))?.rating).toMatchObject({
      year: 2024,
      label: { zh: '优秀' },
    });
  });

  it('shows a revoked center as recognised before the revocation date and revoked from it', async () => {
    expect((await entry('2025-05-31', '烟台已撤销历史促进中心'))?.status).toBe('recognised');
    expect((await entry('2025-06-01', '烟台已撤销历史促进中心'))?.status).toBe('revoked');
    const detail = await t.request(null, 'GET', `/api/directory/${ids.revoked}?asOf=2024-01-01`);
    expect(detail.json().status).toBe('recognised');
  });

  it('refuses a malformed date (400)', async () => {
    expect((await t.request(null, 'GET', '/api/directory?asOf=2025-13-01')).statusCode).toBe(400);
  });
});

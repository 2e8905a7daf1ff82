/**
 * One live application per lead unit per call: a second draft is refused (409, naming the first), two
 * concurrent creates make one draft, the calls list offers 查看我的申报 instead of 我要申报, and a withdrawn
 * application no longer counts.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../src/db/schema/index.ts';
import { makeCall } from '../factories/recognition.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';
import { recognitionHelpers } from './recognition-support.ts';

let t: TestApp;
let h: ReturnType<typeof recognitionHelpers>;
let applicant: Session;
let callId: string;
let concurrentCallId: string;
const previousToday = process.env.DTPC_TODAY;

beforeAll(async () => {
  process.env.DTPC_TODAY = '2026-06-15';
  t = await createTestApp();
  h = recognitionHelpers(t);
  applicant = await t.login('applicant.1');
  callId = await makeCall(t.database.db, { packId: 'shandong-guide', title: '一单位一申报测试通知' });
  concurrentCallId = await makeCall(t.database.db, { packId: 'shandong-guide', title: '并发申报测试通知' });
});
afterAll(async () => {
  process.env.DTPC_TODAY = previousToday;
  await t.close();
});

const create = (id: string, centerName: string) =>
  t.request(applicant, 'POST', '/api/applications', { callId: id, centerName, type: 'comprehensive' });

const callRow = async (id: string) => {
  const res = await t.request(applicant, 'GET', `/api/calls/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { myApplicationId: string | null; abilities: { apply: boolean } };
};

describe('one live application per lead unit per call', () => {
  it('refuses a second draft to the same call, naming the first', async () => {
    expect(await callRow(callId)).toMatchObject({ myApplicationId: null, abilities: { apply: true } });
    const first = await create(callId, '济南一号促进中心');
    expect(first.statusCode, first.body).toBe(200);
    const second = await create(callId, '济南二号促进中心');
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'application.duplicate_in_call' });
    expect(second.json().detail).toContain('「济南一号促进中心」');
    expect(await callRow(callId)).toMatchObject({
      myApplicationId: first.json().id,
      abilities: { apply: false },
    });
    const listed = await t.request(applicant, 'GET', '/api/calls?pageSize=50');
    const item = listed.json().items.find((c: { id: string }) => c.id === callId);
    expect(item).toMatchObject({ myApplicationId: first.json().id, abilities: { apply: false } });
  });

  it('counts a withdrawn application no more', async () => {
    const [live] = await t.database.db
      .select({ id: applications.id })
      .from(applications)
      .where(eq(applications.callId, callId));
    const withdrawn = await h.act(applicant, live!.id, 'withdraw', { comment: '改为下一批申报' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(await callRow(callId)).toMatchObject({ myApplicationId: null, abilities: { apply: true } });
    const again = await create(callId, '济南一号促进中心（重新申报）');
    expect(again.statusCode, again.body).toBe(200);
  });

  it('makes one draft out of two concurrent creates', async () => {
    const results = await Promise.all([
      create(concurrentCallId, '并发甲促进中心'),
      create(concurrentCallId, '并发乙促进中心'),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const rows = await t.database.db
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.callId, concurrentCallId)));
    expect(rows).toHaveLength(1);
  });
});

/**
 * Role reach (000 / 003: the province runs its own recognition; 001: MIIT chooses national centers): the
 * national admin reads every province's calls and applications but neither closes a province's call nor
 * decides on its applications; it manages national calls.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';
import { makeCall } from '../factories/recognition.ts';
import { makeApplicationInExpertReview, makeCompletedReview } from '../factories/review.ts';
import { recognitionHelpers } from './recognition-support.ts';

let t: TestApp;
let h: ReturnType<typeof recognitionHelpers>;
const s: Record<string, Session> = {};

beforeAll(async () => {
  t = await createTestApp();
  h = recognitionHelpers(t);
  for (const u of ['national', 'province.sd', 'applicant.1']) {
    s[u] = await t.login(u);
  }
});
afterAll(async () => t.close());

const callVersion = async (id: string) =>
  ((await t.request(s['province.sd']!, 'GET', `/api/calls/${id}`)).json() as { version: number }).version;

describe('national stays out of a province’s recognition', () => {
  it('national reads a Shandong call but cannot close it; province.sd can', async () => {
    const callId = await makeCall(t.database.db, { title: '山东省级认定（国家不得截止）' });
    const read = await t.request(s['national']!, 'GET', `/api/calls/${callId}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().abilities.close).toBe(false);
    const version = await callVersion(callId);
    const close = await t.request(s['national']!, 'POST', `/api/calls/${callId}/close`, { version });
    expect(close.statusCode, close.body).toBe(403);
    const own = await t.request(s['province.sd']!, 'POST', `/api/calls/${callId}/close`, { version });
    expect(own.statusCode, own.body).toBe(200);
  });

  it('national manages a national call', async () => {
    const callId = await makeCall(t.database.db, {
      by: 'national',
      packId: 'national-2022',
      level: 'national',
      title: '国家级促进中心遴选',
    });
    const version = await callVersion(callId);
    const close = await t.request(s['national']!, 'POST', `/api/calls/${callId}/close`, { version });
    expect(close.statusCode, close.body).toBe(200);
  });

  it('national reads a Shandong application but cannot decide it (403); the province decides', async () => {
    const callId = await makeCall(t.database.db, { title: '山东省级认定（国家不得审定）' });
    const id = await makeApplicationInExpertReview(t.database.db, callId, { centerName: '济南省级促进中心' });
    await makeCompletedReview(t.database.db, id);
    const detail = await h.detail(s['national']!, id);
    expect(detail.actions.map((a) => a.action)).not.toContain('approve');
    const body = {
      outcome: 'approve',
      acknowledgeConflicts: true,
      documentNumber: '工信部〔2026〕1号',
      decidedOn: '2026-03-20',
      comment: '同意认定',
    };
    const national = await h.act(s['national']!, id, 'decision', body, s['province.sd']);
    expect(national.statusCode, national.body).toBe(403);
    const province = await h.act(s['province.sd']!, id, 'decision', {
      ...body,
      documentNumber: '鲁工信字〔2026〕30号',
    });
    expect(province.statusCode, province.body).toBe(200);
  });
});

describe('我要申报 is offered inside the call’s jurisdiction only', () => {
  it('a Gansu call does not offer 我要申报 to a 济南 lead unit; a Shandong call does', async () => {
    const gansu = await makeCall(t.database.db, {
      by: 'province.gs',
      packId: 'gansu-2024',
      title: '甘肃认定',
    });
    const shandong = await makeCall(t.database.db, { title: '山东认定（属地）' });
    const read = async (id: string) =>
      (await t.request(s['applicant.1']!, 'GET', `/api/calls/${id}`)).json() as {
        abilities: { apply: boolean };
      };
    expect((await read(gansu)).abilities.apply).toBe(false);
    expect((await read(shandong)).abilities.apply).toBe(true);
  });
});

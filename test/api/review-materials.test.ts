/**
 * Experts read what they score (000 第十五条, 003 第十二条): the assigned expert opens the application's
 * materials from the review task — granted by the seat, ended with the review, audited on every view.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, auditLog, reviewAssignments, users } from '../../src/db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';
import { makeApplication, makeCall } from '../factories/recognition.ts';
import { makeCompletedReview } from '../factories/review.ts';
import { PDF, recognitionHelpers } from './recognition-support.ts';

let t: TestApp;
let h: ReturnType<typeof recognitionHelpers>;
const s: Record<string, Session> = {};
let appId = '';
let seat = '';

beforeAll(async () => {
  t = await createTestApp();
  h = recognitionHelpers(t);
  for (const u of ['applicant.1', 'expert.1', 'expert.2', 'expert.5']) {
    s[u] = await t.login(u);
  }
  const db = t.database.db;
  const callId = await makeCall(db, { title: '专家查阅材料' });
  appId = await makeApplication(db, callId, { centerName: '济南材料促进中心' });
  const up = await h.upload(s['applicant.1']!, appId, PDF, {
    filename: '申报书.pdf',
    kind: 'application_form',
  });
  expect(up.statusCode, up.body).toBe(200);
  await db
    .update(applications)
    .set({ state: 'expert_review', currentVersionNo: 1 })
    .where(eq(applications.id, appId));
  await makeCompletedReview(db, appId);
  const [row] = await db
    .select({ id: reviewAssignments.id })
    .from(reviewAssignments)
    .innerJoin(users, eq(users.id, reviewAssignments.expertUserId))
    .where(and(eq(reviewAssignments.applicationId, appId), eq(users.username, 'expert.1')));
  seat = row!.id;
});
afterAll(async () => t.close());

describe('the assigned expert reads the materials', () => {
  it('lists the materials by their names and serves the file, auditing each view', async () => {
    const list = await t.request(s['expert.1']!, 'GET', `/api/review/tasks/${seat}/materials`);
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json().items as { kindName: { zh: string }; file: { id: string; name: string } }[];
    expect(items.map((i) => [i.kindName.zh, i.file.name])).toEqual([['申报书', '申报书.pdf']]);
    const file = await t.request(
      s['expert.1']!,
      'GET',
      `/api/review/tasks/${seat}/materials/${items[0]!.file.id}`,
    );
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PDF)).toBe(true);
    const audited = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.targetId, appId));
    expect(audited.map((a) => a.action)).toEqual(
      expect.arrayContaining(['review.materials_viewed', 'review.material_opened']),
    );
  });

  it('answers 404 to an expert who holds no seat on this application', async () => {
    const res = await t.request(s['expert.5']!, 'GET', `/api/review/tasks/${seat}/materials`);
    expect(res.statusCode).toBe(404);
  });

  it('ends the access with the review (403 with the reason)', async () => {
    await t.database.db.update(applications).set({ state: 'decided' }).where(eq(applications.id, appId));
    const res = await t.request(s['expert.1']!, 'GET', `/api/review/tasks/${seat}/materials`);
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toBe('不能查阅申报材料：专家评审已结束，查阅权限随评审任务终止');
  });
});

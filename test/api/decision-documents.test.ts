/**
 * Decisions as documents: the recognition decision (审定, on the application and by completing the expert
 * review) needs its 文号, 日期 and 意见 — each missing one is a Chinese error naming the field — refuses a
 * date after today, and keeps all three on the application's history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';
import { makeCall } from '../factories/recognition.ts';
import { makeApplicationInExpertReview, makeCompletedReview } from '../factories/review.ts';
import { recognitionHelpers } from './recognition-support.ts';

let t: TestApp;
let h: ReturnType<typeof recognitionHelpers>;
let sd: Session;
const previousToday = process.env.DTPC_TODAY;

beforeAll(async () => {
  process.env.DTPC_TODAY = '2026-06-15';
  t = await createTestApp();
  h = recognitionHelpers(t);
  sd = await t.login('province.sd');
});
afterAll(async () => {
  process.env.DTPC_TODAY = previousToday;
  await t.close();
});

async function reviewedApplication(name: string): Promise<{ id: string; panelId: string }> {
  const callId = await makeCall(t.database.db, { packId: 'shandong-guide', title: `决定文书 ${name}` });
  const id = await makeApplicationInExpertReview(t.database.db, callId, { centerName: name });
  const panelId = await makeCompletedReview(t.database.db, id);
  return { id, panelId };
}

const fieldsOf = (body: { errors?: { field: string; message: string }[] }) =>
  Object.fromEntries((body.errors ?? []).map((e) => [e.field, e.message]));

describe('the recognition decision is a document (文号, 日期, 意见)', () => {
  it('refuses an approval without 文号, 日期 and 意见, naming each field in Chinese', async () => {
    const { id } = await reviewedApplication('济南无文号促进中心');
    const res = await h.act(sd, id, 'decision', { outcome: 'approve', acknowledgeConflicts: true });
    expect(res.statusCode, res.body).toBe(400);
    const fields = fieldsOf(res.json());
    expect(fields.documentNumber).toBe('请填写决定文号');
    expect(fields.decidedOn).toContain('请填写决定日期');
    expect(fields.comment).toBe('请填写审定意见');
    expect((await h.detail(sd, id)).state).toBe('expert_review');
  });

  it('refuses a decision dated after today', async () => {
    const { id } = await reviewedApplication('济南未来日期促进中心');
    const res = await h.act(sd, id, 'decision', {
      outcome: 'approve',
      acknowledgeConflicts: true,
      documentNumber: '鲁工信字〔2026〕12号',
      decidedOn: '2026-06-16',
      comment: '经专家评审，同意认定',
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(fieldsOf(res.json()).decidedOn).toBe('决定日期不能晚于今天（2026-06-15）');
  });

  it('keeps the 文号, 日期 and 意见 on the history', async () => {
    const { id } = await reviewedApplication('济南有文号促进中心');
    const res = await h.act(sd, id, 'decision', {
      outcome: 'approve',
      acknowledgeConflicts: true,
      documentNumber: '鲁工信字〔2026〕12号',
      decidedOn: '2026-06-15',
      comment: '经专家评审，同意认定',
    });
    expect(res.statusCode, res.body).toBe(200);
    const approve = res.json().timeline.find((e: { action: string }) => e.action === 'approve');
    expect(approve).toMatchObject({
      documentNumber: '鲁工信字〔2026〕12号',
      comment: '经专家评审，同意认定',
      detail: { decidedOn: '2026-06-15' },
    });
    // The decision notice (决定书) is issued with it, addressed to the lead unit.
    const notices = await t.request(sd, 'GET', `/api/decision-notices?subjectId=${id}`);
    expect(notices.statusCode, notices.body).toBe(200);
    expect(notices.json().items).toEqual([
      expect.objectContaining({
        kind: 'recognition',
        outcome: 'approve',
        authorityName: '山东省工业和信息化厅',
        documentNumber: '鲁工信字〔2026〕12号',
        decidedOn: '2026-06-15',
        opinion: '经专家评审，同意认定',
        title: expect.objectContaining({ zh: '关于济南有文号促进中心认定申请的审定决定' }),
      }),
    ]);
  });

  it('completing the expert review asks for the same document and records it', async () => {
    const { id, panelId } = await reviewedApplication('青岛完成评审促进中心');
    const version = (await h.detail(sd, id)).version;
    const bare = await t.request(sd, 'POST', `/api/review/panels/${panelId}/complete`, {
      applicationVersion: version,
      acknowledgeConflicts: true,
    });
    expect(bare.statusCode, bare.body).toBe(400);
    expect(Object.keys(fieldsOf(bare.json())).sort()).toEqual(['comment', 'decidedOn', 'documentNumber']);
    const done = await t.request(sd, 'POST', `/api/review/panels/${panelId}/complete`, {
      applicationVersion: version,
      acknowledgeConflicts: true,
      documentNumber: '鲁工信字〔2026〕13号',
      decidedOn: '2026-06-14',
      comment: '专家评审一致建议通过，同意认定',
    });
    expect(done.statusCode, done.body).toBe(200);
    const approve = (await h.detail(sd, id)).timeline.find((e) => e.action === 'approve');
    expect(approve).toMatchObject({
      documentNumber: '鲁工信字〔2026〕13号',
      comment: '专家评审一致建议通过，同意认定',
      detail: { decidedOn: '2026-06-14' },
    });
  });
});

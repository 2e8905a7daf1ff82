/**
 * Expert review through the API: proposal job with progress, conflicts excluded before invitation,
 * experts confined to their own seats, scores hidden until one's own submission, every version kept,
 * the province's aggregation, and the decision once every score is in.
 */
import { like, sql } from 'drizzle-orm';
import { users } from '../../src/db/schema/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobView, PanelView, TaskView } from '../../src/contracts/review.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';
import { makeCall } from '../factories/recognition.ts';
import { makeApplicationInExpertReview } from '../factories/review.ts';

let t: TestApp;
const s: Record<string, Session> = {};
const accounts = [
  'national',
  'province.sd',
  'province.gs',
  'expert.1',
  'expert.2',
  'expert.3',
  'expert.4',
  'expert.5',
  'applicant.1',
];

beforeAll(async () => {
  t = await createTestApp();
  for (const a of accounts) {
    s[a] = await t.login(a);
  }
});
afterAll(async () => t.close());

async function get<T>(who: string, url: string): Promise<T> {
  const res = await t.request(s[who]!, 'GET', url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
}

async function propose(callId: string, body: Record<string, unknown>): Promise<JobView> {
  const res = await t.request(s['province.sd']!, 'POST', `/api/review/calls/${callId}/proposals`, body);
  expect(res.statusCode, res.body).toBe(202);
  let job = res.json() as JobView;
  for (let i = 0; i < 200 && (job.status === 'queued' || job.status === 'running'); i++) {
    await new Promise((r) => setTimeout(r, 25));
    job = await get<JobView>('province.sd', `/api/review/jobs/${job.id}`);
  }
  return job;
}

async function panelOf(applicationId: string): Promise<PanelView> {
  const page = await get<{ items: { id: string; applicationId: string }[] }>(
    'province.sd',
    '/api/review/panels?pageSize=200',
  );
  const row = page.items.find((p) => p.applicationId === applicationId)!;
  return get<PanelView>('province.sd', `/api/review/panels/${row.id}`);
}

const seatOf = (panel: PanelView, username: string) =>
  panel.members.find((m) => m.expertName === usernames[username])!;
const usernames: Record<string, string> = {};

function fullSheet(task: TaskView, overall: number) {
  return {
    version: task.version,
    baseVersionNo: task.sheet?.versionNo ?? 0,
    scores: Object.fromEntries(task.form.rows.map((r) => [r.criterionId, { value: 1 }])),
    overall,
    recommendation: 'recommend',
    comment: '材料完整，建议通过',
  };
}

describe('a Shandong application: conflicts, seats, scores, aggregation', () => {
  let callId: string;
  let appId: string;
  let panel: PanelView;

  beforeAll(async () => {
    const rows = await t.database.db
      .select({ username: users.username, displayName: users.displayName })
      .from(users)
      .where(like(users.username, 'expert.%'));
    for (const r of rows) {
      usernames[r.username] = r.displayName;
    }
    callId = await makeCall(t.database.db, { packId: 'shandong-guide', title: '专家评审测试' });
    // expert.4 works for the consortium member (山东财经 demo organisation).
    appId = await makeApplicationInExpertReview(t.database.db, callId, { memberOfUsers: ['expert.4'] });
  });

  it('runs the proposal as a job whose progress reaches its total, then shows a draft panel', async () => {
    const job = await propose(callId, { panelSize: 3, loadCap: 5 });
    expect(job).toMatchObject({ status: 'done', phase: 'done' });
    expect(job.progressDone).toBe(job.progressTotal);
    expect(job.result).toMatchObject({ applications: 1, assignments: 3 });
    panel = await panelOf(appId);
    expect(panel.status).toBe('draft');
    expect(panel.members.map((m) => m.expertName).sort()).toEqual(
      [usernames['expert.1'], usernames['expert.2'], usernames['expert.3']].sort(),
    );
    expect(panel.members.every((m) => m.status === 'proposed')).toBe(true);
  });

  it('excludes the expert of a consortium member before anyone is invited, with the reason in Chinese', () => {
    expect(panel.notes.excluded).toHaveLength(1);
    const [x] = panel.notes.excluded;
    expect(x!.expertName).toBe(usernames['expert.4']);
    expect(x!.reasons[0]!.code).toBe('organisation_is_member');
    expect(x!.reasons[0]!.message.zh).toContain('联合申报单位');
  });

  it('refuses to add the conflicted expert by hand (409 naming the conflict)', async () => {
    const pool = await get<{ items: { expertUserId: string; name: string }[] }>(
      'province.sd',
      `/api/review/pool?callId=${callId}`,
    );
    const e4 = pool.items.find((e) => e.name === usernames['expert.4'])!;
    const res = await t.request(s['province.sd']!, 'POST', `/api/review/panels/${panel.id}/members`, {
      expertUserId: e4.expertUserId,
      version: panel.version,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'review.conflict_of_interest' });
    expect(res.json().detail).toContain('联合申报单位');
  });

  it('hides the panel from another province (404) and from the applicant', async () => {
    expect((await t.request(s['province.gs']!, 'GET', `/api/review/panels/${panel.id}`)).statusCode).toBe(
      404,
    );
    const gsList = await get<{ total: number }>('province.gs', '/api/review/panels');
    expect(gsList.total).toBe(0);
    expect(
      (await t.request(s['province.gs']!, 'POST', `/api/review/calls/${callId}/proposals`, {})).statusCode,
    ).toBe(404);
    expect([403, 404]).toContain(
      (await t.request(s['applicant.1']!, 'GET', `/api/review/panels/${panel.id}`)).statusCode,
    );
  });

  it('shows a proposed seat to nobody but the province: the expert learns of it when invited', async () => {
    const seat = seatOf(panel, 'expert.1');
    // The demo seed already gives expert.1 tasks in this year's Shandong call: count from there.
    const before = (await get<{ total: number }>('expert.1', '/api/review/tasks')).total;
    expect(
      (await t.request(s['expert.1']!, 'GET', `/api/review/tasks/${seat.assignmentId}`)).statusCode,
    ).toBe(404);
    const res = await t.request(s['province.sd']!, 'POST', `/api/review/panels/${panel.id}/invite`, {
      version: panel.version,
      dueOn: '2026-07-31',
    });
    expect(res.statusCode, res.body).toBe(200);
    panel = res.json() as PanelView;
    expect(panel.status).toBe('confirmed');
    expect(panel.members.every((m) => m.status === 'invited')).toBe(true);
    expect((await get<{ total: number }>('expert.1', '/api/review/tasks')).total).toBe(before + 1);
  });

  it("answers 404 to an expert opening another expert's task", async () => {
    const other = seatOf(panel, 'expert.2');
    expect(
      (await t.request(s['expert.1']!, 'GET', `/api/review/tasks/${other.assignmentId}`)).statusCode,
    ).toBe(404);
    expect(
      (await t.request(s['expert.5']!, 'GET', `/api/review/tasks/${other.assignmentId}`)).statusCode,
    ).toBe(404);
  });

  it('shows required vs declared vs evidence on the form, and keeps every saved version', async () => {
    const id = seatOf(panel, 'expert.1').assignmentId;
    let task = (await (
      await t.request(s['expert.1']!, 'POST', `/api/review/tasks/${id}/accept`, { version: 2 })
    ).json()) as TaskView;
    expect(task.status).toBe('accepted');
    const floor = task.form.rows.find((r) => r.criterionId === 'sd-comp-floor-area')!;
    expect(floor).toMatchObject({ required: 2000, declared: 2500, evidence: null });
    for (const overall of [70, 75]) {
      const res = await t.request(s['expert.1']!, 'POST', `/api/review/tasks/${id}/sheet`, {
        version: task.version,
        baseVersionNo: task.sheet?.versionNo ?? 0,
        scores: { 'sd-comp-floor-area': { value: 1 } },
        overall,
        recommendation: null,
        comment: '草稿',
      });
      expect(res.statusCode, res.body).toBe(200);
      task = res.json() as TaskView;
    }
    expect(task.versions.map((v) => [v.versionNo, v.kind])).toEqual([
      [1, 'draft'],
      [2, 'draft'],
    ]);
    const versions = await get<{ items: { overall: number }[] }>(
      'expert.1',
      `/api/review/tasks/${id}/versions`,
    );
    expect(versions.items.map((v) => v.overall)).toEqual([70, 75]);
    const stale = await t.request(s['expert.1']!, 'POST', `/api/review/tasks/${id}/sheet`, {
      version: task.version,
      baseVersionNo: 1,
      scores: {},
      overall: 10,
      recommendation: null,
      comment: '',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('review.stale_sheet');
  });

  it('refuses an incomplete submission naming the missing items, then accepts a full one', async () => {
    const id = seatOf(panel, 'expert.1').assignmentId;
    const task = await get<TaskView>('expert.1', `/api/review/tasks/${id}`);
    const bad = await t.request(s['expert.1']!, 'POST', `/api/review/tasks/${id}/submit`, {
      version: task.version,
      baseVersionNo: 2,
      scores: { 'sd-comp-floor-area': { value: 1 } },
      overall: 80,
      recommendation: 'recommend',
      comment: '',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('review.scores_invalid');
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toContain('scores.sd-comp-staff');
    // 不符合 without a reason cannot be submitted: the item names itself in the error.
    const full = fullSheet(task, 80);
    const silent = await t.request(s['expert.1']!, 'POST', `/api/review/tasks/${id}/submit`, {
      ...full,
      scores: { ...full.scores, 'sd-comp-floor-area': { value: 0 } },
    });
    expect(silent.statusCode, silent.body).toBe(400);
    expect(silent.json().errors).toEqual([
      {
        field: 'scores.sd-comp-floor-area.note',
        code: 'note_required',
        message: '「基本运营要求：场地面积」判为不符合，请填写理由',
      },
    ]);
    const ok = await t.request(s['expert.1']!, 'POST', `/api/review/tasks/${id}/submit`, fullSheet(task, 80));
    expect(ok.statusCode, ok.body).toBe(200);
    expect((ok.json() as TaskView).status).toBe('submitted');
  });

  it("hides other experts' scores until the expert has submitted, then shows them without names", async () => {
    const id = seatOf(panel, 'expert.2').assignmentId;
    let task = (await (
      await t.request(s['expert.2']!, 'POST', `/api/review/tasks/${id}/accept`, { version: 2 })
    ).json()) as TaskView;
    expect(task.peers).toBeNull();
    expect(JSON.stringify(task)).not.toContain('材料完整');
    const res = await t.request(
      s['expert.2']!,
      'POST',
      `/api/review/tasks/${id}/submit`,
      fullSheet(task, 90),
    );
    expect(res.statusCode, res.body).toBe(200);
    task = res.json() as TaskView;
    expect(task.peers).toHaveLength(1);
    expect(task.peers![0]).toMatchObject({ label: '专家 1', expertName: null, sheet: { overall: 80 } });
  });

  it('lets an expert declare a conflict at any time: the seat is vacated and the panel flagged', async () => {
    const id = seatOf(panel, 'expert.3').assignmentId;
    const res = await t.request(s['expert.3']!, 'POST', `/api/review/tasks/${id}/conflict`, {
      version: 1 + 1,
      reason: '近期与申报单位有合作项目',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as TaskView).status).toBe('conflicted');
    panel = await panelOf(appId);
    expect(panel.needsReassignment).toBe(true);
    expect(seatOf(panel, 'expert.3').status).toBe('conflicted');
  });

  it('keeps score sheet versions append-only in the database itself', async () => {
    await expect(t.database.db.execute(sql`update score_sheet_versions set overall = 0`)).rejects.toThrow();
  });

  it('gives the province mean and median with the experts’ names, and the applicant only counts', async () => {
    const view = await get<{
      aggregation: { overall: { mean: number; median: number; n: number; missing: number } };
      sheets: { expertName: string }[];
    }>('province.sd', `/api/review/panels/${panel.id}/aggregation`);
    expect(view.aggregation.overall).toMatchObject({ mean: 85, median: 85, n: 2, missing: 1 });
    expect(view.sheets.map((x) => x.expertName).sort()).toEqual(
      [usernames['expert.1'], usernames['expert.2']].sort(),
    );
    const mine = await t.request(s['applicant.1']!, 'GET', `/api/review/applications/${appId}`);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json()).toMatchObject({ experts: 2, submitted: 2, panelConfirmed: true });
    for (const u of ['expert.1', 'expert.2', 'expert.3']) {
      expect(mine.body).not.toContain(usernames[u]!);
    }
  });

  it('refuses to complete while fewer than the panel size have submitted (409 with the reason)', async () => {
    const res = await t.request(s['province.sd']!, 'POST', `/api/review/panels/${panel.id}/complete`, {
      applicationVersion: 1,
      documentNumber: '鲁工信字〔2026〕22号',
      decidedOn: '2026-03-20',
      comment: '专家评审通过，同意认定',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('review.not_complete');
    expect(res.json().detail).toContain('至少需要 3 份');
  });
});

describe('completing a review moves the application to decided', () => {
  it('approves through the decision once both experts of a two-seat panel have submitted', async () => {
    const callId = await makeCall(t.database.db, { packId: 'shandong-guide', title: '完成评审测试' });
    const appId = await makeApplicationInExpertReview(t.database.db, callId, {
      centerName: '青岛综合促进中心',
    });
    const job = await propose(callId, {
      panelSize: 2,
      loadCap: 5,
      requiredFields: ['technology', 'industry'],
    });
    expect(job.status).toBe('done');
    let panel = await panelOf(appId);
    expect(panel.coveredFields).toEqual(['technology', 'industry']);
    panel = (await (
      await t.request(s['province.sd']!, 'POST', `/api/review/panels/${panel.id}/invite`, {
        version: panel.version,
        dueOn: '2026-07-31',
      })
    ).json()) as PanelView;
    for (const m of panel.members) {
      const who = Object.keys(usernames).find((u) => usernames[u] === m.expertName)!;
      const accepted = (await (
        await t.request(s[who]!, 'POST', `/api/review/tasks/${m.assignmentId}/accept`, { version: 2 })
      ).json()) as TaskView;
      const res = await t.request(
        s[who]!,
        'POST',
        `/api/review/tasks/${m.assignmentId}/submit`,
        fullSheet(accepted, 88),
      );
      expect(res.statusCode, res.body).toBe(200);
    }
    const ready = await get<{ complete: boolean }>('province.sd', `/api/review/panels/${panel.id}/readiness`);
    expect(ready.complete).toBe(true);
    const done = await t.request(s['province.sd']!, 'POST', `/api/review/panels/${panel.id}/complete`, {
      applicationVersion: 1,
      acknowledgeConflicts: true,
      documentNumber: '鲁工信字〔2026〕22号',
      decidedOn: '2026-03-20',
      comment: '专家评审通过，同意认定',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect((done.json() as PanelView).applicationState).toBe('decided');
  });
});

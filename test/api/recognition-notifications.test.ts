/**
 * Recognition transitions notify whoever must act next, in the transaction of the transition: the city
 * after a submission (001 第十三、十四条), the province after a recommendation or a direct submission by a
 * Gansu SOE (003 第十条), the lead unit after a return or a decision with its reasons per criterion.
 */
import { eq } from 'drizzle-orm';
import { renderNotification } from '../../src/app/notifications/templates.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications, users } from '../../src/db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';
import { makeApplication, makeCall } from '../factories/recognition.ts';
import { makeCompletedReview } from '../factories/review.ts';
import { PDF, recognitionHelpers } from './recognition-support.ts';

let t: TestApp;
const s: Record<string, Session> = {};
let h: ReturnType<typeof recognitionHelpers>;
let sdCall: string;

beforeAll(async () => {
  t = await createTestApp();
  h = recognitionHelpers(t);
  for (const a of [
    'province.sd',
    'province.gs',
    'city.jinan',
    'city.lanzhou',
    'applicant.1',
    'applicant.2',
  ]) {
    s[a] = await t.login(a);
  }
  sdCall = await makeCall(t.database.db, { packId: 'shandong-guide', title: '通知测试' });
});
afterAll(async () => t.close());

interface Note {
  to: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
}

/** The notifications about one application (by its center name), oldest first. */
async function notesAbout(centerName: string): Promise<Note[]> {
  const rows = await t.database.db
    .select({
      to: users.username,
      kind: notifications.kind,
      title: notifications.title,
      body: notifications.body,
      link: notifications.link,
      params: notifications.params,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .orderBy(notifications.id);
  return rows.filter((r) => r.params.application === centerName).map(({ params: _, ...r }) => r);
}

const recipients = (notes: Note[], kind: string) =>
  notes
    .filter((n) => n.kind === kind)
    .map((n) => n.to)
    .sort();

async function submitted(centerName: string): Promise<string> {
  const id = await makeApplication(t.database.db, sdCall, { centerName });
  const d = await h.detail(s['applicant.1']!, id);
  await t.request(s['applicant.1']!, 'PATCH', `/api/applications/${id}`, {
    version: d.version,
    form: {
      buildStatus: 'built',
      consortiumAgreementSigned: true,
      metricValues: { floorArea: 2500, operatingStaff: 30 },
      facts: { fullTimeTeam: true },
    },
  });
  for (const kind of ['application_form', 'construction_plan']) {
    expect((await h.upload(s['applicant.1']!, id, PDF, { kind })).statusCode).toBe(200);
  }
  const res = await h.act(s['applicant.1']!, id, 'submit');
  expect(res.statusCode, res.body).toBe(200);
  return id;
}

async function recommended(id: string): Promise<void> {
  await h.act(s['city.jinan']!, id, 'qualification-review', {
    checklist: [{ key: 'k', label: '材料齐全', passed: true }],
  });
  await h.act(s['city.jinan']!, id, 'site-check', {
    date: '2026-03-10',
    participants: ['张三'],
    findings: '一致',
  });
  const res = await h.act(s['city.jinan']!, id, 'recommend', { documentNumber: '济工信字〔2026〕21号' });
  expect(res.statusCode, res.body).toBe(200);
}

describe('Shandong: submission → city → province → lead unit', () => {
  it('a submission notifies the 济南 city officer only (not 青岛, not the province), linking to the application', async () => {
    const id = await submitted('通知·提交');
    const notes = await notesAbout('通知·提交');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      to: 'city.jinan',
      kind: 'application.submitted',
      title: '新的申报待审核：通知·提交',
      link: `/applications/${id}`,
    });
    expect(notes[0]!.body).toContain('请进行资格审核与现场核查');
  });

  it('the checklist and site check notify nobody new; the recommendation notifies province.sd naming the city', async () => {
    const id = await submitted('通知·推荐');
    await recommended(id);
    const notes = await notesAbout('通知·推荐');
    expect(notes.map((n) => [n.to, n.kind])).toEqual([
      ['city.jinan', 'application.submitted'],
      ['province.sd', 'application.recommended'],
    ]);
    expect(notes[1]!.body).toBe('济南市工业和信息化局 推荐了「通知·推荐」，请进行形式审查。');
  });

  it('a city return notifies the lead unit with the reason', async () => {
    const id = await submitted('通知·退回');
    expect((await h.act(s['city.jinan']!, id, 'city-return', { comment: '缺少场地证明' })).statusCode).toBe(
      200,
    );
    const notes = await notesAbout('通知·退回');
    expect(recipients(notes, 'application.returned')).toEqual(['applicant.1']);
    expect(notes.at(-1)!.body).toBe('「通知·退回」被退回修改，原因：缺少场地证明');
  });

  it('a rejection notifies the lead unit with the unmet criteria by name', async () => {
    const id = await submitted('通知·不通过');
    await recommended(id);
    expect((await h.act(s['province.sd']!, id, 'formal-review/pass')).statusCode).toBe(200);
    const res = await h.act(s['province.sd']!, id, 'decision', {
      outcome: 'reject',
      reasons: [{ criterionId: 'sd-comp-staff', met: false, note: '专职运营人员仅 12 人' }],
      comment: '运营能力不足',
      documentNumber: '鲁工信字〔2026〕20号',
      decidedOn: '2026-03-20',
    });
    expect(res.statusCode, res.body).toBe(200);
    const notes = await notesAbout('通知·不通过');
    expect(recipients(notes, 'application.decided')).toEqual(['applicant.1']);
    const body = notes.find((n) => n.kind === 'application.decided')!.body;
    expect(body).toContain('审定结果为：不通过');
    expect(body).toContain('运营能力不足');
    expect(body).toContain('未达标：基本运营要求：专职运营团队（专职运营人员仅 12 人）');
    const [row] = await t.database.db
      .select({ params: notifications.params })
      .from(notifications)
      .where(eq(notifications.kind, 'application.decided'));
    expect(renderNotification('application.decided', row!.params, 'en').body).toContain(
      'The decision on "通知·不通过": not approved.',
    );
  });

  it('an approval after a completed expert review notifies the lead unit', async () => {
    const id = await submitted('通知·通过');
    await recommended(id);
    await h.act(s['province.sd']!, id, 'formal-review/pass');
    await makeCompletedReview(t.database.db, id);
    const res = await h.act(s['province.sd']!, id, 'decision', {
      outcome: 'approve',
      acknowledgeConflicts: true,
      comment: '专家评审通过',
      documentNumber: '鲁工信字〔2026〕20号',
      decidedOn: '2026-03-20',
    });
    expect(res.statusCode, res.body).toBe(200);
    const notes = await notesAbout('通知·通过');
    expect(recipients(notes, 'application.decided')).toEqual(['applicant.1']);
    expect(notes.at(-1)!.body).toContain('审定通过');
  });

  it('a withdrawal while at the city notifies the city officer', async () => {
    const id = await submitted('通知·撤回');
    expect((await h.act(s['applicant.1']!, id, 'withdraw')).statusCode).toBe(200);
    expect(recipients(await notesAbout('通知·撤回'), 'application.withdrawn')).toEqual(['city.jinan']);
  });
});

describe('Gansu: a provincial SOE submits straight to the province (003 第十条)', () => {
  it('notifies province.gs — not the 兰州 city officer — that formal review is due', async () => {
    const callId = await makeCall(t.database.db, {
      packId: 'gansu-2024',
      by: 'province.gs',
      title: '甘肃通知',
    });
    const id = await makeApplication(t.database.db, callId, {
      by: 'applicant.2',
      centerName: '通知·甘肃直报',
    });
    const d = await h.detail(s['applicant.2']!, id);
    await t.request(s['applicant.2']!, 'PATCH', `/api/applications/${id}`, {
      version: d.version,
      form: { consortiumAgreementSigned: true },
    });
    for (const kind of ['application_form', 'construction_plan']) {
      await h.upload(s['applicant.2']!, id, PDF, { kind });
    }
    const res = await h.act(s['applicant.2']!, id, 'submit');
    expect(res.statusCode, res.body).toBe(200);
    const notes = await notesAbout('通知·甘肃直报');
    expect(notes.map((n) => n.to)).toEqual(['province.gs']);
    expect(notes[0]!.kind).toBe('application.submitted_directly');
    expect(notes[0]!.title).toBe('直接报省的申报待形式审查：通知·甘肃直报');
    expect(notes[0]!.body).toContain('无需市级审核');
    const list = (await t.request(s['province.gs']!, 'GET', '/api/notifications?unread=true')).json() as {
      items: { title: string; link: string }[];
    };
    expect(list.items.some((n) => n.link === `/applications/${id}`)).toBe(true);
  });
});

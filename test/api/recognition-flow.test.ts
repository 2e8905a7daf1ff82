/**
 * Recognition workflow through the API: a Shandong application from draft to decision, returns and
 * resubmission with a diff, uploads checked by content, concurrent officers, Gansu SOEs skipping the
 * city, and the demo-2023 pre-check refusing a second direction.
 */
import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { files, reviewAssignments } from '../../src/db/schema/index.ts';
import { findPanelOfApplication } from '../../src/db/loaders/review.ts';
import { filesRoot } from '../../src/app/files/store.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';
import { makeApplication, makeCall } from '../factories/recognition.ts';
import { makeCompletedReview } from '../factories/review.ts';
import { PDF, PNG, recognitionHelpers } from './recognition-support.ts';

let t: TestApp;
const s: Record<string, Session> = {};
let h: ReturnType<typeof recognitionHelpers>;

const accounts = [
  'national',
  'province.sd',
  'province.gs',
  'city.jinan',
  'city.qingdao',
  'city.lanzhou',
  'applicant.1',
  'applicant.2',
  'expert.1',
];

beforeAll(async () => {
  t = await createTestApp();
  h = recognitionHelpers(t);
  for (const a of accounts) {
    s[a] = await t.login(a);
  }
});
afterAll(async () => t.close());

async function seatsOf(panelId: string): Promise<string[]> {
  const rows = await t.database.db
    .select({ id: reviewAssignments.id })
    .from(reviewAssignments)
    .where(eq(reviewAssignments.panelId, panelId));
  return rows.map((r) => r.id);
}

const sdForm = {
  summary: '面向济南装备制造企业的综合类促进中心',
  buildStatus: 'built',
  consortiumAgreementSigned: true,
  metricValues: { floorArea: 2500, operatingStaff: 30 },
  facts: { fullTimeTeam: true },
};

/** A submitted Shandong application (济南, applicant.1) with its two required materials. */
async function submittedSd(callId: string): Promise<string> {
  const id = await makeApplication(t.database.db, callId, { centerName: '济南综合促进中心' });
  const d = await h.detail(s['applicant.1']!, id);
  expect(
    (
      await t.request(s['applicant.1']!, 'PATCH', `/api/applications/${id}`, {
        version: d.version,
        form: sdForm,
      })
    ).statusCode,
  ).toBe(200);
  for (const kind of ['application_form', 'construction_plan']) {
    expect((await h.upload(s['applicant.1']!, id, PDF, { kind })).statusCode).toBe(200);
  }
  const res = await h.act(s['applicant.1']!, id, 'submit');
  expect(res.statusCode, res.body).toBe(200);
  return id;
}

describe('Shandong: applicant → city → province', () => {
  let callId: string;
  let id: string;

  beforeAll(async () => {
    callId = await makeCall(t.database.db, { packId: 'shandong-guide' });
    id = await submittedSd(callId);
  });

  it('submitting freezes version 1 and sends the file to the city', async () => {
    const d = await h.detail(s['applicant.1']!, id);
    expect(d.state).toBe('submitted');
    expect(d.currentVersionNo).toBe(1);
    expect(d.versions.map((v) => v.versionNo)).toEqual([1]);
    expect(d.timeline.map((e) => e.action)).toEqual(['submit']);
    expect(d.actions.map((a) => a.action)).toEqual(['withdraw']);
  });

  it('the city officer sees the checklist actions; recommending before the review is refused with the reason', async () => {
    const d = await h.detail(s['city.jinan']!, id);
    expect(d.actions.map((a) => a.action).sort()).toEqual(
      ['city_return', 'record_qualification_review', 'record_site_check'].sort(),
    );
    const res = await h.act(s['city.jinan']!, id, 'recommend', { documentNumber: '济工信字〔2026〕8号' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'conflict.illegal_transition' });
    expect(res.json().detail).toContain('不能执行「推荐报省」');
  });

  it('qualification review + site check + recommendation with a document number reach the province', async () => {
    const review = await h.act(s['city.jinan']!, id, 'qualification-review', {
      checklist: [
        { key: 'legal_person', label: '牵头单位具备独立法人资格', passed: true },
        { key: 'materials', label: '申报书、建设方案齐全', passed: true },
      ],
    });
    expect(review.statusCode, review.body).toBe(200);
    expect(review.json().state).toBe('city_review');
    const site = await h.act(s['city.jinan']!, id, 'site-check', {
      date: '2026-03-10',
      participants: ['张三', '李四'],
      findings: '场地面积、人员与申报一致',
    });
    expect(site.statusCode, site.body).toBe(200);
    const rec = await h.act(s['city.jinan']!, id, 'recommend', { documentNumber: '济工信字〔2026〕8号' });
    expect(rec.statusCode, rec.body).toBe(200);
    expect(rec.json().state).toBe('recommended');
    expect(rec.json().timeline.at(-1)).toMatchObject({
      action: 'recommend',
      documentNumber: '济工信字〔2026〕8号',
    });
  });

  it('the applicant can no longer withdraw once the city has reviewed (409 with the reason)', async () => {
    const res = await h.act(s['applicant.1']!, id, 'withdraw');
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('不能撤回');
  });

  it('approval before the expert review is complete answers 409 with the reason (001 第十五、十六条: experts review, then the province decides)', async () => {
    expect((await h.act(s['province.sd']!, id, 'formal-review/pass')).statusCode).toBe(200);
    const decision = {
      outcome: 'approve',
      acknowledgeConflicts: true,
      reasons: [],
      comment: '专家评审通过',
      documentNumber: '鲁工信字〔2026〕20号',
      decidedOn: '2026-03-20',
    };
    const early = await h.act(s['province.sd']!, id, 'decision', decision);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('conflict.illegal_transition');
    expect(early.json().detail).toContain('尚未组建专家评审组');
    // The application page shows the approval blocked, with the same reason.
    const approve = (await h.detail(s['province.sd']!, id)).actions.find((a) => a.action === 'approve');
    expect(approve?.blockedBy?.zh).toContain('尚未组建专家评审组');
    // A panel of three where one expert has not submitted yet is still not enough.
    const panelId = await makeCompletedReview(t.database.db, id);
    await t.database.db
      .update(reviewAssignments)
      .set({ status: 'accepted', submittedAt: null })
      .where(eq(reviewAssignments.id, (await seatsOf(panelId))[0]!));
    const partial = await h.act(s['province.sd']!, id, 'decision', decision);
    expect(partial.statusCode).toBe(409);
    expect(partial.json().detail).toContain('专家评审尚未完成');
    expect(partial.json().detail).toContain('已提交评分 2 份，至少需要 3 份');
    const en = await t.request(
      s['province.sd']!,
      'POST',
      `/api/applications/${id}/decision`,
      {
        ...decision,
        version: (await h.detail(s['province.sd']!, id)).version,
      },
      { 'accept-language': 'en' },
    );
    expect(en.statusCode).toBe(409);
    expect(en.json().detail).toContain('2 score sheets submitted; at least 3 are needed');
    expect((await h.detail(s['province.sd']!, id)).state).toBe('expert_review');
  });

  it('rejection stays possible without a completed expert review, with reasons per criterion', async () => {
    const callId2 = await makeCall(t.database.db, { packId: 'shandong-guide', title: '未评审不通过' });
    const other = await submittedSd(callId2);
    await h.act(s['city.jinan']!, other, 'qualification-review', {
      checklist: [{ key: 'k', label: '材料齐全', passed: true }],
    });
    await h.act(s['city.jinan']!, other, 'site-check', {
      date: '2026-03-10',
      participants: ['张三'],
      findings: '一致',
    });
    await h.act(s['city.jinan']!, other, 'recommend', { documentNumber: '济工信字〔2026〕9号' });
    await h.act(s['province.sd']!, other, 'formal-review/pass');
    const res = await h.act(s['province.sd']!, other, 'decision', {
      outcome: 'reject',
      acknowledgeConflicts: false,
      reasons: [{ criterionId: 'sd-comp-staff', met: false, note: '运营人员不足' }],
      comment: '运营人员不足，不予认定',
      documentNumber: '鲁工信字〔2026〕20号',
      decidedOn: '2026-03-20',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().state).toBe('rejected');
  });

  it('province.sd approves once every expert of the panel has submitted; the timeline holds every step', async () => {
    const panel = await findPanelOfApplication(t.database.db, id);
    await t.database.db
      .update(reviewAssignments)
      .set({ status: 'submitted', submittedAt: new Date() })
      .where(eq(reviewAssignments.panelId, panel!.id));
    const res = await h.act(s['province.sd']!, id, 'decision', {
      outcome: 'approve',
      acknowledgeConflicts: true,
      reasons: [],
      comment: '专家评审通过',
      documentNumber: '鲁工信字〔2026〕20号',
      decidedOn: '2026-03-20',
    });
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.state).toBe('decided');
    expect(d.timeline.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'record_qualification_review',
      'record_site_check',
      'recommend',
      'formal_review_pass',
      'approve',
    ]);
  });
});

describe('returns, resubmission and the diff', () => {
  it('a returned application is revised and resubmitted as version 2; the diff shows the change', async () => {
    const callId = await makeCall(t.database.db, { packId: 'shandong-guide', title: '退回测试' });
    const id = await submittedSd(callId);
    const ret = await h.act(s['city.jinan']!, id, 'city-return', { comment: '建设方案缺少运营团队名单' });
    expect(ret.statusCode, ret.body).toBe(200);
    expect(ret.json().state).toBe('returned');
    const d = await h.detail(s['applicant.1']!, id);
    await t.request(s['applicant.1']!, 'PATCH', `/api/applications/${id}`, {
      version: d.version,
      form: { metricValues: { floorArea: 2500, operatingStaff: 42 } },
    });
    const again = await h.act(s['applicant.1']!, id, 'submit');
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().currentVersionNo).toBe(2);
    const diff = await t.request(s['city.jinan']!, 'GET', `/api/applications/${id}/diff?from=1&to=2`);
    expect(diff.json().changes).toEqual([
      { path: 'form.metricValues.operatingStaff', before: 30, after: 42 },
    ]);
  });

  it('a return without a reason is refused (400, naming the comment field)', async () => {
    const callId = await makeCall(t.database.db, { packId: 'shandong-guide', title: '无理由退回' });
    const id = await submittedSd(callId);
    const res = await h.act(s['city.jinan']!, id, 'city-return', { comment: '' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('comment');
  });
});

describe('versioned writes', () => {
  it('two officers acting on the same version: one wins, the other gets 409 stale_version', async () => {
    const callId = await makeCall(t.database.db, { packId: 'shandong-guide', title: '并发' });
    const id = await submittedSd(callId);
    const { version } = await h.detail(s['city.jinan']!, id);
    const body = {
      version,
      checklist: [{ key: 'k', label: '材料齐全', passed: true }],
    };
    const [a, b] = await Promise.all([
      h.act(s['city.jinan']!, id, 'qualification-review', body),
      h.act(s['province.sd']!, id, 'formal-review/start', { version }),
    ]);
    const c = await h.act(s['city.jinan']!, id, 'qualification-review', body);
    expect(a.statusCode).toBe(200);
    expect([409]).toContain(c.statusCode);
    expect(c.json().code).toBe('conflict.stale_version');
    expect(b.statusCode).toBe(409);
  });

  it('editing a draft with an old version answers 409 and keeps the newer form', async () => {
    const callId = await makeCall(t.database.db, { packId: 'shandong-guide', title: '草稿并发' });
    const id = await makeApplication(t.database.db, callId);
    const first = await t.request(s['applicant.1']!, 'PATCH', `/api/applications/${id}`, {
      version: 1,
      form: { summary: '甲' },
    });
    const second = await t.request(s['applicant.1']!, 'PATCH', `/api/applications/${id}`, {
      version: 1,
      form: { summary: '乙' },
    });
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(409);
    expect((await h.detail(s['applicant.1']!, id)).form.summary).toBe('甲');
  });
});

describe('uploads are checked by content; a refused one leaves nothing', () => {
  let id: string;
  beforeAll(async () => {
    id = await makeApplication(t.database.db, await makeCall(t.database.db, { title: '上传' }));
  });
  const snapshot = async () => {
    const [{ n }] = (await t.database.db.select({ n: count() }).from(files)) as [{ n: number }];
    const root = filesRoot();
    const onDisk = existsSync(root) ? readdirSync(root).flatMap((d) => readdirSync(resolve(root, d))) : [];
    return { rows: Number(n), onDisk: onDisk.length };
  };

  it('a PNG is accepted and typed by its bytes, not by its .pdf name', async () => {
    const res = await h.upload(s['applicant.1']!, id, PNG, { filename: 'photo.pdf', kind: 'other' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().file.mime).toBe('image/png');
  });

  it('a text file named .pdf is refused with 415 and nothing is stored', async () => {
    const before = await snapshot();
    const res = await h.upload(s['applicant.1']!, id, Buffer.from('not really a pdf'), { kind: 'other' });
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe('file.type_not_allowed');
    expect(await snapshot()).toEqual(before);
  });

  it('a file over 20 MB is refused with 413 and nothing is stored', async () => {
    const before = await snapshot();
    const big = Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024 + 1, 0x20)]);
    const res = await h.upload(s['applicant.1']!, id, big, { kind: 'other' });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('file.too_large');
    expect(await snapshot()).toEqual(before);
  });

  it('an upload by someone outside the application is refused before anything is stored', async () => {
    const before = await snapshot();
    expect((await h.upload(s['applicant.2']!, id, PDF, { kind: 'other' })).statusCode).toBe(403);
    expect((await h.upload(s['city.jinan']!, id, PDF, { kind: 'other' })).statusCode).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it('the same bytes are stored once (content-addressed); the files of a draft are for the lead unit alone', async () => {
    const a = (await h.upload(s['applicant.1']!, id, PDF, { kind: 'application_form' })).json();
    const b = (await h.upload(s['applicant.1']!, id, PDF, { kind: 'construction_plan' })).json();
    expect(a.file.sha256).toBe(b.file.sha256);
    const dl = await t.request(s['applicant.1']!, 'GET', `/api/applications/${id}/files/${a.file.id}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.equals(PDF)).toBe(true);
    for (const who of ['city.jinan', 'city.qingdao', 'province.sd']) {
      expect((await t.request(s[who]!, 'GET', `/api/applications/${id}/files/${a.file.id}`)).statusCode).toBe(
        404,
      );
    }
  });
});

describe('Gansu 2024: central and provincial SOEs apply directly to the province (003 第十条)', () => {
  it('applicant.2 (兰州, provincial SOE) submits straight to the province; the city has nothing to do', async () => {
    const callId = await makeCall(t.database.db, {
      packId: 'gansu-2024',
      by: 'province.gs',
      title: '甘肃2026',
    });
    const id = await makeApplication(t.database.db, callId, { by: 'applicant.2' });
    const d = await h.detail(s['applicant.2']!, id);
    expect(d.cityStep).toBe(false);
    await t.request(s['applicant.2']!, 'PATCH', `/api/applications/${id}`, {
      version: d.version,
      form: { consortiumAgreementSigned: true },
    });
    for (const kind of ['application_form', 'construction_plan']) {
      await h.upload(s['applicant.2']!, id, PDF, { kind });
    }
    const sub = await h.act(s['applicant.2']!, id, 'submit');
    expect(sub.statusCode, sub.body).toBe(200);
    expect(sub.json().state).toBe('recommended');
    const city = await h.act(s['city.lanzhou']!, id, 'qualification-review', {
      checklist: [{ key: 'k', label: '材料齐全', passed: true }],
    });
    expect(city.statusCode).toBe(409);
    expect((await h.detail(s['city.lanzhou']!, id)).actions).toEqual([]);
    const pass = await h.act(s['province.gs']!, id, 'formal-review/pass');
    expect(pass.statusCode, pass.body).toBe(200);
    expect(pass.json().timeline.at(-1).detail.stage).toMatchObject({ id: 'formal-review', ref: '第十二条' });
  });
});

describe('Shandong demo 2023: one enterprise leads one direction (002 二（二）4)', () => {
  const demoForm = {
    buildStatus: 'built',
    facts: {
      economicAndTechnicalStrength: true,
      soundFinancialManagement: true,
      industryInfluenceAndGoodCredit: true,
      professionalTeam: true,
      compliesWithIndustrialPolicy: true,
    },
  };
  let callId: string;

  async function demoApplication(direction: string): Promise<string> {
    const id = await makeApplication(t.database.db, callId, { direction });
    const d = await h.detail(s['applicant.1']!, id);
    await t.request(s['applicant.1']!, 'PATCH', `/api/applications/${id}`, {
      version: d.version,
      form: demoForm,
    });
    for (const kind of ['application_form', 'construction_plan']) {
      await h.upload(s['applicant.1']!, id, PDF, { kind });
    }
    return id;
  }

  beforeAll(async () => {
    callId = await makeCall(t.database.db, { packId: 'shandong-demo-2023', title: '2023示范申报' });
  });

  it('the first direction submits; a second one is refused at pre-check with the citation', async () => {
    const first = await demoApplication('equipment_cloud_benchmark');
    expect((await h.act(s['applicant.1']!, first, 'submit')).statusCode).toBe(200);
    const second = await demoApplication('benchmark_factory');
    const live = (await t.request(s['applicant.1']!, 'GET', `/api/applications/${second}/evaluation`)).json();
    expect(live.eligible).toBe(false);
    expect(live.blocking).toContain('one_direction_per_lead_enterprise');
    const res = await h.act(s['applicant.1']!, second, 'submit');
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('application.not_eligible');
    const err = res
      .json()
      .errors.find((e: { field: string }) => e.field === 'eligibility.one_direction_per_lead_enterprise');
    expect(err.message).toContain('不支持同一企业牵头申报多个方向');
    expect((await h.detail(s['applicant.1']!, second)).state).toBe('draft');
  });

  it('the recommendation needs the emergency-management opinion first', async () => {
    const id = (
      await t.request(s['applicant.1']!, 'GET', `/api/applications?callId=${callId}&state=submitted`)
    ).json().items[0].id as string;
    await h.act(s['city.jinan']!, id, 'qualification-review', {
      checklist: [{ key: 'k', label: '推荐单位把关', passed: true }],
    });
    const early = await h.act(s['city.jinan']!, id, 'recommend', { documentNumber: '济工信字〔2023〕3号' });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('应急管理部门');
    const opinion = await h.act(s['city.jinan']!, id, 'emergency-opinion', {
      authority: '济南市应急管理局',
      opinion: '近三年未发生较大以上安全生产事故',
      date: '2023-05-06',
    });
    expect(opinion.statusCode, opinion.body).toBe(200);
    const rec = await h.act(s['city.jinan']!, id, 'recommend', { documentNumber: '济工信字〔2023〕3号' });
    expect(rec.statusCode, rec.body).toBe(200);
  });
});

import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { assessments, organisations } from '../../src/db/schema/index.ts';
import { smeDigital2024 } from '../../src/domain/diagnosis/data/sme-digital-2024.ts';
import type { Answers } from '../../src/domain/diagnosis/schema.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';

let t: TestApp;
let enterprise: Session;
beforeAll(async () => {
  t = await createTestApp();
  enterprise = await t.login('enterprise.1');
});
afterAll(async () => t.close());

const questions = smeDigital2024.dimensions.flatMap((d) => d.indicators.flatMap((i) => i.questions));

/** Every question at its top answer and every scenario at level `scenario`. */
function fullAnswers(scenario = 4): Answers {
  const answers: Answers = {};
  for (const q of questions) {
    answers[q.id] =
      q.type === 'rate'
        ? 100
        : q.type === 'multi'
          ? ['erp', 'mes', 'plm', 'crm', 'scm']
          : q.options.at(-1)!.id;
  }
  for (const s of smeDigital2024.scenarios) {
    answers[s.id] = scenario;
  }
  return answers;
}

interface Problem {
  status: number;
  code: string;
  detail: string;
  errors?: { field: string; code: string; message: string }[];
}

describe('diagnosis models and stateless scoring (public)', () => {
  it('lists the shipped models with their source and the uncertain level rule', async () => {
    const res = await t.request(null, 'GET', '/api/diagnosis/models');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([
      expect.objectContaining({
        id: 'sme-digital-2024',
        maxScore: 100,
        scenarioCount: 16,
        levelRuleUncertain: true,
        source: expect.objectContaining({ docNumber: '工信厅企业〔2024〕56号' }),
      }),
    ]);
  });

  it('shows a whole model and answers 404 in Chinese for an unknown one', async () => {
    const res = await t.request(null, 'GET', '/api/diagnosis/models/sme-digital-2024');
    expect(res.statusCode).toBe(200);
    expect((res.json() as { dimensions: unknown[] }).dimensions).toHaveLength(3);
    const missing = await t.request(null, 'GET', '/api/diagnosis/models/sme-digital-1999');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'not_found', detail: '未找到该评测模型' });
  });

  it('scores answers with the same function as the CLI', async () => {
    const res = await t.request(null, 'POST', '/api/diagnosis/models/sme-digital-2024/score', {
      answers: fullAnswers(),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ modelId: 'sme-digital-2024', score: 100, level: 4, warnings: [] });
  });

  it('refuses bad answers with 400 problem+json naming each question in Chinese', async () => {
    const answers = fullAnswers();
    answers['network-build'] = 'fibre';
    delete answers['data-security'];
    answers['device-digitization-rate'] = 30;
    answers['device-networking-rate'] = 50;
    answers['digital-talent-share'] = 150;
    const res = await t.request(null, 'POST', '/api/diagnosis/models/sme-digital-2024/score', { answers });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json() as Problem;
    expect(problem).toMatchObject({
      code: 'diagnosis.invalid_answers',
      detail: '答卷有 4 处问题，请检查标出的题目',
    });
    expect(problem.errors?.map((e) => [e.field, e.code])).toEqual([
      ['answers.network-build', 'unknown_option'],
      ['answers.data-security', 'missing_answer'],
      ['answers.digital-talent-share', 'out_of_range'],
      ['answers.device-networking-rate', 'implausible'],
    ]);
    expect(problem.errors?.[0]?.message).toBe('「企业网络建设情况」（network-build）：没有选项“fibre”');
    expect(problem.errors?.[3]?.message).toContain('设备联网率不能高于设备数字化率');
  });

  it('answers in English when asked', async () => {
    const res = await t.request(
      null,
      'POST',
      '/api/diagnosis/models/sme-digital-2024/score',
      { answers: { 'network-build': 'x' } },
      { 'accept-language': 'en' },
    );
    expect(res.statusCode).toBe(400);
    expect((res.json() as Problem).errors?.[0]?.message).toBe(
      '"Network build-out" (network-build): no option "x"',
    );
  });

  it('refuses an answers document of the wrong shape as a validation error, not a 5xx', async () => {
    const res = await t.request(null, 'POST', '/api/diagnosis/models/sme-digital-2024/score', {
      answers: { 'network-build': { nested: true } },
    });
    expect(res.statusCode).toBe(400);
    expect((res.json() as Problem).code).toBe('request.validation');
  });
});

describe('self-diagnosis by an enterprise: draft, resume, pledge, submit', () => {
  it('saves a draft, resumes it, refuses submission without the pledge or with answers missing, then submits', async () => {
    const draftAnswers: Answers = { 'network-build': 'network-build-2', 'device-digitization-rate': 45 };
    const created = await t.request(enterprise, 'POST', '/api/assessments', {
      modelId: 'sme-digital-2024',
      answers: draftAnswers,
    });
    expect(created.statusCode).toBe(200);
    const draft = created.json() as { id: string; version: number; status: string; abilities: unknown };
    expect(draft).toMatchObject({ status: 'draft', abilities: { edit: true, submit: true } });

    const resumed = await t.request(enterprise, 'GET', `/api/assessments/${draft.id}`);
    expect(resumed.json()).toMatchObject({ answers: draftAnswers, score: null, level: null });

    const incomplete = await t.request(enterprise, 'POST', `/api/assessments/${draft.id}/submit`, {
      version: draft.version,
      pledge: true,
    });
    expect(incomplete.statusCode).toBe(400);
    expect(
      (incomplete.json() as Problem).errors?.find((e) => e.field === 'answers.data-security')?.message,
    ).toBe('「数据安全保护」（data-security）：必答题未作答');

    const bad = await t.request(enterprise, 'PUT', `/api/assessments/${draft.id}/answers`, {
      version: draft.version,
      answers: { 'device-networking-rate': 101 },
    });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as Problem).errors?.[0]?.field).toBe('answers.device-networking-rate');

    const saved = await t.request(enterprise, 'PUT', `/api/assessments/${draft.id}/answers`, {
      version: draft.version,
      answers: fullAnswers(3),
    });
    expect(saved.statusCode).toBe(200);
    const v2 = (saved.json() as { version: number }).version;
    expect(v2).toBe(draft.version + 1);

    const stale = await t.request(enterprise, 'PUT', `/api/assessments/${draft.id}/answers`, {
      version: draft.version,
      answers: fullAnswers(3),
    });
    expect(stale.statusCode).toBe(409);

    const unpledged = await t.request(enterprise, 'POST', `/api/assessments/${draft.id}/submit`, {
      version: v2,
      pledge: false,
    });
    expect(unpledged.statusCode).toBe(400);
    expect(unpledged.json()).toMatchObject({
      code: 'diagnosis.pledge_required',
      errors: [{ field: 'pledge' }],
    });

    const submitted = await t.request(enterprise, 'POST', `/api/assessments/${draft.id}/submit`, {
      version: v2,
      pledge: true,
    });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({
      status: 'submitted',
      score: 100,
      level: 3,
      result: { levelName: { zh: '三级' }, uncertain: true },
      abilities: { edit: false, submit: false },
    });
    expect((submitted.json() as { submittedAt: string | null }).submittedAt).not.toBeNull();

    const again = await t.request(enterprise, 'PUT', `/api/assessments/${draft.id}/answers`, {
      version: v2 + 1,
      answers: fullAnswers(1),
    });
    expect(again.statusCode).toBe(409);
    expect((again.json() as Problem).detail).toContain('评测已提交，不能修改');

    const mine = await t.request(enterprise, 'GET', '/api/assessments');
    expect((mine.json() as { items: { id: string }[] }).items.map((i) => i.id)).toContain(draft.id);
  });

  it('refuses an unknown model for a new assessment with 404', async () => {
    const res = await t.request(enterprise, 'POST', '/api/assessments', { modelId: 'nope' });
    expect(res.statusCode).toBe(404);
    expect((res.json() as Problem).detail).toBe('未找到该评测模型');
  });
});

describe('who sees an assessment', () => {
  let id = '';
  beforeAll(async () => {
    const res = await t.request(enterprise, 'POST', '/api/assessments', { modelId: 'sme-digital-2024' });
    id = (res.json() as { id: string }).id;
  });

  it('the city and province of the enterprise read it, read-only; another province gets 404', async () => {
    for (const who of ['city.jinan', 'province.sd', 'national']) {
      const s = await t.login(who);
      const res = await t.request(s, 'GET', `/api/assessments/${id}`);
      expect(res.statusCode, who).toBe(200);
      expect(res.json(), who).toMatchObject({ abilities: { edit: false, submit: false } });
      const list = await t.request(s, 'GET', '/api/assessments?status=draft');
      expect(
        (list.json() as { items: { id: string }[] }).items.map((i) => i.id),
        who,
      ).toContain(id);
    }
    const gs = await t.login('province.gs');
    expect((await t.request(gs, 'GET', `/api/assessments/${id}`)).statusCode).toBe(404);
    const gsList = await t.request(gs, 'GET', '/api/assessments');
    expect((gsList.json() as { items: { id: string }[] }).items.map((i) => i.id)).not.toContain(id);
  });

  it('an authority cannot edit it, and a center operator cannot start a self-diagnosis', async () => {
    const city = await t.login('city.jinan');
    const edit = await t.request(city, 'PUT', `/api/assessments/${id}/answers`, { version: 1, answers: {} });
    expect(edit.statusCode).toBe(403);
    const operator = await t.login('operator.1');
    const create = await t.request(operator, 'POST', '/api/assessments', { modelId: 'sme-digital-2024' });
    expect(create.statusCode).toBe(403);
  });

  it('refuses a request without a session', async () => {
    expect((await t.request(null, 'GET', `/api/assessments/${id}`)).statusCode).toBe(401);
  });
});

describe('benchmark among peers', () => {
  it('uses the narrowest cell with 15 assessments, says which was too small and shows the sample size', async () => {
    const created = await t.request(enterprise, 'POST', '/api/assessments', {
      modelId: 'sme-digital-2024',
      answers: fullAnswers(3),
    });
    const { id, version } = created.json() as { id: string; version: number };
    const before = await t.request(enterprise, 'GET', `/api/assessments/${id}/benchmark`);
    expect(before.json()).toEqual({ minSample: 15, benchmark: null });
    await t.request(enterprise, 'POST', `/api/assessments/${id}/submit`, { version, pledge: true });

    // Peers of division 34 (通用设备): 10 in 济南 scoring 10…100, 10 in 青岛 scoring 50.
    const [row] = await t.database.db.select().from(assessments).limit(1);
    const peers = Array.from({ length: 20 }, (_, i) => ({
      id: uuidv7(),
      modelId: 'sme-digital-2024',
      modelVersion: '2024.1',
      organisationId: row!.organisationId,
      regionCode: i < 10 ? '370102' : '370202',
      industryDivision: '34',
      status: 'submitted',
      answers: {},
      score: i < 10 ? 10 * (i + 1) : 50,
      level: 1,
    }));
    await t.database.db.insert(assessments).values(peers);

    const res = await t.request(enterprise, 'GET', `/api/assessments/${id}/benchmark`);
    expect(res.statusCode).toBe(200);
    // Shandong's division 34 holds 22: the 20 peers and enterprise.1's two submissions in this file (both
    // 100 points). Below 100: 9 + 10 = 19; at 100: 3 → (19 + 1.5) / 22 = 93.2 %. 济南 alone holds 12 < 15.
    expect(res.json()).toEqual({
      minSample: 15,
      benchmark: {
        cell: 'industry_province',
        sampleSize: 22,
        percentile: 93.2,
        skipped: [{ cell: 'industry_city', sampleSize: 12 }],
        thin: false,
      },
    });
    const gs = await t.login('province.gs');
    expect((await t.request(gs, 'GET', `/api/assessments/${id}/benchmark`)).statusCode).toBe(404);
  });
});

describe('an authority checks a model file', () => {
  it('accepts the shipped model and lists a broken one’s problems by path, in Chinese; enterprises may not', async () => {
    const province = await t.login('province.sd');
    const good = await t.request(province, 'POST', '/api/diagnosis/models/validate', smeDigital2024);
    expect(good.json()).toEqual({ ok: true, id: 'sme-digital-2024', issues: [] });
    const broken = { ...structuredClone(smeDigital2024), maxScore: 90 };
    const bad = await t.request(province, 'POST', '/api/diagnosis/models/validate', broken);
    expect(bad.json()).toEqual({
      ok: false,
      id: null,
      issues: [{ path: 'maxScore', message: '满分 90 不等于各维度权重之和 100' }],
    });
    const denied = await t.request(enterprise, 'POST', '/api/diagnosis/models/validate', smeDigital2024);
    expect(denied.statusCode).toBe(403);
  });
});

describe('re-assessment (T0 → T1)', () => {
  it('shows the change per dimension against the previous submitted assessment of the same model', async () => {
    const t1Answers = { ...fullAnswers(3), 'device-digitization-rate': 50, 'device-networking-rate': 50 };
    const created = await t.request(enterprise, 'POST', '/api/assessments', {
      modelId: 'sme-digital-2024',
      answers: t1Answers,
    });
    const { id, version } = created.json() as { id: string; version: number };
    expect((await t.request(enterprise, 'GET', `/api/assessments/${id}/change`)).json()).toEqual({
      previous: null,
      change: null,
    });
    await t.request(enterprise, 'POST', `/api/assessments/${id}/submit`, { version, pledge: true });
    const res = await t.request(enterprise, 'GET', `/api/assessments/${id}/change`);
    expect(res.statusCode).toBe(200);
    // The previous submissions in this file scored 100; 50 % on both equipment rates pays 3 + 3 of 12.
    expect(res.json()).toMatchObject({
      previous: { score: 100, level: 3 },
      change: {
        scoreDelta: -6,
        levelDelta: 0,
        dimensions: [
          { id: 'foundation', before: 50, after: 44, delta: -6, max: 50 },
          { id: 'management', before: 30, after: 30, delta: 0, max: 30 },
          { id: 'outcomes', before: 20, after: 20, delta: 0, max: 20 },
        ],
      },
    });
  });
});

describe('assisted diagnosis by center staff', () => {
  it('operator.1 runs it for enterprise.1; submission enters the ledger as 诊断 and the enterprise confirms it', async () => {
    const [org] = await t.database.db
      .select({ creditCode: organisations.creditCode })
      .from(organisations)
      .where(eq(organisations.name, '济南精工机械制造有限公司（演示）'));
    const operator = await t.login('operator.1');
    const unknown = await t.request(operator, 'POST', '/api/centers/jinan-demo/assessments', {
      modelId: 'sme-digital-2024',
      enterpriseCreditCode: '91370100MA00000000',
    });
    expect(unknown.statusCode).toBe(400);
    expect((unknown.json() as Problem).errors?.[0]?.field).toBe('enterpriseCreditCode');

    const created = await t.request(operator, 'POST', '/api/centers/jinan-demo/assessments', {
      modelId: 'sme-digital-2024',
      enterpriseCreditCode: org!.creditCode,
    });
    expect(created.statusCode).toBe(200);
    const draft = created.json() as { id: string; version: number };
    expect(created.json()).toMatchObject({
      organisation: { name: '济南精工机械制造有限公司（演示）' },
      abilities: { edit: true, submit: true },
    });
    const saved = await t.request(operator, 'PUT', `/api/assessments/${draft.id}/answers`, {
      version: draft.version,
      answers: fullAnswers(2),
    });
    const submitted = await t.request(operator, 'POST', `/api/assessments/${draft.id}/submit`, {
      version: (saved.json() as { version: number }).version,
      pledge: true,
    });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', score: 100, level: 2 });

    const records = await t.request(enterprise, 'GET', '/api/my/service-records?pageSize=100');
    const record = (
      records.json() as {
        items: { id: string; serviceType: string; title: string; version: number; confirmation: string }[];
      }
    ).items.find((r) => r.serviceType === 'diagnosis' && r.title.startsWith('数字化水平评测'));
    expect(record).toMatchObject({
      confirmation: 'unconfirmed',
      title: '数字化水平评测：中小企业数字化水平评测（2024年版）',
    });
    const confirmed = await t.request(enterprise, 'POST', `/api/service-records/${record!.id}/answer`, {
      answer: 'confirmed',
      version: record!.version,
    });
    expect(confirmed.statusCode).toBe(200);

    expect((await t.request(enterprise, 'GET', `/api/assessments/${draft.id}`)).statusCode).toBe(200);
    const gs = await t.login('province.gs');
    expect((await t.request(gs, 'GET', `/api/assessments/${draft.id}`)).statusCode).toBe(404);
  });
});

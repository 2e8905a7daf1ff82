import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smeDigital2024 } from './data/sme-digital-2024.ts';
import { assignLevel, scoreAssessment } from './scoring.ts';
import type { Answers, DiagnosisModel, Question } from './schema.ts';

const model = smeDigital2024;
const questions = model.dimensions.flatMap((d) => d.indicators.flatMap((i) => i.questions));

/** The answer paying step `k` of 0…4 (0 = nothing, 4 = full marks) for every question. */
function answerAt(q: Question, k: number): Answers[string] {
  switch (q.type) {
    case 'single':
      return [...q.options].sort((a, b) => a.points - b.points)[Math.min(k, q.options.length - 1)]!.id;
    case 'multi':
      return k === 0
        ? ['none']
        : q.options
            .filter((o) => !o.exclusive)
            .slice(0, k * 2)
            .map((o) => o.id);
    case 'rate':
      return q.bands[k]!.from;
  }
}

/** Every question at step k and every scenario at `scenario`. */
function uniform(k: number, scenario: number): Answers {
  const answers: Answers = {};
  for (const q of questions) {
    answers[q.id] = answerAt(q, k);
  }
  for (const s of model.scenarios) {
    answers[s.id] = scenario;
  }
  return answers;
}

function score(answers: Answers, m: DiagnosisModel = model) {
  const r = scoreAssessment(m, answers);
  if (!r.ok) {
    throw new Error(JSON.stringify(r.issues));
  }
  return r.result;
}

function issues(answers: Answers) {
  const r = scoreAssessment(model, answers);
  return r.ok ? [] : r.issues;
}

describe('scoreAssessment on sme-digital-2024', () => {
  it('gives full marks, level 4 (四级) when every item is at the top and every scenario at level 4', () => {
    const r = score(uniform(4, 4));
    expect(r).toMatchObject({ modelId: 'sme-digital-2024', score: 100, maxScore: 100, level: 4 });
    expect(r.levelName?.zh).toBe('四级');
    expect(r.dimensions.map((d) => [d.id, d.score, d.max])).toEqual([
      ['foundation', 50, 50],
      ['management', 30, 30],
      ['outcomes', 20, 20],
    ]);
  });

  it('gives 0 points and level 0 when nothing is in place', () => {
    const r = score(uniform(0, 1));
    expect(r.score).toBe(0);
    expect(r.level).toBe(0);
    expect(r.levelName).toBeNull();
  });

  it('pays a rate question 0/25/50/75/100 % of the item across its bands (设备数字化率, 6 points)', () => {
    const at = (rate: number) => {
      const a = uniform(0, 1);
      a['device-digitization-rate'] = rate;
      a['device-networking-rate'] = 0;
      return score(a).dimensions[0]!.indicators[0]!.score;
    };
    expect([0, 19.9, 20, 39, 40, 60, 79.99, 80, 100].map(at)).toEqual([0, 0, 1.5, 1.5, 3, 4.5, 4.5, 6, 6]);
  });

  it('pays the half-point items to two decimals (人才 7.5 × 25 % = 1.875 → 1.88)', () => {
    const a = uniform(0, 1);
    a['digital-talent-share'] = 1;
    expect(score(a).dimensions[1]!.score).toBe(1.88);
  });

  it('caps a multiple choice at its maximum (7 systems = 13 points, capped at 10)', () => {
    const a = uniform(0, 1);
    a['systems-in-use'] = ['erp', 'mes', 'plm', 'crm', 'scm', 'office', 'cloud'];
    expect(score(a).dimensions[0]!.indicators[2]).toMatchObject({ score: 10, max: 10 });
  });

  it('needs both score and scenario levels: 100 points with every scenario at level 1 is only 一级', () => {
    expect(score(uniform(4, 1)).level).toBe(1);
    expect(score(uniform(4, 3)).level).toBe(3);
  });

  it('assigns each level at its boundary and not below it', () => {
    const s4 = Array<number>(16).fill(4);
    expect(assignLevel(model, 19.99, s4)).toBe(0);
    expect(assignLevel(model, 20, s4)).toBe(1);
    expect(assignLevel(model, 39.99, s4)).toBe(1);
    expect(assignLevel(model, 40, s4)).toBe(2);
    expect(assignLevel(model, 60, s4)).toBe(3);
    expect(assignLevel(model, 80, s4)).toBe(4);
  });

  it('counts scenarios at or above the rule’s level: 7 at level 4 are not enough for 四级, 8 are', () => {
    const seven = [...Array<number>(7).fill(4), ...Array<number>(9).fill(3)];
    const eight = [...Array<number>(8).fill(4), ...Array<number>(8).fill(3)];
    expect(assignLevel(model, 90, seven)).toBe(3);
    expect(assignLevel(model, 90, eight)).toBe(4);
  });

  it('reports the result as uncertain, since the level rule is our reading', () => {
    expect(score(uniform(2, 2)).uncertain).toBe(true);
  });

  it('more points never lower the level (any answer raised, scenarios included)', () => {
    const ids = [...questions.map((q) => q.id), ...model.scenarios.map((s) => s.id)];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: ids.length, maxLength: ids.length }),
        fc.nat({ max: ids.length - 1 }),
        (steps, raised) => {
          const build = (bump: boolean): Answers => {
            const a: Answers = {};
            questions.forEach((q, i) => {
              a[q.id] = answerAt(q, Math.min(4, (steps[i] ?? 0) + (bump && i === raised ? 1 : 0)));
            });
            // Keep 联网率 ≤ 数字化率 so the generated answers stay plausible.
            a['device-networking-rate'] = Math.min(
              a['device-networking-rate'] as number,
              a['device-digitization-rate'] as number,
            );
            model.scenarios.forEach((s, j) => {
              const i = questions.length + j;
              a[s.id] = Math.max(1, Math.min(4, (steps[i] ?? 0) + (bump && i === raised ? 1 : 0)));
            });
            return a;
          };
          const before = score(build(false));
          const after = score(build(true));
          expect(after.score).toBeGreaterThanOrEqual(before.score);
          expect(after.level).toBeGreaterThanOrEqual(before.level);
          expect(after.score).toBeLessThanOrEqual(100);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('scoreAssessment refuses bad input, naming the question', () => {
  it('an unknown option', () => {
    const a = uniform(2, 2);
    a['network-build'] = 'network-build-9';
    expect(issues(a)).toEqual([
      expect.objectContaining({
        questionId: 'network-build',
        code: 'unknown_option',
        message: expect.objectContaining({
          zh: '「企业网络建设情况」（network-build）：没有选项“network-build-9”',
        }),
      }),
    ]);
  });

  it('a missing required answer (question or scenario)', () => {
    const a = uniform(2, 2);
    delete a['data-security'];
    delete a['scenario-finance'];
    expect(issues(a).map((i) => [i.questionId, i.code, i.message.zh])).toEqual([
      ['data-security', 'missing_answer', '「数据安全保护」（data-security）：必答题未作答'],
      ['scenario-finance', 'missing_answer', '「财务管理」（scenario-finance）：必答题未作答'],
    ]);
  });

  it('a rate above 100 % or below 0', () => {
    const a = uniform(2, 2);
    a['device-digitization-rate'] = 120;
    a['digital-investment-share'] = -1;
    expect(issues(a).map((i) => [i.questionId, i.code])).toEqual([
      ['device-digitization-rate', 'out_of_range'],
      ['digital-investment-share', 'out_of_range'],
    ]);
    expect(issues(a)[0]?.message.zh).toContain('「设备数字化率」');
  });

  it('设备联网率 above 设备数字化率', () => {
    const a = uniform(2, 2);
    a['device-digitization-rate'] = 30;
    a['device-networking-rate'] = 50;
    expect(issues(a)).toEqual([
      expect.objectContaining({
        questionId: 'device-networking-rate',
        code: 'implausible',
        message: expect.objectContaining({ zh: expect.stringContaining('设备联网率不能高于设备数字化率') }),
      }),
    ]);
  });

  it('a wrong type, a scenario level outside 1–4, an unknown question, a "none" combined with a system', () => {
    const a = uniform(2, 2);
    a['planning-management'] = 'x';
    a['transformation-plan'] = ['transformation-plan-1'];
    a['scenario-energy'] = 5;
    a['systems-in-use'] = ['none', 'erp'];
    expect(issues(a).map((i) => [i.questionId, i.code])).toEqual([
      ['systems-in-use', 'exclusive_option'],
      ['transformation-plan', 'wrong_type'],
      ['scenario-energy', 'out_of_range'],
      ['planning-management', 'unknown_question'],
    ]);
  });

  it('accepts a draft with answers missing, still checking the answers given', () => {
    expect(scoreAssessment(model, { 'network-build': 'network-build-2' }, { partial: true })).toMatchObject({
      ok: true,
      result: { score: 4, level: 0 },
    });
    expect(scoreAssessment(model, { 'device-networking-rate': 101 }, { partial: true }).ok).toBe(false);
  });
});

describe('plausibility warnings', () => {
  it('warns, without refusing, when 设备管理 is rated 三级 with under 40 % of equipment networked', () => {
    const a = uniform(2, 2);
    a['scenario-equipment-management'] = 3;
    a['device-networking-rate'] = 20;
    expect(score(a).warnings).toEqual([
      expect.objectContaining({
        id: 'equipment-scenario-needs-networking',
        questionIds: ['scenario-equipment-management', 'device-networking-rate'],
      }),
    ]);
  });

  it('gives no warning for consistent answers', () => {
    expect(score(uniform(4, 4)).warnings).toEqual([]);
  });
});

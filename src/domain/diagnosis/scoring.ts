/**
 * Scoring of one answers document against a diagnosis model: points per question, indicator and
 * dimension, scenario levels, the level, and the plausibility checks. Pure; the CLI, the API and the
 * web all call `scoreAssessment`, so the three can never disagree.
 */
import { questionMax } from './schema.ts';
import type {
  AnswerValue,
  Answers,
  DiagnosisModel,
  Localized,
  PlausibilityCheck,
  Question,
  Scenario,
} from './schema.ts';

/** Why an answers document cannot be scored; `questionId` names the question (or scenario). */
export type DiagnosisIssueCode =
  | 'unknown_question'
  | 'missing_answer'
  | 'wrong_type'
  | 'unknown_option'
  | 'duplicate_option'
  | 'exclusive_option'
  | 'out_of_range'
  | 'implausible';

export interface DiagnosisIssue {
  questionId: string;
  code: DiagnosisIssueCode;
  message: Localized;
}

export interface DiagnosisWarning {
  id: string;
  questionIds: string[];
  message: Localized;
}

export interface DimensionScore {
  id: string;
  name: Localized;
  score: number;
  max: number;
  indicators: { id: string; name: Localized; score: number; max: number }[];
}

export interface DiagnosisResult {
  modelId: string;
  modelVersion: string;
  score: number;
  maxScore: number;
  /** 0 when below level 1. */
  level: number;
  levelName: Localized | null;
  dimensions: DimensionScore[];
  scenarios: { id: string; name: Localized; level: number | null }[];
  warnings: DiagnosisWarning[];
  /** True when the level rule or any answered item is our reading of the source (show it). */
  uncertain: boolean;
}

export type ScoreOutcome = { ok: true; result: DiagnosisResult } | { ok: false; issues: DiagnosisIssue[] };

/** Two decimals: weights like 7.5 × 25 % give 1.875; reports show two places. */
export const round2 = (n: number): number => Math.round(n * 100) / 100;

const label = (text: Localized, id: string) => ({
  zh: `「${text.zh}」（${id}）`,
  en: `"${text.en}" (${id})`,
});

function issue(
  questionId: string,
  text: Localized,
  code: DiagnosisIssueCode,
  zh: string,
  en: string,
): DiagnosisIssue {
  const l = label(text, questionId);
  return { questionId, code, message: { zh: `${l.zh}：${zh}`, en: `${l.en}: ${en}` } };
}

/** The band share a rate earns. */
export function bandShare(q: Extract<Question, { type: 'rate' }>, value: number): number {
  let share = 0;
  for (const band of q.bands) {
    if (value >= band.from) {
      share = band.share;
    }
  }
  return share;
}

interface Checked {
  points: number;
  /** The value plausibility checks compare: percent, points, or scenario level. */
  value: number;
}

function checkQuestion(q: Question, v: AnswerValue, issues: DiagnosisIssue[]): Checked | null {
  const fail = (code: DiagnosisIssueCode, zh: string, en: string) => {
    issues.push(issue(q.id, q.text, code, zh, en));
    return null;
  };
  switch (q.type) {
    case 'single': {
      if (typeof v !== 'string') {
        return fail('wrong_type', '应选择一个选项', 'expected one option id');
      }
      const option = q.options.find((o) => o.id === v);
      if (!option) {
        return fail('unknown_option', `没有选项“${v}”`, `no option "${v}"`);
      }
      return { points: option.points, value: option.points };
    }
    case 'multi': {
      if (!Array.isArray(v)) {
        return fail('wrong_type', '应选择一个或多个选项', 'expected a list of option ids');
      }
      if (new Set(v).size !== v.length) {
        return fail('duplicate_option', '同一选项选择了多次', 'an option is chosen twice');
      }
      const chosen = [];
      for (const id of v) {
        const option = q.options.find((o) => o.id === id);
        if (!option) {
          return fail('unknown_option', `没有选项“${id}”`, `no option "${id}"`);
        }
        chosen.push(option);
      }
      if (chosen.length === 0) {
        return fail('missing_answer', '请至少选择一项', 'choose at least one option');
      }
      const exclusive = chosen.find((o) => o.exclusive);
      if (exclusive && chosen.length > 1) {
        return fail(
          'exclusive_option',
          `“${exclusive.label.zh}”不能与其他选项同时选择`,
          `"${exclusive.label.en}" cannot be combined with other options`,
        );
      }
      const points = Math.min(
        q.max,
        chosen.reduce((sum, o) => sum + o.points, 0),
      );
      return { points, value: points };
    }
    case 'rate': {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        return fail('wrong_type', '应填写百分比数值（0–100）', 'expected a percentage (0–100)');
      }
      if (v < 0 || v > 100) {
        return fail(
          'out_of_range',
          `比例应在 0% 到 100% 之间，填写的是 ${v}%`,
          `must be 0–100 %, got ${v} %`,
        );
      }
      return { points: q.points * bandShare(q, v), value: v };
    }
  }
}

function checkScenario(s: Scenario, v: AnswerValue, issues: DiagnosisIssue[]): Checked | null {
  const top = s.levels.length;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > top) {
    issues.push(
      issue(
        s.id,
        s.name,
        typeof v === 'number' ? 'out_of_range' : 'wrong_type',
        `场景等级应为 1 到 ${top} 的整数`,
        `the scenario level must be an integer 1–${top}`,
      ),
    );
    return null;
  }
  return { points: 0, value: v };
}

function violates(c: PlausibilityCheck, values: Map<string, number>): boolean | null {
  if (c.kind === 'lte') {
    const left = values.get(c.left);
    const right = values.get(c.right);
    return left === undefined || right === undefined ? null : left > right;
  }
  const when = values.get(c.when);
  const then = values.get(c.then);
  return when === undefined || then === undefined ? null : when >= c.whenAtLeast && then < c.thenAtLeast;
}

/** The highest level whose rule holds (0 when none does). */
export function assignLevel(
  model: DiagnosisModel,
  score: number,
  scenarioLevels: readonly (number | null)[],
): number {
  let level = 0;
  for (const rule of model.levels.rules) {
    const enoughScore = score + 1e-9 >= rule.minScore;
    const req = rule.scenarios;
    const enoughScenarios =
      !req || scenarioLevels.filter((l) => l !== null && l >= req.minLevel).length >= req.count;
    if (enoughScore && enoughScenarios) {
      level = Math.max(level, rule.level);
    }
  }
  return level;
}

export interface ScoreOptions {
  /** A draft: missing answers are allowed and score nothing; everything else is still checked. */
  partial?: boolean;
}

/** Score an answers document; on bad input returns every issue, each naming its question. */
export function scoreAssessment(
  model: DiagnosisModel,
  answers: Answers,
  options: ScoreOptions = {},
): ScoreOutcome {
  const issues: DiagnosisIssue[] = [];
  const values = new Map<string, number>();
  const known = new Set<string>();
  let uncertain = model.levels.uncertain === true;

  const take = (
    id: string,
    text: Localized,
    required: boolean,
    check: (v: AnswerValue) => Checked | null,
  ) => {
    known.add(id);
    const v = answers[id];
    if (v === undefined) {
      if (required && !options.partial) {
        issues.push(issue(id, text, 'missing_answer', '必答题未作答', 'required answer missing'));
      }
      return null;
    }
    const checked = check(v);
    if (checked) {
      values.set(id, checked.value);
    }
    return checked;
  };

  const dimensions: DimensionScore[] = model.dimensions.map((d) => {
    const indicators = d.indicators.map((ind) => {
      let points = 0;
      for (const q of ind.questions) {
        const checked = take(q.id, q.text, q.required, (v) => checkQuestion(q, v, issues));
        if (checked) {
          points += checked.points;
          uncertain ||= q.uncertain === true || ind.uncertain === true;
        }
      }
      return { id: ind.id, name: ind.name, score: points, max: ind.weight };
    });
    return {
      id: d.id,
      name: d.name,
      score: indicators.reduce((s, i) => s + i.score, 0),
      max: d.weight,
      indicators,
    };
  });

  const scenarios = model.scenarios.map((s) => {
    const checked = take(s.id, s.name, s.required, (v) => checkScenario(s, v, issues));
    if (checked) {
      uncertain ||= s.uncertain === true;
    }
    return { id: s.id, name: s.name, level: checked ? checked.value : null };
  });

  for (const id of Object.keys(answers)) {
    if (!known.has(id)) {
      issues.push({
        questionId: id,
        code: 'unknown_question',
        message: {
          zh: `模型 ${model.id} 中没有题目“${id}”`,
          en: `model ${model.id} has no question "${id}"`,
        },
      });
    }
  }

  const warnings: DiagnosisWarning[] = [];
  for (const c of model.plausibility) {
    if (violates(c, values) !== true) {
      continue;
    }
    const questionIds = c.kind === 'lte' ? [c.left, c.right] : [c.when, c.then];
    if (c.severity === 'error') {
      issues.push({ questionId: questionIds[0] ?? c.id, code: 'implausible', message: c.message });
    } else {
      warnings.push({ id: c.id, questionIds, message: c.message });
    }
  }

  if (issues.length > 0) {
    return { ok: false, issues };
  }
  const score = dimensions.reduce((s, d) => s + d.score, 0);
  const level = assignLevel(
    model,
    score,
    scenarios.map((s) => s.level),
  );
  return {
    ok: true,
    result: {
      modelId: model.id,
      modelVersion: model.version,
      score: round2(score),
      maxScore: model.maxScore,
      level,
      levelName: model.levels.rules.find((r) => r.level === level)?.name ?? null,
      dimensions: dimensions.map((d) => ({
        ...d,
        score: round2(d.score),
        indicators: d.indicators.map((i) => ({ ...i, score: round2(i.score) })),
      })),
      scenarios,
      warnings,
      uncertain,
    },
  };
}

/** The most points a question can pay (re-exported for forms that show "x / max"). */
export { questionMax };

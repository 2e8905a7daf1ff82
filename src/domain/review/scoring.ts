/**
 * Scoring forms (评分表) built from the pack's criteria. Quantitative rows show the requirement next to
 * the declared value (申报值) and the value the evidence supports (佐证值), and the expert verifies them;
 * qualitative rows (and the qualitative part of a quantitative row) are judged on the pack's scale.
 * Every sheet also carries an overall score out of 100 (百分制) and a recommendation.
 */
import { evaluateCriteria, type CriterionStatus } from '../policy/engine/index.ts';
import type { EvaluationTarget } from '../policy/engine/common.ts';
import type {
  Comparator,
  JudgementScale,
  Localized,
  MetricPeriod,
  PolicyPack,
  SourceRef,
} from '../policy/schema.ts';

/** The overall score's maximum (百分制). */
export const OVERALL_MAX = 100;

export interface ScoreFormRow {
  criterionId: string;
  groupId: string;
  groupName: Localized;
  name: Localized;
  statement: Localized;
  kind: 'quantitative' | 'qualitative';
  effect: 'required' | 'preferred';
  metric: string | null;
  comparator: Comparator | null;
  required: number | null;
  period: MetricPeriod | null;
  /** The value the applicant declared. */
  declared: number | null;
  /** The value its evidence supports (as checked at formal review); null when none was recorded. */
  evidence: number | null;
  /** The engine's verdict on the declared and on the evidenced value. */
  declaredStatus: CriterionStatus | null;
  evidenceStatus: CriterionStatus | null;
  uncertain: boolean;
  /** What the expert judges, and on which scale. */
  prompt: Localized;
  scale: JudgementScale;
  maxPoints: number;
  source: SourceRef;
}

export interface ScoreForm {
  packId: string;
  packVersion: string;
  rows: ScoreFormRow[];
  overallMax: number;
}

export interface MetricSides {
  declared: Readonly<Record<string, number>>;
  evidence: Readonly<Record<string, number>>;
}

/** Points a scale gives at most: pass/fail 1, a score its max, levels the highest index. */
export function maxPointsOf(scale: JudgementScale): number {
  switch (scale.kind) {
    case 'pass_fail':
      return 1;
    case 'score':
      return scale.max;
    case 'levels':
      return scale.levels.length - 1;
  }
}

const VERIFY_PROMPT: Localized = {
  zh: '核实申报值与佐证材料是否一致并达到要求',
  en: 'Verify that the declared value matches the evidence and meets the requirement',
};

/** Builds the form for an application: the pack's criteria that apply to its level, type, kind or direction. */
export function buildScoreForm(pack: PolicyPack, target: EvaluationTarget, sides: MetricSides): ScoreForm {
  const onDeclared = evaluateCriteria(pack, target, { ...sides.declared });
  const onEvidence = evaluateCriteria(pack, target, { ...sides.evidence });
  const evidenceById = new Map(onEvidence.criteria.map((c) => [c.id, c]));
  const groups = new Map(pack.criteriaGroups.map((g) => [g.id, g]));
  const defs = new Map(pack.criteriaGroups.flatMap((g) => g.criteria.map((c) => [c.id, c] as const)));
  const rows = onDeclared.criteria.map((r): ScoreFormRow => {
    const def = defs.get(r.id)!;
    const scale: JudgementScale =
      def.kind === 'qualitative' ? def.scale : (def.qualitative?.scale ?? { kind: 'pass_fail' });
    const prompt = def.kind === 'qualitative' ? def.statement : (def.qualitative?.statement ?? VERIFY_PROMPT);
    const quantitative = def.kind === 'quantitative';
    return {
      criterionId: r.id,
      groupId: r.groupId,
      groupName: groups.get(r.groupId)!.name,
      name: r.name,
      statement: def.statement,
      kind: r.kind,
      effect: r.effect,
      metric: r.metric,
      comparator: r.comparator,
      required: r.required,
      period: r.period,
      declared: quantitative ? r.actual : null,
      evidence: quantitative ? (evidenceById.get(r.id)?.actual ?? null) : null,
      declaredStatus: quantitative ? r.status : null,
      evidenceStatus: quantitative ? (evidenceById.get(r.id)?.status ?? null) : null,
      uncertain: r.uncertain === true,
      prompt,
      scale,
      maxPoints: maxPointsOf(scale),
      source: r.source,
    };
  });
  return { packId: pack.id, packVersion: pack.version, rows, overallMax: OVERALL_MAX };
}

export type Recommendation = 'recommend' | 'not_recommend';

/** One expert's scores: per criterion a value on the row's scale (pass/fail: 1/0; levels: the index). */
export interface ScoreSheet {
  scores: Readonly<Record<string, { value: number | null; note?: string | null }>>;
  overall: number | null;
  recommendation: Recommendation | null;
  comment: string;
}

export interface ScoreProblem {
  field: string;
  code: 'score_missing' | 'score_out_of_range' | 'unknown_criterion' | 'note_required';
  message: Localized;
}

function inScale(scale: JudgementScale, value: number): boolean {
  if (!Number.isFinite(value)) {
    return false;
  }
  switch (scale.kind) {
    case 'pass_fail':
      return value === 0 || value === 1;
    case 'score':
      return value >= 0 && value <= scale.max;
    case 'levels':
      return Number.isInteger(value) && value >= 0 && value < scale.levels.length;
  }
}

/**
 * Checks a sheet against its form. A draft may leave rows blank; a submission must score every row,
 * give the overall score and a recommendation, and say why for every item judged 不符合.
 */
export function validateSheet(form: ScoreForm, sheet: ScoreSheet, mode: 'draft' | 'submit'): ScoreProblem[] {
  const problems: ScoreProblem[] = [];
  const rows = new Map(form.rows.map((r) => [r.criterionId, r]));
  for (const id of Object.keys(sheet.scores)) {
    if (!rows.has(id)) {
      problems.push({
        field: `scores.${id}`,
        code: 'unknown_criterion',
        message: { zh: `评分表中没有指标「${id}」`, en: `The form has no criterion "${id}"` },
      });
    }
  }
  for (const row of form.rows) {
    const value = sheet.scores[row.criterionId]?.value ?? null;
    if (value === null) {
      if (mode === 'submit') {
        problems.push({
          field: `scores.${row.criterionId}`,
          code: 'score_missing',
          message: { zh: `请为「${row.name.zh}」评分`, en: `Score "${row.name.en}"` },
        });
      }
    } else if (
      mode === 'submit' &&
      row.scale.kind === 'pass_fail' &&
      value === 0 &&
      !sheet.scores[row.criterionId]?.note?.trim()
    ) {
      // 不符合 is a finding the province and the lead unit must be able to read: it carries its reason.
      problems.push({
        field: `scores.${row.criterionId}.note`,
        code: 'note_required',
        message: {
          zh: `「${row.name.zh}」判为不符合，请填写理由`,
          en: `"${row.name.en}" is marked as not met: give the reason`,
        },
      });
    } else if (!inScale(row.scale, value)) {
      problems.push({
        field: `scores.${row.criterionId}`,
        code: 'score_out_of_range',
        message: {
          zh: `「${row.name.zh}」的评分应在 0–${row.maxPoints} 之间`,
          en: `The score of "${row.name.en}" must be between 0 and ${row.maxPoints}`,
        },
      });
    }
  }
  if (
    sheet.overall !== null &&
    !(Number.isFinite(sheet.overall) && sheet.overall >= 0 && sheet.overall <= form.overallMax)
  ) {
    problems.push({
      field: 'overall',
      code: 'score_out_of_range',
      message: {
        zh: `总体评分应在 0–${form.overallMax} 之间`,
        en: `The overall score must be between 0 and ${form.overallMax}`,
      },
    });
  }
  if (mode === 'submit' && sheet.overall === null) {
    problems.push({
      field: 'overall',
      code: 'score_missing',
      message: { zh: '请填写总体评分', en: 'Give the overall score' },
    });
  }
  if (mode === 'submit' && sheet.recommendation === null) {
    problems.push({
      field: 'recommendation',
      code: 'score_missing',
      message: { zh: '请选择评审意见（推荐/不推荐）', en: 'Choose a recommendation' },
    });
  }
  return problems;
}

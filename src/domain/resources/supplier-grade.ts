/**
 * 分级评价 of a supplier: weighted criteria, each scored 0–100 with the evidence behind it. The grade
 * follows from the weighted score, so it can always be traced back to the criteria.
 */

export const supplierGradeValues = ['A', 'B', 'C', 'D'] as const;
export type SupplierGrade = (typeof supplierGradeValues)[number];

export const SUPPLIER_GRADE_LABELS: Readonly<Record<SupplierGrade, { zh: string; en: string }>> = {
  A: { zh: 'A 级（优秀）', en: 'A (excellent)' },
  B: { zh: 'B 级（良好）', en: 'B (good)' },
  C: { zh: 'C 级（合格）', en: 'C (qualified)' },
  D: { zh: 'D 级（待提升）', en: 'D (to improve)' },
};

/** Lowest weighted score of each grade, best first. */
export const GRADE_THRESHOLDS: readonly (readonly [SupplierGrade, number])[] = [
  ['A', 85],
  ['B', 70],
  ['C', 60],
  ['D', 0],
];

export interface GradeCriterion {
  name: string;
  /** Share of the total, in percent; the weights of one evaluation add up to 100. */
  weight: number;
  /** 0–100. */
  score: number;
  evidence: string;
}

/** Σ weight × score / 100, rounded to one decimal. */
export function weightedScore(criteria: readonly GradeCriterion[]): number {
  const total = criteria.reduce((sum, c) => sum + c.weight * c.score, 0) / 100;
  return Math.round(total * 10) / 10;
}

/** The grade a weighted score earns. */
export function gradeOf(score: number): SupplierGrade {
  return GRADE_THRESHOLDS.find(([, min]) => score >= min)![0];
}

/** Whether the weights add up to 100 (within rounding). */
export function weightsComplete(criteria: readonly GradeCriterion[]): boolean {
  return Math.abs(criteria.reduce((sum, c) => sum + c.weight, 0) - 100) < 0.001;
}

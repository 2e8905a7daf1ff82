import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeOf, weightedScore, weightsComplete } from './supplier-grade.ts';

const criteria = [
  { name: '技术能力', weight: 40, score: 90, evidence: '发明专利 12 项' },
  { name: '服务案例', weight: 30, score: 80, evidence: '近三年服务企业 86 家' },
  { name: '客户评价', weight: 30, score: 70, evidence: '满意度调查 4.3/5' },
];

describe('supplier grading (分级评价)', () => {
  it('weights each criterion by its share: 0.4×90 + 0.3×80 + 0.3×70 = 81 → B', () => {
    expect(weightedScore(criteria)).toBe(81);
    expect(gradeOf(weightedScore(criteria))).toBe('B');
  });

  it('puts the grade boundaries at 85, 70 and 60', () => {
    expect(gradeOf(85)).toBe('A');
    expect(gradeOf(84.9)).toBe('B');
    expect(gradeOf(70)).toBe('B');
    expect(gradeOf(69.9)).toBe('C');
    expect(gradeOf(60)).toBe('C');
    expect(gradeOf(59.9)).toBe('D');
  });

  it('requires the weights to add up to 100', () => {
    expect(weightsComplete(criteria)).toBe(true);
    expect(weightsComplete(criteria.slice(1))).toBe(false);
  });

  it('never grades a supplier worse when one score rises', () => {
    const rank = { A: 4, B: 3, C: 2, D: 1 } as const;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 100 }),
        (scores, index, bump) => {
          const base = scores.map((score) => ({ name: 'x', weight: 25, score, evidence: 'e' }));
          const raised = base.map((c, i) => (i === index ? { ...c, score: Math.max(c.score, bump) } : c));
          return rank[gradeOf(weightedScore(raised))] >= rank[gradeOf(weightedScore(base))];
        },
      ),
    );
  });
});

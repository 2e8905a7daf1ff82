import { describe, expect, it } from 'vitest';
import { definePack } from '../policy/schema.ts';
import { shandongGuide } from '../policy/packs/shandong-guide.ts';
import { buildScoreForm, maxPointsOf, validateSheet, type ScoreSheet } from './scoring.ts';

const target = { level: 'provincial' as const, type: 'comprehensive' as const };

describe('buildScoreForm', () => {
  const form = buildScoreForm(shandongGuide, target, {
    declared: { floorArea: 2100, operatingStaff: 22 },
    evidence: { floorArea: 1850 },
  });

  it('has one row per criterion of the pack that applies to a Shandong comprehensive center', () => {
    const ids = form.rows.map((r) => r.criterionId);
    expect(ids[0]).toBe('sd-comp-floor-area');
    expect(ids).toContain('sd-comp-facilities');
    expect(ids.every((id) => id.startsWith('sd-comp-'))).toBe(true);
    expect(form.packId).toBe('shandong-guide');
  });

  it('shows required vs declared vs evidence on a quantitative row, with the verdict on each', () => {
    expect(form.rows.find((r) => r.criterionId === 'sd-comp-floor-area')).toMatchObject({
      kind: 'quantitative',
      metric: 'floorArea',
      comparator: 'gte',
      required: 2000,
      declared: 2100,
      evidence: 1850,
      declaredStatus: 'met',
      evidenceStatus: 'not_met',
      scale: { kind: 'pass_fail' },
      maxPoints: 1,
    });
  });

  it('leaves evidence empty when none was recorded', () => {
    expect(form.rows.find((r) => r.criterionId === 'sd-comp-staff')).toMatchObject({
      declared: 22,
      evidence: null,
      evidenceStatus: 'missing_value',
    });
  });

  it('asks the expert to judge a qualitative row on the pack’s scale, with its statement as the prompt', () => {
    const row = form.rows.find((r) => r.criterionId === 'sd-comp-facilities')!;
    expect(row).toMatchObject({
      kind: 'qualitative',
      declared: null,
      required: null,
      scale: { kind: 'pass_fail' },
    });
    expect(row.prompt.zh).toContain('线上公共服务平台');
  });

  it('uses a scored or levelled scale when the pack gives one', () => {
    const pack = definePack({
      ...shandongGuide,
      id: 'scaled-test',
      criteriaGroups: [
        {
          id: 'g',
          name: { zh: '组', en: 'Group' },
          criteria: [
            {
              kind: 'qualitative',
              id: 'q-score',
              name: { zh: '创新能力', en: 'Innovation' },
              statement: { zh: '创新能力强', en: 'Strong innovation' },
              scale: { kind: 'score', max: 10, passAt: 6 },
              source: shandongGuide.criteriaGroups[0]!.criteria[0]!.source,
            },
            {
              kind: 'qualitative',
              id: 'q-levels',
              name: { zh: '生态', en: 'Ecosystem' },
              statement: { zh: '生态完善', en: 'Mature ecosystem' },
              scale: {
                kind: 'levels',
                levels: [
                  { zh: '差', en: 'Poor' },
                  { zh: '中', en: 'Fair' },
                  { zh: '好', en: 'Good' },
                ],
                passFrom: 1,
              },
              source: shandongGuide.criteriaGroups[0]!.criteria[0]!.source,
            },
          ],
        },
      ],
    });
    const f = buildScoreForm(pack, {}, { declared: {}, evidence: {} });
    expect(f.rows.map((r) => [r.criterionId, r.maxPoints])).toEqual([
      ['q-score', 10],
      ['q-levels', 2],
    ]);
    expect(validateSheet(f, sheet({ 'q-score': 10.5, 'q-levels': 2 }), 'draft').map((p) => p.field)).toEqual([
      'scores.q-score',
    ]);
    expect(validateSheet(f, sheet({ 'q-score': 7.5, 'q-levels': 1.5 }), 'draft').map((p) => p.field)).toEqual(
      ['scores.q-levels'],
    );
  });
});

function sheet(values: Record<string, number | null>, over: Partial<ScoreSheet> = {}): ScoreSheet {
  return {
    scores: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }])),
    overall: null,
    recommendation: null,
    comment: '',
    ...over,
  };
}

describe('validateSheet', () => {
  const form = buildScoreForm(shandongGuide, target, { declared: {}, evidence: {} });
  const all = Object.fromEntries(form.rows.map((r) => [r.criterionId, 1]));

  it('accepts a partial draft', () => {
    expect(validateSheet(form, sheet({ 'sd-comp-floor-area': 1 }), 'draft')).toEqual([]);
  });

  it('requires every row, the overall score and a recommendation to submit', () => {
    const problems = validateSheet(form, sheet({ 'sd-comp-floor-area': 1 }), 'submit');
    expect(problems.filter((p) => p.code === 'score_missing')).toHaveLength(form.rows.length - 1 + 2);
    expect(problems.map((p) => p.field)).toContain('overall');
    expect(problems.map((p) => p.field)).toContain('recommendation');
    expect(validateSheet(form, sheet(all, { overall: 82, recommendation: 'recommend' }), 'submit')).toEqual(
      [],
    );
  });

  it('rejects a pass/fail score other than 0 or 1, an overall score above 100 and an unknown criterion', () => {
    const problems = validateSheet(
      form,
      sheet({ 'sd-comp-floor-area': 2, nope: 1 }, { overall: 101 }),
      'draft',
    );
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['scores.nope', 'unknown_criterion'],
      ['scores.sd-comp-floor-area', 'score_out_of_range'],
      ['overall', 'score_out_of_range'],
    ]);
  });

  it('gives the points of each scale kind', () => {
    expect(maxPointsOf({ kind: 'pass_fail' })).toBe(1);
    expect(maxPointsOf({ kind: 'score', max: 20, passAt: 12 })).toBe(20);
  });
});

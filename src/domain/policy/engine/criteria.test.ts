import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gansu2024 } from '../packs/gansu-2024.ts';
import { national2022 } from '../packs/national-2022.ts';
import { policyPacks } from '../packs/index.ts';
import { shandongGuide } from '../packs/shandong-guide.ts';
import type { Criterion } from '../schema.ts';
import { evaluateCriteria, evaluateCriterion } from './criteria.ts';

const quantitativeCriteria = policyPacks
  .flatMap((p) => p.criteriaGroups.flatMap((g) => g.criteria.map((c) => ({ pack: p.id, group: g.id, c }))))
  .filter(
    (x): x is { pack: string; group: string; c: Extract<Criterion, { kind: 'quantitative' }> } =>
      x.c.kind === 'quantitative' && (x.c.comparator === 'gte' || x.c.comparator === 'gt'),
  );

describe('evaluateCriteria', () => {
  it('selects only the rows for the level, type and kind (national talent center)', () => {
    const r = evaluateCriteria(national2022, { level: 'national', type: 'functional', kind: 'talent' }, {});
    const ids = r.criteria.map((c) => c.id);
    expect(ids).toContain('n22-func-operation-national');
    expect(ids).toContain('n22-tal-scale-national');
    expect(ids).not.toContain('n22-tal-scale-provincial');
    expect(ids).not.toContain('n22-tech-outcomes-national');
    expect(ids.every((id) => id.endsWith('-national'))).toBe(true);
  });

  it('reports required vs actual and not_met below the threshold (Shandong comprehensive floor area ≥2000 m²)', () => {
    const r = evaluateCriteria(
      shandongGuide,
      { level: 'provincial', type: 'comprehensive' },
      { floorArea: 1800 },
    );
    expect(r.criteria.find((c) => c.id === 'sd-comp-floor-area')).toMatchObject({
      metric: 'floorArea',
      required: 2000,
      actual: 1800,
      status: 'not_met',
    });
    expect(r.summary.allRequiredMet).toBe(false);
  });

  it('reports missing_value when a metric is absent', () => {
    const r = evaluateCriteria(shandongGuide, { level: 'provincial', type: 'comprehensive' }, {});
    expect(r.criteria.find((c) => c.id === 'sd-comp-staff')?.status).toBe('missing_value');
  });

  it('needs a judgement for qualitative rows and for the qualitative part of a mixed row', () => {
    const values = { innovationOutcomes: 45, outcomeIndustries: 3 };
    const r = evaluateCriteria(gansu2024, { level: 'provincial', type: 'comprehensive' }, values);
    expect(r.criteria.find((c) => c.id === 'gs-comp-environment')?.status).toBe('needs_judgement');
    expect(r.criteria.find((c) => c.id === 'gs-comp-outcomes')?.status).toBe('met');
    const judged = evaluateCriteria(
      gansu2024,
      { level: 'provincial', type: 'comprehensive' },
      { operatingStaff: 60 },
      { 'gs-comp-operation': { met: true } },
    );
    expect(judged.criteria.find((c) => c.id === 'gs-comp-operation')?.status).toBe('met');
  });

  it('fails Gansu comprehensive outcomes that span only one industry (跨2个行业领域)', () => {
    const r = evaluateCriteria(
      gansu2024,
      { level: 'provincial', type: 'comprehensive' },
      { innovationOutcomes: 80, outcomeIndustries: 1 },
    );
    expect(r.criteria.find((c) => c.id === 'gs-comp-outcomes')?.status).toBe('not_met');
  });

  it('fails a reported yearly increase below +10 (且未来每年增加至少10项)', () => {
    const r = evaluateCriteria(
      gansu2024,
      { level: 'provincial', type: 'comprehensive' },
      { innovationOutcomes: 80, outcomeIndustries: 3, innovationOutcomesAnnualIncrease: 6 },
    );
    expect(r.criteria.find((c) => c.id === 'gs-comp-outcomes')?.status).toBe('not_met');
  });

  it('sends an unreadable OCR threshold (＄类) to the expert even with a value', () => {
    const r = evaluateCriteria(
      national2022,
      { level: 'national', type: 'functional', kind: 'incubation' },
      { newProductClasses: 4 },
      { 'n22-inc-products-national': { met: true } },
    );
    expect(r.criteria.find((c) => c.id === 'n22-inc-products-national')).toMatchObject({
      status: 'needs_judgement',
      uncertain: true,
      required: null,
    });
  });

  it('raising a metric never turns a met criterion into unmet (every ≥ criterion of every pack)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...quantitativeCriteria),
        fc.dictionary(
          fc.constantFrom(
            'operatingStaff',
            'innovationOutcomes',
            'outcomeIndustries',
            'diagnosisIndustries',
            'modelLinksCovered',
            'contestTeams',
            'nationalLabPartners',
            'innovationOutcomesAnnualIncrease',
          ),
          fc.integer({ min: 0, max: 100000 }),
        ),
        fc.integer({ min: 0, max: 100000 }),
        fc.boolean(),
        (x, others, base, judgedMet) => {
          const judgements = { [x.c.id]: { met: judgedMet } };
          const before = evaluateCriterion(x.group, x.c, { ...others, [x.c.metric]: base }, judgements);
          fc.pre(before.status === 'met');
          for (const key of [x.c.metric, ...x.c.also.map((a) => a.metric)]) {
            const raised = {
              ...others,
              [x.c.metric]: base,
              [key]: ({ ...others, [x.c.metric]: base }[key] ?? 0) + 1 + Math.floor(base / 3),
            };
            expect(evaluateCriterion(x.group, x.c, raised, judgements).status).toBe('met');
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

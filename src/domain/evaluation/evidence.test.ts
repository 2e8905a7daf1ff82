import { describe, expect, it } from 'vitest';
import { getPack } from '../policy/packs/index.ts';
import {
  DECLARED_EXCESS_THRESHOLD,
  basisOf,
  buildEvidenceForm,
  declaredExceedsProven,
  metricsChecked,
} from './evidence.ts';

const gansu = getPack('gansu-2024')!;
const comprehensive = { level: 'provincial' as const, type: 'comprehensive' as const };

describe('declared against proven', () => {
  it('flags a declaration 20 % or more above the proven value (false data is a revocation ground, 003 第十七条（二）)', () => {
    expect(DECLARED_EXCESS_THRESHOLD).toBe(0.2);
    expect(declaredExceedsProven(1200, 1000)).toBe(true);
    expect(declaredExceedsProven(1500, 1000)).toBe(true);
    expect(declaredExceedsProven(1199, 1000)).toBe(false);
    expect(declaredExceedsProven(1000, 1000)).toBe(false);
    expect(declaredExceedsProven(800, 1000)).toBe(false);
  });

  it('flags any declared value where the records prove nothing, and nothing when a side is missing', () => {
    expect(declaredExceedsProven(5, 0)).toBe(true);
    expect(declaredExceedsProven(0, 0)).toBe(false);
    expect(declaredExceedsProven(null, 10)).toBe(false);
    expect(declaredExceedsProven(10, null)).toBe(false);
  });

  it('knows which metrics the records prove (training person-times) and which only the report states (staff)', () => {
    expect(basisOf('trainingPersonTimes')).toBe('records');
    expect(basisOf('enterprisesServed')).toBe('records');
    expect(basisOf('operatingStaff')).toBe('declared_only');
  });
});

describe('the pre-filled evaluation form (Gansu 评价要素表, 003 附件)', () => {
  const proven = {
    trainingPersonTimes: { value: 1000, pending: 0, disputed: 0 },
    enterprisesServed: { value: 180, pending: 30, disputed: 5 },
    smePartners: { value: 600, pending: 12, disputed: 1 },
    matchmakingEvents: { value: 3, pending: 0, disputed: 0 },
    talentEvents: { value: 2, pending: 0, disputed: 0 },
    diagnosisRegions: { value: 6, pending: 0, disputed: 0 },
    diagnosisIndustries: { value: 5, pending: 0, disputed: 0 },
  };

  it('shows declared training person-times 50 % above the attended ones side by side, flagged', () => {
    const form = buildEvidenceForm({
      pack: gansu,
      target: comprehensive,
      proven,
      declared: { trainingPersonTimes: 1500, enterprisesServed: 190, operatingStaff: 60 },
    });
    const training = form.rows.find((r) => r.metric === 'trainingPersonTimes')!;
    expect(training).toMatchObject({
      criterionId: 'gs-comp-training',
      basis: 'records',
      proven: 1000,
      declared: 1500,
      difference: 500,
      excessRatio: 0.5,
      flagged: true,
      required: 1000,
      used: 1000,
      status: 'met',
    });
    const served = form.rows.find((r) => r.metric === 'enterprisesServed')!;
    expect(served).toMatchObject({ proven: 180, declared: 190, flagged: false, pending: 30, disputed: 5 });
    expect(form.summary.flagged).toBe(1);
  });

  it('judges criteria on proven values, not on the higher declared ones', () => {
    const form = buildEvidenceForm({
      pack: gansu,
      target: comprehensive,
      proven,
      declared: { enterprisesServed: 250 },
    });
    const served = form.criteria.criteria.find((c) => c.id === 'gs-comp-service-scale')!;
    expect(served.actual).toBe(180);
    expect(served.status).toBe('not_met');
  });

  it('uses the declared value where records cannot prove the metric (operating staff)', () => {
    const form = buildEvidenceForm({
      pack: gansu,
      target: comprehensive,
      proven,
      declared: { operatingStaff: 60 },
    });
    const staff = form.rows.find((r) => r.metric === 'operatingStaff')!;
    expect(staff).toMatchObject({
      basis: 'declared_only',
      proven: null,
      declared: 60,
      used: 60,
      flagged: false,
    });
  });

  it('counts unconfirmed and disputed ledger units separately, once per metric', () => {
    const form = buildEvidenceForm({ pack: gansu, target: comprehensive, proven, declared: {} });
    expect(form.summary.pending).toBe(42);
    expect(form.summary.disputed).toBe(6);
  });

  it('proposes a rating on the pack scale from the criteria results', () => {
    const form = buildEvidenceForm({ pack: gansu, target: comprehensive, proven, declared: {} });
    expect(form.proposal?.scale).toBe('grades');
  });

  it('lists every metric a quantitative criterion checks, including the second metric of a criterion', () => {
    const keys = metricsChecked(gansu, comprehensive);
    expect(keys).toEqual(
      expect.arrayContaining(['trainingPersonTimes', 'diagnosisRegions', 'diagnosisIndustries']),
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  evaluateAll,
  evaluateMetric,
  findRecordMetric,
  monthsOf,
  notProvableHere,
  recordMetricDefinitions,
  uncataloguedDefinitions,
  yearPeriod,
  type MetricRecord,
} from './from-records.ts';
import { centerMetrics } from './index.ts';

const Y2026 = yearPeriod(2026);

function ledger(id: string, over: Partial<MetricRecord> = {}): MetricRecord {
  return {
    source: 'serviceRecords',
    id,
    date: '2026-03-01',
    enterpriseId: 'e1',
    regionCode: '370112',
    industryCode: 'C34',
    serviceType: 'diagnosis',
    sme: true,
    preferential: false,
    confirmation: 'confirmed',
    ...over,
  };
}

const def = (key: string) => findRecordMetric(key)!;

describe('metrics from records', () => {
  it('covers every catalogued provable metric either with a definition or with a stated reason', () => {
    const provable = centerMetrics.filter((m) => m.provableFromRecords).map((m) => m.key);
    const covered = new Set([...recordMetricDefinitions.map((d) => d.key), ...Object.keys(notProvableHere)]);
    expect(provable.filter((k) => !covered.has(k))).toEqual([]);
    expect(uncataloguedDefinitions()).toEqual([]);
  });

  it('counts an enterprise served twice in a year once, proven by its earliest record', () => {
    const r = evaluateMetric(
      def('enterprisesServed'),
      [
        ledger('b', { date: '2026-05-01' }),
        ledger('a', { date: '2026-02-01' }),
        ledger('c', { enterpriseId: 'e2' }),
      ],
      Y2026,
    );
    expect(r.value).toBe(2);
    expect(r.records.map((x) => x.id)).toEqual(['a', 'c']);
  });

  it('leaves records outside the year out of a per-year metric but in a cumulative one', () => {
    const records = [ledger('old', { date: '2025-12-31', regionCode: '370113' }), ledger('new')];
    expect(evaluateMetric(def('enterprisesServed'), records, Y2026).value).toBe(1);
    expect(evaluateMetric(def('diagnosisRegions'), records, Y2026).value).toBe(2);
    expect(
      evaluateMetric(def('diagnosisRegions'), [ledger('later', { date: '2027-01-01' })], Y2026).value,
    ).toBe(0);
  });

  it('counts only SMEs for smesServed', () => {
    const r = evaluateMetric(
      def('smesServed'),
      [ledger('a'), ledger('b', { enterpriseId: 'big', sme: false })],
      Y2026,
    );
    expect(r.value).toBe(1);
  });

  it('reports unconfirmed and disputed records separately and never in the proven value', () => {
    const r = evaluateMetric(
      def('enterprisesServed'),
      [
        ledger('ok'),
        ledger('wait', { enterpriseId: 'e2', confirmation: 'unconfirmed' }),
        ledger('no', { enterpriseId: 'e3', confirmation: 'disputed' }),
        // e1 is already proven: its unconfirmed record adds nothing.
        ledger('dup', { confirmation: 'unconfirmed' }),
      ],
      Y2026,
    );
    expect(r.value).toBe(1);
    expect(r.pending).toEqual({ value: 1, records: [{ source: 'serviceRecords', id: 'wait' }] });
    expect(r.disputed).toEqual({ value: 1, records: [{ source: 'serviceRecords', id: 'no' }] });
  });

  it('counts diagnosis coverage only from diagnosis and consulting services', () => {
    const r = evaluateMetric(
      def('diagnosisIndustries'),
      [
        ledger('a'),
        ledger('b', { serviceType: 'training', industryCode: 'C38' }),
        ledger('c', { serviceType: 'consulting', industryCode: 'I65' }),
      ],
      Y2026,
    );
    expect(r.value).toBe(2);
  });

  it('counts each attendance as one training person-time', () => {
    const att = (id: string, date: string): MetricRecord => ({
      source: 'courseAttendance',
      id,
      date,
      enterpriseId: 'e1',
    });
    const r = evaluateMetric(
      def('trainingPersonTimes'),
      [att('1', '2026-01-05'), att('2', '2026-01-05'), att('3', '2025-06-01')],
      Y2026,
    );
    expect(r.value).toBe(2);
  });

  it('pools preferential ledger services and SME offer claims, counting each SME once', () => {
    const claim = (id: string, enterpriseId: string, sme: boolean): MetricRecord => ({
      source: 'offerClaims',
      id,
      date: '2026-04-01',
      enterpriseId,
      sme,
    });
    const r = evaluateMetric(
      def('smesBenefitingPreferential'),
      [
        ledger('free', { preferential: true }),
        ledger('paid', { enterpriseId: 'e2' }),
        claim('c1', 'e1', true),
        claim('c2', 'e3', true),
        claim('c3', 'big', false),
      ],
      Y2026,
    );
    expect(r.value).toBe(2);
  });

  it('splits events by kind', () => {
    const ev = (id: string, eventKind: 'contest' | 'forum' | 'matchmaking'): MetricRecord => ({
      source: 'centerEvents',
      id,
      date: '2026-06-01',
      eventKind,
    });
    const records = [ev('1', 'contest'), ev('2', 'forum'), ev('3', 'matchmaking'), ev('4', 'matchmaking')];
    const byKey = Object.fromEntries(evaluateAll(records, Y2026).map((r) => [r.key, r.value]));
    expect(byKey).toMatchObject({ matchmakingEvents: 2, talentEvents: 2, talentContests: 1 });
  });

  it('lists the months of a period', () => {
    expect(monthsOf(Y2026)).toHaveLength(12);
    expect(monthsOf({ from: '2025-11-15', to: '2026-02-01' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  it('never lets proven + pending + disputed exceed the distinct units, and proves each counted unit by one record', () => {
    const rec = fc.record({
      id: fc.uuid(),
      e: fc.constantFrom('e1', 'e2', 'e3', 'e4'),
      month: fc.integer({ min: 1, max: 12 }),
      c: fc.constantFrom('confirmed', 'unconfirmed', 'disputed' as const),
    });
    fc.assert(
      fc.property(fc.array(rec, { maxLength: 30 }), (rows) => {
        const records = rows.map((x) =>
          ledger(x.id, {
            enterpriseId: x.e,
            date: `2026-${String(x.month).padStart(2, '0')}-01`,
            confirmation: x.c as MetricRecord['confirmation'],
          }),
        );
        const r = evaluateMetric(def('enterprisesServed'), records, Y2026);
        const distinct = new Set(rows.map((x) => x.e)).size;
        expect(r.value + r.pending.value + r.disputed.value).toBe(distinct);
        expect(r.records).toHaveLength(r.value);
        const confirmedEnterprises = new Set(rows.filter((x) => x.c === 'confirmed').map((x) => x.e));
        expect(r.value).toBe(confirmedEnterprises.size);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { getPack } from '../policy/index.ts';
import {
  automaticRevocationDue,
  evaluationRecords,
  filingTimeliness,
  groundForOperatorChange,
  manualGrounds,
  ratingLabel,
  ratingRank,
} from './management.ts';

const sd = getPack('shandong-guide')!;
const gs = getPack('gansu-2024')!;
const national = getPack('national-2022')!;

describe('revocation from decided evaluations', () => {
  it('reads stored ratings as grades or star counts and drops undecided ones', () => {
    expect(
      evaluationRecords([
        { year: 2024, rating: 'fail', decidedOn: '2025-03-01' },
        { year: 2025, rating: '1', decidedOn: null },
        { year: 2026, rating: null, decidedOn: null },
      ]),
    ).toEqual([
      { year: 2024, rating: 'fail', decidedOn: '2025-03-01' },
      { year: 2025, rating: 1 },
    ]);
  });

  it('proposes revocation after two consecutive failing evaluations (000 第二十条（一）)', () => {
    const due = automaticRevocationDue(sd, [
      { year: 2024, rating: 'fail', decidedOn: '2025-03-01' },
      { year: 2025, rating: 'fail', decidedOn: '2026-03-02' },
    ]);
    expect(due?.id).toBe('sd-failed-twice');
    expect(due?.date).toBe('2026-03-02');
    expect(due?.years).toEqual([2024, 2025]);
    expect(due?.source.ref).toBe('第二十条（一）');
  });

  it('does not propose when a passing year breaks the run (连续两次)', () => {
    expect(
      automaticRevocationDue(sd, [
        { year: 2023, rating: 'fail', decidedOn: '2024-03-01' },
        { year: 2024, rating: 'pass', decidedOn: '2025-03-01' },
        { year: 2025, rating: 'fail', decidedOn: '2026-03-01' },
      ]),
    ).toBeNull();
  });

  it('proposes revocation of a national center rated 1★ twice in a row (001 管理办法 第十五条（六）)', () => {
    const due = automaticRevocationDue(national, [
      { year: 2024, rating: '1', decidedOn: '2024-10-30' },
      { year: 2025, rating: '1', decidedOn: '2025-10-30' },
    ]);
    expect(due?.id).toBe('n22-one-star-twice');
    expect(
      automaticRevocationDue(national, [{ year: 2025, rating: '2', decidedOn: '2025-10-30' }]),
    ).toBeNull();
  });

  it('lists the manual grounds an authority may cite: 7 in Shandong (000 第二十条), 3 in Gansu (003 第十七条)', () => {
    expect(manualGrounds(sd)).toHaveLength(7);
    expect(manualGrounds(gs).map((g) => g.id)).toEqual([
      'gs-false-materials',
      'gs-not-cooperating',
      'gs-force-majeure',
    ]);
  });

  it('offers an operator change as a ground in Shandong (000 第二十条（三）) but not in Gansu', () => {
    expect(groundForOperatorChange(sd)?.id).toBe('sd-operator-changed');
    expect(groundForOperatorChange(national)?.id).toBe('n22-operator-changed');
    expect(groundForOperatorChange(gs)).toBeNull();
  });
});

describe('change filings (变更后一个月内, 000 第二十二条 / 003 第十八条)', () => {
  it('marks a rename filed 40 days after the change as late, 9 days past the one-month deadline', () => {
    const t = filingTimeliness(sd, '2026-01-01', '2026-02-10');
    expect(t).toMatchObject({ dueOn: '2026-02-01', late: true, daysLate: 9 });
    expect(t?.source.ref).toBe('第二十二条');
  });

  it('accepts a filing on the last day of the month', () => {
    expect(filingTimeliness(gs, '2026-01-31', '2026-02-28')).toMatchObject({ late: false, daysLate: 0 });
  });

  it('has no deadline where the pack has no change-filing rule (national 2022)', () => {
    expect(filingTimeliness(national, '2026-01-01', '2026-03-01')).toBeNull();
  });
});

describe('ratings for recommendation (择优推荐, 000 第十九条)', () => {
  it('ranks 优秀 above 良好 above 合格 and gives failing grades rank 0', () => {
    expect(ratingRank(sd, 'excellent')).toBeGreaterThan(ratingRank(sd, 'good'));
    expect(ratingRank(sd, 'good')).toBeGreaterThan(ratingRank(sd, 'pass'));
    expect(ratingRank(sd, 'fail')).toBe(0);
    expect(ratingRank(sd, null)).toBe(0);
    expect(ratingRank(national, '5')).toBe(5);
    expect(ratingRank(national, '1')).toBe(0);
  });

  it('labels grades by the pack and stars by count', () => {
    expect(ratingLabel(sd, 'fail').zh).toBe('不合格');
    expect(ratingLabel(national, '3').zh).toBe('3星级');
  });
});

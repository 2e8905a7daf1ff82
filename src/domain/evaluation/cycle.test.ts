import { describe, expect, it } from 'vitest';
import { getPack } from '../policy/packs/index.ts';
import {
  evaluationChain,
  firstEvaluationYear,
  isFailingRating,
  nextStep,
  openRefusal,
  ratingOptions,
  reportStanding,
  reportableYear,
} from './cycle.ts';

const shandong = getPack('shandong-guide')!;
const gansu = getPack('gansu-2024')!;
const national = getPack('national-2022')!;

describe('evaluation chain per pack', () => {
  it('Shandong: city first review, then the province decides (000 第十七条)', () => {
    const chain = evaluationChain(shandong)!;
    expect(chain.reviewers).toEqual(['city_officer']);
    expect(chain.decider).toBe('provincial_admin');
    expect(nextStep(chain, 'open')).toEqual({ action: 'review', role: 'city_officer' });
    expect(nextStep(chain, 'city_reviewed')).toEqual({ action: 'decide', role: 'provincial_admin' });
    expect(nextStep(chain, 'province_reviewed')).toBeNull();
    expect(nextStep(chain, 'decided')).toBeNull();
  });

  it('Gansu: the province assesses and decides (003 第十六条)', () => {
    const chain = evaluationChain(gansu)!;
    expect(chain.reviewers).toEqual([]);
    expect(nextStep(chain, 'open')).toEqual({ action: 'decide', role: 'provincial_admin' });
  });

  it('national: provincial pre-review, MIIT final review (001 管理办法 第十四条)', () => {
    const chain = evaluationChain(national)!;
    expect(chain.reviewers).toEqual(['provincial_admin']);
    expect(chain.decider).toBe('national_admin');
    expect(nextStep(chain, 'open')).toEqual({ action: 'review', role: 'provincial_admin' });
    expect(nextStep(chain, 'province_reviewed')).toEqual({ action: 'decide', role: 'national_admin' });
  });

  it('a pack without annual evaluation has no chain', () => {
    expect(evaluationChain(getPack('fujian-cultivation-2022')!)).toBeNull();
  });
});

describe('which center-years may be evaluated', () => {
  const center = { status: 'recognised', recognisedOn: '2024-06-30' };
  it('starts the year after recognition (000 第十七条 从认定次年起; 003 第十六条 评价完成次年开始)', () => {
    expect(firstEvaluationYear(evaluationChain(gansu)!, '2024-06-30')).toBe(2025);
    expect(openRefusal(center, gansu, 2024, '2026-02-10')).toMatchObject({
      code: 'evaluation.too_early',
      firstYear: 2025,
    });
    expect(openRefusal(center, gansu, 2025, '2026-02-10')).toBeNull();
  });

  it('refuses a year not over yet, an unrecognised center and a pack without a cycle', () => {
    expect(openRefusal(center, gansu, 2026, '2026-02-10')).toEqual({
      code: 'evaluation.year_not_over',
      year: 2026,
    });
    expect(openRefusal({ status: 'revoked', recognisedOn: '2024-06-30' }, gansu, 2025, '2026-02-10')).toEqual(
      {
        code: 'evaluation.not_recognised',
      },
    );
    expect(openRefusal(center, getPack('fujian-cultivation-2022'), 2025, '2026-02-10')).toEqual({
      code: 'evaluation.no_cycle',
    });
  });
});

describe('ratings', () => {
  it('four grades in Shandong and Gansu, 不合格 failing (000 第十八条, 003 第十六条)', () => {
    expect(ratingOptions(gansu.rating!)).toEqual(['excellent', 'good', 'pass', 'fail']);
    expect(isFailingRating(gansu.rating!, 'fail')).toBe(true);
    expect(isFailingRating(gansu.rating!, 'pass')).toBe(false);
  });

  it('stars nationally, one star the lowest (001 管理办法 第十三条)', () => {
    expect(ratingOptions(national.rating!)).toEqual(['5', '4', '3', '2', '1']);
    expect(isFailingRating(national.rating!, '1')).toBe(true);
    expect(isFailingRating(national.rating!, '2')).toBe(false);
  });
});

describe('annual report standing (003 第十五条: by 31 January)', () => {
  it('is overdue when not submitted after the due date, late when submitted after it', () => {
    expect(reportStanding(null, '2026-01-31', '2026-02-01')).toEqual({
      state: 'missing',
      overdue: true,
      late: false,
    });
    expect(reportStanding(null, '2026-01-31', '2026-01-31')).toEqual({
      state: 'missing',
      overdue: false,
      late: false,
    });
    expect(reportStanding({ status: 'draft', submittedOn: null }, '2026-01-31', '2026-03-01').overdue).toBe(
      true,
    );
    expect(
      reportStanding({ status: 'submitted', submittedOn: '2026-02-03' }, '2026-01-31', '2026-03-01'),
    ).toEqual({
      state: 'submitted',
      overdue: false,
      late: true,
    });
  });

  it('is never overdue when the pack sets no due date (Shandong: by the yearly notice)', () => {
    expect(reportStanding(null, null, '2030-01-01').overdue).toBe(false);
  });

  it('may be filed for a finished year from the year of recognition', () => {
    expect(reportableYear(2024, '2024-06-30', '2026-01-10')).toBe(true);
    expect(reportableYear(2025, '2024-06-30', '2026-01-10')).toBe(true);
    expect(reportableYear(2026, '2024-06-30', '2026-01-10')).toBe(false);
    expect(reportableYear(2023, '2024-06-30', '2026-01-10')).toBe(false);
  });
});

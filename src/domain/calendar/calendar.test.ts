import chineseDays from 'chinese-days';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarCoverageError, CalendarInputError } from './errors.ts';
import { createCalendar, defaultCalendar } from './calendar.ts';
import { fromDayNumber, toDayNumber } from './iso-date.ts';
import type { CalendarYear } from './types.ts';

const FIRST = toDayNumber('2004-01-01');
const LAST = toDayNumber('2026-12-31');
const packagedDate = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);

/** An illustrative 2027 schedule, not the real one (unknown when this was written). */
const example2027: CalendarYear = {
  year: 2027,
  reference: 'EXAMPLE 国办发明电〔2026〕X号',
  holidays: [
    { date: '2027-01-01', name: '元旦' },
    { date: '2027-02-05', name: '春节' },
    { date: '2027-02-08', name: '春节' },
    { date: '2027-02-09', name: '春节' },
    { date: '2027-02-10', name: '春节' },
    { date: '2027-02-11', name: '春节' },
  ],
  makeUpWorkdays: [{ date: '2027-02-13', name: '春节' }],
};

describe('packaged data (chinese-days)', () => {
  it('covers exactly the years in the package tables, 2004–2026', () => {
    const years = defaultCalendar.coveredYears();
    expect(years[0]).toBe(2004);
    expect(years.at(-1)).toBe(2026);
    expect(years).toHaveLength(23);
  });

  it('treats National Day 2024-10-01 as a holiday', () => {
    expect(defaultCalendar.isWorkingDay('2024-10-01')).toBe(false);
  });

  it('treats Sunday 2024-09-29 as a make-up working day (National Day 2024 调休)', () => {
    expect(defaultCalendar.isWorkingDay('2024-09-29')).toBe(true);
  });

  it('treats Sunday 2025-01-26 as a make-up working day (Spring Festival 2025 调休)', () => {
    expect(defaultCalendar.isWorkingDay('2025-01-26')).toBe(true);
  });

  it('follows the 2026 Spring Festival schedule: Sat 02-14 works, 02-15…02-23 off, Sat 02-28 works', () => {
    expect(defaultCalendar.isWorkingDay('2026-02-14')).toBe(true);
    expect(defaultCalendar.isWorkingDay('2026-02-16')).toBe(false);
    expect(defaultCalendar.isWorkingDay('2026-02-23')).toBe(false);
    expect(defaultCalendar.isWorkingDay('2026-02-24')).toBe(true);
    expect(defaultCalendar.isWorkingDay('2026-02-28')).toBe(true);
  });

  it('treats Tuesday 2024-12-31 as an ordinary working day and Saturday 2024-12-28 as a day off', () => {
    expect(defaultCalendar.isWorkingDay('2024-12-31')).toBe(true);
    expect(defaultCalendar.isWorkingDay('2024-12-28')).toBe(false);
  });

  it('agrees with the package’s own isWorkday on every day 2004–2026', () => {
    for (let d = FIRST; d <= LAST; d++) {
      const date = fromDayNumber(d);
      expect(defaultCalendar.isWorkingDay(date), date).toBe(chineseDays.isWorkday(date));
    }
  });
});

describe('addWorkingDays', () => {
  it('skips National Day 2024 and counts the Sunday make-up day: 2024-09-27 + 5 → 2024-10-10', () => {
    expect(defaultCalendar.addWorkingDays('2024-09-27', 5)).toBe('2024-10-10');
  });

  it('crosses Spring Festival 2025: 2025-01-24 + 3 → 2025-02-05 (Sun 01-26 counts)', () => {
    expect(defaultCalendar.addWorkingDays('2025-01-24', 3)).toBe('2025-02-05');
  });

  it('returns the date itself for n = 0, even on a day off', () => {
    expect(defaultCalendar.addWorkingDays('2024-10-01', 0)).toBe('2024-10-01');
  });

  it('starts counting after a holiday start date: 2024-10-01 + 1 → 2024-10-08', () => {
    expect(defaultCalendar.addWorkingDays('2024-10-01', 1)).toBe('2024-10-08');
  });

  it('crosses a year boundary inside coverage: 2025-12-31 + 1 → 2026-01-04 (New Year holiday, then a Sunday make-up day)', () => {
    expect(defaultCalendar.addWorkingDays('2025-12-31', 1)).toBe('2026-01-04');
  });

  it('rejects negative, fractional and non-finite counts', () => {
    for (const n of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => defaultCalendar.addWorkingDays('2025-03-03', n)).toThrow(CalendarInputError);
    }
  });

  it('matches the package’s findWorkday on random dates and counts', () => {
    fc.assert(
      fc.property(packagedDate, fc.integer({ min: 1, max: 40 }), (date, n) => {
        fc.pre(toDayNumber(date) + 80 < LAST);
        expect(defaultCalendar.addWorkingDays(date, n)).toBe(chineseDays.findWorkday(n, date));
      }),
    );
  });
});

describe('addWorkingDays properties', () => {
  // Late enough starts with n + m = 400 would run into uncovered 2027.
  const start = fc.integer({ min: FIRST, max: toDayNumber('2024-12-31') }).map(fromDayNumber);
  const count = fc.integer({ min: 0, max: 200 });

  it('always returns a working day for n ≥ 1', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 200 }), (d, n) =>
        defaultCalendar.isWorkingDay(defaultCalendar.addWorkingDays(d, n)),
      ),
    );
  });

  it('adding n then m equals adding n + m', () => {
    fc.assert(
      fc.property(start, count, count, (d, n, m) => {
        const cal = defaultCalendar;
        expect(cal.addWorkingDays(cal.addWorkingDays(d, n), m)).toBe(cal.addWorkingDays(d, n + m));
      }),
    );
  });

  it('returns a date strictly after the start for n ≥ 1', () => {
    fc.assert(
      fc.property(
        start,
        fc.integer({ min: 1, max: 200 }),
        (d, n) => defaultCalendar.addWorkingDays(d, n) > d,
      ),
    );
  });

  it('never returns a weekend day that is not a make-up working day', () => {
    const makeUp = new Set(
      defaultCalendar
        .coveredYears()
        .flatMap((y) => defaultCalendar.scheduleFor(y)!.makeUpWorkdays.map((w) => w.date)),
    );
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 200 }), (d, n) => {
        const result = defaultCalendar.addWorkingDays(d, n);
        const dow = new Date(`${result}T00:00:00Z`).getUTCDay();
        return !(dow === 0 || dow === 6) || makeUp.has(result);
      }),
    );
  });

  it('counts make-up working days: the day before one, plus 1, is that make-up day', () => {
    const makeUp = defaultCalendar
      .coveredYears()
      .flatMap((y) => defaultCalendar.scheduleFor(y)!.makeUpWorkdays.map((w) => w.date));
    fc.assert(
      fc.property(fc.constantFrom(...makeUp), (w) => {
        expect(defaultCalendar.addWorkingDays(fromDayNumber(toDayNumber(w) - 1), 1)).toBe(w);
      }),
    );
  });

  it('returns exactly n working days after the start (checked day by day)', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 60 }), (d, n) => {
        const result = defaultCalendar.addWorkingDays(d, n);
        let counted = 0;
        for (let day = toDayNumber(d) + 1; day <= toDayNumber(result); day++) {
          counted += defaultCalendar.isWorkingDay(fromDayNumber(day)) ? 1 : 0;
        }
        expect(counted).toBe(n);
      }),
    );
  });
});

describe('coverage', () => {
  it('throws CalendarCoverageError for 2027 without an override, naming the year in Chinese and English', () => {
    const error = (() => {
      try {
        defaultCalendar.isWorkingDay('2027-01-04');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(CalendarCoverageError);
    expect((error as CalendarCoverageError).year).toBe(2027);
    expect((error as CalendarCoverageError).message).toMatch(/2027 年/);
    expect((error as CalendarCoverageError).message).toMatch(/does not cover 2027/);
  });

  it('throws for years before the data too (2003)', () => {
    expect(() => defaultCalendar.isWorkingDay('2003-06-02')).toThrow(CalendarCoverageError);
  });

  it('throws when counting runs past 2026 instead of guessing 2027', () => {
    expect(() => defaultCalendar.addWorkingDays('2026-12-28', 5)).toThrow(/2027/);
    expect(defaultCalendar.addWorkingDays('2026-12-28', 3)).toBe('2026-12-31');
  });

  it('answers 2027 once the notice is loaded as an override', () => {
    const cal = createCalendar([example2027]);
    expect(cal.coveredYears().at(-1)).toBe(2027);
    expect(cal.isWorkingDay('2027-01-01')).toBe(false);
    expect(cal.isWorkingDay('2027-02-13')).toBe(true); // Saturday make-up day
    expect(cal.isWorkingDay('2027-02-09')).toBe(false);
    expect(cal.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
    expect(cal.addWorkingDays('2027-02-04', 1)).toBe('2027-02-12');
    expect(cal.addWorkingDays('2027-02-04', 2)).toBe('2027-02-13');
  });

  it('refuses to cross an uncovered gap year (2028 loaded, 2027 not)', () => {
    const cal = createCalendar([{ ...example2027, year: 2028, holidays: [], makeUpWorkdays: [] }]);
    expect(cal.coveredYears()).toContain(2028);
    expect(() => cal.isWorkingDay('2027-03-01')).toThrow(CalendarCoverageError);
    expect(() => cal.addWorkingDays('2026-12-31', 1)).toThrow(/2027/);
    expect(cal.isWorkingDay('2028-03-01')).toBe(true);
  });

  it('lets an override replace the package data for its year entirely', () => {
    const cal = createCalendar([
      { year: 2024, reference: 'test', holidays: [{ date: '2024-12-31', name: 'test' }], makeUpWorkdays: [] },
    ]);
    expect(cal.isWorkingDay('2024-10-01')).toBe(true); // the package holiday is gone
    expect(cal.isWorkingDay('2024-09-29')).toBe(false); // and so is the package make-up day
    expect(cal.isWorkingDay('2024-12-31')).toBe(false);
    expect(cal.coverage().find((c) => c.year === 2024)).toEqual({
      year: 2024,
      source: 'override',
      reference: 'test',
    });
    expect(defaultCalendar.isWorkingDay('2024-10-01')).toBe(false);
  });

  it('rejects overrides with impossible or out-of-year dates', () => {
    const bad = (patch: Partial<CalendarYear>) => () => createCalendar([{ ...example2027, ...patch }]);
    expect(bad({ holidays: [{ date: '2027-02-29', name: 'x' }] })).toThrow(CalendarInputError);
    expect(bad({ holidays: [{ date: '2028-01-01', name: 'x' }] })).toThrow(/not in 2027/);
    expect(bad({ makeUpWorkdays: [{ date: '2027-01-01', name: 'x' }] })).toThrow(/twice/);
    expect(bad({ year: 20277 })).toThrow(CalendarInputError);
  });
});

describe('validation of dates', () => {
  it.each([
    '2025-02-29',
    '2025-13-01',
    '2025-00-10',
    '2025-1-1',
    ' 2025-01-01',
    '2025-01-01T00:00',
    '',
    '20250101',
  ])('rejects %j', (date) => {
    expect(() => defaultCalendar.isWorkingDay(date)).toThrow(CalendarInputError);
    expect(() => defaultCalendar.addWorkingDays(date, 1)).toThrow(CalendarInputError);
  });

  it('accepts 29 February in a leap year', () => {
    expect(defaultCalendar.isWorkingDay('2024-02-29')).toBe(true);
  });
});

describe('performance', () => {
  it('adds 250 working days 100,000 times in well under a second', () => {
    const t0 = performance.now();
    let last = '';
    for (let i = 0; i < 100_000; i++) {
      last = defaultCalendar.addWorkingDays(fromDayNumber(FIRST + (i % 7000)), 250);
    }
    const elapsed = performance.now() - t0;
    expect(last).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(elapsed).toBeLessThan(1500);
  });
});

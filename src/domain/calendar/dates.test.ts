import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  compareDates,
  daysBetween,
  fixedDateInYear,
  formatShanghaiDate,
  formatShanghaiDateTime,
  monthRange,
  todayInShanghai,
} from './dates.ts';
import { CalendarInputError } from './errors.ts';
import { daysInMonth, fromDayNumber, toDayNumber } from './iso-date.ts';

const anyDate = fc
  .integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2100-12-31') })
  .map(fromDayNumber);

describe('addCalendarMonths (“within one month”: same day next month, clamped)', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-01-15', 1, '2025-02-15'],
    ['2025-12-31', 2, '2026-02-28'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-01-10', -13, '2023-12-10'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-06-30', 0, '2025-06-30'],
  ] as const)('%s + %i months → %s', (date, n, expected) => {
    expect(addCalendarMonths(date, n)).toBe(expected);
  });

  it('never moves to a day-of-month later than the start and stays in the target month', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -48, max: 48 }), (date, n) => {
        const result = addCalendarMonths(date, n);
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const [ry, rm, rd] = result.split('-').map(Number) as [number, number, number];
        expect((ry - y) * 12 + (rm - m)).toBe(n);
        expect(rd).toBe(Math.min(d, daysInMonth(ry, rm)));
      }),
    );
  });

  it('rejects invalid dates and non-integer months', () => {
    expect(() => addCalendarMonths('2025-02-30', 1)).toThrow(CalendarInputError);
    expect(() => addCalendarMonths('2025-01-01', 0.5)).toThrow(CalendarInputError);
  });
});

describe('fixedDateInYear', () => {
  it('builds a fixed yearly deadline', () => {
    expect(fixedDateInYear(2025, '03-31')).toBe('2025-03-31');
  });

  it('accepts 02-29 only in a leap year', () => {
    expect(fixedDateInYear(2024, '02-29')).toBe('2024-02-29');
    expect(() => fixedDateInYear(2025, '02-29')).toThrow(CalendarInputError);
  });

  it('rejects malformed month-days', () => {
    for (const md of ['3-31', '13-01', '04-31', '0331']) {
      expect(() => fixedDateInYear(2025, md)).toThrow(CalendarInputError);
    }
  });
});

describe('monthRange', () => {
  it('spans whole months, ending on the last day of the last month', () => {
    expect(monthRange(2024, 1, 2)).toEqual({ start: '2024-01-01', end: '2024-02-29' });
    expect(monthRange(2025, 7, 12)).toEqual({ start: '2025-07-01', end: '2025-12-31' });
    expect(monthRange(2025, 4, 4)).toEqual({ start: '2025-04-01', end: '2025-04-30' });
  });

  it('rejects reversed or impossible months', () => {
    expect(() => monthRange(2025, 6, 3)).toThrow(CalendarInputError);
    expect(() => monthRange(2025, 0, 3)).toThrow(CalendarInputError);
    expect(() => monthRange(2025, 1, 13)).toThrow(CalendarInputError);
  });
});

describe('compareDates and daysBetween', () => {
  it('orders dates', () => {
    expect(compareDates('2024-12-31', '2025-01-01')).toBe(-1);
    expect(compareDates('2025-01-01', '2025-01-01')).toBe(0);
    expect(compareDates('2025-01-02', '2025-01-01')).toBe(1);
    expect(['2025-03-01', '2024-12-31', '2025-01-15'].sort(compareDates)).toEqual([
      '2024-12-31',
      '2025-01-15',
      '2025-03-01',
    ]);
  });

  it('counts calendar days, signed', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetween('2025-01-01', '2024-01-01')).toBe(-366);
  });

  it('agrees with compareDates in sign', () => {
    fc.assert(fc.property(anyDate, anyDate, (a, b) => Math.sign(daysBetween(b, a)) === compareDates(a, b)));
  });

  it('rejects invalid dates', () => {
    expect(() => compareDates('2025-02-29', '2025-01-01')).toThrow(CalendarInputError);
    expect(() => daysBetween('2025-01-01', 'tomorrow')).toThrow(CalendarInputError);
  });
});

describe('todayInShanghai', () => {
  it('is already the next day at 16:00 UTC (00:00 in Shanghai)', () => {
    expect(todayInShanghai(new Date('2024-12-31T15:59:59Z'))).toBe('2024-12-31');
    expect(todayInShanghai(new Date('2024-12-31T16:00:00Z'))).toBe('2025-01-01');
  });

  it('matches Intl’s Asia/Shanghai date', () => {
    const fmt = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1992-01-01T00:00:00Z'),
          max: new Date('2100-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        (now) => {
          expect(todayInShanghai(now)).toBe(fmt.format(now));
        },
      ),
    );
  });

  it('defaults to the current instant', () => {
    expect(todayInShanghai()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('day numbers', () => {
  it('round-trip and agree with Date for every day 1900–2200', () => {
    const mismatches: string[] = [];
    for (let d = toDayNumber('1900-01-01'); d <= toDayNumber('2200-12-31'); d++) {
      const iso = fromDayNumber(d);
      if (toDayNumber(iso) !== d || new Date(d * 86_400_000).toISOString().slice(0, 10) !== iso) {
        mismatches.push(iso);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('formatShanghaiDateTime (what screens and exports show)', () => {
  it('shows a UTC instant in Beijing time to the minute, as the screen does', () => {
    expect(formatShanghaiDateTime('2026-12-04T14:03:46.874Z')).toBe('2026-12-04 22:03');
    expect(formatShanghaiDateTime(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01 00:30');
  });

  it('reads a bare calendar date as midnight in Shanghai, and leaves none empty', () => {
    expect(formatShanghaiDateTime('2026-11-22')).toBe('2026-11-22 00:00');
    expect(formatShanghaiDate('2026-12-04T16:03:00Z')).toBe('2026-12-05');
    expect(formatShanghaiDateTime(null)).toBe('');
    expect(formatShanghaiDate(undefined)).toBe('');
  });

  it('never shows ISO instants, whatever the instant', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1992-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        (d) => {
          expect(formatShanghaiDateTime(d)).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
        },
      ),
    );
  });
});

/** The Chinese working-day calendar: packaged schedules, replaced year by year by loaded notices. */
import { CalendarCoverageError, CalendarInputError } from './errors.ts';
import {
  dayNumberToParts,
  fromDayNumber,
  isWeekend,
  parseIsoDate,
  partsToDayNumber,
  toDayNumber,
} from './iso-date.ts';
import { packageCalendarYears } from './package-data.ts';
import type { CalendarYear, IsoDate, WorkingDayCalendar } from './types.ts';

/** Years an override may name; beyond this a typo (e.g. 20277) would allocate a huge table. */
const MIN_YEAR = 1949;
const MAX_YEAR = 2199;

/** Which schedule answers for each year: the package data or a loaded notice. */
export interface CoveredYear {
  year: number;
  source: 'package' | 'override';
  reference: string;
}

/** A working-day calendar that also says where each covered year's schedule comes from. */
export interface ChineseWorkingDayCalendar extends WorkingDayCalendar {
  /** Each covered year with its source, ascending. */
  coverage(): CoveredYear[];
  /** The schedule in force for `year`, or undefined when not covered. */
  scheduleFor(year: number): CalendarYear | undefined;
}

function checkYearSchedule(y: CalendarYear): void {
  if (!Number.isInteger(y.year) || y.year < MIN_YEAR || y.year > MAX_YEAR) {
    throw new CalendarInputError(
      'invalid_override',
      `year: ${String(y.year)} is not a year between ${MIN_YEAR} and ${MAX_YEAR}`,
    );
  }
  const seen = new Set<string>();
  const check = (list: { date: IsoDate }[], field: string): void => {
    list.forEach(({ date }, i) => {
      const parts = parseIsoDate(date, `${y.year} ${field}[${i}].date`);
      if (parts.year !== y.year) {
        throw new CalendarInputError(
          'invalid_override',
          `${y.year} ${field}[${i}].date: ${date} is not in ${y.year}`,
        );
      }
      if (seen.has(date)) {
        throw new CalendarInputError(
          'invalid_override',
          `${y.year} ${field}[${i}].date: ${date} is listed twice`,
        );
      }
      seen.add(date);
    });
  };
  check(y.holidays, 'holidays');
  check(y.makeUpWorkdays, 'makeUpWorkdays');
}

/**
 * Builds a calendar from the package data with `overrides` layered on top: an override replaces the
 * package's schedule for its year entirely; when one year is given twice, the later entry wins.
 */
export function createCalendar(overrides: CalendarYear[] = []): ChineseWorkingDayCalendar {
  const schedules = new Map<number, { schedule: CalendarYear; source: CoveredYear['source'] }>();
  for (const y of packageCalendarYears()) {
    schedules.set(y.year, { schedule: y, source: 'package' });
  }
  for (const y of overrides) {
    checkYearSchedule(y);
    schedules.set(y.year, { schedule: y, source: 'override' });
  }
  const years = [...schedules.keys()].sort((a, b) => a - b);
  const covered = new Set(years);
  const firstYear = years[0] ?? 0;
  const lastYear = years.at(-1) ?? -1;

  // One flag per day from the first covered year's 1 January to the last one's 31 December, and a
  // prefix count of working days, so addWorkingDays is a binary search instead of a day-by-day walk.
  const base = partsToDayNumber({ year: firstYear, month: 1, day: 1 });
  const end = years.length ? partsToDayNumber({ year: lastYear, month: 12, day: 31 }) + 1 : base;
  const size = end - base;
  const working = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    working[i] = isWeekend(base + i) ? 0 : 1;
  }
  for (const { schedule } of schedules.values()) {
    for (const h of schedule.holidays) {
      working[toDayNumber(h.date) - base] = 0;
    }
    for (const w of schedule.makeUpWorkdays) {
      working[toDayNumber(w.date) - base] = 1;
    }
  }
  // Days of uncovered gap years stay in the table but are never returned: coverage is checked first.
  const before = new Int32Array(size + 1); // before[i] = working days among table days [0, i)
  for (let i = 0; i < size; i++) {
    before[i + 1] = before[i]! + working[i]!;
  }

  const requireCovered = (year: number): void => {
    if (!covered.has(year)) {
      throw new CalendarCoverageError(year);
    }
  };

  const indexOf = (date: IsoDate): number => {
    const parts = parseIsoDate(date);
    requireCovered(parts.year);
    return partsToDayNumber(parts) - base;
  };

  return {
    isWorkingDay(date) {
      return working[indexOf(date)] === 1;
    },

    addWorkingDays(date, n) {
      if (!Number.isSafeInteger(n) || n < 0) {
        throw new CalendarInputError(
          'invalid_count',
          `n: 工作日数须为非负整数 / must be a non-negative integer: ${String(n)}`,
        );
      }
      const start = indexOf(date);
      if (n === 0) {
        return date;
      }
      // Smallest result index r > start with before[r + 1] - before[start + 1] === n.
      const target = before[start + 1]! + n;
      if (before[size]! < target) {
        // Runs past the last covered year: name the first uncovered year after the start.
        let year = dayNumberToParts(base + start).year + 1;
        while (covered.has(year)) {
          year++;
        }
        throw new CalendarCoverageError(year);
      }
      let lo = start + 1;
      let hi = size - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (before[mid + 1]! >= target) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      const startYear = dayNumberToParts(base + start).year;
      const result = base + lo;
      const resultYear = dayNumberToParts(result).year;
      for (let year = startYear + 1; year <= resultYear; year++) {
        requireCovered(year);
      }
      return fromDayNumber(result);
    },

    coveredYears() {
      return [...years];
    },

    coverage() {
      return years.map((year) => {
        const { schedule, source } = schedules.get(year)!;
        return { year, source, reference: schedule.reference };
      });
    },

    scheduleFor(year) {
      return schedules.get(year)?.schedule;
    },
  };
}

/** The calendar of the packaged data alone (no loaded notices). */
export const defaultCalendar: ChineseWorkingDayCalendar = createCalendar();

/**
 * Parser for a year's holiday notice (国务院办公厅关于××年部分节假日安排的通知), as an admin types it up
 * for `dtpc calendar import`: JSON, or one line per day (`2027-01-01 holiday 元旦`).
 */
import { z } from 'zod';
import {
  dayOfWeek,
  isIsoDate,
  isWeekend,
  parseIsoDate,
  partsToDayNumber,
  tryParseIsoDate,
} from './iso-date.ts';
import type { CalendarYear, IsoDate } from './types.ts';

/** A notice file that cannot be used; `issues` name the field or line of each problem. */
export class CalendarNoticeError extends Error {
  readonly code = 'invalid_calendar_notice';
  readonly issues: string[];

  constructor(issues: string[]) {
    super(`节假日安排文件无效 / invalid holiday notice:\n  ${issues.join('\n  ')}`);
    this.name = 'CalendarNoticeError';
    this.issues = issues;
  }
}

/** A parsed notice and the doubts worth showing the admin before it is saved. */
export interface ParsedCalendarNotice {
  calendarYear: CalendarYear;
  warnings: string[];
}

const dayEntry = z.strictObject({
  date: z.string().refine(isIsoDate, { message: 'not a real date in YYYY-MM-DD form' }),
  name: z.string().trim().min(1, 'must not be empty'),
});

/** The JSON notice format; unknown keys are rejected so a misspelt `makeUpWorkdays` is not silently dropped. */
export const calendarNoticeSchema = z.strictObject({
  year: z.number().int().min(1949).max(2199),
  reference: z.string().trim().min(1, 'must name the notice, e.g. 国办发明电〔2026〕X号'),
  holidays: z.array(dayEntry),
  makeUpWorkdays: z.array(dayEntry).default([]),
  /** Free text for whoever reads the file (e.g. "EXAMPLE — not the real schedule"); not stored. */
  note: z.string().optional(),
});

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
}

function parseJsonNotice(text: string): CalendarYear {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new CalendarNoticeError([`not valid JSON: ${(error as Error).message}`]);
  }
  const result = calendarNoticeSchema.safeParse(raw);
  if (!result.success) {
    throw new CalendarNoticeError(
      result.error.issues.map((issue) => `${formatPath(issue.path) || '(root)'}: ${issue.message}`),
    );
  }
  const { year, reference, holidays, makeUpWorkdays } = result.data;
  return { year, reference, holidays, makeUpWorkdays };
}

const KINDS: Record<string, 'holiday' | 'workday'> = {
  holiday: 'holiday',
  workday: 'workday',
  休: 'holiday',
  班: 'workday',
};

function parseLineNotice(text: string): CalendarYear {
  const issues: string[] = [];
  let year: number | undefined;
  let reference: string | undefined;
  const holidays: CalendarYear['holidays'] = [];
  const makeUpWorkdays: CalendarYear['makeUpWorkdays'] = [];

  text.split(/\r?\n/).forEach((rawLine, i) => {
    const where = `line ${i + 1}`;
    // `#` starts a comment at the line start or after whitespace, so names stay free of it.
    const line = rawLine.replace(/(^|\s)#.*$/, '').trim();
    if (!line) {
      return;
    }
    const header = /^(year|reference)\s*[:：]\s*(.*)$/i.exec(line);
    if (header) {
      const key = header[1]!.toLowerCase();
      const value = header[2]!.trim();
      if (key === 'year') {
        if (!/^\d{4}$/.test(value)) {
          issues.push(`${where}: year: expected a four-digit year, got ${JSON.stringify(value)}`);
        } else {
          year = Number(value);
        }
      } else if (!value) {
        issues.push(`${where}: reference: must name the notice`);
      } else {
        reference = value;
      }
      return;
    }
    const [date = '', kindWord = '', ...nameWords] = line.split(/\s+/);
    const kind = KINDS[kindWord.toLowerCase()];
    const name = nameWords.join(' ');
    if (!isIsoDate(date)) {
      issues.push(`${where}: date: not a real date in YYYY-MM-DD form: ${JSON.stringify(date)}`);
    } else if (!kind) {
      issues.push(`${where}: expected "YYYY-MM-DD holiday|workday name", got ${JSON.stringify(line)}`);
    } else if (!name) {
      issues.push(`${where}: name: missing after ${date} ${kindWord}`);
    } else {
      (kind === 'holiday' ? holidays : makeUpWorkdays).push({ date, name });
    }
  });
  if (year === undefined) {
    issues.push('year: missing a "year: YYYY" line');
  } else if (year < 1949 || year > 2199) {
    issues.push(`year: ${year} is out of range`);
  }
  if (reference === undefined) {
    issues.push('reference: missing a "reference: …" line naming the notice');
  }
  if (issues.length) {
    throw new CalendarNoticeError(issues);
  }
  return { year: year!, reference: reference!, holidays, makeUpWorkdays };
}

/**
 * Weekend holidays that belong to a holiday period: reachable from a weekday holiday through days that are
 * each a holiday or an ordinary weekend day. Weekend days inside a period are sometimes listed and sometimes
 * not (the packaged 2011 端午 lists Sat 06-04 and Mon 06-06 but not Sun 06-05), so gaps must not split a period.
 */
function holidaysInPeriods(calendarYear: CalendarYear): Set<number> {
  const holidays = new Set(calendarYear.holidays.map((h) => partsToDayNumber(parseIsoDate(h.date))));
  const makeUp = new Set(calendarYear.makeUpWorkdays.map((w) => partsToDayNumber(parseIsoDate(w.date))));
  const offDay = (d: number): boolean => holidays.has(d) || (isWeekend(d) && !makeUp.has(d));
  // A period may run over New Year (2022-12-31 … 2023-01-02), whose other end is in the next schedule.
  const firstDay = partsToDayNumber({ year: calendarYear.year, month: 1, day: 1 });
  const lastDay = partsToDayNumber({ year: calendarYear.year, month: 12, day: 31 });
  const inPeriod = new Set<number>();
  for (const day of holidays) {
    if (!isWeekend(day)) {
      continue;
    }
    for (const step of [-1, 1]) {
      for (let d = day + step; d < firstDay || d > lastDay || offDay(d); d += step) {
        if (d < firstDay || d > lastDay || (holidays.has(d) && !isWeekend(d))) {
          inPeriod.add(day);
          break;
        }
      }
    }
  }
  return inPeriod;
}

/** Checks a parsed year: errors for impossible schedules, warnings for merely suspicious ones. */
export function checkCalendarYear(calendarYear: CalendarYear): string[] {
  const issues: string[] = [];
  const warnings: string[] = [];
  const seen = new Map<IsoDate, string>();
  const visit = (list: { date: IsoDate }[], field: 'holidays' | 'makeUpWorkdays'): void => {
    list.forEach(({ date }, i) => {
      const at = `${field}[${i}].date`;
      const parts = tryParseIsoDate(date);
      if (!parts) {
        issues.push(`${at}: not a real date: ${JSON.stringify(date)}`);
        return;
      }
      if (parts.year !== calendarYear.year) {
        // Notices occasionally move a working day into the previous December (the 2012 notice made
        // Sat 2011-12-31 a working day); such a day belongs to that earlier year's schedule.
        const hint = parts.year === calendarYear.year - 1 ? ` (load it with the ${parts.year} schedule)` : '';
        issues.push(`${at}: ${date} is not in the notice's year ${calendarYear.year}${hint}`);
      }
      const earlier = seen.get(date);
      if (earlier) {
        issues.push(`${at}: ${date} is already listed as ${earlier}`);
      }
      seen.set(date, at);
      const dayNumber = partsToDayNumber(parts);
      if (field === 'makeUpWorkdays' && !isWeekend(dayNumber)) {
        issues.push(
          `${at}: ${date} is a ${WEEKDAY_NAMES[dayOfWeek(dayNumber)]}; a make-up working day (调休上班) must be a Saturday or Sunday`,
        );
      }
    });
  };
  visit(calendarYear.holidays, 'holidays');
  visit(calendarYear.makeUpWorkdays, 'makeUpWorkdays');
  if (issues.length) {
    throw new CalendarNoticeError(issues);
  }
  const inPeriod = holidaysInPeriods(calendarYear);
  calendarYear.holidays.forEach(({ date, name }, i) => {
    const day = partsToDayNumber(parseIsoDate(date));
    if (isWeekend(day) && !inPeriod.has(day)) {
      warnings.push(
        `holidays[${i}]: ${date} (${name}) is a weekend day outside any holiday period; it was a day off anyway — check the date`,
      );
    }
  });
  if (calendarYear.holidays.length === 0) {
    warnings.push(`holidays: the ${calendarYear.year} notice lists no holidays at all`);
  }
  return warnings;
}

/** Parses a notice file (JSON or line format), validates it and returns the year with any warnings. */
export function parseCalendarNotice(text: string): ParsedCalendarNotice {
  const body = text.replace(/^\uFEFF/, '');
  const calendarYear = body.trimStart().startsWith('{') ? parseJsonNotice(body) : parseLineNotice(body);
  const warnings = checkCalendarYear(calendarYear);
  return { calendarYear, warnings };
}

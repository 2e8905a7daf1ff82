/** Calendar arithmetic for deadlines: months, fixed dates, ranges, today in Asia/Shanghai. */
import { CalendarInputError } from './errors.ts';
import { daysInMonth, formatIsoDate, parseIsoDate, partsToDayNumber } from './iso-date.ts';
import type { IsoDate } from './types.ts';

/**
 * The date `n` calendar months after `date` (n may be negative).
 *
 * Convention for “within one month” (一个月内): the due date is the same day-of-month in the month
 * `n` months on, clamped to that month's last day when it has fewer days — so one month after
 * 01-31 is 02-28 (02-29 in a leap year) and one month after 03-31 is 04-30.
 */
export function addCalendarMonths(date: IsoDate, n: number): IsoDate {
  if (!Number.isSafeInteger(n)) {
    throw new CalendarInputError('invalid_count', `n: must be an integer number of months: ${String(n)}`);
  }
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  if (targetYear < 1 || targetYear > 9999) {
    throw new CalendarInputError('invalid_date', `${date} + ${n} months leaves years 0001–9999`);
  }
  return formatIsoDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

/** The date `MM-DD` in `year`, e.g. fixedDateInYear(2025, '03-31') → 2025-03-31; throws if it does not exist that year. */
export function fixedDateInYear(year: number, monthDay: string): IsoDate {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new CalendarInputError('invalid_date', `year: not a year between 1 and 9999: ${String(year)}`);
  }
  if (!/^\d{2}-\d{2}$/.test(monthDay)) {
    throw new CalendarInputError('invalid_date', `monthDay: expected MM-DD: ${JSON.stringify(monthDay)}`);
  }
  const date = `${String(year).padStart(4, '0')}-${monthDay}`;
  parseIsoDate(date, 'monthDay');
  return date;
}

/** First and last day of the months `fromMonth`…`toMonth` (1–12, inclusive) of `year`, e.g. a reporting period. */
export function monthRange(
  year: number,
  fromMonth: number,
  toMonth: number,
): { start: IsoDate; end: IsoDate } {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new CalendarInputError('invalid_date', `year: not a year between 1 and 9999: ${String(year)}`);
  }
  const isMonth = (m: number): boolean => Number.isInteger(m) && m >= 1 && m <= 12;
  if (!isMonth(fromMonth) || !isMonth(toMonth) || fromMonth > toMonth) {
    throw new CalendarInputError(
      'invalid_date',
      `months: expected 1 ≤ fromMonth ≤ toMonth ≤ 12, got ${fromMonth}–${toMonth}`,
    );
  }
  return {
    start: formatIsoDate({ year, month: fromMonth, day: 1 }),
    end: formatIsoDate({ year, month: toMonth, day: daysInMonth(year, toMonth) }),
  };
}

/** -1, 0 or 1 as `a` is before, equal to or after `b` (usable as a sort comparator). */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  parseIsoDate(a, 'a');
  parseIsoDate(b, 'b');
  // Validated, zero-padded ISO dates order lexicographically.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Calendar days from `from` to `to`: positive when `to` is later, 0 for the same day. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return partsToDayNumber(parseIsoDate(to, 'to')) - partsToDayNumber(parseIsoDate(from, 'from'));
}

/** Today's date in Asia/Shanghai at the instant `now`. */
export function todayInShanghai(now: Date = new Date()): IsoDate {
  if (Number.isNaN(now.getTime())) {
    throw new CalendarInputError('invalid_date', 'now: invalid Date');
  }
  // China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact and needs no tz data.
  const shifted = new Date(now.getTime() + 8 * 3_600_000);
  return formatIsoDate({
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  });
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The Date an instant or a bare `YYYY-MM-DD` (midnight in Shanghai) names; undefined when unreadable. */
function toInstant(value: Date | string): Date | undefined {
  const date =
    typeof value === 'string'
      ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00+08:00` : value)
      : value;
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * An instant as every screen and every export shows it: Beijing time, `YYYY-MM-DD HH:mm`
 * (2026-12-04T14:03:46Z → `2026-12-04 22:03`). Empty for none; an unreadable string is returned as given.
 */
export function formatShanghaiDateTime(value: Date | string | null | undefined): string {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  const date = toInstant(value);
  if (!date) {
    return String(value);
  }
  // UTC+8 without daylight saving since 1991 (see todayInShanghai).
  const s = new Date(date.getTime() + 8 * 3_600_000);
  return `${s.getUTCFullYear()}-${pad(s.getUTCMonth() + 1)}-${pad(s.getUTCDate())} ${pad(s.getUTCHours())}:${pad(s.getUTCMinutes())}`;
}

/** The Shanghai calendar date of an instant, `YYYY-MM-DD`; empty for none, an unreadable string as given. */
export function formatShanghaiDate(value: Date | string | null | undefined): string {
  const full = formatShanghaiDateTime(value);
  return /^\d{4}-\d\d-\d\d /.test(full) ? full.slice(0, 10) : full;
}

/** 2026-12-04 → 2026年12月4日: the date style of official documents and of the Chinese screens. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** A whole value that is an ISO calendar date (YYYY-MM-DD). */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(value);
}

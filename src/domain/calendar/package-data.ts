/**
 * The holiday tables shipped in the `chinese-days` package, as CalendarYear records.
 *
 * The package's functions answer any date, treating years beyond its data as ordinary weekday/weekend
 * years, so coverage is taken from the years that actually appear in its tables, never from its API.
 */
import tables from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import packageInfo from 'chinese-days/package.json' with { type: 'json' };
import type { CalendarYear } from './types.ts';

interface HolidayTables {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/** Where the packaged schedules come from, used as each year's `reference`. */
export const PACKAGE_REFERENCE = `chinese-days@${packageInfo.version}`;

/** Entries look like "Spring Festival,春节,4"; keep the Chinese name the notices use. */
function holidayName(entry: string): string {
  const parts = entry.split(',');
  return parts.length >= 2 && parts[1] ? parts[1] : entry;
}

/** Builds one CalendarYear per year present in the package's holiday or make-up tables. */
export function packageCalendarYears(data: HolidayTables = tables): CalendarYear[] {
  const byYear = new Map<number, CalendarYear>();
  const yearOf = (date: string): CalendarYear => {
    const year = Number(date.slice(0, 4));
    let entry = byYear.get(year);
    if (!entry) {
      entry = { year, holidays: [], makeUpWorkdays: [], reference: PACKAGE_REFERENCE };
      byYear.set(year, entry);
    }
    return entry;
  };
  for (const [date, entry] of Object.entries(data.holidays)) {
    yearOf(date).holidays.push({ date, name: holidayName(entry) });
  }
  for (const [date, entry] of Object.entries(data.workdays)) {
    yearOf(date).makeUpWorkdays.push({ date, name: holidayName(entry) });
  }
  const years = [...byYear.values()].sort((a, b) => a.year - b.year);
  for (const y of years) {
    y.holidays.sort((a, b) => (a.date < b.date ? -1 : 1));
    y.makeUpWorkdays.sort((a, b) => (a.date < b.date ? -1 : 1));
  }
  return years;
}

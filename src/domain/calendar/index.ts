/** The working-day calendar and date arithmetic every deadline is computed with. */
export type { CalendarYear, IsoDate, WorkingDayCalendar } from './types.ts';
export type { ChineseWorkingDayCalendar, CoveredYear } from './calendar.ts';
export { createCalendar, defaultCalendar } from './calendar.ts';
export { CalendarCoverageError, CalendarInputError } from './errors.ts';
export {
  addCalendarMonths,
  compareDates,
  daysBetween,
  fixedDateInYear,
  formatShanghaiDate,
  formatShanghaiDateTime,
  monthRange,
  todayInShanghai,
} from './dates.ts';
export { isIsoDate, parseIsoDate } from './iso-date.ts';
export type { ParsedCalendarNotice } from './notice.ts';
export {
  CalendarNoticeError,
  calendarNoticeSchema,
  checkCalendarYear,
  parseCalendarNotice,
} from './notice.ts';
export { PACKAGE_REFERENCE } from './package-data.ts';

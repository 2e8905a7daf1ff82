/** Errors raised by the calendar: each carries a stable code and a bilingual message. */

/** A date outside every year the calendar has an official holiday schedule for. */
export class CalendarCoverageError extends Error {
  readonly code = 'calendar_not_covered';
  readonly year: number;
  readonly messageZh: string;
  readonly messageEn: string;

  constructor(year: number) {
    const zh = `工作日历未覆盖 ${year} 年：尚无该年度国务院办公厅节假日安排，请使用 \`dtpc calendar import\` 导入`;
    const en = `the working-day calendar does not cover ${year}: no State Council holiday schedule is loaded for that year; load it with \`dtpc calendar import\``;
    super(`${zh} (${en})`);
    this.name = 'CalendarCoverageError';
    this.year = year;
    this.messageZh = zh;
    this.messageEn = en;
  }
}

/** Input the calendar cannot work with: a malformed or impossible date, a bad count, a bad override. */
export class CalendarInputError extends RangeError {
  readonly code: 'invalid_date' | 'invalid_count' | 'invalid_override';

  constructor(code: CalendarInputError['code'], message: string) {
    super(message);
    this.name = 'CalendarInputError';
    this.code = code;
  }
}

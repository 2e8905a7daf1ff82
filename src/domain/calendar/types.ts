/** Shared calendar vocabulary: every deadline in a policy pack is computed through these types. */

/** An ISO calendar date `YYYY-MM-DD`, in Asia/Shanghai. */
export type IsoDate = string;

/** One year's official holiday schedule (国务院办公厅 notice), layered over the packaged data. */
export interface CalendarYear {
  year: number;
  /** Days off that would otherwise be working days (statutory holidays and the days moved onto weekdays). */
  holidays: { date: IsoDate; name: string }[];
  /** Weekend days that are working days (调休 make-up working days). */
  makeUpWorkdays: { date: IsoDate; name: string }[];
  /** The notice this schedule comes from, e.g. 国办发明电〔2025〕7号. */
  reference: string;
}

/** The working-day calendar the engine computes deadlines with. Throws CalendarCoverageError outside its data. */
export interface WorkingDayCalendar {
  /** Whether the date is a working day (weekday not on holiday, or a make-up working day). */
  isWorkingDay(date: IsoDate): boolean;
  /** The n-th working day strictly after `date` (n ≥ 1); n = 0 returns `date` itself. */
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  /** The years this calendar can answer for, ascending. */
  coveredYears(): number[];
}

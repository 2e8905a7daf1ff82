/**
 * Holiday schedules loaded on top of the packaged calendar data. The database is the record; a JSON
 * snapshot beside the embedded database lets the CLI answer working-day questions without opening it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { asc } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { calendarYears } from '../db/schema/index.ts';
import {
  checkCalendarYear,
  createCalendar,
  type CalendarYear,
  type WorkingDayCalendar,
} from '../domain/calendar/index.ts';
import type { AnyActor } from './actor.ts';
import { appendAudit } from './audit.ts';
import { AppError } from './errors.ts';

export function calendarSnapshotPath(): string {
  return resolve(process.env.DTPC_DATA_DIR ?? 'data', 'calendar-years.json');
}

/** All loaded years, ascending. */
export async function loadCalendarYears(db: Db): Promise<CalendarYear[]> {
  const rows = await db.select().from(calendarYears).orderBy(asc(calendarYears.year));
  return rows.map((r) => ({
    year: r.year,
    reference: r.reference,
    holidays: r.holidays,
    makeUpWorkdays: r.makeUpWorkdays,
  }));
}

/** Writes the snapshot the CLI reads. */
export async function writeCalendarSnapshot(db: Db): Promise<void> {
  const path = calendarSnapshotPath();
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(await loadCalendarYears(db), null, 2));
}

/** The snapshot's years, or none when there is no snapshot yet. */
export function readCalendarSnapshot(): CalendarYear[] {
  const path = calendarSnapshotPath();
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as CalendarYear[]) : [];
}

/** The calendar the application computes deadlines with: package data plus loaded years. */
export async function currentCalendar(db: Db): Promise<WorkingDayCalendar> {
  return createCalendar(await loadCalendarYears(db));
}

/** Stores (or replaces) one year's schedule; audited; returns the sanity warnings. */
export async function saveCalendarYear(tx: Db, actor: AnyActor, year: CalendarYear): Promise<string[]> {
  let warnings: string[];
  try {
    warnings = checkCalendarYear(year);
  } catch (error) {
    throw new AppError('calendar.invalid_notice', { reason: (error as Error).message });
  }
  const [before] = (await loadCalendarYears(tx)).filter((y) => y.year === year.year);
  const row = {
    year: year.year,
    reference: year.reference,
    holidays: year.holidays,
    makeUpWorkdays: year.makeUpWorkdays,
  };
  await tx
    .insert(calendarYears)
    .values({ ...row, importedBy: actor.kind === 'user' ? actor.userId : null })
    .onConflictDoUpdate({
      target: calendarYears.year,
      set: { ...row, importedAt: new Date(), importedBy: actor.kind === 'user' ? actor.userId : null },
    });
  await appendAudit(tx, actor, {
    action: before ? 'calendar.replace_year' : 'calendar.import_year',
    targetType: 'calendar_year',
    targetId: String(year.year),
    before: before ?? null,
    after: row,
    detail: {
      year: year.year,
      reference: year.reference,
      holidays: year.holidays.length,
      makeUpWorkdays: year.makeUpWorkdays.length,
    },
  });
  return warnings;
}

/** Where the calendar commands get loaded holiday schedules from, and where `calendar import` stores one. */
import type { CalendarCliDeps } from './calendar.ts';
import { systemActor } from '../app/actor.ts';
import {
  loadCalendarYears,
  readCalendarSnapshot,
  saveCalendarYear,
  writeCalendarSnapshot,
} from '../app/calendar-years.ts';
import { openDatabase } from '../db/client.ts';
import { withDatabase } from './database.ts';

export const calendarCliDeps: CalendarCliDeps = {
  // PostgreSQL is read directly; the embedded database is read through its snapshot (no second process on PGlite).
  loadOverrides: async () => {
    if (!process.env.DATABASE_URL) {
      return readCalendarSnapshot();
    }
    const database = await openDatabase();
    try {
      return await loadCalendarYears(database.db);
    } finally {
      await database.close();
    }
  },
  saveOverride: async (year) => {
    await withDatabase(async (database) => {
      await database.db.transaction((tx) => saveCalendarYear(tx, systemActor('cli'), year));
      await writeCalendarSnapshot(database.db);
    });
  },
};

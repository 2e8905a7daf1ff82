/**
 * Today's date for publicity windows and the directory. DTPC_TODAY (YYYY-MM-DD) pins it outside
 * production, so tests and demos can stand inside or after a window without waiting for the calendar.
 * `atDate` pins it for one async call chain only: the demo seed replays past steps (a publicity window
 * that has closed, last year's evaluation) through the real commands on the day they happened.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { todayInShanghai } from '../../domain/calendar/dates.ts';

const replayed = new AsyncLocalStorage<string>();

export function today(): string {
  if (process.env.NODE_ENV === 'production') {
    return todayInShanghai();
  }
  const scoped = replayed.getStore();
  if (scoped) {
    return scoped;
  }
  const pinned = process.env.DTPC_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) {
    return pinned;
  }
  return todayInShanghai();
}

/**
 * The moment a record is stamped with: the real instant, except while the demo seed replays a past day
 * (`atDate`) — then that day at the current Shanghai time of day, so a replayed submission is not shown as
 * made after the decision that followed it. Only replays move it: a pinned DTPC_TODAY does not, so
 * sessions, rate limits and the audit chain keep real time.
 */
export function now(): Date {
  const real = new Date();
  const day = replayed.getStore();
  if (!day || process.env.NODE_ENV === 'production') {
    return real;
  }
  const shanghai = new Date(real.getTime() + 8 * 3_600_000);
  return new Date(`${day}T${shanghai.toISOString().slice(11, 23)}+08:00`);
}

/** Runs `work` with today() reading `date` (outside production; for the demo seed's past steps). */
export function atDate<T>(date: string, work: () => Promise<T>): Promise<T> {
  return replayed.run(date, work);
}

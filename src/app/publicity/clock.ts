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

/** Runs `work` with today() reading `date` (outside production; for the demo seed's past steps). */
export function atDate<T>(date: string, work: () => Promise<T>): Promise<T> {
  return replayed.run(date, work);
}

/**
 * Today's date for publicity windows and the directory. DTPC_TODAY (YYYY-MM-DD) pins it outside
 * production, so tests and demos can stand inside or after a window without waiting for the calendar.
 */
import { todayInShanghai } from '../../domain/calendar/dates.ts';

export function today(): string {
  const pinned = process.env.DTPC_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned) && process.env.NODE_ENV !== 'production') {
    return pinned;
  }
  return todayInShanghai();
}

/** Date-picker helpers for facts that already happened (site visits, services, events, decisions). */
import dayjs, { type Dayjs } from 'dayjs';

/** `disabledDate` for a date that cannot lie in the future (the server refuses it too). */
export function afterToday(d: Dayjs): boolean {
  return d.isAfter(dayjs(), 'day');
}

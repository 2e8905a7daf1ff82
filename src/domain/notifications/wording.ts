/** Pieces of notification text the templates fill in: amounts in 元, a course's time and place. */
import { chineseDate } from '../calendar/dates.ts';
import type { Localised } from './kinds.ts';

const zhNumber = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const enNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** An amount of fen as people read it: 1200000 → 「12,000 元」 / "CNY 12,000". */
export function yuanText(fen: number): Localised {
  return { zh: `${zhNumber.format(fen / 100)} 元`, en: `CNY ${enNumber.format(fen / 100)}` };
}

/**
 * A session's day, hours and place: 「2026年5月20日 09:00–12:00，地点：济南市…」, "2026-05-20 09:00–12:00, at …"
 * (no place for an online one). Days read as the screens write them in each language.
 */
export function sessionText(session: {
  sessionDate: string;
  startTime: string;
  endTime: string;
  location: string;
}): Localised {
  const hours = `${session.startTime}–${session.endTime}`;
  const whenZh = `${chineseDate(session.sessionDate)} ${hours}`;
  const whenEn = `${session.sessionDate} ${hours}`;
  const where = session.location.trim();
  return {
    zh: where ? `${whenZh}，地点：${where}` : whenZh,
    en: where ? `${whenEn}, at ${where}` : whenEn,
  };
}

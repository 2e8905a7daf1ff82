/** Dates and numbers in Chinese conventions (Asia/Shanghai; 2026年11月22日, 2026-11-22 14:30, 12,345). */
import { formatShanghaiDateTime } from '../../../src/domain/calendar/dates.ts';
import { currentLocale } from '../i18n/index.ts';

const TIME_ZONE = 'Asia/Shanghai';

/** A `{ zh, en }` text in the UI's language ('' for none). */
export function loc(text: { zh: string; en: string } | null | undefined): string {
  if (!text) {
    return '';
  }
  return currentLocale() === 'en' ? text.en : text.zh;
}

function parts(value: string | Date): Record<string, string> | null {
  const date =
    typeof value === 'string'
      ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00+08:00` : value)
      : value;
  if (Number.isNaN(date.getTime())) {
    return null;
  }
  const out: Record<string, string> = {};
  const fmt = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  for (const p of fmt.formatToParts(date)) {
    out[p.type] = p.value;
  }
  return out;
}

/** A calendar date: 2026年11月22日 in Chinese, 2026-11-22 in English. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) {
    return '—';
  }
  const p = parts(value);
  if (!p) {
    return String(value);
  }
  if (currentLocale() === 'zh-CN') {
    return `${p.year}年${Number(p.month)}月${Number(p.day)}日`;
  }
  return `${p.year}-${p.month}-${p.day}`;
}

/** An instant shown in Beijing time: 2026-11-22 14:30 — the same rule the exports use. */
export function formatDateTime(value: string | Date | null | undefined): string {
  return value ? formatShanghaiDateTime(value) : '—';
}

/** A number with thousands separators. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) {
    return '—';
  }
  return new Intl.NumberFormat('zh-CN').format(value);
}

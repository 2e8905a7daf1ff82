/**
 * A zero-result query as it may be kept: folded, spaces collapsed, at most 60 characters, with what could
 * identify a person masked — e-mail addresses, and runs of five or more digits (phone, ID, credit codes).
 */
import { foldText } from './fold.ts';

export function anonymiseQuery(query: string): string {
  return foldText(query)
    .replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+/gu, '＊')
    .replace(/[0-9a-z]*\d{5,}[0-9a-z]*/g, '＊')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);
}

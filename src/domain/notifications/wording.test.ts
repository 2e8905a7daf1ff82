import { describe, expect, it } from 'vitest';
import { sessionText, yuanText } from './wording.ts';

describe('yuanText', () => {
  it('writes fen as 元 with thousands separators and at most two decimals', () => {
    expect(yuanText(1_200_000)).toEqual({ zh: '12,000 元', en: 'CNY 12,000' });
    expect(yuanText(100_050)).toEqual({ zh: '1,000.5 元', en: 'CNY 1,000.5' });
    expect(yuanText(1)).toEqual({ zh: '0.01 元', en: 'CNY 0.01' });
  });
});

describe('sessionText', () => {
  const session = { sessionDate: '2026-07-10', startTime: '09:00', endTime: '12:00', location: '济南高新区' };
  it('names the day, hours and place', () => {
    expect(sessionText(session)).toEqual({
      zh: '2026年7月10日 09:00–12:00，地点：济南高新区',
      en: '2026-07-10 09:00–12:00, at 济南高新区',
    });
  });
  it('leaves the place out when there is none (an online course)', () => {
    expect(sessionText({ ...session, location: ' ' }).zh).toBe('2026年7月10日 09:00–12:00');
  });
});

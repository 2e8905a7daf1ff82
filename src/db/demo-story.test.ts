import { describe, expect, it } from 'vitest';
import { atDate } from '../app/publicity/clock.ts';
import { createCalendar } from '../domain/calendar/index.ts';
import { closedWindow, shiftDays } from './demo-story.ts';

const calendar = createCalendar();

describe('the demo story’s closed publicity window', () => {
  it('ends before today, five working days long, about three weeks back', async () => {
    const w = (await atDate('2026-04-20', async () => closedWindow(calendar, 5)))!;
    expect(w).toEqual({ startsOn: '2026-03-27', endsOn: '2026-04-02' });
  });

  it('skips the 国庆 holidays when counting working days', async () => {
    const w = (await atDate('2025-10-20', async () => closedWindow(calendar, 5)))!;
    expect(w.startsOn).toBe('2025-09-26');
    // 9-26, 9-28 (调休), 9-29, 9-30, 10-09 (10-01…10-08 off, 10-11 调休 after it).
    expect(w.endsOn).toBe('2025-10-09');
    expect(w.endsOn < '2025-10-20').toBe(true);
  });

  it('falls back to last December when today lies beyond the holiday data, and gives up a year later', async () => {
    const last = Math.max(...calendar.coveredYears());
    const early = (await atDate(`${last + 1}-01-10`, async () => closedWindow(calendar, 5)))!;
    expect(early.endsOn < `${last + 1}-01-10`).toBe(true);
    const spring = (await atDate(`${last + 1}-04-20`, async () => closedWindow(calendar, 5)))!;
    expect(spring.startsOn).toBe(calendar.addWorkingDays(`${last}-11-30`, 1));
    expect(await atDate(`${last + 2}-04-20`, async () => closedWindow(calendar, 5))).toBeNull();
  });

  it('moves dates across month and year ends', () => {
    expect(shiftDays('2026-12-30', 12)).toBe('2027-01-11');
    expect(shiftDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { atDate, now, today } from './clock.ts';

describe('clock', () => {
  const pinned = process.env.DTPC_TODAY;
  afterEach(() => {
    if (pinned === undefined) {
      delete process.env.DTPC_TODAY;
    } else {
      process.env.DTPC_TODAY = pinned;
    }
  });

  it('stamps records with the real instant outside a replay, even when DTPC_TODAY pins another day', () => {
    process.env.DTPC_TODAY = '2020-02-02';
    const before = Date.now();
    const stamped = now().getTime();
    expect(today()).toBe('2020-02-02');
    expect(stamped).toBeGreaterThanOrEqual(before);
    expect(stamped).toBeLessThanOrEqual(Date.now());
  });

  it('stamps a replayed step on its own day (Shanghai), keeping the time of day so steps stay in order', async () => {
    const [first, second] = await atDate('2025-03-18', async () => [now(), now()]);
    const shanghaiDay = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(shanghaiDay(first!)).toBe('2025-03-18');
    expect(second!.getTime()).toBeGreaterThanOrEqual(first!.getTime());
    // The time of day is the real one, read in Shanghai.
    const real = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(11, 16);
    const stamped = new Date(first!.getTime() + 8 * 3_600_000).toISOString().slice(11, 16);
    const apart = Math.abs(Date.parse(`1970-01-01T${real}Z`) - Date.parse(`1970-01-01T${stamped}Z`));
    // Minutes of the day, compared round the clock (a run at midnight is not a failure).
    expect(Math.min(apart, 86_400_000 - apart)).toBeLessThanOrEqual(60_000);
  });
});

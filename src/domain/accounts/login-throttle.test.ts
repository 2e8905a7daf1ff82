import { describe, expect, it } from 'vitest';
import {
  FORGET_AFTER_MS,
  MAX_WAIT_MS,
  afterFailure,
  isLocked,
  waitAfter,
  type LockState,
} from './login-throttle.ts';

const t0 = new Date('2026-12-05T02:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe('login throttle', () => {
  it('lets four failures pass, then waits 1, 2, 4 … minutes up to an hour', () => {
    expect([1, 2, 3, 4].map(waitAfter)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7].map((n) => waitAfter(n) / 60_000)).toEqual([1, 2, 4]);
    expect(waitAfter(40)).toBe(MAX_WAIT_MS);
  });

  it('locks on the fifth failure in a row and releases when the wait is over', () => {
    let state: LockState | undefined;
    for (let i = 0; i < 5; i += 1) {
      state = afterFailure(state, t0);
    }
    expect(state!.failures).toBe(5);
    expect(isLocked(state, at(59_000))).toBe(true);
    expect(isLocked(state, at(60_001))).toBe(false);
    state = afterFailure(state, at(61_000));
    expect(state.lockedUntil!.getTime() - at(61_000).getTime()).toBe(120_000);
  });

  it('forgets failures after a quiet day', () => {
    let state: LockState | undefined;
    for (let i = 0; i < 4; i += 1) {
      state = afterFailure(state, t0);
    }
    state = afterFailure(state, at(FORGET_AFTER_MS + 1));
    expect(state.failures).toBe(1);
    expect(state.lockedUntil).toBeNull();
  });
});

/**
 * The login throttle: failures count per (account name, source address); from the fifth failure on, that
 * source waits before its next try, the wait doubling with each further failure (1, 2, 4 … 60 minutes).
 * A quiet day forgives old failures. 等保 2.0 三级 8.1.4.1 asks for 登录失败处理 (limit failed logins, act on
 * them); a flat lock on the account would hand anyone a way to lock out a ministry official.
 */

/** Failures allowed before the first wait. */
export const FREE_FAILURES = 4;
export const FIRST_WAIT_MS = 60_000;
export const MAX_WAIT_MS = 60 * 60_000;
/** Failures older than this are forgotten. */
export const FORGET_AFTER_MS = 24 * 60 * 60_000;

export interface LockState {
  failures: number;
  lastFailureAt: Date;
  lockedUntil: Date | null;
}

/** True while `state` keeps its source from trying at `now`. */
export function isLocked(state: LockState | undefined, now: Date): boolean {
  return !!state?.lockedUntil && state.lockedUntil.getTime() > now.getTime();
}

/** The wait after the `failures`-th failure in a row, or 0 while failures are still free. */
export function waitAfter(failures: number): number {
  if (failures <= FREE_FAILURES) {
    return 0;
  }
  return Math.min(FIRST_WAIT_MS * 2 ** (failures - FREE_FAILURES - 1), MAX_WAIT_MS);
}

/** The state after one more failure at `now`. */
export function afterFailure(state: LockState | undefined, now: Date): LockState {
  const stale = !state || now.getTime() - state.lastFailureAt.getTime() > FORGET_AFTER_MS;
  const failures = (stale ? 0 : state.failures) + 1;
  const wait = waitAfter(failures);
  return { failures, lastFailureAt: now, lockedUntil: wait > 0 ? new Date(now.getTime() + wait) : null };
}

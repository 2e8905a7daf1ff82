/**
 * Login, throttled per (account name, source address) — see src/domain/accounts/login-throttle.ts — and
 * answering an unknown name exactly as a known one with a wrong password: same status, same message, same
 * password-hash work.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { loginLocks, organisations, users } from '../../db/schema/index.ts';
import { afterFailure, isLocked } from '../../domain/accounts/login-throttle.ts';
import type { AnyActor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { DEMO_PASSWORD, dummyPasswordHash, isProduction, verifyPassword } from './passwords.ts';
import { createSession } from './sessions.ts';

export interface LoginInput {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  now?: Date;
}

/** Formats an instant for a Chinese user (Asia/Shanghai). */
function shanghaiTime(d: Date): string {
  return d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}

function lockedError(until: Date): AppError {
  return new AppError('auth.locked', { until: shanghaiTime(until), lockedUntil: until.toISOString() });
}

/**
 * Checks the credentials; on success opens a session. A failure is recorded (and may make its source wait)
 * in its own committed transaction before the error is thrown.
 */
export async function login(
  db: Db,
  input: LoginInput,
): Promise<{ userId: string; token: string; csrfToken: string }> {
  const now = input.now ?? new Date();
  const source = input.ip ?? 'unknown';
  const outcome = await db.transaction(async (tx) => {
    const [lock] = await tx
      .select()
      .from(loginLocks)
      .where(and(eq(loginLocks.username, input.username), eq(loginLocks.source, source)))
      .for('update')
      .limit(1);
    if (lock && isLocked(lock, now)) {
      return { error: lockedError(lock.lockedUntil!) };
    }
    const [user] = await tx
      .select({
        id: users.id,
        username: users.username,
        passwordHash: users.passwordHash,
        disabled: users.disabled,
        regionCode: organisations.regionCode,
      })
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(eq(users.username, input.username))
      .limit(1);
    const demoRefused = isProduction() && input.password === DEMO_PASSWORD;
    // An unknown name costs the same hash work as a known one.
    const ok = user
      ? !demoRefused && (await verifyPassword(user.passwordHash, input.password))
      : await verifyPassword(await dummyPasswordHash(), input.password).then(() => false);
    const who: AnyActor = user
      ? {
          kind: 'user',
          userId: user.id,
          username: user.username,
          displayName: '',
          organisationId: '',
          organisationRegionCode: user.regionCode,
          grants: [],
          ip: input.ip,
        }
      : { kind: 'system', label: 'login', ip: input.ip };
    if (!ok) {
      const next = afterFailure(lock, now);
      await tx
        .insert(loginLocks)
        .values({ username: input.username, source, ...next })
        .onConflictDoUpdate({ target: [loginLocks.username, loginLocks.source], set: next });
      if (user) {
        await appendAudit(tx, who, {
          action: next.lockedUntil ? 'auth.lockout' : 'auth.login_failed',
          targetType: 'user',
          targetId: user.id,
          scopeRegion: user.regionCode,
          detail: next.lockedUntil
            ? { lockedUntil: next.lockedUntil.toISOString(), source, failures: next.failures }
            : { attempts: next.failures, source },
        });
      } else if (next.lockedUntil) {
        // Guessing at names is worth an entry too; the name is kept as typed, never as an account.
        await appendAudit(tx, who, {
          action: 'auth.lockout',
          targetType: 'login_name',
          targetId: null,
          scopeRegion: '000000',
          detail: { username: input.username.slice(0, 100), source, failures: next.failures },
        });
      }
      if (next.lockedUntil) {
        return { error: lockedError(next.lockedUntil) };
      }
      return {
        error: new AppError(demoRefused ? 'auth.demo_password_forbidden' : 'auth.invalid_credentials'),
      };
    }
    if (user!.disabled) {
      return { error: new AppError('auth.disabled') };
    }
    if (lock) {
      await tx
        .delete(loginLocks)
        .where(and(eq(loginLocks.username, input.username), eq(loginLocks.source, source)));
    }
    await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, user!.id));
    const session = await createSession(tx, user!.id, { ip: input.ip, userAgent: input.userAgent }, now);
    await appendAudit(tx, who, {
      action: 'auth.login',
      targetType: 'user',
      targetId: user!.id,
      scopeRegion: user!.regionCode,
    });
    return { userId: user!.id, ...session };
  });
  if ('error' in outcome) {
    throw outcome.error;
  }
  return outcome;
}

/** Login with lockout (5 failures → 15 minutes) and logout. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organisations, users } from '../../db/schema/index.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { DEMO_PASSWORD, dummyPasswordHash, isProduction, verifyPassword } from './passwords.ts';
import { createSession } from './sessions.ts';

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

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

/**
 * Checks the credentials; on success opens a session. A failure is recorded (and may lock the
 * account) in its own committed transaction before the error is thrown.
 */
export async function login(
  db: Db,
  input: LoginInput,
): Promise<{ userId: string; token: string; csrfToken: string }> {
  const now = input.now ?? new Date();
  const outcome = await db.transaction(async (tx) => {
    const [user] = await tx
      .select({
        id: users.id,
        username: users.username,
        passwordHash: users.passwordHash,
        disabled: users.disabled,
        failedAttempts: users.failedAttempts,
        lockedUntil: users.lockedUntil,
        regionCode: organisations.regionCode,
      })
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(eq(users.username, input.username))
      .for('update')
      .limit(1);
    if (!user) {
      await verifyPassword(await dummyPasswordHash(), input.password);
      return { error: new AppError('auth.invalid_credentials') };
    }
    if (user.lockedUntil && user.lockedUntil.getTime() > now.getTime()) {
      return {
        error: new AppError('auth.locked', {
          until: shanghaiTime(user.lockedUntil),
          lockedUntil: user.lockedUntil.toISOString(),
        }),
      };
    }
    const demoRefused = isProduction() && input.password === DEMO_PASSWORD;
    const ok = !demoRefused && (await verifyPassword(user.passwordHash, input.password));
    const who = {
      kind: 'user' as const,
      userId: user.id,
      username: user.username,
      displayName: '',
      organisationId: '',
      organisationRegionCode: user.regionCode,
      grants: [],
      ip: input.ip,
    };
    if (!ok) {
      const attempts = user.failedAttempts + 1;
      const lock = attempts >= MAX_FAILED_ATTEMPTS;
      const lockedUntil = lock ? new Date(now.getTime() + LOCKOUT_MS) : null;
      await tx
        .update(users)
        .set({ failedAttempts: lock ? 0 : attempts, lockedUntil, updatedAt: now })
        .where(eq(users.id, user.id));
      await appendAudit(tx, who, {
        action: lock ? 'auth.lockout' : 'auth.login_failed',
        targetType: 'user',
        targetId: user.id,
        scopeRegion: user.regionCode,
        detail: lock ? { lockedUntil: lockedUntil!.toISOString() } : { attempts },
      });
      if (lock) {
        return {
          error: new AppError('auth.locked', {
            until: shanghaiTime(lockedUntil!),
            lockedUntil: lockedUntil!.toISOString(),
          }),
        };
      }
      return {
        error: new AppError(demoRefused ? 'auth.demo_password_forbidden' : 'auth.invalid_credentials'),
      };
    }
    if (user.disabled) {
      return { error: new AppError('auth.disabled') };
    }
    await tx
      .update(users)
      .set({ failedAttempts: 0, lockedUntil: null, lastLoginAt: now })
      .where(eq(users.id, user.id));
    const session = await createSession(tx, user.id, { ip: input.ip, userAgent: input.userAgent }, now);
    await appendAudit(tx, who, {
      action: 'auth.login',
      targetType: 'user',
      targetId: user.id,
      scopeRegion: user.regionCode,
    });
    return { userId: user.id, ...session };
  });
  if ('error' in outcome) {
    throw outcome.error;
  }
  return outcome;
}

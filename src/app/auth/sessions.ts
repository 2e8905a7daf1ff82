/** Server-side sessions: idle timeout 30 minutes, absolute lifetime 12 hours (等保 2.0). */
import { createHash, randomBytes } from 'node:crypto';
import { eq, lt, or } from 'drizzle-orm';
import { grantsJson, parseJsonColumn } from '../../db/loaders/grants-json.ts';
import type { Db } from '../../db/client.ts';
import { organisations, sessions, users } from '../../db/schema/index.ts';
import type { Role } from '../../contracts/common.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000;
// lastSeenAt is refreshed at most once a minute to keep reads cheap.
const TOUCH_INTERVAL_MS = 60 * 1000;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates a session row and returns the cookie token and the CSRF token. */
export async function createSession(
  tx: Db,
  userId: string,
  meta: { ip: string | null; userAgent: string | null },
  now = new Date(),
): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  await tx.insert(sessions).values({
    tokenHash: tokenHash(token),
    userId,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + ABSOLUTE_LIFETIME_MS),
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 256) ?? null,
  });
  return { token, csrfToken };
}

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
  locale: string;
  mustChangePassword: boolean;
}

/** Resolves a session token to its actor; expired or idle sessions are deleted and answer 401. */
async function loadSessionRecord(db: Db, hashed: string) {
  // One round trip: session, user, organisation region and the user's grants (as JSON) together.
  const [row] = await db
    .select({
      session: {
        lastSeenAt: sessions.lastSeenAt,
        expiresAt: sessions.expiresAt,
        csrfToken: sessions.csrfToken,
      },
      user: {
        id: users.id,
        username: users.username,
        displayName: users.displayName,
        organisationId: users.organisationId,
        disabled: users.disabled,
        locale: users.locale,
        mustChangePassword: users.mustChangePassword,
      },
      organisationRegionCode: organisations.regionCode,
      grants: grantsJson(users.id),
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(sessions.tokenHash, hashed))
    .limit(1);
  return row ? { ...row, grants: parseJsonColumn(row.grants) } : undefined;
}

type SessionRecord = NonNullable<Awaited<ReturnType<typeof loadSessionRecord>>>;

/**
 * Resolved sessions are kept in memory for a few seconds so a page's burst of API calls costs one lookup.
 * Every change to a user or a session in this process forgets the user's entries at once; another
 * instance sees the change within the TTL (DTPC_SESSION_CACHE_MS, default 5000, 0 disables).
 */
const cache = new Map<string, { record: SessionRecord; fetchedAt: number }>();
const CACHE_MAX = 10_000;

function cacheTtl(): number {
  return Number(process.env.DTPC_SESSION_CACHE_MS ?? 5000);
}

/** Forgets cached sessions of a user (after any change to the user, its grants or its sessions). */
export function forgetUserSessions(userId: string): void {
  for (const [key, entry] of cache) {
    if (entry.record.user.id === userId) {
      cache.delete(key);
    }
  }
}

export async function resolveSession(
  db: Db,
  token: string,
  ip: string | null,
  now = new Date(),
): Promise<ResolvedSession> {
  const hashed = tokenHash(token);
  const cached = cache.get(hashed);
  let record = cached && now.getTime() - cached.fetchedAt < cacheTtl() ? cached.record : undefined;
  if (!record) {
    record = await loadSessionRecord(db, hashed);
    if (!record) {
      cache.delete(hashed);
      throw new AppError('auth.required');
    }
    if (cacheTtl() > 0) {
      if (cache.size >= CACHE_MAX) {
        cache.clear();
      }
      cache.set(hashed, { record, fetchedAt: now.getTime() });
    }
  }
  const idleFor = now.getTime() - new Date(record.session.lastSeenAt).getTime();
  if (
    idleFor > IDLE_TIMEOUT_MS ||
    new Date(record.session.expiresAt).getTime() <= now.getTime() ||
    record.user.disabled
  ) {
    cache.delete(hashed);
    await db.delete(sessions).where(eq(sessions.tokenHash, hashed));
    throw new AppError(record.user.disabled ? 'auth.disabled' : 'auth.session_expired');
  }
  if (idleFor > TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, hashed));
    record.session.lastSeenAt = now;
  }
  return {
    actor: {
      kind: 'user',
      userId: record.user.id,
      username: record.user.username,
      displayName: record.user.displayName,
      organisationId: record.user.organisationId,
      organisationRegionCode: record.organisationRegionCode,
      grants: record.grants.map((g) => ({ ...g, role: g.role as Role })),
      ip,
    },
    csrfToken: record.session.csrfToken,
    locale: record.user.locale,
    mustChangePassword: record.user.mustChangePassword,
  };
}

/** Deletes one session (logout). */
export async function deleteSession(db: Db, token: string): Promise<void> {
  cache.delete(tokenHash(token));
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash(token)));
}

/** Deletes a user's sessions, except `keepToken`'s (after a password change or reset). */
export async function deleteUserSessions(db: Db, userId: string, keepToken?: string): Promise<void> {
  forgetUserSessions(userId);
  const rows = await db
    .select({ tokenHash: sessions.tokenHash })
    .from(sessions)
    .where(eq(sessions.userId, userId));
  const keep = keepToken ? tokenHash(keepToken) : null;
  for (const r of rows) {
    if (r.tokenHash !== keep) {
      await db.delete(sessions).where(eq(sessions.tokenHash, r.tokenHash));
    }
  }
}

/** Removes sessions that can no longer be used. */
export async function purgeExpiredSessions(db: Db, now = new Date()): Promise<void> {
  await db
    .delete(sessions)
    .where(
      or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, new Date(now.getTime() - IDLE_TIMEOUT_MS))),
    );
}

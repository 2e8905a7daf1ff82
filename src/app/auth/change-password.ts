/** A user changes their own password; other sessions of the user end. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { DEMO_PASSWORD, hashPassword, isProduction, verifyPassword } from './passwords.ts';
import { deleteUserSessions, forgetUserSessions } from './sessions.ts';

export async function changePassword({
  actor,
  tx,
  currentPassword,
  newPassword,
  keepSessionToken,
}: {
  actor: Actor;
  tx: Db;
  currentPassword: string;
  newPassword: string;
  keepSessionToken: string;
}): Promise<void> {
  const [user] = await tx.select().from(users).where(eq(users.id, actor.userId)).for('update').limit(1);
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError('auth.wrong_password', {}, [
      { field: 'currentPassword', code: 'auth.wrong_password', message: '' },
    ]);
  }
  if (currentPassword === newPassword) {
    throw new AppError('auth.password_reused', {}, [
      { field: 'newPassword', code: 'auth.password_reused', message: '' },
    ]);
  }
  if (isProduction() && newPassword === DEMO_PASSWORD) {
    throw new AppError('auth.demo_password_forbidden', {}, [
      { field: 'newPassword', code: 'auth.demo_password_forbidden', message: '' },
    ]);
  }
  await tx
    .update(users)
    .set({
      passwordHash: await hashPassword(newPassword),
      passwordChangedAt: new Date(),
      mustChangePassword: false,
      version: user.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(users.id, user.id));
  await deleteUserSessions(tx, user.id, keepSessionToken);
  await appendAudit(tx, actor, {
    action: 'auth.change_password',
    targetType: 'user',
    targetId: user.id,
    scopeRegion: actor.organisationRegionCode,
  });
}

/** Stores the user's interface language. */
export async function setPreferences({
  actor,
  tx,
  locale,
}: {
  actor: Actor;
  tx: Db;
  locale: string;
}): Promise<void> {
  await tx.update(users).set({ locale, updatedAt: new Date() }).where(eq(users.id, actor.userId));
  forgetUserSessions(actor.userId);
  await appendAudit(tx, actor, {
    action: 'user.preferences',
    targetType: 'user',
    targetId: actor.userId,
    scopeRegion: actor.organisationRegionCode,
    detail: { locale },
  });
}

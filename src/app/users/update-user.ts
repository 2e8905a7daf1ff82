/** Administrative changes to an account: display name, disabled flag, role grants; unlock; password reset. */
import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { UpdateUserBody } from '../../contracts/users.ts';
import type { Db } from '../../db/client.ts';
import type { UserRow } from '../../db/loaders/users.ts';
import { loginLocks, roleGrants, users } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { DEMO_PASSWORD, hashPassword, isProduction } from '../auth/passwords.ts';
import { deleteUserSessions, forgetUserSessions } from '../auth/sessions.ts';
import { checkGrants } from './grants.ts';

function snapshot(u: UserRow) {
  return { displayName: u.displayName, disabled: u.disabled, grants: u.grants };
}

/** Bumps the version if it still matches, so two admins acting at once cannot lose an update. */
async function bumpVersion(
  tx: Db,
  user: UserRow,
  expected: number,
  set: Partial<typeof users.$inferInsert>,
): Promise<void> {
  const updated = await tx
    .update(users)
    .set({ ...set, version: expected + 1, updatedAt: new Date() })
    .where(and(eq(users.id, user.id), eq(users.version, expected)))
    .returning({ id: users.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
}

export async function updateUser({
  actor,
  tx,
  user,
  input,
}: {
  actor: Actor;
  tx: Db;
  user: UserRow;
  input: UpdateUserBody;
}): Promise<void> {
  const set: Partial<typeof users.$inferInsert> = {};
  if (input.displayName !== undefined) {
    set.displayName = input.displayName;
  }
  if (input.disabled !== undefined) {
    set.disabled = input.disabled;
  }
  await bumpVersion(tx, user, input.version, set);
  let grants = user.grants;
  if (input.roles) {
    const checked = await checkGrants(tx, actor, input.roles, user.organisationId);
    await tx.delete(roleGrants).where(eq(roleGrants.userId, user.id));
    await tx.insert(roleGrants).values(checked.map((g) => ({ id: uuidv7(), userId: user.id, ...g })));
    grants = checked;
  }
  if (input.disabled) {
    await deleteUserSessions(tx, user.id);
  }
  forgetUserSessions(user.id);
  await appendAudit(tx, actor, {
    action: 'user.update',
    targetType: 'user',
    targetId: user.id,
    scopeRegion: user.organisationRegionCode,
    before: snapshot(user),
    after: {
      displayName: set.displayName ?? user.displayName,
      disabled: set.disabled ?? user.disabled,
      grants,
    },
    detail: { fields: Object.keys(input).filter((k) => k !== 'version') },
  });
}

export async function unlockUser({
  actor,
  tx,
  user,
}: {
  actor: Actor;
  tx: Db;
  user: UserRow;
}): Promise<void> {
  // Lifts the waits of every source at once: the administrator vouches for the account, not for an address.
  const lifted = await tx
    .delete(loginLocks)
    .where(eq(loginLocks.username, user.username))
    .returning({ source: loginLocks.source });
  await bumpVersion(tx, user, user.version, {});
  await appendAudit(tx, actor, {
    action: 'user.unlock',
    targetType: 'user',
    targetId: user.id,
    scopeRegion: user.organisationRegionCode,
    detail: { sources: lifted.length },
  });
}

export async function resetPassword({
  actor,
  tx,
  user,
  newPassword,
}: {
  actor: Actor;
  tx: Db;
  user: UserRow;
  newPassword: string;
}): Promise<void> {
  if (isProduction() && newPassword === DEMO_PASSWORD) {
    throw new AppError('auth.demo_password_forbidden', {}, [
      { field: 'newPassword', code: 'auth.demo_password_forbidden', message: '' },
    ]);
  }
  await bumpVersion(tx, user, user.version, {
    passwordHash: await hashPassword(newPassword),
    passwordChangedAt: new Date(),
    mustChangePassword: true,
  });
  await tx.delete(loginLocks).where(eq(loginLocks.username, user.username));
  await deleteUserSessions(tx, user.id);
  await appendAudit(tx, actor, {
    action: 'user.reset_password',
    targetType: 'user',
    targetId: user.id,
    scopeRegion: user.organisationRegionCode,
  });
}

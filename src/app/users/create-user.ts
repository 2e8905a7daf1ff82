/** An administrator creates an account for a user of an organisation inside their jurisdiction. */
import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { CreateUserBody } from '../../contracts/users.ts';
import type { Db } from '../../db/client.ts';
import { expertProfiles, roleGrants, users } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError, fieldError } from '../errors.ts';
import { DEMO_PASSWORD, hashPassword, isProduction } from '../auth/passwords.ts';
import { checkGrants } from './grants.ts';

export async function createUser({
  actor,
  tx,
  input,
  organisationRegionCode,
}: {
  actor: Actor;
  tx: Db;
  input: CreateUserBody;
  organisationRegionCode: string;
}): Promise<string> {
  if (isProduction() && input.password === DEMO_PASSWORD) {
    throw new AppError('auth.demo_password_forbidden', {}, [
      { field: 'password', code: 'auth.demo_password_forbidden', message: '' },
    ]);
  }
  const [taken] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, input.username))
    .limit(1);
  if (taken) {
    throw new AppError('user.username_taken', { username: input.username }, [
      { field: 'username', code: 'user.username_taken', message: '' },
    ]);
  }
  const grants = await checkGrants(tx, actor, input.roles, input.organisationId);
  const isExpert = grants.some((g) => g.role === 'expert');
  if (isExpert && !input.expertFields?.length) {
    throw fieldError('expert.fields_required', 'expertFields');
  }
  const id = uuidv7();
  const now = new Date();
  await tx.insert(users).values({
    id,
    username: input.username,
    displayName: input.displayName,
    passwordHash: await hashPassword(input.password),
    organisationId: input.organisationId,
    locale: input.locale,
    passwordChangedAt: now,
    // An account made by someone else must choose its own password at first login.
    mustChangePassword: true,
    createdAt: now,
    updatedAt: now,
  });
  await tx.insert(roleGrants).values(grants.map((g) => ({ id: uuidv7(), userId: id, ...g })));
  if (isExpert) {
    // The expert enters the pool of their grant's region at once (专家库).
    await tx.insert(expertProfiles).values({ userId: id, fields: [...new Set(input.expertFields)] });
  }
  await appendAudit(tx, actor, {
    action: 'user.create',
    targetType: 'user',
    targetId: id,
    scopeRegion: organisationRegionCode,
    after: {
      username: input.username,
      displayName: input.displayName,
      organisationId: input.organisationId,
      grants,
      ...(isExpert ? { expertFields: input.expertFields } : {}),
    },
    detail: { username: input.username, roles: grants.map((g) => g.role) },
  });
  return id;
}

/** Accounts as the API shows them (never DB rows, never hashes). */
import type { UserView } from '../../contracts/users.ts';
import type { RoleGrantView } from '../../contracts/auth.ts';
import type { Role, Locale } from '../../contracts/common.ts';
import type { Actor } from '../../app/actor.ts';
import type { UserRow } from '../../db/loaders/users.ts';
import { regionFullName } from '../../domain/reference/regions.ts';
import { can } from '../policies/core.ts';
import { userPolicy } from '../policies/user.ts';

/** A lock still running, as ISO time; the subquery gives a Date or (on some drivers) a string. */
function activeLock(value: Date | string | null): string | null {
  if (!value) {
    return null;
  }
  const until = value instanceof Date ? value : new Date(value);
  return until.getTime() > Date.now() ? until.toISOString() : null;
}

export function presentGrant(g: {
  role: string;
  regionCode: string | null;
  organisationId: string | null;
}): RoleGrantView {
  return {
    role: g.role as Role,
    regionCode: g.regionCode,
    regionName: g.regionCode ? (regionFullName(g.regionCode) ?? null) : null,
    organisationId: g.organisationId,
  };
}

export function presentUser(u: UserRow, actor: Actor): UserView {
  const subject = { id: u.id, organisationRegionCode: u.organisationRegionCode };
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    locale: u.locale as Locale,
    organisation: { id: u.organisationId, name: u.organisationName, regionCode: u.organisationRegionCode },
    roles: u.grants.map(presentGrant),
    disabled: u.disabled,
    lockedUntil: activeLock(u.lockedUntil),
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
    version: u.version,
    abilities: {
      update: can(userPolicy, actor, 'update', subject),
      resetPassword: can(userPolicy, actor, 'resetPassword', subject),
      unlock: can(userPolicy, actor, 'unlock', subject),
    },
  };
}

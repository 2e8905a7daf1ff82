/**
 * Authorization in one place: each entity's policy is a list of `allow(role, action, condition)` rules,
 * evaluated against the actor's role grants. The same rules give list scopes (what a loader may read)
 * and the abilities the UI shows.
 */
import type { Role } from '../../contracts/common.ts';
import type { Actor, Grant } from '../../app/actor.ts';
import { AppError } from '../../app/errors.ts';
import type { ListScope } from '../../db/loaders/scope.ts';
import {
  inJurisdiction as regionInJurisdiction,
  jurisdictionPrefix,
} from '../../domain/jurisdiction/index.ts';

export interface ConditionContext<E> {
  actor: Actor;
  grant: Grant;
  entity: E;
}

/** A condition, tagged with how it narrows a list query. */
export interface Condition<E> {
  (ctx: ConditionContext<E>): boolean;
  scope: 'all' | 'region' | 'organisation' | 'none';
}

export interface Rule<E> {
  roles: Role[];
  actions: string[];
  condition: Condition<E>;
}

export interface Policy<E> {
  entity: string;
  rules: Rule<E>[];
}

/** Allows `roles` to perform `actions` when `condition` holds. */
export function allow<E>(roles: Role | Role[], actions: string | string[], condition: Condition<E>): Rule<E> {
  return { roles: [roles].flat(), actions: [actions].flat(), condition };
}

export function definePolicy<E>(entity: string, rules: Rule<E>[]): Policy<E> {
  return { entity, rules };
}

/** Always true: national scope. */
export const always: Condition<unknown> = Object.assign(() => true, { scope: 'all' as const });

/** The entity's region lies in the grant's jurisdiction. */
export function inJurisdiction<E>(regionOf: (e: E) => string | null): Condition<E> {
  return Object.assign(
    ({ grant, entity }: ConditionContext<E>) => {
      const region = regionOf(entity);
      return grant.regionCode !== null && region !== null && regionInJurisdiction(region, grant.regionCode);
    },
    { scope: 'region' as const },
  );
}

/** The entity belongs to the organisation the grant (or else the actor) acts for. */
export function ownOrganisation<E>(organisationOf: (e: E) => string | null): Condition<E> {
  return Object.assign(
    ({ actor, grant, entity }: ConditionContext<E>) =>
      organisationOf(entity) !== null &&
      organisationOf(entity) === (grant.organisationId ?? actor.organisationId),
    { scope: 'organisation' as const },
  );
}

/** Whether the actor may perform `action` on `entity`. */
export function can<E>(policy: Policy<E>, actor: Actor, action: string, entity: E): boolean {
  return policy.rules.some(
    (rule) =>
      rule.actions.includes(action) &&
      actor.grants.some(
        (grant) => rule.roles.includes(grant.role) && rule.condition({ actor, grant, entity }),
      ),
  );
}

/** Whether any grant of the actor has a rule for `action` at all (regardless of the entity). */
export function mayEver(policy: Policy<unknown>, actor: Actor, action: string): boolean {
  return policy.rules.some(
    (rule) => rule.actions.includes(action) && actor.grants.some((g) => rule.roles.includes(g.role)),
  );
}

/**
 * Throws unless allowed. Reads out of scope answer 404 so existence does not leak; writes answer 403.
 */
export function authorize<E>(policy: Policy<E>, actor: Actor, action: string, entity: E): void {
  if (can(policy, actor, action, entity)) {
    return;
  }
  if (action === 'read') {
    throw new AppError('not_found', { entity: policy.entity });
  }
  throw new AppError(
    mayEver(policy as Policy<unknown>, actor, action) ? 'forbidden.out_of_jurisdiction' : 'forbidden',
  );
}

/** The list scope for `action` (normally 'read'), derived from the same rules. */
export function listScope<E>(policy: Policy<E>, actor: Actor, action = 'read'): ListScope {
  const scope: ListScope = { all: false, regionPrefixes: [], organisationIds: [] };
  for (const rule of policy.rules) {
    if (!rule.actions.includes(action)) {
      continue;
    }
    for (const grant of actor.grants) {
      if (!rule.roles.includes(grant.role)) {
        continue;
      }
      if (rule.condition.scope === 'all') {
        scope.all = true;
      } else if (rule.condition.scope === 'region' && grant.regionCode) {
        scope.regionPrefixes.push(jurisdictionPrefix(grant.regionCode));
      } else if (rule.condition.scope === 'organisation') {
        scope.organisationIds.push(grant.organisationId ?? actor.organisationId);
      }
    }
  }
  return scope;
}

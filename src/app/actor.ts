/** The authenticated caller, as every command and policy sees it. */
import type { Role } from '../contracts/common.ts';

export interface Grant {
  role: Role;
  /** Jurisdiction root for authority roles (and experts' provincial pool); null for organisation roles. */
  regionCode: string | null;
  /** The organisation an applicant, operator or enterprise acts for. */
  organisationId: string | null;
}

export interface Actor {
  kind: 'user';
  userId: string;
  username: string;
  displayName: string;
  organisationId: string;
  organisationRegionCode: string;
  grants: Grant[];
  ip: string | null;
}

/** The actor of work the system does by itself (CLI, migrations, scheduled jobs). */
export interface SystemActor {
  kind: 'system';
  label: string;
  /** The address a request came from, for system work a request triggered (a refused login). */
  ip: string | null;
}

export type AnyActor = Actor | SystemActor;

export function systemActor(label: string): SystemActor {
  return { kind: 'system', label, ip: null };
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.grants.some((g) => g.role === role);
}

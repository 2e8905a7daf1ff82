/** Converts role grants between the API's view and the form's shape. */
import type { RoleGrantInput, RoleGrantView } from '../../api/contracts.ts';

export interface GrantFormValue {
  role?: RoleGrantInput['role'];
  regionCode?: string | null;
  organisationId?: string | null;
}

export function grantsToForm(grants: RoleGrantView[]): GrantFormValue[] {
  return grants.map((g) => ({
    role: g.role,
    regionCode: g.regionCode ?? undefined,
    organisationId: g.organisationId ?? undefined,
  }));
}

/** Drops empty optional values so `nullish()` fields are simply absent. */
export function grantsFromForm(grants: GrantFormValue[] | undefined): unknown[] {
  return (grants ?? []).map((g) => ({
    role: g.role,
    ...(g.regionCode ? { regionCode: g.regionCode } : {}),
    ...(g.organisationId ? { organisationId: g.organisationId } : {}),
  }));
}

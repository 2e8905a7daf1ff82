/** Checks a set of role grants against their shape and the granting admin's jurisdiction. */
import { roleLabels } from '../../contracts/labels.ts';
import type { RoleGrantInput } from '../../contracts/users.ts';
import type { Db } from '../../db/client.ts';
import { findOrganisation } from '../../db/loaders/organisations.ts';
import { grantShapeProblem, mayGrant, organisationRoles } from '../../domain/accounts/grants.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';

export interface NormalisedGrant {
  role: RoleGrantInput['role'];
  regionCode: string | null;
  organisationId: string | null;
}

/** Validates grants for `organisationId`'s user; organisation roles default to that organisation. */
export async function checkGrants(
  tx: Db,
  actor: Actor,
  grants: RoleGrantInput[],
  userOrganisationId: string,
): Promise<NormalisedGrant[]> {
  const out: NormalisedGrant[] = [];
  for (const [i, g] of grants.entries()) {
    const isOrgRole = organisationRoles.includes(g.role);
    const grant: NormalisedGrant = {
      role: g.role,
      regionCode: isOrgRole ? null : (g.regionCode ?? null),
      organisationId: isOrgRole ? (g.organisationId ?? userOrganisationId) : null,
    };
    const problem = grantShapeProblem(grant);
    if (problem) {
      throw new AppError('user.grant_invalid', { role: roleLabels[g.role], reason: problem }, [
        { field: `roles.${i}`, code: 'user.grant_invalid', message: problem },
      ]);
    }
    let organisationRegion: string | null = null;
    if (grant.organisationId) {
      const org = await findOrganisation(tx, grant.organisationId);
      if (!org) {
        throw new AppError('not_found', { entity: 'organisation' }, [
          { field: `roles.${i}.organisationId`, code: 'not_found', message: '' },
        ]);
      }
      organisationRegion = org.regionCode;
    }
    if (!mayGrant(actor.grants, grant, organisationRegion)) {
      // An empty 管辖地区 is what the admin has to fix, not their own reach.
      if (!isOrgRole && grant.regionCode === null) {
        const reason = { zh: '请选择管辖地区', en: 'Choose the jurisdiction' };
        throw new AppError('user.grant_invalid', { role: roleLabels[g.role], reason }, [
          { field: `roles.${i}.regionCode`, code: 'user.grant_invalid', message: reason },
        ]);
      }
      throw new AppError('forbidden.grant_out_of_scope', { role: roleLabels[g.role] });
    }
    out.push(grant);
  }
  return out;
}

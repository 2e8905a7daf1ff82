/** Which role grants are well-formed, and which an administrator may hand out. */
import type { Role } from '../../contracts/common.ts';
import { NATIONAL_REGION_CODE, jurisdictionContains } from '../jurisdiction/index.ts';
import { findRegion } from '../reference/regions.ts';

export interface GrantSpec {
  role: Role;
  regionCode: string | null;
  organisationId: string | null;
}

/** Roles that act for an organisation rather than over a jurisdiction. */
export const organisationRoles: Role[] = ['applicant', 'center_operator', 'enterprise'];

/** Why a grant is malformed (zh), or null when it is well-formed. */
export function grantShapeProblem(grant: GrantSpec): string | null {
  const region = grant.regionCode ? findRegion(grant.regionCode) : undefined;
  switch (grant.role) {
    case 'national_admin':
      return grant.regionCode === NATIONAL_REGION_CODE ? null : '工信部管理员的管辖范围应为全国（000000）';
    case 'provincial_admin':
      return region?.level === 'province' ? null : '省工信厅管理员的管辖范围应为省级行政区划';
    case 'city_officer':
      return region && region.level !== 'province' ? null : '市/县工信局的管辖范围应为地市级或县级行政区划';
    case 'expert':
      return grant.regionCode === null || region?.level === 'province'
        ? null
        : '评审专家所属专家库应为省级行政区划';
    case 'applicant':
    case 'center_operator':
    case 'enterprise':
      return grant.organisationId ? null : '该角色须指定所代表的机构';
  }
}

/**
 * Whether an administrator with `adminGrants` may grant `grant`; `organisationRegion` is the region of
 * the organisation an organisation role is for.
 */
export function mayGrant(
  adminGrants: { role: Role; regionCode: string | null }[],
  grant: GrantSpec,
  organisationRegion: string | null,
): boolean {
  if (adminGrants.some((g) => g.role === 'national_admin')) {
    return true;
  }
  if (grant.role === 'national_admin') {
    return false;
  }
  const target = organisationRoles.includes(grant.role) ? organisationRegion : grant.regionCode;
  return adminGrants.some(
    (g) =>
      g.role === 'provincial_admin' &&
      g.regionCode !== null &&
      target !== null &&
      jurisdictionContains(g.regionCode, target),
  );
}

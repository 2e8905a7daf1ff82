/** Role labels with jurisdiction, e.g. 山东省工信厅管理员 · 山东省. */
import type { TFunction } from 'i18next';
import type { RoleGrantView } from '../api/contracts.ts';

/** The role as a title, including the region where the role reads that way in Chinese. */
export function roleTitle(grant: RoleGrantView, t: TFunction): string {
  if (grant.regionName && (grant.role === 'provincial_admin' || grant.role === 'city_officer')) {
    return t(`roleTitle.${grant.role}`, { region: grant.regionName });
  }
  return t(`roles.${grant.role}`);
}

/** The grant's jurisdiction: its region, nationwide for the national admin, none for unscoped roles. */
export function jurisdiction(grant: RoleGrantView, t: TFunction): string | null {
  if (grant.regionName) {
    return grant.regionName;
  }
  return grant.role === 'national_admin' ? t('header.jurisdictionNational') : null;
}

/** 山东省工信厅管理员 · 山东省, or just 申报单位 when the role has no jurisdiction. */
export function roleWithJurisdiction(grant: RoleGrantView, t: TFunction): string {
  const where = jurisdiction(grant, t);
  return where ? `${roleTitle(grant, t)} · ${where}` : roleTitle(grant, t);
}

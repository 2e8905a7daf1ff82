/** Organisations: authorities see and register those in their jurisdiction; everyone sees their own. */
import { allow, always, definePolicy, inJurisdiction, ownOrganisation } from './core.ts';

export interface OrganisationSubject {
  id: string;
  regionCode: string;
}

export const organisationPolicy = definePolicy<OrganisationSubject>('organisation', [
  allow('national_admin', ['read', 'create', 'update'], always),
  allow(
    'provincial_admin',
    ['read', 'create', 'update'],
    inJurisdiction((o) => o.regionCode),
  ),
  allow(
    'city_officer',
    ['read', 'create'],
    inJurisdiction((o) => o.regionCode),
  ),
  allow(
    ['expert', 'applicant', 'center_operator', 'enterprise'],
    'read',
    ownOrganisation((o) => o.id),
  ),
]);

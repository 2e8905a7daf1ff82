/** Centers: the public reads recognised ones; operators manage their own; authorities read in jurisdiction. */
import { allow, always, definePolicy, inJurisdiction, ownOrganisation } from './core.ts';

export interface CenterSubject {
  id: string;
  regionCode: string;
  operatorOrganisationId: string;
}

export const centerPolicy = definePolicy<CenterSubject>('center', [
  allow('national_admin', ['read', 'manage'], always),
  allow(
    'provincial_admin',
    ['read', 'manage'],
    inJurisdiction((c) => c.regionCode),
  ),
  allow(
    'city_officer',
    'read',
    inJurisdiction((c) => c.regionCode),
  ),
  // The operator runs the center's platform: resources, ledger, training, events, offers.
  allow(
    'center_operator',
    ['read', 'operate'],
    ownOrganisation((c) => c.operatorOrganisationId),
  ),
]);

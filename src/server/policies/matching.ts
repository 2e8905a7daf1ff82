/**
 * 需求池与供需对接. The enterprise posts, follows, closes and matches its own needs; the operator of the
 * center a need is filed with moderates, matches, invites and records agreements; authorities moderate and
 * read needs in their jurisdiction; a supplier answers invitations addressed to its organisation.
 */
import { allow, always, definePolicy, inJurisdiction, ownOrganisation } from './core.ts';

export interface DemandSubject {
  organisationId: string;
  centerRegionCode: string;
  centerOperatorOrganisationId: string;
}

export const demandPolicy = definePolicy<DemandSubject>('demand', [
  allow(
    'enterprise',
    ['post', 'read', 'close', 'match', 'invite'],
    ownOrganisation((d) => d.organisationId),
  ),
  allow(
    'center_operator',
    ['post', 'read', 'moderate', 'close', 'match', 'invite', 'recordAgreement', 'viewContact'],
    ownOrganisation((d) => d.centerOperatorOrganisationId),
  ),
  allow(
    ['provincial_admin', 'city_officer'],
    ['read', 'moderate', 'viewContact'],
    inJurisdiction((d) => d.centerRegionCode),
  ),
  allow('national_admin', 'read', always),
]);

export interface InvitationSubject {
  /** The registered organisation holding the invited provider's credit code, if any. */
  providerOrganisationId: string | null;
}

export const invitationPolicy = definePolicy<InvitationSubject>('demand_invitation', [
  allow(
    'enterprise',
    ['answer', 'read'],
    ownOrganisation((i) => i.providerOrganisationId),
  ),
]);

/**
 * The center's service platform. Operators run their own center (ledger, training, events, offers,
 * finance); authorities read its metrics in their jurisdiction; enterprises answer ledger records about
 * themselves and use the services (register, claim, book, file financing needs).
 */
import { allow, always, definePolicy, inJurisdiction, ownOrganisation } from './core.ts';

export interface CenterPlatformSubject {
  id: string;
  regionCode: string;
  operatorOrganisationId: string;
}

/** Writes and back-office reads of one center's platform records, and its dashboard. */
export const centerPlatformPolicy = definePolicy<CenterPlatformSubject>('center', [
  allow(
    'center_operator',
    ['operate', 'viewMetrics'],
    ownOrganisation((c) => c.operatorOrganisationId),
  ),
  allow('national_admin', 'viewMetrics', always),
  allow(
    ['provincial_admin', 'city_officer'],
    'viewMetrics',
    inJurisdiction((c) => c.regionCode),
  ),
]);

export interface ServiceRecordSubject {
  enterpriseId: string;
  centerRegionCode: string;
  operatorOrganisationId: string;
}

/** One ledger record: the enterprise it is about answers it; the operator and authorities read it. */
export const serviceRecordPolicy = definePolicy<ServiceRecordSubject>('service_record', [
  allow(
    'center_operator',
    ['read', 'attach'],
    ownOrganisation((r) => r.operatorOrganisationId),
  ),
  allow(
    'enterprise',
    ['read', 'answer'],
    ownOrganisation((r) => r.enterpriseId),
  ),
  allow('national_admin', 'read', always),
  allow(
    ['provincial_admin', 'city_officer'],
    'read',
    inJurisdiction((r) => r.centerRegionCode),
  ),
]);

export interface EnterpriseSubject {
  organisationId: string;
}

/** What an enterprise user does on a center's platform, always for its own organisation. */
export const enterpriseServicesPolicy = definePolicy<EnterpriseSubject>('enterprise_services', [
  allow(
    'enterprise',
    ['use', 'register', 'claim', 'book', 'fileNeed'],
    ownOrganisation((e) => e.organisationId),
  ),
]);

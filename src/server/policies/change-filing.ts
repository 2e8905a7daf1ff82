/**
 * Change filings: the center's operator files for its own center; the province (000 第二十二条: 省工业和信息化厅;
 * 003 第十八条: 省工信厅) or MIIT confirms; cities read those in their jurisdiction.
 */
import { allow, always, definePolicy, inJurisdiction, ownOrganisation } from './core.ts';

export interface ChangeFilingSubject {
  regionCode: string;
  operatorOrganisationId: string;
}

export const changeFilingPolicy = definePolicy<ChangeFilingSubject>('change_filing', [
  allow('national_admin', ['read', 'decide'], always),
  allow(
    'provincial_admin',
    ['read', 'decide'],
    inJurisdiction((f) => f.regionCode),
  ),
  allow(
    'city_officer',
    'read',
    inJurisdiction((f) => f.regionCode),
  ),
  allow(
    'center_operator',
    ['read', 'file'],
    ownOrganisation((f) => f.operatorOrganisationId),
  ),
]);

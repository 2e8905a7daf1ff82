/** Cultivation report (培育情况表): city officers keep their city's rows; the province reads all its cities'. */
import { allow, always, definePolicy, inJurisdiction } from './core.ts';

export interface CultivationSubject {
  id: string;
  regionCode: string;
}

export const cultivationPolicy = definePolicy<CultivationSubject>('cultivation_entry', [
  allow('national_admin', 'read', always),
  allow(
    'provincial_admin',
    'read',
    inJurisdiction((e) => e.regionCode),
  ),
  allow(
    'city_officer',
    ['read', 'manage'],
    inJurisdiction((e) => e.regionCode),
  ),
]);

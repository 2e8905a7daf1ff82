/** The directory is public; the per-province overview (全国名录) is for the national and provincial admins. */
import { allow, always, definePolicy, inJurisdiction } from './core.ts';

export interface DirectoryRegionSubject {
  regionCode: string;
}

export const directoryPolicy = definePolicy<DirectoryRegionSubject>('center', [
  allow('national_admin', 'summary', always),
  allow(
    'provincial_admin',
    'summary',
    inJurisdiction((s) => s.regionCode),
  ),
]);

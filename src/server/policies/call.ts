/** Calls (申报通知): the public reads published ones; issuing authorities manage theirs in jurisdiction. */
import { allow, always, definePolicy, inJurisdiction } from './core.ts';

export interface CallSubject {
  id: string;
  regionCode: string;
  status: string;
}

export const callPolicy = definePolicy<CallSubject>('call', [
  allow('national_admin', ['read', 'manage'], always),
  allow(
    ['provincial_admin', 'city_officer'],
    ['read', 'manage'],
    inJurisdiction((c) => c.regionCode),
  ),
]);

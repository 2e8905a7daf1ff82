/**
 * Publicity notices are public to read and to object to; the authority that issued the call opens the
 * notice, handles objections and announces (national: all; provincial: its province).
 */
import { allow, always, definePolicy, inJurisdiction } from './core.ts';

export interface PublicitySubject {
  regionCode: string;
}

export const publicityPolicy = definePolicy<PublicitySubject>('publicity_notice', [
  allow('national_admin', ['manage'], always),
  allow(
    'provincial_admin',
    ['manage'],
    inJurisdiction((n) => n.regionCode),
  ),
]);

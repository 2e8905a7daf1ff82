/** Accounts: national admins manage all; provincial admins manage accounts inside their province. */
import { allow, always, definePolicy, inJurisdiction } from './core.ts';

export interface UserSubject {
  id: string;
  organisationRegionCode: string;
}

export const userPolicy = definePolicy<UserSubject>('user', [
  allow('national_admin', ['read', 'create', 'update', 'unlock', 'resetPassword'], always),
  allow(
    'provincial_admin',
    ['read', 'create', 'update', 'unlock', 'resetPassword'],
    inJurisdiction((u) => u.organisationRegionCode),
  ),
]);

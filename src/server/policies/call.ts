/**
 * Calls (申报通知): the public reads published ones; issuing authorities manage theirs in jurisdiction.
 * The national admin reads every call but manages only national ones: a province's call is the
 * province's (000 / 003 — the province issues, reviews and recognises; 001 — MIIT chooses national centers).
 */
import { NATIONAL_REGION_CODE } from '../../domain/jurisdiction/index.ts';
import { allow, always, definePolicy, inJurisdiction, type Condition } from './core.ts';

export interface CallSubject {
  id: string;
  regionCode: string;
  status: string;
}

/** A call issued at the national level. */
const nationalCall: Condition<CallSubject> = Object.assign(
  ({ entity }: { entity: CallSubject }) => entity.regionCode === NATIONAL_REGION_CODE,
  { scope: 'region' as const },
);

export const callPolicy = definePolicy<CallSubject>('call', [
  allow('national_admin', ['read'], always),
  allow('national_admin', ['manage'], nationalCall),
  allow(
    ['provincial_admin', 'city_officer'],
    ['read', 'manage'],
    inJurisdiction((c) => c.regionCode),
  ),
]);

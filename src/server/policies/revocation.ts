/**
 * Revocation: the authority that recognised a center decides on it — MIIT for national centers and any
 * other; a province for provincial and municipal centers in its jurisdiction. Cities read their own.
 */
import { allow, always, definePolicy, inJurisdiction, type Condition } from './core.ts';

export interface RevocationSubject {
  regionCode: string;
  level: string;
}

const inRegion = inJurisdiction<RevocationSubject>((r) => r.regionCode);
/** In jurisdiction, and not a national center (those are MIIT's). */
const provincialCenter: Condition<RevocationSubject> = Object.assign(
  (ctx: Parameters<typeof inRegion>[0]) => inRegion(ctx) && ctx.entity.level !== 'national',
  { scope: 'region' as const },
);

export const revocationPolicy = definePolicy<RevocationSubject>('revocation', [
  allow('national_admin', ['read', 'manage'], always),
  allow('provincial_admin', 'read', inRegion),
  allow('provincial_admin', 'manage', provincialCenter),
  allow('city_officer', 'read', inRegion),
]);

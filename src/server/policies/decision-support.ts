/**
 * Decision support: the ministry sees everything, a province its own province, a city its own city.
 * Targets belong to the province that set them: its officials enter and import actual values; the
 * province's city officers may read them (the plan names 各市、县政府 among the responsible units of every task).
 */
import { jurisdictionContains } from '../../domain/jurisdiction/index.ts';
import { allow, always, definePolicy, inJurisdiction, type Condition } from './core.ts';

export interface RegionSubject {
  regionCode: string;
}

/** The grant's jurisdiction lies inside the entity's region (a city officer under a provincial target). */
const underRegion: Condition<RegionSubject> = Object.assign(
  ({ grant, entity }: { grant: { regionCode: string | null }; entity: RegionSubject }) =>
    grant.regionCode !== null && jurisdictionContains(entity.regionCode, grant.regionCode),
  { scope: 'none' as const },
);

const AUTHORITIES = ['provincial_admin', 'city_officer'] as const;

export const targetPolicy = definePolicy<RegionSubject>('target', [
  allow('national_admin', 'read', always),
  allow(
    'provincial_admin',
    ['read', 'enter', 'import'],
    inJurisdiction((t) => t.regionCode),
  ),
  allow('city_officer', 'read', underRegion),
]);

export const monitoringPolicy = definePolicy<RegionSubject>('monitoring_series', [
  allow('national_admin', ['read', 'dashboard', 'refresh'], always),
  allow(
    [...AUTHORITIES],
    ['read', 'dashboard', 'refresh', 'import'],
    inJurisdiction((s) => s.regionCode),
  ),
]);

export const warningPolicy = definePolicy<RegionSubject>('risk_warning', [
  allow('national_admin', ['read', 'acknowledge', 'comment', 'close'], always),
  allow(
    [...AUTHORITIES],
    ['read', 'acknowledge', 'comment', 'close'],
    inJurisdiction((w) => w.regionCode),
  ),
]);

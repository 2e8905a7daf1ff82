/**
 * The expert pool (专家库): a province reads and manages the experts whose expert grant lies in its
 * jurisdiction; the national admin manages every pool. Experts never see the pool.
 */
import { allow, always, definePolicy, inJurisdiction } from './core.ts';

export interface ExpertSubject {
  /** The expert grant's region (the pool the expert belongs to). */
  regionCode: string;
}

export const expertPoolPolicy = definePolicy<ExpertSubject>('expert', [
  allow('national_admin', ['read', 'manage'], always),
  allow(
    'provincial_admin',
    ['read', 'manage'],
    inJurisdiction((e) => e.regionCode),
  ),
]);

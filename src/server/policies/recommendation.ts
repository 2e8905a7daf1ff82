/** Recommendation upward: a province recommends centers of its jurisdiction; MIIT reads them all. */
import { allow, always, definePolicy, inJurisdiction } from './core.ts';

export interface RecommendationSubject {
  regionCode: string;
}

export const recommendationPolicy = definePolicy<RecommendationSubject>('recommendation', [
  allow('national_admin', 'read', always),
  allow(
    'provincial_admin',
    ['read', 'recommend'],
    inJurisdiction((r) => r.regionCode),
  ),
]);

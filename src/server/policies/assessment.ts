/**
 * 数字化水平评测: an enterprise diagnoses itself (drafts, resumes, submits its own assessments);
 * authorities read the assessments of enterprises in their jurisdiction, the ministry all of them.
 */
import { allow, always, definePolicy, inJurisdiction, ownOrganisation } from './core.ts';

export interface AssessmentSubject {
  organisationId: string;
  regionCode: string;
}

export const assessmentPolicy = definePolicy<AssessmentSubject>('assessment', [
  allow(
    'enterprise',
    ['create', 'read', 'edit', 'submit'],
    ownOrganisation((a) => a.organisationId),
  ),
  allow('national_admin', 'read', always),
  allow(
    ['provincial_admin', 'city_officer'],
    'read',
    inJurisdiction((a) => a.regionCode),
  ),
]);

/** Authorities check a diagnosis model file before adopting it (the file is data, nothing is stored). */
export const diagnosisModelPolicy = definePolicy<unknown>('diagnosis_model', [
  allow(['national_admin', 'provincial_admin', 'city_officer'], 'validate', always),
]);

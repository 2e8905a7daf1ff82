/**
 * 数字化水平评测: an enterprise diagnoses itself (drafts, resumes, submits its own assessments);
 * authorities read the assessments of enterprises in their jurisdiction, the ministry all of them.
 */
import { allow, always, definePolicy, inJurisdiction, ownOrganisation } from './core.ts';

export interface AssessmentSubject {
  organisationId: string;
  regionCode: string;
  /** Assisted diagnosis: the operator of the center that runs it. */
  centerOperatorOrganisationId?: string | null;
}

export const assessmentPolicy = definePolicy<AssessmentSubject>('assessment', [
  allow(
    'enterprise',
    ['create', 'read', 'edit', 'submit'],
    ownOrganisation((a) => a.organisationId),
  ),
  // 辅助诊断: the center's staff answer and submit on the enterprise's behalf.
  allow(
    'center_operator',
    ['read', 'edit', 'submit'],
    ownOrganisation((a) => a.centerOperatorOrganisationId ?? null),
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

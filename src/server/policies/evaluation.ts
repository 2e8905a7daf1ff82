/**
 * Annual reports: the center's operator drafts and files its own; authorities read them in their
 * jurisdiction and remind overdue centers. Evaluations: authorities read them in their jurisdiction;
 * the provincial (or national) authority opens one; each step is done by the authority the pack names
 * for it (Shandong: city first review, province decides; Gansu: province; national: province
 * pre-reviews, MIIT decides), inside its jurisdiction. Operators see only published results.
 */
import type { Actor } from '../../app/actor.ts';
import { AppError } from '../../app/errors.ts';
import { roleLabels } from '../../contracts/labels.ts';
import { inJurisdiction as regionInJurisdiction } from '../../domain/jurisdiction/index.ts';
import type { EvaluationAuthority } from '../../domain/evaluation/cycle.ts';
import { allow, always, definePolicy, inJurisdiction, ownOrganisation } from './core.ts';

export interface AnnualReportSubject {
  regionCode: string;
  operatorOrganisationId: string;
}

export const annualReportPolicy = definePolicy<AnnualReportSubject>('annual_report', [
  allow(
    'center_operator',
    ['read', 'file'],
    ownOrganisation((r) => r.operatorOrganisationId),
  ),
  allow('national_admin', ['read', 'remind'], always),
  allow(
    'provincial_admin',
    ['read', 'remind'],
    inJurisdiction((r) => r.regionCode),
  ),
  allow(
    'city_officer',
    'read',
    inJurisdiction((r) => r.regionCode),
  ),
]);

export interface EvaluationSubject {
  regionCode: string;
}

/** Reading and opening evaluations; the steps themselves are checked by `authorizeStep`. */
export const evaluationPolicy = definePolicy<EvaluationSubject>('evaluation', [
  allow('national_admin', ['read', 'open', 'act'], always),
  allow(
    'provincial_admin',
    ['read', 'open', 'act'],
    inJurisdiction((e) => e.regionCode),
  ),
  allow(
    ['city_officer'],
    ['read', 'act'],
    inJurisdiction((e) => e.regionCode),
  ),
]);

/** Whether the actor holds the step's role with the center in its jurisdiction. */
export function mayActOnStep(actor: Actor, regionCode: string, role: EvaluationAuthority): boolean {
  return actor.grants.some(
    (g) =>
      g.role === role &&
      (role === 'national_admin' ||
        (g.regionCode !== null && regionInJurisdiction(regionCode, g.regionCode))),
  );
}

/** Throws unless the actor may do the step that falls to `role` (403 naming the role otherwise). */
export function authorizeStep(actor: Actor, regionCode: string, role: EvaluationAuthority): void {
  if (mayActOnStep(actor, regionCode, role)) {
    return;
  }
  if (actor.grants.some((g) => g.role === role)) {
    throw new AppError('forbidden.out_of_jurisdiction');
  }
  throw new AppError('evaluation.not_your_step', {
    role: roleLabels[role].zh,
    roleEn: roleLabels[role].en,
  });
}

/**
 * Expert review. The province (and the national admin) forms and runs panels in its jurisdiction; an
 * expert reads and works only on seats they were invited to (others answer 404); the applicant sees
 * counts and dates of its own application's review and may ask for organisations to be avoided, never
 * who the experts are.
 */
import { allow, always, definePolicy, inJurisdiction, ownOrganisation, type Condition } from './core.ts';

export interface PanelSubject {
  regionCode: string;
}

export const reviewPanelPolicy = definePolicy<PanelSubject>('review_panel', [
  allow('national_admin', ['read', 'manage'], always),
  allow(
    'provincial_admin',
    ['read', 'manage'],
    inJurisdiction((p) => p.regionCode),
  ),
]);

export interface TaskSubject {
  expertUserId: string;
  status: string;
}

/** The expert's own seat, once invited (a proposal not yet sent is not the expert's business). */
const ownInvitedSeat: Condition<TaskSubject> = Object.assign(
  ({ actor, entity }: { actor: { userId: string }; entity: TaskSubject }) =>
    entity.expertUserId === actor.userId && entity.status !== 'proposed',
  { scope: 'none' as const },
);

export const reviewTaskPolicy = definePolicy<TaskSubject>('review_task', [
  allow('expert', ['read', 'respond', 'score', 'declare'], ownInvitedSeat),
]);

/** The expert's own profile data (employment history). */
export const expertSelfPolicy = definePolicy<{ userId: string }>('review_task', [
  allow(
    'expert',
    ['manageEmployment'],
    Object.assign(
      ({ actor, entity }: { actor: { userId: string }; entity: { userId: string } }) =>
        actor.userId === entity.userId,
      {
        scope: 'none' as const,
      },
    ),
  ),
]);

export interface ApplicationReviewSubject {
  regionCode: string;
  leadOrganisationId: string;
}

export const applicationReviewPolicy = definePolicy<ApplicationReviewSubject>('application', [
  allow('national_admin', ['read'], always),
  allow(
    'provincial_admin',
    ['read'],
    inJurisdiction((a) => a.regionCode),
  ),
  allow(
    'applicant',
    ['read', 'requestAvoidance'],
    ownOrganisation((a) => a.leadOrganisationId),
  ),
]);

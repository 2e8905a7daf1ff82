/**
 * Applications: the lead unit works on its own; the city reviews those of lead units in its jurisdiction;
 * the province reviews and decides on those in its province; the national admin sees all. Experts are
 * given access by the expert-review module (rules pushed onto `applicationPolicy.rules`).
 */
import type { Actor } from '../../app/actor.ts';
import { NATIONAL_REGION_CODE } from '../../domain/jurisdiction/index.ts';
import type { WorkflowRole } from '../../domain/workflow/application.ts';
import {
  allow,
  always,
  can,
  definePolicy,
  inJurisdiction,
  ownOrganisation,
  type Condition,
  type ConditionContext,
} from './core.ts';

export interface ApplicationSubject {
  id: string;
  regionCode: string;
  leadOrganisationId: string;
  /** Omitted = a submitted file (callers outside the workflow that hold no state). */
  state?: string;
  /** The issuing authority's region of the application's call (NATIONAL_REGION_CODE for national calls). */
  callRegionCode?: string;
}

/** In the authority's jurisdiction and submitted: drafts belong to the lead unit alone. */
function submitted(inner: Condition<ApplicationSubject>): Condition<ApplicationSubject> {
  return Object.assign(
    (ctx: ConditionContext<ApplicationSubject>) => ctx.entity.state !== 'draft' && inner(ctx),
    {
      scope: inner.scope,
    },
  );
}

const region = submitted(inJurisdiction<ApplicationSubject>((a) => a.regionCode));
const everywhere = submitted(always as Condition<ApplicationSubject>);
/** Applications to a national call: the national admin reviews and decides those, not a province's. */
const toNationalCall = submitted(
  Object.assign(
    ({ entity }: ConditionContext<ApplicationSubject>) => entity.callRegionCode === NATIONAL_REGION_CODE,
    { scope: 'region' as const },
  ),
);

export const applicationPolicy = definePolicy<ApplicationSubject>('application', [
  allow('national_admin', ['read', 'attach'], everywhere),
  allow('national_admin', ['provinceReview'], toNationalCall),
  allow('provincial_admin', ['read', 'provinceReview', 'attach'], region),
  allow('city_officer', ['read', 'cityReview', 'attach'], region),
  allow(
    'applicant',
    ['read', 'create', 'update', 'apply', 'attach'],
    ownOrganisation((a) => a.leadOrganisationId),
  ),
]);

/** The policy action behind each workflow role. */
const actionOfRole: Record<WorkflowRole, string> = {
  applicant: 'apply',
  city_officer: 'cityReview',
  provincial_admin: 'provinceReview',
  national_admin: 'provinceReview',
  expert: 'expertReview',
};

/** The workflow roles the actor holds for this application (role granted and jurisdiction covering it). */
export function workflowRolesOf(actor: Actor, subject: ApplicationSubject): WorkflowRole[] {
  const roles: WorkflowRole[] = [];
  for (const role of Object.keys(actionOfRole) as WorkflowRole[]) {
    const scoped = { ...actor, grants: actor.grants.filter((g) => g.role === role) };
    if (scoped.grants.length > 0 && can(applicationPolicy, scoped, actionOfRole[role], subject)) {
      roles.push(role);
    }
  }
  return roles;
}

/** The policy action a workflow transition needs from an actor in `role`. */
export function policyActionFor(role: WorkflowRole): string {
  return actionOfRole[role];
}

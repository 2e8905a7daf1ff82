/**
 * Decision notices are read by the authorities over the subject's region and by the organisations the
 * notice is addressed to (the lead unit, the center's operator). Nobody edits one: it is issued with its
 * decision.
 */
import { allow, always, definePolicy, inJurisdiction, type Condition } from './core.ts';

export interface DecisionNoticeSubject {
  regionCode: string;
  addresseeOrganisationIds: string[];
}

const addressedToOwnOrganisation: Condition<DecisionNoticeSubject> = Object.assign(
  ({ actor, grant, entity }: Parameters<Condition<DecisionNoticeSubject>>[0]) =>
    entity.addresseeOrganisationIds.includes(grant.organisationId ?? actor.organisationId),
  { scope: 'organisation' as const },
);

export const decisionNoticePolicy = definePolicy<DecisionNoticeSubject>('decision_notice', [
  allow('national_admin', 'read', always),
  allow(
    ['provincial_admin', 'city_officer'],
    'read',
    inJurisdiction((n) => n.regionCode),
  ),
  allow(['applicant', 'center_operator'], 'read', addressedToOwnOrganisation),
]);

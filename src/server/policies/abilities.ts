/** The abilities the UI shows menus for, derived from the same policies the server enforces. */
import type { Ability } from '../../contracts/auth.ts';
import type { Actor } from '../../app/actor.ts';
import { mayEver, type Policy } from './core.ts';
import { auditPolicy } from './audit.ts';
import { calendarPolicy } from './calendar.ts';
import { centerPolicy } from './center.ts';
import { organisationPolicy } from './organisation.ts';
import { userPolicy } from './user.ts';
import { centerPlatformPolicy, enterpriseServicesPolicy } from './center-platform.ts';
import { applicationPolicy } from './application.ts';
import { callPolicy } from './call.ts';
import { cultivationPolicy } from './cultivation.ts';
import { reviewPanelPolicy, reviewTaskPolicy } from './review.ts';
import { annualReportPolicy, evaluationPolicy } from './evaluation.ts';
import { revocationPolicy } from './revocation.ts';
import { changeFilingPolicy } from './change-filing.ts';
import { recommendationPolicy } from './recommendation.ts';
import { monitoringPolicy } from './decision-support.ts';
import { federationPolicy } from './federation.ts';

const derived: [Ability, Policy<never>, string][] = [
  ['accounts.manage', userPolicy as Policy<never>, 'create'],
  ['organisations.manage', organisationPolicy as Policy<never>, 'create'],
  ['audit.read', auditPolicy as Policy<never>, 'read'],
  ['calendar.manage', calendarPolicy as Policy<never>, 'manage'],
  ['recognition.apply', applicationPolicy as Policy<never>, 'create'],
  ['recognition.review', applicationPolicy as Policy<never>, 'cityReview'],
  ['recognition.review', applicationPolicy as Policy<never>, 'provinceReview'],
  ['calls.manage', callPolicy as Policy<never>, 'manage'],
  ['cultivation.read', cultivationPolicy as Policy<never>, 'read'],
  ['resources.operate', centerPolicy as Policy<never>, 'operate'],
  ['review.manage', reviewPanelPolicy as Policy<never>, 'manage'],
  ['review.score', reviewTaskPolicy as Policy<never>, 'score'],
  ['center.metrics', centerPlatformPolicy as Policy<never>, 'viewMetrics'],
  ['enterprise.services', enterpriseServicesPolicy as Policy<never>, 'use'],
  ['evaluation.read', evaluationPolicy as Policy<never>, 'read'],
  ['annualReport.file', annualReportPolicy as Policy<never>, 'file'],
  ['revocation.read', revocationPolicy as Policy<never>, 'read'],
  ['changeFiling.read', changeFilingPolicy as Policy<never>, 'read'],
  ['recommendation.read', recommendationPolicy as Policy<never>, 'read'],
  ['annualReport.remind', annualReportPolicy as Policy<never>, 'remind'],
  ['decision.read', monitoringPolicy as Policy<never>, 'dashboard'],
  ['network.read', federationPolicy as Policy<never>, 'readNetwork'],
];

// Reading organisations beyond one's own is an authority's ability, shown as a menu entry.
const authorityRoles = new Set(['national_admin', 'provincial_admin', 'city_officer']);

export function abilitiesOf(actor: Actor): Ability[] {
  const out: Ability[] = ['policy.read'];
  for (const [ability, policy, action] of derived) {
    if (mayEver(policy as Policy<unknown>, actor, action)) {
      out.push(ability);
    }
  }
  if (actor.grants.some((g) => authorityRoles.has(g.role))) {
    out.push('organisations.read');
  }
  return out;
}

/** Needs, matches and invitations as the API shows them (never DB rows), with the caller's abilities. */
import type { Actor } from '../../app/actor.ts';
import type { DemandView, InvitationView, MatchView } from '../../contracts/matching.ts';
import type { CandidateItem, DemandRow, InvitationRow } from '../../db/loaders/matching.ts';
import {
  displayStatus,
  refuseAgreement,
  refuseClose,
  refuseMatchmaking,
  refuseModeration,
  type ComponentExplanation,
  type DemandStatus,
  type InvitationStatus,
  type RankedItem,
} from '../../domain/matching/index.ts';
import { industryName } from '../../domain/reference/industries.ts';
import { regionFullName } from '../../domain/reference/regions.ts';
import { can } from '../policies/core.ts';
import { demandPolicy, invitationPolicy } from '../policies/matching.ts';

export function presentDemand(d: DemandRow, actor: Actor, today: string): DemandView {
  const status = d.status as DemandStatus;
  const contactVisible =
    d.contactVisibility === 'public' ||
    can(demandPolicy, actor, 'viewContact', d) ||
    can(demandPolicy, actor, 'close', d);
  return {
    id: d.id,
    center: { id: d.centerId, slug: d.centerSlug, name: d.centerName },
    enterpriseName: d.enterpriseName,
    postedBy: d.postedBy as DemandView['postedBy'],
    title: d.title,
    description: d.description,
    industryCode: d.industryCode,
    industryName: industryName(d.industryCode) ?? d.industryCode,
    scenarios: d.scenarios as DemandView['scenarios'],
    regionCode: d.regionCode,
    regionName: regionFullName(d.regionCode) ?? d.regionCode,
    budgetMinFen: d.budgetMinFen,
    budgetMaxFen: d.budgetMaxFen,
    deadline: d.deadline,
    contactVisibility: d.contactVisibility as DemandView['contactVisibility'],
    contact: contactVisible ? { name: d.contactName, phone: d.contactPhone } : null,
    status: displayStatus(status, d.deadline, today),
    moderationNote: d.moderationNote,
    outcome: d.outcome as DemandView['outcome'],
    outcomeNote: d.outcomeNote,
    createdAt: d.createdAt.toISOString(),
    version: d.version,
    abilities: {
      moderate: refuseModeration(status) === null && can(demandPolicy, actor, 'moderate', d),
      close: refuseClose(status) === null && can(demandPolicy, actor, 'close', d),
      invite: refuseMatchmaking(status, d.deadline, today) === null && can(demandPolicy, actor, 'invite', d),
      recordAgreement:
        refuseMatchmaking(status, d.deadline, today) === null &&
        can(demandPolicy, actor, 'recordAgreement', d),
    },
  };
}

export function presentMatch(r: RankedItem, item: CandidateItem, invitationId: string | null): MatchView {
  return {
    resource: {
      id: item.id,
      kind: item.kind,
      title: item.title,
      summary: item.summary,
      providerName: item.providerName,
      centerSlug: item.centerSlug,
    },
    score: r.score,
    components: r.components,
    explanation: r.explanation,
    invitationId,
  };
}

export function presentInvitation(
  i: InvitationRow,
  actor: Actor,
  demand: DemandRow,
  providerOrganisationId: string | null,
): InvitationView {
  const status = i.status as InvitationStatus;
  return {
    id: i.id,
    demandId: i.demandId,
    demandTitle: i.demandTitle,
    resourceId: i.resourceId,
    resourceTitle: i.resourceTitle,
    providerName: i.providerName,
    score: i.score,
    explanation: i.explanation as unknown as ComponentExplanation[],
    status,
    answerNote: i.answerNote,
    agreementAmountFen: i.agreementAmountFen,
    agreedOn: i.agreedOn,
    serviceRecordId: i.serviceRecordId,
    createdAt: i.createdAt.toISOString(),
    version: i.version,
    abilities: {
      answer: status === 'invited' && can(invitationPolicy, actor, 'answer', { providerOrganisationId }),
      recordAgreement:
        refuseAgreement(status) === null &&
        refuseClose(demand.status as DemandStatus) === null &&
        can(demandPolicy, actor, 'recordAgreement', demand),
    },
  };
}

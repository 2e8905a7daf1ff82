/** The center platform's records as the API shows them (never DB rows). */
import type { Actor } from '../../app/actor.ts';
import type {
  BookingView,
  ClaimView,
  CourseView,
  EventView,
  MatchView,
  NeedView,
  OfferView,
  ProductView,
  RegistrationView,
  ServiceRecordView,
} from '../../contracts/center-platform/index.ts';
import type { ServiceRecordRow } from '../../db/loaders/center-platform/ledger.ts';
import type { CourseRow } from '../../db/loaders/center-platform/training.ts';
import type { EventRow } from '../../db/loaders/center-platform/events.ts';
import type { OfferRow } from '../../db/loaders/center-platform/offers.ts';
import type { NeedRow } from '../../db/loaders/center-platform/finance.ts';
import type { BookingRecord, ClaimRecord, OfferRecord } from '../../db/loaders/center-platform/offers.ts';
import type { MatchRecord, ProductRecord } from '../../db/loaders/center-platform/finance.ts';
import { today } from '../../app/publicity/clock.ts';
import { attendanceOpen } from '../../domain/center-platform/vocabulary.ts';
import { regionFullName } from '../../domain/reference/regions.ts';
import { can } from '../policies/core.ts';
import { serviceRecordPolicy } from '../policies/center-platform.ts';

export function presentServiceRecord(
  r: ServiceRecordRow,
  actor: Actor,
  enterprise: { name: string; creditCode: string },
): ServiceRecordView {
  const subject = {
    enterpriseId: r.enterpriseId,
    centerRegionCode: r.centerRegionCode,
    operatorOrganisationId: r.operatorOrganisationId,
  };
  return {
    id: r.id,
    centerId: r.centerId,
    centerName: r.centerName,
    serviceType: r.serviceType as ServiceRecordView['serviceType'],
    serviceDate: r.serviceDate,
    enterprise: {
      id: r.enterpriseId,
      name: enterprise.name,
      creditCode: enterprise.creditCode,
      sme: r.enterpriseSme,
      specialisedSme: r.enterpriseSpecialisedSme,
      aboveScale: r.enterpriseAboveScale,
    },
    regionCode: r.regionCode,
    regionName: regionFullName(r.regionCode) ?? r.regionCode,
    industryCode: r.industryCode,
    title: r.title,
    outcome: r.outcome,
    amountFen: r.amountFen,
    preferential: r.preferential,
    confirmation: r.confirmation as ServiceRecordView['confirmation'],
    confirmationNote: r.confirmationNote,
    confirmedAt: r.confirmedAt?.toISOString() ?? null,
    source: r.source,
    attachments: r.attachments.map((a) => ({
      id: a.id,
      fileName: a.fileName,
      mediaType: a.mediaType,
      sizeBytes: a.sizeBytes,
      sha256: a.sha256,
      createdAt: a.createdAt.toISOString(),
    })),
    createdAt: r.createdAt.toISOString(),
    version: r.version,
    abilities: {
      answer:
        can(serviceRecordPolicy, actor, 'answer', subject) &&
        (r.confirmation === 'unconfirmed' || r.confirmation === 'disputed'),
      attach: can(serviceRecordPolicy, actor, 'attach', subject),
    },
  };
}

export const presentRecord = (r: ServiceRecordRow, actor: Actor) =>
  presentServiceRecord(r, actor, { name: r.enterpriseName, creditCode: r.enterpriseCreditCode });

export function presentCourse(c: CourseRow): CourseView {
  return {
    id: c.id,
    centerId: c.centerId,
    centerName: c.centerName,
    centerSlug: c.centerSlug,
    title: c.title,
    summary: c.summary,
    mode: c.mode as CourseView['mode'],
    teachers: c.teachers,
    sessions: c.sessions.map((s) => ({
      id: s.id,
      courseId: s.courseId,
      sessionDate: s.sessionDate,
      startTime: s.startTime,
      endTime: s.endTime,
      location: s.location,
      seats: s.seats,
      registered: s.registered,
      attended: s.attended,
      attendanceOpen: attendanceOpen(s.sessionDate, today()),
      myRegistration: s.myRegistration,
    })),
    createdAt: c.createdAt.toISOString(),
  };
}

export function presentRegistration(r: {
  registration: {
    id: string;
    sessionId: string;
    userId: string;
    organisationId: string;
    status: string;
    createdAt: Date;
  };
  displayName: string;
  username: string;
  organisationName: string;
  attendanceId: string | null;
}): RegistrationView {
  return {
    id: r.registration.id,
    sessionId: r.registration.sessionId,
    user: { id: r.registration.userId, displayName: r.displayName, username: r.username },
    organisation: { id: r.registration.organisationId, name: r.organisationName },
    status: r.registration.status,
    attended: r.attendanceId !== null,
    createdAt: r.registration.createdAt.toISOString(),
  };
}

export function presentEvent(e: EventRow): EventView {
  return {
    id: e.id,
    kind: e.kind as EventView['kind'],
    title: e.title,
    heldOn: e.heldOn,
    location: e.location,
    summary: e.summary,
    participants: e.participants,
    teams: e.teams.map((t) => ({ id: t.id, name: t.name, affiliation: t.affiliation, members: t.members })),
    agreements: e.agreements.map((a) => ({
      id: a.id,
      parties: a.parties,
      amountFen: a.amountFen,
      scenario: a.scenario,
      signedOn: a.signedOn,
    })),
  };
}

export function presentOffer(o: OfferRow): OfferView {
  return {
    id: o.id,
    centerId: o.centerId,
    centerName: o.centerName,
    centerSlug: o.centerSlug,
    kind: o.kind as OfferView['kind'],
    title: o.title,
    provider: o.provider,
    summary: o.summary,
    listPriceFen: o.listPriceFen,
    offerPriceFen: o.offerPriceFen,
    trialDays: o.trialDays,
    status: o.status,
    uses: o.uses,
  };
}

export function presentClaim(r: {
  claim: ClaimRecord;
  offer: OfferRecord;
  organisationName: string;
}): ClaimView {
  return {
    id: r.claim.id,
    offerId: r.offer.id,
    offerTitle: r.offer.title,
    offerKind: r.offer.kind as ClaimView['offerKind'],
    organisation: { id: r.claim.organisationId, name: r.organisationName },
    status: r.claim.status,
    claimedOn: r.claim.claimedOn,
    trialEndsOn: r.claim.trialEndsOn,
    purchasedOn: r.claim.purchasedOn,
    amountFen: r.claim.amountFen,
    version: r.claim.version,
  };
}

export function presentBooking(r: {
  booking: BookingRecord;
  offer: OfferRecord;
  centerName: string;
  organisationName: string;
}): BookingView {
  return {
    id: r.booking.id,
    offerId: r.offer.id,
    offerTitle: r.offer.title,
    centerName: r.centerName,
    organisation: { id: r.booking.organisationId, name: r.organisationName },
    startsAt: r.booking.startsAt.toISOString(),
    endsAt: r.booking.endsAt.toISOString(),
    status: r.booking.status,
    note: r.booking.note,
  };
}

export function presentNeed(n: NeedRow): NeedView {
  return {
    id: n.id,
    centerId: n.centerId,
    centerName: n.centerName,
    organisation: { id: n.organisationId, name: n.organisationName, sme: n.organisationSme },
    amountFen: n.amountFen,
    purpose: n.purpose,
    termMonths: n.termMonths,
    status: n.status,
    createdAt: n.createdAt.toISOString(),
  };
}

export function presentProduct(p: ProductRecord): ProductView {
  return {
    id: p.id,
    kind: p.kind as ProductView['kind'],
    name: p.name,
    institution: p.institution,
    minAmountFen: p.minAmountFen,
    maxAmountFen: p.maxAmountFen,
    terms: p.terms,
  };
}

export function presentMatch(r: { match: MatchRecord; product: ProductRecord; need: NeedRow }): MatchView {
  return {
    id: r.match.id,
    need: presentNeed(r.need),
    product: presentProduct(r.product),
    status: r.match.status as MatchView['status'],
    grantedFen: r.match.grantedFen,
    outcome: r.match.outcome,
    decidedOn: r.match.decidedOn,
    version: r.match.version,
  };
}

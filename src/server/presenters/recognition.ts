/** Calls, applications (with timeline and next actions) and cultivation rows as the API shows them. */
import type {
  ApplicationDetail,
  ApplicationView,
  CallView,
  CultivationEntryView,
  FileView,
  NextAction,
} from '../../contracts/recognition.ts';
import type { Actor } from '../../app/actor.ts';
import type { CultivationRow } from '../../app/recognition/cultivation.ts';
import { callIsOpen, planOf, orgKindOf, shanghaiToday } from '../../app/recognition/context.ts';
import { daysBetween } from '../../domain/calendar/dates.ts';
import type {
  ApplicationRow,
  CallRow,
  CityReviewRow,
  FileRow,
  MaterialRow,
  MemberRow,
  TransitionRow,
  VersionRow,
} from '../../db/loaders/recognition.ts';
import { inJurisdiction as regionInJurisdiction } from '../../domain/jurisdiction/index.ts';
import { getPack } from '../../domain/policy/index.ts';
import { regionFullName } from '../../domain/reference/regions.ts';
import {
  applicationActionLabels,
  applicationStateLabels,
  editableStates,
  type ApplicationAction,
  type ApplicationState,
  type NextTransition,
} from '../../domain/workflow/application.ts';
import { cityStepApplies } from '../../domain/workflow/plan.ts';
import { can } from '../policies/core.ts';
import { applicationPolicy, type ApplicationSubject } from '../policies/application.ts';
import { callPolicy } from '../policies/call.ts';
import { cultivationPolicy } from '../policies/cultivation.ts';

const NATIONAL = { zh: '全国', en: 'National' };

function regionLabel(code: string): string {
  return code === '000000' ? NATIONAL.zh : (regionFullName(code) ?? code);
}

export function presentCall(
  c: CallRow,
  actor: Actor | null,
  myApplicationId: string | null = null,
): CallView {
  const pack = getPack(c.packId);
  const subject = { id: c.id, regionCode: c.regionCode, status: c.status };
  const manage = actor !== null && can(callPolicy, actor, 'manage', subject);
  const today = shanghaiToday();
  const open = callIsOpen(c, today);
  return {
    id: c.id,
    packId: c.packId,
    packTitle: pack?.title ?? { zh: c.packId, en: c.packId },
    year: c.year,
    title: c.title,
    description: c.description,
    level: c.level,
    types: c.types,
    kinds: c.kinds,
    directions: c.directions.map((id) => ({
      id,
      name: pack?.directions.find((d) => d.id === id)?.name ?? { zh: id, en: id },
    })),
    quotas: c.quotas,
    requiredMaterials: c.requiredMaterials,
    opensOn: c.opensOn,
    closesOn: c.closesOn,
    status: c.status as CallView['status'],
    open,
    daysLeft: open ? daysBetween(today, c.closesOn) : null,
    issuingOrganisation: { id: c.issuingOrganisationId, name: c.issuingOrganisationName },
    regionCode: c.regionCode,
    regionName: regionLabel(c.regionCode),
    version: c.version,
    myApplicationId,
    abilities: {
      update: manage && c.status !== 'closed',
      publish: manage && c.status === 'draft',
      close: manage && c.status === 'published',
      // 属地: only lead units in the issuing authority's jurisdiction are offered 我要申报.
      apply:
        open &&
        myApplicationId === null &&
        actor !== null &&
        actor.grants.some((g) => g.role === 'applicant') &&
        regionInJurisdiction(actor.organisationRegionCode, c.regionCode),
    },
  };
}

export function subjectOf(a: ApplicationRow): ApplicationSubject {
  return {
    id: a.id,
    regionCode: a.regionCode,
    leadOrganisationId: a.leadOrganisationId,
    state: a.state,
    callRegionCode: a.callRegionCode,
  };
}

export function presentApplication(a: ApplicationRow): ApplicationView {
  return {
    id: a.id,
    call: { id: a.callId, title: a.callTitle, packId: a.callPackId, year: a.callYear },
    leadOrganisation: {
      id: a.leadOrganisationId,
      name: a.leadName,
      creditCode: a.leadCreditCode,
      orgKind: orgKindOf(a.leadKind, a.leadSoe),
    },
    centerName: a.centerName,
    level: a.level,
    type: a.type,
    kind: a.kind,
    direction: a.direction,
    directionName: a.direction
      ? (getPack(a.callPackId)?.directions.find((d) => d.id === a.direction)?.name ?? null)
      : null,
    industryCode: a.industryCode,
    state: a.state as ApplicationState,
    stateLabel: applicationStateLabels[a.state as ApplicationState],
    currentVersionNo: a.currentVersionNo,
    regionCode: a.regionCode,
    regionName: regionLabel(a.regionCode),
    submittedAt: a.submittedAt?.toISOString() ?? null,
    updatedAt: a.updatedAt.toISOString(),
    version: a.version,
  };
}

export function presentFile(f: FileRow): FileView {
  return { id: f.id, name: f.name, size: f.size, mime: f.mime, sha256: f.sha256 };
}

export function presentNext(n: NextTransition): NextAction {
  return {
    action: n.action,
    label: applicationActionLabels[n.action],
    to: n.to,
    requiresComment: n.requiresComment,
    blockedBy: n.blockedBy,
    stage: n.stage ? { id: n.stage.id, name: n.stage.name, source: n.stage.source } : null,
  };
}

export interface DetailParts {
  members: MemberRow[];
  materials: MaterialRow[];
  versions: VersionRow[];
  timeline: TransitionRow[];
  cityReview: CityReviewRow | undefined;
  files: Map<string, FileRow>;
  requiredMaterials: CallRow['requiredMaterials'];
  next: NextTransition[];
}

export function presentApplicationDetail(a: ApplicationRow, actor: Actor, p: DetailParts): ApplicationDetail {
  const subject = subjectOf(a);
  const fileOf = (id: string | null | undefined) => {
    const f = id ? p.files.get(id) : undefined;
    return f ? presentFile(f) : null;
  };
  const filesOf = (ids: readonly string[] | null | undefined) =>
    (ids ?? []).flatMap((id) => {
      const f = fileOf(id);
      return f ? [f] : [];
    });
  const plan = planOf(a);
  const editable = editableStates.includes(a.state as ApplicationState);
  const review = p.cityReview;
  return {
    ...presentApplication(a),
    form: a.form as ApplicationDetail['form'],
    members: p.members.map((m) => ({
      creditCode: m.creditCode,
      name: m.name,
      orgKind: m.orgKind,
      legalPerson: m.legalPerson,
      registered: m.organisationId !== null,
      agreementFile: m.agreementFile ? presentFile(m.agreementFile) : null,
    })),
    materials: p.materials.map((m) => ({
      id: m.id,
      kind: m.kind,
      metric: m.metric,
      file: presentFile(m.file),
    })),
    requiredMaterials: p.requiredMaterials,
    versions: p.versions.map((v) => ({ versionNo: v.versionNo, submittedAt: v.submittedAt.toISOString() })),
    timeline: p.timeline.map((t) => ({
      id: t.id,
      action: t.action,
      actionLabel: applicationActionLabels[t.action as ApplicationAction] ?? { zh: t.action, en: t.action },
      fromState: t.fromState,
      toState: t.toState,
      actor: { name: t.actorName, role: t.actorRole, organisation: t.actorOrganisationName },
      at: t.at.toISOString(),
      comment: t.comment,
      attachments: filesOf(t.attachments),
      documentNumber: t.documentNumber,
      versionNo: t.versionNo,
      detail: t.detail,
    })),
    cityReview: review
      ? {
          versionNo: review.versionNo,
          checklist: review.checklist,
          checklistPassed: review.checklistPassed,
          siteCheck: review.siteCheckDate
            ? {
                date: review.siteCheckDate,
                participants: review.siteCheckParticipants ?? [],
                findings: review.siteCheckFindings ?? '',
                photos: filesOf(review.siteCheckPhotos),
              }
            : null,
          emergencyOpinion: review.emergencyOpinion
            ? {
                authority: review.emergencyOpinion.authority,
                opinion: review.emergencyOpinion.opinion,
                date: review.emergencyOpinion.date,
                documentNumber: review.emergencyOpinion.documentNumber ?? null,
                file: fileOf(review.emergencyOpinion.fileId),
              }
            : null,
        }
      : null,
    actions: p.next.map(presentNext),
    abilities: {
      update: editable && can(applicationPolicy, actor, 'update', subject),
      upload: editable && can(applicationPolicy, actor, 'update', subject),
      attach: can(applicationPolicy, actor, 'attach', subject),
    },
    cityStep: cityStepApplies(plan, orgKindOf(a.leadKind, a.leadSoe)),
    emergencyOpinionRequired: plan.emergencyOpinion !== null,
    siteCheckRequired: plan.city?.siteCheckRequired ?? false,
  };
}

export function presentCultivation(e: CultivationRow, actor: Actor): CultivationEntryView {
  return {
    id: e.id,
    year: e.year,
    regionCode: e.regionCode,
    regionName: regionLabel(e.regionCode),
    serialNo: e.serialNo,
    name: e.name,
    category: e.category,
    leadOrg: e.leadOrg,
    memberOrgs: e.memberOrgs,
    capabilitySummary: e.capabilitySummary,
    physicalSites: e.physicalSites,
    constructionPeriod: e.constructionPeriod,
    jurisdiction: e.jurisdiction,
    jurisdictionName: regionLabel(e.jurisdiction),
    version: e.version,
    abilities: { update: can(cultivationPolicy, actor, 'manage', { id: e.id, regionCode: e.regionCode }) },
  };
}

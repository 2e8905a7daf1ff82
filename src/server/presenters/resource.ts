/** Resources as the API shows them: the summary in lists, the card with gated attachments in details. */
import type {
  AccessRequestView,
  AdoptionView,
  ResourceSummaryView,
  ResourceView,
} from '../../contracts/resources.ts';
import type { AccessRequestRow, AdoptionRow, ResourceRow } from '../../db/loaders/resources.ts';
import { gradeOf, weightedScore, type GradeCriterion } from '../../domain/resources/supplier-grade.ts';

export function presentResourceSummary(r: ResourceRow): ResourceSummaryView {
  return {
    id: r.id,
    kind: r.kind as ResourceSummaryView['kind'],
    title: r.title,
    summary: r.summary,
    providerName: r.providerName,
    industryCodes: r.industryCodes,
    scenarios: r.scenarios as ResourceSummaryView['scenarios'],
    regionCodes: r.regionCodes,
    priceModel: r.priceModel as ResourceSummaryView['priceModel'],
    access: r.access as ResourceSummaryView['access'],
    status: r.status as ResourceSummaryView['status'],
    grade: (r.grade as ResourceSummaryView['grade']) ?? null,
    infrastructureSubkind: (r.infrastructureSubkind as ResourceSummaryView['infrastructureSubkind']) ?? null,
    reuseCount: r.reuseCount,
    deploymentCount: r.deploymentCount,
    center: { id: r.centerId, slug: r.centerSlug, name: r.centerName },
    publishedAt: r.publishedAt?.toISOString() ?? null,
    updatedAt: r.updatedAt.toISOString(),
    score: r.score === null ? null : Math.round(r.score * 10000) / 10000,
  };
}

export interface ResourceViewContext {
  canOperate: boolean;
  signedIn: boolean;
  myRequest: AccessRequestRow | undefined;
}

/** Whether the caller may see the attachments: public and members-only items (once visible), else approval. */
export function attachmentsVisible(r: ResourceRow, ctx: ResourceViewContext): boolean {
  if (ctx.canOperate || r.access === 'public' || r.access === 'members_only') {
    return true;
  }
  return ctx.myRequest?.status === 'approved';
}

export function presentResource(r: ResourceRow, ctx: ResourceViewContext): ResourceView {
  const details = r.details;
  let evaluation: ResourceView['evaluation'] = null;
  if (r.kind === 'supplier') {
    const e = details.evaluation as { criteria: GradeCriterion[]; evaluatedOn: string; evaluator: string };
    const score = weightedScore(e.criteria);
    evaluation = { ...e, score, grade: gradeOf(score) };
  }
  const showAttachments = attachmentsVisible(r, ctx);
  return {
    ...presentResourceSummary(r),
    providerCreditCode: r.providerCreditCode,
    priceFen: r.priceFen,
    releaseVersion: r.releaseVersion,
    details,
    evaluation,
    attachments: showAttachments ? r.attachments : null,
    attachmentCount: r.attachments.length,
    version: r.version,
    myAccessRequest: ctx.myRequest
      ? {
          id: ctx.myRequest.id,
          status: ctx.myRequest.status as 'pending' | 'approved' | 'rejected',
          createdAt: ctx.myRequest.createdAt.toISOString(),
        }
      : null,
    abilities: {
      edit: ctx.canOperate,
      recordAdoption: ctx.canOperate,
      requestAccess:
        ctx.signedIn &&
        !ctx.canOperate &&
        r.access === 'on_request' &&
        r.status === 'published' &&
        (!ctx.myRequest || ctx.myRequest.status === 'rejected'),
    },
  };
}

export function presentAdoption(a: AdoptionRow): AdoptionView {
  return {
    id: a.id,
    kind: a.kind as AdoptionView['kind'],
    adopterName: a.adopterName,
    adopterCreditCode: a.adopterCreditCode,
    adoptedOn: a.adoptedOn,
    note: a.note,
    createdAt: a.createdAt.toISOString(),
  };
}

export function presentAccessRequest(a: AccessRequestRow): AccessRequestView {
  return {
    id: a.id,
    resource: {
      id: a.resourceId,
      title: a.resourceTitle,
      kind: a.resourceKind as AccessRequestView['resource']['kind'],
    },
    requester: { displayName: a.requesterName, organisationName: a.requesterOrganisationName },
    purpose: a.purpose,
    status: a.status as AccessRequestView['status'],
    note: a.note,
    createdAt: a.createdAt.toISOString(),
    decidedAt: a.decidedAt?.toISOString() ?? null,
  };
}

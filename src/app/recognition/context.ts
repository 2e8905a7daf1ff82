/**
 * What the workflow and the engine need about one application: its pack and plan, the lead unit's kind,
 * the city review of the current version, and the application profile (for eligibility and criteria).
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { centers, organisations } from '../../db/schema/index.ts';
import { leadUnitRevocations } from '../../db/loaders/management.ts';
import {
  applicationMaterialsOf,
  applicationMembersOf,
  callApplications,
  findCall,
  findCityReview,
  type ApplicationRow,
  type CallRow,
} from '../../db/loaders/recognition.ts';
import { evaluateCriteria, evaluateEligibility, getPack } from '../../domain/policy/index.ts';
import type {
  ApplicationProfile,
  ExistingCenter,
  OrgKind,
  PolicyPack,
  RuleResult,
} from '../../domain/policy/index.ts';
import { workflowPlan, type WorkflowPlan } from '../../domain/workflow/plan.ts';
import { findPanelOfApplication } from '../../db/loaders/review.ts';
import { readinessOf } from '../review/context.ts';
import type { UniquenessConflict, WorkflowContext, WorkflowRole } from '../../domain/workflow/application.ts';
import { AppError } from '../errors.ts';
import { today } from '../publicity/clock.ts';

/** The pack's organisation kind for an organisation row (SOEs by their `soe` flag). */
export function orgKindOf(kind: string, soe: string | null): OrgKind {
  if (soe === 'central') {
    return 'central_soe';
  }
  if (soe === 'provincial') {
    return 'provincial_soe';
  }
  const known: OrgKind[] = [
    'enterprise',
    'university',
    'research_institute',
    'association',
    'telecom_operator',
  ];
  return (known as string[]).includes(kind) ? (kind as OrgKind) : 'other';
}

export function packOf(packId: string): PolicyPack {
  const pack = getPack(packId);
  if (!pack) {
    throw new AppError('not_found', { entity: 'policy_pack' });
  }
  return pack;
}

export function planOf(app: ApplicationRow): WorkflowPlan {
  return workflowPlan(packOf(app.callPackId), app.level as PolicyPack['levels'][number]);
}

/** Whether the call accepts submissions today (published, between its dates, Asia/Shanghai). */
export function callIsOpen(call: CallRow, today = shanghaiToday()): boolean {
  return call.status === 'published' && call.opensOn <= today && today <= call.closesOn;
}

/** Today in Asia/Shanghai, as the publicity clock reads it (DTPC_TODAY-aware outside production). */
export function shanghaiToday(): string {
  return today();
}

/**
 * The expert-review gate of the decision (WorkflowContext.expertReview): complete once a panel is formed
 * and at least the panel size of its experts — every active one — have submitted their scores.
 */
export async function expertReviewState(
  tx: Db,
  applicationId: string,
): Promise<NonNullable<WorkflowContext['expertReview']>> {
  const panel = await findPanelOfApplication(tx, applicationId);
  if (!panel) {
    return {
      complete: false,
      reason: { zh: '尚未组建专家评审组，不能审定通过', en: 'No expert panel has been formed yet' },
    };
  }
  const readiness = await readinessOf(tx, panel);
  return readiness.complete
    ? { complete: true }
    : {
        complete: false,
        reason: {
          zh: `专家评审尚未完成（${readiness.reason!.zh}）`,
          en: `The expert review is not complete (${readiness.reason!.en})`,
        },
      };
}

/** The workflow context of an application for an actor holding `roles`. */
export async function workflowContext(
  tx: Db,
  app: ApplicationRow,
  roles: WorkflowRole[],
  extra: Partial<WorkflowContext> = {},
): Promise<WorkflowContext> {
  const call = (await findCall(tx, app.callId))!;
  const review =
    app.currentVersionNo > 0 ? await findCityReview(tx, app.id, app.currentVersionNo) : undefined;
  return {
    plan: planOf(app),
    leadOrgKind: orgKindOf(app.leadKind, app.leadSoe),
    roles,
    callOpen: callIsOpen(call),
    cityReview: {
      checklistPassed: review?.checklistPassed ?? null,
      siteCheckRecorded: Boolean(review?.siteCheckDate),
      emergencyOpinionAttached: Boolean(review?.emergencyOpinion),
    },
    // The decision to approve needs a completed expert review (the gate); rejecting does not.
    ...(app.state === 'expert_review' ? { expertReview: await expertReviewState(tx, app.id) } : {}),
    ...extra,
  };
}

const CLOSED_STATES = new Set(['draft', 'withdrawn', 'rejected']);
const APPROVED_STATES = new Set(['decided', 'publicity', 'announced']);

/** Recognised centers as the engine's uniqueness rules see them (one entry per industry). */
async function existingCenters(tx: Db, leadOrganisationId: string): Promise<ExistingCenter[]> {
  const rows = await tx
    .select()
    .from(centers)
    .where(inArray(centers.status, ['recognised']));
  return rows.flatMap((c) =>
    (c.industryCodes.length > 0 ? c.industryCodes : [undefined]).map((industryCode) => ({
      name: c.name,
      ledByApplicant: c.leadOrganisationId === leadOrganisationId,
      level: c.level as ExistingCenter['level'],
      type: c.type as ExistingCenter['type'],
      ...(c.kind ? { kind: c.kind as ExistingCenter['kind'] } : {}),
      regionCode: c.regionCode,
      ...(industryCode ? { industryCode } : {}),
    })),
  );
}

async function directionsHeld(tx: Db, leadOrganisationId: string) {
  const rows = await tx
    .select({ direction: centers.direction, recognisedOn: centers.recognisedOn })
    .from(centers)
    .where(and(eq(centers.leadOrganisationId, leadOrganisationId), eq(centers.status, 'recognised')));
  return rows
    .filter((r) => r.direction !== null)
    .map((r) => ({
      direction: r.direction!,
      ...(r.recognisedOn ? { year: Number(r.recognisedOn.slice(0, 4)) } : {}),
    }));
}

/** The engine's profile of the application's working copy (or of a given form). */
export async function profileOf(tx: Db, app: ApplicationRow): Promise<ApplicationProfile> {
  const call = (await findCall(tx, app.callId))!;
  const [lead] = await tx
    .select({ registrationDate: organisations.registrationDate })
    .from(organisations)
    .where(eq(organisations.id, app.leadOrganisationId))
    .limit(1);
  const members = await applicationMembersOf(tx, app.id);
  const siblings = (await callApplications(tx, app.callId)).filter(
    (a) => a.id !== app.id && a.leadOrganisationId === app.leadOrganisationId && !CLOSED_STATES.has(a.state),
  );
  const f = app.form;
  return {
    applicationDate: shanghaiToday(),
    callDeadline: call.closesOn,
    level: app.level as ApplicationProfile['level'],
    ...(app.type ? { type: app.type as ApplicationProfile['type'] } : {}),
    ...(app.kind ? { kind: app.kind as ApplicationProfile['kind'] } : {}),
    ...(app.direction ? { direction: app.direction } : {}),
    regionCode: app.regionCode,
    ...(app.industryCode ? { industryCode: app.industryCode } : {}),
    leadOrg: {
      name: app.leadName,
      orgKind: orgKindOf(app.leadKind, app.leadSoe),
      legalPerson: app.leadKind !== 'authority',
      registeredRegionCode: app.regionCode,
      ...(lead?.registrationDate ? { registeredOn: lead.registrationDate } : {}),
      creditCode: app.leadCreditCode,
    },
    members: members.map((m) => ({
      name: m.name,
      orgKind: m.orgKind as OrgKind,
      legalPerson: m.legalPerson,
      creditCode: m.creditCode,
    })),
    consortiumAgreementSigned:
      f.consortiumAgreementSigned && members.every((m) => m.agreementFileId !== null),
    ...(f.buildStatus ? { buildStatus: f.buildStatus } : {}),
    incidents: f.incidents.map((i) => ({
      date: i.date,
      kind: i.kind as 'safety',
      severity: i.severity as 'major',
      ...(i.description ? { description: i.description } : {}),
    })),
    facts: f.facts,
    factDates: f.factDates,
    metricValues: f.metricValues,
    judgements: {},
    history: {
      // Earlier revocations of the lead unit's centers: the re-application ban (000 第二十一条, 003 第十七条).
      revocations: await leadUnitRevocations(tx, app.leadOrganisationId),
      centers: await existingCenters(tx, app.leadOrganisationId),
      directionsHeld: await directionsHeld(tx, app.leadOrganisationId),
      otherApplications: siblings.map((s) => ({
        ...(s.direction ? { direction: s.direction } : {}),
        ...(s.type ? { type: s.type as 'industry' } : {}),
      })),
    },
  };
}

export interface ApplicationEvaluation {
  eligible: boolean;
  rules: RuleResult[];
  /** Hard failures: not 原则上 — they block submission. */
  blocking: RuleResult[];
  missingMaterials: { key: string; name: { zh: string; en: string } }[];
  criteria: ReturnType<typeof evaluateCriteria>;
}

/** Eligibility, uniqueness and criteria of the working copy, plus the call's missing required materials. */
export async function evaluateApplication(tx: Db, app: ApplicationRow): Promise<ApplicationEvaluation> {
  const pack = packOf(app.callPackId);
  const profile = await profileOf(tx, app);
  const eligibility = evaluateEligibility(pack, profile);
  const criteria = evaluateCriteria(
    pack,
    { level: profile.level, type: profile.type, kind: profile.kind, direction: profile.direction },
    profile.metricValues,
    {},
  );
  const call = (await findCall(tx, app.callId))!;
  const materials = await applicationMaterialsOf(tx, app.id);
  const have = new Set(materials.map((m) => m.kind));
  return {
    eligible: eligibility.eligible,
    rules: eligibility.rules,
    blocking: eligibility.rules.filter((r) => !r.passed && !r.inPrinciple),
    missingMaterials: call.requiredMaterials
      .filter((m) => m.required && !have.has(m.key))
      .map((m) => ({ key: m.key, name: m.name })),
    criteria,
  };
}

const UNIQUENESS_KINDS = new Set([
  'one_center_per_region_industry',
  'one_type_per_unit',
  'one_industry_center_per_industry',
  'one_direction_per_enterprise',
  'no_repeat_direction',
]);

/**
 * The pack's uniqueness rules checked across the call at decision time: against recognised centers and
 * the call's other approved applications.
 */
export async function uniquenessConflicts(tx: Db, app: ApplicationRow): Promise<UniquenessConflict[]> {
  const pack = packOf(app.callPackId);
  const profile = await profileOf(tx, app);
  const approved = (await callApplications(tx, app.callId)).filter(
    (a) => a.id !== app.id && APPROVED_STATES.has(a.state),
  );
  const history = {
    ...profile.history,
    centers: [
      ...profile.history.centers,
      ...approved.map((a) => ({
        name: a.centerName,
        ledByApplicant: a.leadOrganisationId === app.leadOrganisationId,
        type: (a.type ?? 'comprehensive') as ExistingCenter['type'],
        regionCode: a.regionCode,
        ...(a.industryCode ? { industryCode: a.industryCode } : {}),
      })),
    ],
    otherApplications: approved
      .filter((a) => a.leadOrganisationId === app.leadOrganisationId)
      .map((a) => ({ ...(a.direction ? { direction: a.direction } : {}) })),
  };
  return evaluateEligibility(pack, profile, history)
    .rules.filter((r) => UNIQUENESS_KINDS.has(r.kind) && !r.passed)
    .map((r) => ({ ruleId: r.id, inPrinciple: r.inPrinciple ?? false, reason: r.reason }));
}

/** Shared by the review commands: domain views of loaded rows, versioned updates, readiness, the form. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { reviewAssignments, reviewPanels } from '../../db/schema/index.ts';
import {
  panelSeats,
  type AssignmentRow,
  type PanelRow,
  type PoolExpertRow,
  type ReviewApplication,
} from '../../db/loaders/review.ts';
import { todayInShanghai } from '../../domain/calendar/dates.ts';
import { getPack } from '../../domain/policy/index.ts';
import type { CenterType, FunctionalKind, Level, PolicyPack } from '../../domain/policy/index.ts';
import {
  checkConflicts,
  buildScoreForm,
  parseReviewFields,
  reviewReadiness,
  type ApplicationParties,
  type AssignmentStatus,
  type ConflictReason,
  type PoolExpert,
  type ReviewReadiness,
  type ScoreForm,
} from '../../domain/review/index.ts';
import { AppError } from '../errors.ts';

export function today(): string {
  return todayInShanghai();
}

/** Organisations are keyed by credit code: consortium members need not be registered. */
export function toPoolExpert(row: PoolExpertRow, currentLoad = 0): PoolExpert {
  return {
    expertId: row.userId,
    organisationId: row.organisationCreditCode,
    regionCode: row.regionCode,
    fields: parseReviewFields(row.fields),
    available: row.available,
    maxLoad: row.maxLoad,
    currentLoad,
    employment: row.employment.map((j) => ({ organisationId: j.creditCode, from: j.from, to: j.to })),
    declarations: row.declarations.map((d) => ({
      applicationId: d.applicationId,
      organisationId: d.creditCode,
      reason: d.reason,
    })),
  };
}

export function toParties(app: ReviewApplication): ApplicationParties {
  return {
    applicationId: app.id,
    leadOrganisationId: app.leadCreditCode,
    memberOrganisationIds: app.members.map((m) => m.creditCode),
    avoidOrganisationIds: app.avoid.map((a) => a.creditCode),
  };
}

/** Names by credit code, for the conflict messages. */
export function organisationNames(apps: readonly ReviewApplication[], experts: readonly PoolExpertRow[]) {
  const names: Record<string, string> = {};
  for (const a of apps) {
    names[a.leadCreditCode] = a.leadName;
    a.members.forEach((m) => (names[m.creditCode] = m.name));
    a.avoid.forEach((m) => (names[m.creditCode] = m.name));
  }
  for (const e of experts) {
    names[e.organisationCreditCode] = e.organisationName;
    e.employment.forEach((j) => (names[j.creditCode] ??= j.name));
  }
  return names;
}

/** Display names by expert id, for the shortfall reasons. */
export function expertNames(experts: readonly PoolExpertRow[]): Record<string, string> {
  return Object.fromEntries(experts.map((e) => [e.userId, e.name]));
}

/** The conflict reasons of one expert for one application (empty = none). */
export function conflictsOf(expert: PoolExpertRow, app: ReviewApplication): ConflictReason[] {
  return checkConflicts(toPoolExpert(expert), toParties(app), {
    onDate: today(),
    organisationNames: organisationNames([app], [expert]),
  });
}

export function packOf(packId: string): PolicyPack {
  const pack = getPack(packId);
  if (!pack) {
    throw new AppError('not_found', { entity: 'policy_pack' });
  }
  return pack;
}

/** The scoring form of an application: the pack's criteria, declared values, the province's evidence values. */
export function formOf(app: ReviewApplication, panel: PanelRow | undefined): ScoreForm {
  return buildScoreForm(
    packOf(app.packId),
    {
      level: app.level as Level,
      type: (app.type ?? undefined) as CenterType | undefined,
      kind: (app.kind ?? undefined) as FunctionalKind | undefined,
      direction: app.direction ?? undefined,
    },
    { declared: app.metricValues, evidence: panel?.evidenceValues ?? {} },
  );
}

/** Whether every active seat has submitted and the panel size is reached. */
export async function readinessOf(tx: Db, panel: PanelRow): Promise<ReviewReadiness> {
  const seats = await panelSeats(tx, panel.id);
  return reviewReadiness(
    seats.map((s) => s.status as AssignmentStatus),
    panel.panelSize,
  );
}

/** Bumps the panel's version if it still matches; sets the given columns. */
export async function bumpPanel(
  tx: Db,
  panel: PanelRow,
  expected: number,
  set: Partial<typeof reviewPanels.$inferInsert> = {},
): Promise<void> {
  if (panel.version !== expected) {
    throw new AppError('conflict.stale_version');
  }
  const rows = await tx
    .update(reviewPanels)
    .set({ ...set, version: expected + 1, updatedAt: new Date() })
    .where(and(eq(reviewPanels.id, panel.id), eq(reviewPanels.version, expected)))
    .returning({ id: reviewPanels.id });
  if (rows.length === 0) {
    throw new AppError('conflict.stale_version');
  }
}

/** Moves a seat to `status` if its version still matches. */
export async function setSeatStatus(
  tx: Db,
  seat: AssignmentRow,
  expected: number,
  set: Partial<typeof reviewAssignments.$inferInsert>,
): Promise<void> {
  if (seat.version !== expected) {
    throw new AppError('conflict.stale_version');
  }
  const rows = await tx
    .update(reviewAssignments)
    .set({ ...set, version: expected + 1, updatedAt: new Date() })
    .where(and(eq(reviewAssignments.id, seat.id), eq(reviewAssignments.version, expected)))
    .returning({ id: reviewAssignments.id });
  if (rows.length === 0) {
    throw new AppError('conflict.stale_version');
  }
}

/** 409 with the state machine's reason. */
export function illegal(reason: { zh: string; en: string }): AppError {
  return new AppError('conflict.illegal_transition', { reason: reason.zh, reasonEn: reason.en });
}

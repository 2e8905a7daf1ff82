/**
 * The province adjusts a panel: adds an expert (conflicts checked first — a conflicted expert is never
 * invited), removes one, records evidence values, and re-fills seats left by recusals or refusals.
 */
import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import { reviewAssignments } from '../../db/schema/index.ts';
import {
  callLoads,
  expertPool,
  findCallRef,
  panelSeats,
  type PanelRow,
  type ReviewApplication,
} from '../../db/loaders/review.ts';
import { jurisdictionPrefix } from '../../domain/jurisdiction/index.ts';
import {
  isActive,
  nextAssignmentStatus,
  proposePanels,
  type AssignmentStatus,
  type ReviewField,
} from '../../domain/review/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import {
  bumpPanel,
  conflictsOf,
  expertNames,
  illegal,
  organisationNames,
  setSeatStatus,
  toParties,
  toPoolExpert,
  today,
} from './context.ts';

interface PanelInput {
  actor: Actor;
  tx: Db;
  panel: PanelRow;
  app: ReviewApplication;
  version: number;
}

async function poolOfCall(tx: Db, callId: string, userIds?: string[]) {
  const call = await findCallRef(tx, callId);
  return expertPool(tx, jurisdictionPrefix(call!.regionCode), userIds);
}

function requireExpertReview(app: ReviewApplication) {
  if (app.state !== 'expert_review') {
    throw new AppError('review.not_in_expert_review', { state: app.state });
  }
}

/** Adds an expert to the panel as a proposed seat (invited with the next invitation round). */
export async function addMember({
  actor,
  tx,
  panel,
  app,
  version,
  expertUserId,
}: PanelInput & { expertUserId: string }) {
  requireExpertReview(app);
  const [expert] = await poolOfCall(tx, panel.callId, [expertUserId]);
  if (!expert) {
    throw new AppError('review.not_in_pool', {}, [
      { field: 'expertUserId', code: 'review.not_in_pool', message: '' },
    ]);
  }
  const reasons = conflictsOf(expert, app);
  if (reasons.length > 0) {
    throw new AppError('review.conflict_of_interest', {
      reason: reasons.map((r) => r.message.zh).join('；'),
      reasonEn: reasons.map((r) => r.message.en).join('; '),
    });
  }
  const seats = await panelSeats(tx, panel.id);
  const existing = seats.find((s) => s.expertUserId === expertUserId);
  if (existing && isActive(existing.status as AssignmentStatus)) {
    throw new AppError('review.already_on_panel');
  }
  await bumpPanel(tx, panel, version);
  if (existing) {
    // A seat once declined or removed is offered again as a new proposal.
    await setSeatStatus(tx, existing, existing.version, {
      status: 'proposed',
      statusNote: '',
      invitedAt: null,
      respondedAt: null,
    });
  } else {
    await tx.insert(reviewAssignments).values({
      id: uuidv7(),
      panelId: panel.id,
      applicationId: app.id,
      callId: panel.callId,
      expertUserId,
      status: 'proposed',
      fields: expert.fields,
    });
  }
  await appendAudit(tx, actor, {
    action: 'review.member_added',
    targetType: 'review_panel',
    targetId: panel.id,
    scopeRegion: panel.regionCode,
    after: { expertUserId },
    detail: { applicationId: app.id },
  });
}

/** Removes an expert who has not submitted (the seat is kept as `removed`, with the note). */
export async function removeMember({
  actor,
  tx,
  panel,
  app,
  version,
  assignmentId,
  note,
}: PanelInput & { assignmentId: string; note: string }) {
  const seat = (await panelSeats(tx, panel.id)).find((s) => s.id === assignmentId);
  if (!seat) {
    throw new AppError('not_found', { entity: 'review_task' });
  }
  const next = nextAssignmentStatus(seat.status as AssignmentStatus, 'remove');
  if (!next.ok) {
    throw illegal(next.reason);
  }
  await bumpPanel(tx, panel, version);
  if (seat.status === 'proposed') {
    // A proposal never sent leaves no trace on the seat list (the audit keeps it).
    await tx.delete(reviewAssignments).where(eq(reviewAssignments.id, seat.id));
  } else {
    await setSeatStatus(tx, seat, seat.version, { status: next.to, statusNote: note });
  }
  await appendAudit(tx, actor, {
    action: 'review.member_removed',
    targetType: 'review_panel',
    targetId: panel.id,
    scopeRegion: panel.regionCode,
    before: { expertUserId: seat.expertUserId, status: seat.status },
    detail: { applicationId: app.id },
  });
}

/** Records the values the province verified from the evidence (佐证值), shown on every scoring form. */
export async function setEvidenceValues({
  actor,
  tx,
  panel,
  version,
  values,
}: PanelInput & { values: Record<string, number> }) {
  await bumpPanel(tx, panel, version, { evidenceValues: values });
  await appendAudit(tx, actor, {
    action: 'review.evidence_values',
    targetType: 'review_panel',
    targetId: panel.id,
    scopeRegion: panel.regionCode,
    before: panel.evidenceValues,
    after: values,
    detail: { metrics: Object.keys(values).length },
  });
}

/**
 * Fills the seats the panel lacks (after a recusal, refusal or removal) with the same proposal rules:
 * active members stay, experts who left are not asked again, the call's load cap holds.
 */
export async function reassignPanel({
  actor,
  tx,
  panel,
  app,
  version,
  loadCap,
}: PanelInput & { loadCap: number }): Promise<{ added: number; shortfalls: number }> {
  requireExpertReview(app);
  const seats = await panelSeats(tx, panel.id);
  const pool = await poolOfCall(tx, panel.callId);
  const loads = await callLoads(tx, panel.callId, [app.id]);
  const proposal = proposePanels({
    applications: [
      {
        ...toParties(app),
        regionCode: app.regionCode,
        keep: seats.filter((s) => isActive(s.status as AssignmentStatus)).map((s) => s.expertUserId),
        exclude: seats.filter((s) => !isActive(s.status as AssignmentStatus)).map((s) => s.expertUserId),
      },
    ],
    experts: pool.map((e) => toPoolExpert(e, loads.get(e.userId) ?? 0)),
    panelSize: panel.panelSize,
    loadCap,
    requiredFields: panel.requiredFields as ReviewField[],
    onDate: today(),
    organisationNames: organisationNames([app], pool),
    expertNames: expertNames(pool),
  });
  const result = proposal.panels[0]!;
  const fresh = result.members.filter((m) => !m.kept);
  const fieldsOf = new Map(pool.map((e) => [e.userId, e.fields]));
  await bumpPanel(tx, panel, version, {
    needsReassignment: result.members.length < panel.panelSize,
    notes: {
      shortfalls: proposal.shortfalls
        .filter((s) => s.applicationId !== null)
        .map((s) => ({
          code: s.code,
          ...(s.field ? { field: s.field } : {}),
          message: s.message,
          remedy: s.remedy,
        })),
      excluded: proposal.excluded.map((x) => ({
        expertUserId: x.expertId,
        reasons: x.reasons.map((r) => ({ code: r.code, message: r.message })),
      })),
    },
  });
  if (fresh.length > 0) {
    await tx.insert(reviewAssignments).values(
      fresh.map((m) => ({
        id: uuidv7(),
        panelId: panel.id,
        applicationId: app.id,
        callId: panel.callId,
        expertUserId: m.expertId,
        status: 'proposed',
        fields: fieldsOf.get(m.expertId) ?? [],
      })),
    );
  }
  await appendAudit(tx, actor, {
    action: 'review.reassigned',
    targetType: 'review_panel',
    targetId: panel.id,
    scopeRegion: panel.regionCode,
    after: { added: fresh.map((m) => m.expertId) },
    detail: { applicationId: app.id, added: fresh.length },
  });
  return { added: fresh.length, shortfalls: proposal.shortfalls.length };
}

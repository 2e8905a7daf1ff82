/**
 * An expert's own seat: accept or decline the invitation, declare a conflict at any time before
 * submitting (the seat is vacated and the province asked to re-assign), save drafts and submit scores.
 * Every save appends a new version of the sheet; nothing is overwritten.
 */
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import { conflictDeclarations, reviewPanels, scoreSheetVersions } from '../../db/schema/index.ts';
import { findPanel, sheetVersions, type ReviewApplication, type TaskRow } from '../../db/loaders/review.ts';
import type { SheetBody } from '../../contracts/review.ts';
import { nextAssignmentStatus, validateSheet, type AssignmentStatus } from '../../domain/review/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { notify } from '../notifications/notify.ts';
import { formOf, illegal, readinessOf, setSeatStatus } from './context.ts';
import { eq } from 'drizzle-orm';

interface TaskInput {
  actor: Actor;
  tx: Db;
  task: TaskRow;
  app: ReviewApplication;
  version: number;
}

function step(task: TaskRow, action: 'accept' | 'decline' | 'submit' | 'declare_conflict' | 'save') {
  const next = nextAssignmentStatus(task.status as AssignmentStatus, action);
  if (!next.ok) {
    throw illegal(next.reason);
  }
  return next.to;
}

export async function respondToInvitation({
  actor,
  tx,
  task,
  version,
  accept,
  note,
}: TaskInput & { accept: boolean; note: string }) {
  const to = step(task, accept ? 'accept' : 'decline');
  await setSeatStatus(tx, task, version, { status: to, respondedAt: new Date(), statusNote: note });
  if (!accept) {
    await tx.update(reviewPanels).set({ needsReassignment: true }).where(eq(reviewPanels.id, task.panelId));
  }
  await appendAudit(tx, actor, {
    action: accept ? 'review.accepted' : 'review.declined',
    targetType: 'review_task',
    targetId: task.id,
    before: { status: task.status },
    after: { status: to },
    detail: { applicationId: task.applicationId },
  });
}

/** Recusal: the seat becomes `conflicted`, the declaration is kept for every later proposal. */
export async function declareConflict({
  actor,
  tx,
  task,
  app,
  version,
  reason,
  organisationCreditCode,
}: TaskInput & { reason: string; organisationCreditCode?: string | undefined }) {
  const to = step(task, 'declare_conflict');
  let organisationName: string | null = null;
  if (organisationCreditCode) {
    organisationName =
      organisationCreditCode === app.leadCreditCode
        ? app.leadName
        : (app.members.find((m) => m.creditCode === organisationCreditCode)?.name ?? null);
    if (organisationName === null) {
      throw new AppError('request.validation', {}, [
        {
          field: 'organisationCreditCode',
          code: 'request.validation',
          message: { zh: '该机构不是本申报的牵头或联合申报单位', en: 'Not a party to this application' },
        },
      ]);
    }
  }
  await setSeatStatus(tx, task, version, { status: to, statusNote: reason });
  await tx.insert(conflictDeclarations).values({
    id: uuidv7(),
    declaredBy: 'expert',
    expertUserId: actor.userId,
    applicationId: app.id,
    organisationCreditCode: organisationCreditCode ?? null,
    organisationName,
    reason,
    createdByUserId: actor.userId,
  });
  await tx.update(reviewPanels).set({ needsReassignment: true }).where(eq(reviewPanels.id, task.panelId));
  await notify(tx, {
    role: 'provincial_admin',
    regionCode: app.regionCode,
    kind: 'review.conflict_declared',
    params: { expert: actor.displayName, application: app.centerName },
    link: `/review/panels/${task.panelId}`,
  });
  await appendAudit(tx, actor, {
    action: 'review.conflict_declared',
    targetType: 'review_task',
    targetId: task.id,
    scopeRegion: app.regionCode,
    before: { status: task.status },
    after: { status: to },
    detail: { applicationId: app.id, withOrganisation: organisationCreditCode !== undefined },
  });
}

/** Saves a draft or submits: appends a version; a submission must be complete and ends the seat's work. */
export async function saveSheet({
  actor,
  tx,
  task,
  app,
  version,
  sheet,
  mode,
}: TaskInput & { sheet: SheetBody; mode: 'draft' | 'submit' }): Promise<number> {
  const to = step(task, mode === 'submit' ? 'submit' : 'save');
  const versions = await sheetVersions(tx, task.id);
  const current = versions.at(-1)?.versionNo ?? 0;
  if (sheet.baseVersionNo !== current) {
    throw new AppError('review.stale_sheet', { current });
  }
  const panel = await findPanel(tx, task.panelId);
  const form = formOf(app, panel);
  const problems = validateSheet(form, sheet, mode);
  if (problems.length > 0) {
    throw new AppError(
      'review.scores_invalid',
      {},
      problems.map((p) => ({ field: p.field, code: p.code, message: p.message })),
    );
  }
  const versionNo = current + 1;
  await tx.insert(scoreSheetVersions).values({
    id: uuidv7(),
    assignmentId: task.id,
    applicationId: app.id,
    expertUserId: actor.userId,
    versionNo,
    kind: mode === 'submit' ? 'submitted' : 'draft',
    packId: form.packId,
    scores: sheet.scores,
    overall: sheet.overall,
    recommendation: sheet.recommendation,
    comment: sheet.comment,
  });
  // The seat's version moves on every save, so two tabs cannot both submit.
  await setSeatStatus(tx, task, version, {
    status: to,
    ...(mode === 'submit' ? { submittedAt: new Date() } : {}),
  });
  await appendAudit(tx, actor, {
    action: mode === 'submit' ? 'review.submitted' : 'review.draft_saved',
    targetType: 'review_task',
    targetId: task.id,
    scopeRegion: app.regionCode,
    after: { versionNo, overall: sheet.overall, recommendation: sheet.recommendation },
    detail: { applicationId: app.id, versionNo },
  });
  if (mode === 'submit' && panel) {
    const readiness = await readinessOf(tx, panel);
    if (readiness.complete) {
      await notify(tx, {
        role: 'provincial_admin',
        regionCode: app.regionCode,
        kind: 'review.completed',
        params: { application: app.centerName },
        link: `/review/panels/${panel.id}`,
      });
    }
  }
  return versionNo;
}

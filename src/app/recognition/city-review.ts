/**
 * The city step (属地审核): qualification-review checklist, on-site check record, emergency-management
 * opinion (002), recommendation with a formal document number, or return with reasons.
 */
import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type {
  EmergencyOpinionBody,
  QualificationReviewBody,
  RecommendBody,
  ReturnBody,
  SiteCheckBody,
} from '../../contracts/recognition.ts';
import type { Db } from '../../db/client.ts';
import { findCityReview, type ApplicationRow } from '../../db/loaders/recognition.ts';
import { cityReviews } from '../../db/schema/index.ts';
import type { WorkflowRole } from '../../domain/workflow/application.ts';
import type { Actor } from '../actor.ts';
import { assertNotFuture } from '../dates.ts';
import { workflowContext } from './context.ts';
import { checkOwnFiles, decide, expectVersion, performTransition } from './transition.ts';

type CityInput<B> = { actor: Actor; tx: Db; app: ApplicationRow; roles: WorkflowRole[]; input: B };

/** Creates or updates the city-review row of the current version. */
async function upsertReview(
  tx: Db,
  actor: Actor,
  app: ApplicationRow,
  set: Partial<typeof cityReviews.$inferInsert>,
): Promise<void> {
  const existing = await findCityReview(tx, app.id, app.currentVersionNo);
  if (existing) {
    await tx
      .update(cityReviews)
      .set({ ...set, reviewerUserId: actor.userId, updatedAt: new Date() })
      .where(and(eq(cityReviews.applicationId, app.id), eq(cityReviews.versionNo, app.currentVersionNo)));
  } else {
    await tx.insert(cityReviews).values({
      id: uuidv7(),
      applicationId: app.id,
      versionNo: app.currentVersionNo,
      reviewerUserId: actor.userId,
      ...set,
    });
  }
}

export async function recordQualificationReview({
  actor,
  tx,
  app,
  roles,
  input,
}: CityInput<QualificationReviewBody>): Promise<void> {
  const ctx = await workflowContext(tx, app, roles);
  expectVersion(app, input.version);
  decide(app.state, 'record_qualification_review', ctx);
  const passed = input.checklist.every((c) => c.passed);
  await upsertReview(tx, actor, app, {
    checklist: input.checklist,
    checklistPassed: passed,
    checklistNote: input.comment,
  });
  await performTransition({
    actor,
    tx,
    app,
    action: 'record_qualification_review',
    ctx,
    expectedVersion: input.version,
    comment: input.comment,
    detail: { passed, failed: input.checklist.filter((c) => !c.passed).map((c) => c.label) },
  });
}

export async function recordSiteCheck({
  actor,
  tx,
  app,
  roles,
  input,
}: CityInput<SiteCheckBody>): Promise<void> {
  const ctx = await workflowContext(tx, app, roles);
  expectVersion(app, input.version);
  decide(app.state, 'record_site_check', ctx);
  assertNotFuture(input.date, 'date', { zh: '现场核查日期', en: 'Site check date' });
  await checkOwnFiles(tx, actor, input.photos);
  await upsertReview(tx, actor, app, {
    siteCheckDate: input.date,
    siteCheckParticipants: input.participants,
    siteCheckFindings: input.findings,
    siteCheckPhotos: input.photos,
  });
  await performTransition({
    actor,
    tx,
    app,
    action: 'record_site_check',
    ctx,
    expectedVersion: input.version,
    comment: input.findings,
    attachments: input.photos,
    detail: { date: input.date, participants: input.participants },
  });
}

export async function attachEmergencyOpinion({
  actor,
  tx,
  app,
  roles,
  input,
}: CityInput<EmergencyOpinionBody>): Promise<void> {
  const ctx = await workflowContext(tx, app, roles);
  expectVersion(app, input.version);
  decide(app.state, 'attach_emergency_opinion', ctx);
  assertNotFuture(input.date, 'date', { zh: '意见出具日期', en: 'Opinion date' });
  const attachments = input.fileId ? [input.fileId] : [];
  await checkOwnFiles(tx, actor, attachments);
  await upsertReview(tx, actor, app, {
    emergencyOpinion: {
      authority: input.authority,
      opinion: input.opinion,
      date: input.date,
      documentNumber: input.documentNumber ?? null,
      fileId: input.fileId ?? null,
    },
  });
  await performTransition({
    actor,
    tx,
    app,
    action: 'attach_emergency_opinion',
    ctx,
    expectedVersion: input.version,
    comment: input.opinion,
    attachments,
    documentNumber: input.documentNumber ?? null,
    detail: { authority: input.authority, date: input.date },
  });
}

export async function recommendApplication({
  actor,
  tx,
  app,
  roles,
  input,
}: CityInput<RecommendBody>): Promise<void> {
  await performTransition({
    actor,
    tx,
    app,
    action: 'recommend',
    ctx: await workflowContext(tx, app, roles, { documentNumber: input.documentNumber }),
    expectedVersion: input.version,
    comment: input.comment,
    attachments: input.attachments,
    documentNumber: input.documentNumber,
  });
}

/** Return for revision, by the city (`city_return`) or at formal review (`formal_review_return`). */
export async function returnApplication({
  actor,
  tx,
  app,
  roles,
  input,
  action,
}: CityInput<ReturnBody> & { action: 'city_return' | 'formal_review_return' }): Promise<void> {
  await performTransition({
    actor,
    tx,
    app,
    action,
    ctx: await workflowContext(tx, app, roles),
    expectedVersion: input.version,
    comment: input.comment,
    attachments: input.attachments,
    detail: { reasons: input.reasons },
  });
}

/** The province records the on-site defense (答辩) and site visits (现场考察) of an application under review. */
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import { reviewDefenses, reviewSiteVisits } from '../../db/schema/index.ts';
import type { ReviewApplication } from '../../db/loaders/review.ts';
import type { DefenseBody, SiteVisitBody } from '../../contracts/review.ts';
import type { Actor } from '../actor.ts';
import { assertNotFuture } from '../dates.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';

function requireUnderReview(app: ReviewApplication) {
  if (app.state !== 'expert_review') {
    throw new AppError('review.not_in_expert_review', { state: app.state });
  }
}

export async function recordDefense({
  actor,
  tx,
  app,
  input,
}: {
  actor: Actor;
  tx: Db;
  app: ReviewApplication;
  input: DefenseBody;
}) {
  requireUnderReview(app);
  assertNotFuture(input.heldOn, 'heldOn', { zh: '答辩日期', en: 'Defense date' });
  const id = uuidv7();
  await tx.insert(reviewDefenses).values({
    id,
    applicationId: app.id,
    heldOn: input.heldOn,
    location: input.location,
    participants: input.participants,
    presenters: input.presenters,
    minutes: input.minutes,
    attachments: [],
    recordedByUserId: actor.userId,
  });
  await appendAudit(tx, actor, {
    action: 'review.defense_recorded',
    targetType: 'application',
    targetId: app.id,
    scopeRegion: app.regionCode,
    after: input,
    detail: { heldOn: input.heldOn },
  });
  return id;
}

export async function recordSiteVisit({
  actor,
  tx,
  app,
  input,
}: {
  actor: Actor;
  tx: Db;
  app: ReviewApplication;
  input: SiteVisitBody;
}) {
  requireUnderReview(app);
  assertNotFuture(input.visitedOn, 'visitedOn', { zh: '现场考察日期', en: 'Site visit date' });
  const id = uuidv7();
  await tx.insert(reviewSiteVisits).values({
    id,
    applicationId: app.id,
    visitedOn: input.visitedOn,
    participants: input.participants,
    findings: input.findings,
    conclusion: input.conclusion,
    photos: [],
    recordedByUserId: actor.userId,
  });
  await appendAudit(tx, actor, {
    action: 'review.site_visit_recorded',
    targetType: 'application',
    targetId: app.id,
    scopeRegion: app.regionCode,
    after: input,
    detail: { visitedOn: input.visitedOn },
  });
  return id;
}

/** An expert keeps their employment history (任职经历): the 3-year conflict rule reads it. */
import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import { conflictDeclarations, expertEmployments } from '../../db/schema/index.ts';
import type { EmploymentBody } from '../../contracts/review.ts';
import type { ReviewApplication } from '../../db/loaders/review.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';

export async function addEmployment({
  actor,
  tx,
  expertUserId,
  input,
}: {
  actor: Actor;
  tx: Db;
  expertUserId: string;
  input: EmploymentBody;
}) {
  const id = uuidv7();
  await tx.insert(expertEmployments).values({
    id,
    expertUserId,
    organisationCreditCode: input.organisationCreditCode,
    organisationName: input.organisationName,
    fromDate: input.fromDate,
    toDate: input.toDate,
  });
  await appendAudit(tx, actor, {
    action: 'review.employment_added',
    targetType: 'user',
    targetId: expertUserId,
    after: input,
    detail: { organisation: input.organisationName },
  });
  return id;
}

export async function removeEmployment({
  actor,
  tx,
  expertUserId,
  id,
}: {
  actor: Actor;
  tx: Db;
  expertUserId: string;
  id: string;
}) {
  const rows = await tx
    .delete(expertEmployments)
    .where(and(eq(expertEmployments.id, id), eq(expertEmployments.expertUserId, expertUserId)))
    .returning();
  if (rows.length === 0) {
    throw new AppError('not_found', { entity: 'review_task' });
  }
  await appendAudit(tx, actor, {
    action: 'review.employment_removed',
    targetType: 'user',
    targetId: expertUserId,
    before: rows[0],
    detail: { organisation: rows[0]!.organisationName },
  });
}

/** The applicant asks that experts of an organisation be avoided (申请回避); later proposals honour it. */
export async function requestAvoidance({
  actor,
  tx,
  app,
  input,
}: {
  actor: Actor;
  tx: Db;
  app: ReviewApplication;
  input: { organisationCreditCode: string; organisationName: string; reason: string };
}) {
  const id = uuidv7();
  await tx.insert(conflictDeclarations).values({
    id,
    declaredBy: 'applicant',
    applicationId: app.id,
    organisationCreditCode: input.organisationCreditCode,
    organisationName: input.organisationName,
    reason: input.reason,
    createdByUserId: actor.userId,
  });
  await appendAudit(tx, actor, {
    action: 'review.avoidance_requested',
    targetType: 'application',
    targetId: app.id,
    scopeRegion: app.regionCode,
    after: input,
    detail: { organisation: input.organisationName },
  });
  return id;
}

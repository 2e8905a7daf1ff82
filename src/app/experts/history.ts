/**
 * An expert's employment history (任职经历) and the conflicts they declared outside any task, recorded by
 * the province: both feed the conflict check of every later panel (000: 回避 by employer within 3 years).
 */
import { and, eq, isNull } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { AddExpertEmploymentBody, DeclareExpertConflictBody } from '../../contracts/expert-pool.ts';
import type { Db } from '../../db/client.ts';
import type { ExpertRow } from '../../db/loaders/expert-pool.ts';
import { conflictDeclarations, expertEmployments } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { todayInShanghai } from '../../domain/calendar/dates.ts';

function notInFuture(field: 'fromDate' | 'toDate', value: string | null) {
  if (value && value > todayInShanghai()) {
    throw new AppError('request.validation', {}, [
      {
        field,
        code: 'date.future',
        message: {
          zh: `${field === 'fromDate' ? '「开始日期」' : '「结束日期」'}不能晚于今天`,
          en: `${field === 'fromDate' ? 'Start date' : 'End date'} cannot be in the future`,
        },
      },
    ]);
  }
}

export async function addExpertEmployment({
  actor,
  tx,
  expert,
  input,
}: {
  actor: Actor;
  tx: Db;
  expert: ExpertRow;
  input: AddExpertEmploymentBody;
}): Promise<string> {
  notInFuture('fromDate', input.fromDate);
  notInFuture('toDate', input.toDate);
  const id = uuidv7();
  await tx.insert(expertEmployments).values({ id, expertUserId: expert.userId, ...input });
  await appendAudit(tx, actor, {
    action: 'expert.employment_added',
    targetType: 'expert',
    targetId: expert.userId,
    scopeRegion: expert.regionCode,
    after: input,
    detail: { organisation: input.organisationName },
  });
  return id;
}

/** Ends a current job on `toDate` (the record stays: the 3-year look-back reads it). */
export async function endExpertEmployment({
  actor,
  tx,
  expert,
  employmentId,
  toDate,
}: {
  actor: Actor;
  tx: Db;
  expert: ExpertRow;
  employmentId: string;
  toDate: string;
}): Promise<void> {
  const [job] = await tx
    .select()
    .from(expertEmployments)
    .where(and(eq(expertEmployments.id, employmentId), eq(expertEmployments.expertUserId, expert.userId)));
  if (!job) {
    throw new AppError('not_found', { entity: 'expert' });
  }
  if (job.toDate) {
    throw new AppError('expert.employment_ended', { toDate: job.toDate });
  }
  notInFuture('toDate', toDate);
  if (job.fromDate && toDate < job.fromDate) {
    throw new AppError('request.validation', {}, [
      {
        field: 'toDate',
        code: 'date.before_start',
        message: {
          zh: `「结束日期」不能早于开始日期 ${job.fromDate}`,
          en: `End date cannot be before the start date ${job.fromDate}`,
        },
      },
    ]);
  }
  const rows = await tx
    .update(expertEmployments)
    .set({ toDate })
    .where(and(eq(expertEmployments.id, job.id), isNull(expertEmployments.toDate)))
    .returning({ id: expertEmployments.id });
  if (rows.length === 0) {
    throw new AppError('conflict.stale_version');
  }
  await appendAudit(tx, actor, {
    action: 'expert.employment_ended',
    targetType: 'expert',
    targetId: expert.userId,
    scopeRegion: expert.regionCode,
    before: { toDate: null },
    after: { toDate },
    detail: { organisation: job.organisationName },
  });
}

/** Records a conflict the expert declared outside any task (with an organisation, for every application). */
export async function declareExpertConflict({
  actor,
  tx,
  expert,
  input,
}: {
  actor: Actor;
  tx: Db;
  expert: ExpertRow;
  input: DeclareExpertConflictBody;
}): Promise<string> {
  const id = uuidv7();
  await tx.insert(conflictDeclarations).values({
    id,
    declaredBy: 'expert',
    expertUserId: expert.userId,
    organisationCreditCode: input.organisationCreditCode,
    organisationName: input.organisationName,
    reason: input.reason,
    createdByUserId: actor.userId,
  });
  await appendAudit(tx, actor, {
    action: 'expert.conflict_declared',
    targetType: 'expert',
    targetId: expert.userId,
    scopeRegion: expert.regionCode,
    after: input,
    detail: { organisation: input.organisationName },
  });
  return id;
}

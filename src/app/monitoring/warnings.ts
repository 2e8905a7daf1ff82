/** An officer acknowledges, comments on and closes a risk warning; each is one audited transaction step. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import type { WarningRow } from '../../db/loaders/decision-support.ts';
import { riskWarningComments, riskWarnings } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';

const illegal = (zh: string) => new AppError('conflict.illegal_transition', { reason: zh });

/** open → acknowledged. */
export async function acknowledgeWarning(input: {
  actor: Actor;
  tx: Db;
  warning: WarningRow;
}): Promise<void> {
  const { actor, tx, warning } = input;
  const done = await tx
    .update(riskWarnings)
    .set({
      status: 'acknowledged',
      acknowledgedBy: actor.userId,
      acknowledgedAt: new Date(),
      version: sql`${riskWarnings.version} + 1`,
    })
    .where(and(eq(riskWarnings.id, warning.id), eq(riskWarnings.status, 'open')))
    .returning({ id: riskWarnings.id });
  if (done.length === 0) {
    throw illegal(warning.status === 'closed' ? '预警已关闭' : '预警已确认');
  }
  await appendAudit(tx, actor, {
    action: 'risk_warning.acknowledge',
    targetType: 'risk_warning',
    targetId: warning.id,
    scopeRegion: warning.regionCode,
    before: { status: warning.status },
    after: { status: 'acknowledged' },
    detail: { rule: warning.ruleId },
  });
}

/** Adds a comment to a warning that is not closed. */
export async function commentOnWarning(input: {
  actor: Actor;
  tx: Db;
  warning: WarningRow;
  body: string;
}): Promise<void> {
  const { actor, tx, warning } = input;
  if (warning.status === 'closed') {
    throw illegal('预警已关闭，不能再发表意见');
  }
  const id = uuidv7();
  await tx
    .insert(riskWarningComments)
    .values({ id, warningId: warning.id, authorUserId: actor.userId, body: input.body });
  await appendAudit(tx, actor, {
    action: 'risk_warning.comment',
    targetType: 'risk_warning',
    targetId: warning.id,
    scopeRegion: warning.regionCode,
    after: { commentId: id },
    detail: { rule: warning.ruleId },
  });
}

/** open | acknowledged → closed, with what was done about it. */
export async function closeWarning(input: {
  actor: Actor;
  tx: Db;
  warning: WarningRow;
  note: string;
}): Promise<void> {
  const { actor, tx, warning } = input;
  const done = await tx
    .update(riskWarnings)
    .set({
      status: 'closed',
      closedBy: actor.userId,
      closedAt: new Date(),
      closeNote: input.note,
      version: sql`${riskWarnings.version} + 1`,
    })
    .where(and(eq(riskWarnings.id, warning.id), inArray(riskWarnings.status, ['open', 'acknowledged'])))
    .returning({ id: riskWarnings.id });
  if (done.length === 0) {
    throw illegal('预警已关闭');
  }
  await appendAudit(tx, actor, {
    action: 'risk_warning.resolve',
    targetType: 'risk_warning',
    targetId: warning.id,
    scopeRegion: warning.regionCode,
    before: { status: warning.status },
    after: { status: 'closed' },
    detail: { rule: warning.ruleId },
  });
}

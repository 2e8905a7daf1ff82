/**
 * The province handles an objection: upholds it — the application's decision is reopened (publicity →
 * expert review through the workflow) and it leaves the list — or dismisses it with a reason. Versioned,
 * audited, the lead unit notified; one transaction.
 */
import { and, eq } from 'drizzle-orm';
import type { ResolveObjectionBody } from '../../contracts/publicity.ts';
import type { Db } from '../../db/client.ts';
import type { NoticeRow, ObjectionRow } from '../../db/loaders/publicity.ts';
import { findApplication } from '../../db/loaders/recognition.ts';
import { objections, publicityEntries } from '../../db/schema/index.ts';
import type { WorkflowRole } from '../../domain/workflow/application.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { notify } from '../notifications/notify.ts';
import { workflowContext } from '../recognition/context.ts';
import { performTransition } from '../recognition/transition.ts';

export interface ResolveObjectionInput {
  actor: Actor;
  tx: Db;
  notice: NoticeRow;
  objection: ObjectionRow;
  outcome: 'uphold' | 'dismiss';
  /** The actor's workflow roles on the objected application (from the application policy). */
  roles: WorkflowRole[];
  input: ResolveObjectionBody;
}

export async function resolveObjection({
  actor,
  tx,
  notice,
  objection,
  outcome,
  roles,
  input,
}: ResolveObjectionInput): Promise<void> {
  if (objection.status !== 'pending') {
    throw new AppError('objection.already_resolved');
  }
  const status = outcome === 'uphold' ? 'upheld' : 'dismissed';
  const updated = await tx
    .update(objections)
    .set({
      status,
      resolution: input.reason,
      resolvedByUserId: actor.userId,
      resolvedAt: new Date(),
      version: objection.version + 1,
    })
    .where(and(eq(objections.id, objection.id), eq(objections.version, input.version)))
    .returning({ id: objections.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
  const [entry] = await tx
    .select()
    .from(publicityEntries)
    .where(eq(publicityEntries.id, objection.entryId))
    .limit(1);
  const app = await findApplication(tx, entry!.applicationId);
  if (outcome === 'uphold' && entry!.status === 'listed') {
    await performTransition({
      actor,
      tx,
      app: app!,
      action: 'reopen',
      ctx: await workflowContext(tx, app!, roles),
      expectedVersion: app!.version,
      comment: input.reason,
      detail: { noticeId: notice.id, objectionId: objection.id },
    });
    await tx.update(publicityEntries).set({ status: 'reopened' }).where(eq(publicityEntries.id, entry!.id));
  }
  await appendAudit(tx, actor, {
    action: `objection.${outcome}`,
    targetType: 'objection',
    targetId: objection.id,
    scopeRegion: entry!.regionCode,
    before: { status: objection.status, version: objection.version },
    after: { status, version: objection.version + 1 },
    detail: { noticeId: notice.id, application: entry!.applicationId, outcome },
  });
  await notify(tx, {
    role: 'applicant',
    organisationId: entry!.leadOrganisationId,
    kind: outcome === 'uphold' ? 'objection.upheld' : 'objection.dismissed',
    params: { application: entry!.centerName, reason: input.reason },
    link: `/publicity/${notice.id}`,
  });
}

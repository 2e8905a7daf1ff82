/** Access to gated resources: a signed-in user asks, the center's operator approves or rejects. */
import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { DecideAccessRequestBody, RequestAccessBody } from '../../contracts/resources.ts';
import type { Db } from '../../db/client.ts';
import { latestAccessRequest, type AccessRequestRow, type ResourceRow } from '../../db/loaders/resources.ts';
import { resourceAccessRequests } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';

export async function requestAccess({
  actor,
  tx,
  resource,
  input,
}: {
  actor: Actor;
  tx: Db;
  resource: ResourceRow;
  input: RequestAccessBody;
}): Promise<string> {
  if (resource.access !== 'on_request' || resource.status !== 'published') {
    throw new AppError('resource.access_not_gated');
  }
  const previous = await latestAccessRequest(tx, resource.id, actor.userId);
  if (previous && previous.status !== 'rejected') {
    throw new AppError('resource.access_already_requested');
  }
  const id = uuidv7();
  await tx.insert(resourceAccessRequests).values({
    id,
    resourceId: resource.id,
    centerId: resource.centerId,
    requesterUserId: actor.userId,
    requesterOrganisationId: actor.organisationId,
    purpose: input.purpose,
    status: 'pending',
  });
  await appendAudit(tx, actor, {
    action: 'resource.access_request',
    targetType: 'resource',
    targetId: resource.id,
    scopeRegion: resource.centerRegionCode,
    detail: { title: resource.title },
  });
  return id;
}

export async function decideAccessRequest({
  actor,
  tx,
  request,
  input,
  scopeRegion,
}: {
  actor: Actor;
  tx: Db;
  request: AccessRequestRow;
  input: DecideAccessRequestBody;
  scopeRegion: string;
}): Promise<void> {
  if (request.status !== 'pending') {
    throw new AppError('conflict.illegal_transition', { reason: '该申请已处理' });
  }
  const updated = await tx
    .update(resourceAccessRequests)
    .set({
      status: input.decision,
      note: input.note,
      decidedBy: actor.userId,
      decidedAt: new Date(),
      version: request.version + 1,
    })
    .where(
      and(eq(resourceAccessRequests.id, request.id), eq(resourceAccessRequests.version, request.version)),
    )
    .returning({ id: resourceAccessRequests.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
  await appendAudit(tx, actor, {
    action: 'resource.access_decision',
    targetType: 'resource_access_request',
    targetId: request.id,
    scopeRegion,
    before: { status: request.status },
    after: { status: input.decision },
    detail: { title: request.resourceTitle, decision: input.decision },
  });
}

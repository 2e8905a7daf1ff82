/** Creating and editing a resource card in a center's pool (the center's operator). */
import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { ResourceCard, UpdateResourceBody } from '../../contracts/resources.ts';
import type { Db } from '../../db/client.ts';
import type { CenterRow } from '../../db/loaders/centers.ts';
import type { ResourceRow } from '../../db/loaders/resources.ts';
import { resources } from '../../db/schema/index.ts';
import type { Actor, AnyActor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { forgetCatalog } from './catalog-cache.ts';
import { AppError } from '../errors.ts';
import { cardColumns } from './card-record.ts';

function auditView(card: ResourceCard) {
  return { kind: card.kind, title: card.title, access: card.access, status: card.status };
}

export async function createResource({
  actor,
  tx,
  center,
  card,
}: {
  actor: AnyActor;
  tx: Db;
  center: CenterRow;
  card: ResourceCard;
}): Promise<string> {
  const id = uuidv7();
  const now = new Date();
  await tx.insert(resources).values({
    id,
    centerId: center.id,
    ...cardColumns(card, { id, centerId: center.id }),
    publishedAt: card.status === 'published' ? now : null,
  });
  forgetCatalog();
  await appendAudit(tx, actor, {
    action: 'resource.create',
    targetType: 'resource',
    targetId: id,
    scopeRegion: center.regionCode,
    after: auditView(card),
    detail: { center: center.slug, kind: card.kind, title: card.title },
  });
  return id;
}

export async function updateResource({
  actor,
  tx,
  resource,
  input,
}: {
  actor: Actor;
  tx: Db;
  resource: ResourceRow;
  input: UpdateResourceBody;
}): Promise<void> {
  if (input.card.kind !== resource.kind) {
    throw new AppError('request.validation', {}, [
      { field: 'card.kind', code: 'resource.kind_fixed', message: '资源类型创建后不能修改' },
    ]);
  }
  const columns = cardColumns(input.card, { id: resource.id, centerId: resource.centerId });
  const status = input.archived ? 'archived' : columns.status;
  const now = new Date();
  const updated = await tx
    .update(resources)
    .set({
      ...columns,
      status,
      publishedAt: status === 'published' ? (resource.publishedAt ?? now) : resource.publishedAt,
      updatedAt: now,
      version: input.version + 1,
    })
    .where(and(eq(resources.id, resource.id), eq(resources.version, input.version)))
    .returning({ id: resources.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
  forgetCatalog();
  await appendAudit(tx, actor, {
    action: 'resource.update',
    targetType: 'resource',
    targetId: resource.id,
    scopeRegion: resource.centerRegionCode,
    before: { kind: resource.kind, title: resource.title, access: resource.access, status: resource.status },
    after: { ...auditView(input.card), status },
    detail: { title: input.card.title },
  });
}

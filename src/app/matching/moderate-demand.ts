/** The center (or an authority in its jurisdiction) publishes a pending need or returns it with a note. */
import { and, eq } from 'drizzle-orm';
import type { ModerateDemandBody } from '../../contracts/matching.ts';
import type { Db } from '../../db/client.ts';
import type { DemandRow } from '../../db/loaders/matching.ts';
import { demands } from '../../db/schema/index.ts';
import { refuseModeration, type DemandStatus } from '../../domain/matching/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';

export async function moderateDemand({
  actor,
  tx,
  demand,
  input,
}: {
  actor: Actor;
  tx: Db;
  demand: DemandRow;
  input: ModerateDemandBody;
}): Promise<void> {
  const refusal = refuseModeration(demand.status as DemandStatus);
  if (refusal) {
    throw new AppError('conflict.illegal_transition', { reason: refusal });
  }
  const now = new Date();
  const status = input.decision === 'publish' ? 'published' : 'rejected';
  const updated = await tx
    .update(demands)
    .set({
      status,
      moderationNote: input.note || null,
      moderatedBy: actor.userId,
      moderatedAt: now,
      publishedAt: status === 'published' ? now : null,
      updatedAt: now,
      version: demand.version + 1,
    })
    .where(and(eq(demands.id, demand.id), eq(demands.version, input.version)))
    .returning({ id: demands.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
  await appendAudit(tx, actor, {
    action: input.decision === 'publish' ? 'demand.publish' : 'demand.reject',
    targetType: 'demand',
    targetId: demand.id,
    scopeRegion: demand.centerRegionCode,
    before: { status: demand.status },
    after: { status, note: input.note },
  });
}

/** The enterprise or the center closes an open need without an agreement (no match, or withdrawn). */
import { and, eq } from 'drizzle-orm';
import type { CloseDemandBody } from '../../contracts/matching.ts';
import type { Db } from '../../db/client.ts';
import type { DemandRow } from '../../db/loaders/matching.ts';
import { demands } from '../../db/schema/index.ts';
import { refuseClose, type DemandStatus } from '../../domain/matching/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';

export async function closeDemand({
  actor,
  tx,
  demand,
  input,
}: {
  actor: Actor;
  tx: Db;
  demand: DemandRow;
  input: CloseDemandBody;
}): Promise<void> {
  const refusal = refuseClose(demand.status as DemandStatus);
  if (refusal) {
    throw new AppError('conflict.illegal_transition', { reason: refusal });
  }
  const now = new Date();
  const updated = await tx
    .update(demands)
    .set({
      status: 'closed',
      outcome: input.outcome,
      outcomeNote: input.note || null,
      closedAt: now,
      updatedAt: now,
      version: demand.version + 1,
    })
    .where(and(eq(demands.id, demand.id), eq(demands.version, input.version)))
    .returning({ id: demands.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
  await appendAudit(tx, actor, {
    action: 'demand.close',
    targetType: 'demand',
    targetId: demand.id,
    scopeRegion: demand.centerRegionCode,
    before: { status: demand.status },
    after: { status: 'closed', outcome: input.outcome },
  });
}

/**
 * The enterprise or the center invites suppliers to answer a published need. Each invitation keeps the
 * ranking it was made on (score and every component's explanation); items the hard filters exclude
 * (revoked or banned provider, expired offer, conflict of interest) cannot be invited.
 */
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import { listInvitations, type DemandRow } from '../../db/loaders/matching.ts';
import { demandInvitations } from '../../db/schema/index.ts';
import { exclusionOf, refuseMatchmaking, scoreItem, type DemandStatus } from '../../domain/matching/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { today } from '../publicity/clock.ts';
import { needOf } from './rank-demand.ts';
import { installationWeights } from './weights.ts';
import { loadCandidates } from '../../db/loaders/matching.ts';

export async function inviteSuppliers({
  actor,
  tx,
  demand,
  resourceIds,
}: {
  actor: Actor;
  tx: Db;
  demand: DemandRow;
  resourceIds: readonly string[];
}): Promise<string[]> {
  const now = today();
  const refusal = refuseMatchmaking(demand.status as DemandStatus, demand.deadline, now);
  if (refusal) {
    throw new AppError('conflict.illegal_transition', { reason: refusal });
  }
  const candidates = new Map((await loadCandidates(tx)).map((c) => [c.id, c]));
  const already = new Set((await listInvitations(tx, { demandId: demand.id })).map((i) => i.resourceId));
  const need = needOf(demand);
  const ids: string[] = [];
  for (const resourceId of new Set(resourceIds)) {
    const item = candidates.get(resourceId);
    if (!item) {
      throw new AppError('not_found', { entity: 'resource' });
    }
    const excluded = exclusionOf(need, item, now);
    if (excluded) {
      throw new AppError('matching.not_candidate', { title: item.title, reason: excluded.why }, [
        { field: 'resourceIds', code: 'matching.not_candidate', message: excluded.why },
      ]);
    }
    if (already.has(resourceId)) {
      throw new AppError('matching.already_invited', { providerName: item.providerName });
    }
    const ranked = scoreItem(need, item, now, installationWeights());
    const row = {
      id: uuidv7(),
      demandId: demand.id,
      resourceId,
      providerName: item.providerName,
      providerCreditCode: item.providerCreditCode ?? null,
      score: ranked.score,
      explanation: ranked.explanation as unknown as Record<string, unknown>[],
      status: 'invited',
      invitedBy: actor.userId,
    };
    await tx.insert(demandInvitations).values(row);
    await appendAudit(tx, actor, {
      action: 'demand_invitation.create',
      targetType: 'demand_invitation',
      targetId: row.id,
      scopeRegion: demand.centerRegionCode,
      after: { demandId: demand.id, resourceId, score: ranked.score, components: ranked.components },
      detail: { demandId: demand.id, providerName: item.providerName },
    });
    ids.push(row.id);
  }
  return ids;
}

/** The province withdraws a recommendation it made (versioned, audited). */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { RecommendationRow } from '../../db/loaders/management.ts';
import { recommendations } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { today } from '../publicity/clock.ts';

export async function withdrawRecommendation({
  actor,
  tx,
  recommendation,
  version,
}: {
  actor: Actor;
  tx: Db;
  recommendation: RecommendationRow;
  version: number;
}): Promise<void> {
  if (recommendation.status !== 'submitted') {
    throw new AppError('conflict.illegal_transition', { reason: `already ${recommendation.status}` });
  }
  const updated = await tx
    .update(recommendations)
    .set({ status: 'withdrawn', withdrawnOn: today(), updatedAt: new Date(), version: version + 1 })
    .where(and(eq(recommendations.id, recommendation.id), eq(recommendations.version, version)))
    .returning({ id: recommendations.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
  await appendAudit(tx, actor, {
    action: 'recommendation.withdraw',
    targetType: 'recommendation',
    targetId: recommendation.id,
    scopeRegion: recommendation.regionCode,
    before: { status: recommendation.status, version },
    after: { status: 'withdrawn', version: version + 1 },
    detail: { center: recommendation.centerId, year: recommendation.year },
  });
}

/**
 * The deciding authority publishes the decided rating on the public site with its year (000 第十八条
 * 门户网站公布; 001 管理办法 第十四条). Versioned, audited.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { CenterRow } from '../../db/loaders/centers.ts';
import type { EvaluationRow } from '../../db/loaders/evaluation.ts';
import { centerEvaluations } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { today } from '../publicity/clock.ts';

export async function publishEvaluation({
  actor,
  tx,
  center,
  evaluation,
  version,
}: {
  actor: Actor;
  tx: Db;
  center: CenterRow;
  evaluation: EvaluationRow;
  version: number;
}): Promise<void> {
  if (evaluation.status !== 'decided' || evaluation.publishedOn) {
    throw new AppError('conflict.illegal_transition', {
      reason: evaluation.publishedOn ? 'published' : evaluation.status,
    });
  }
  const on = today();
  const updated = await tx
    .update(centerEvaluations)
    .set({ publishedOn: on, updatedAt: new Date(), version: evaluation.version + 1 })
    .where(and(eq(centerEvaluations.id, evaluation.id), eq(centerEvaluations.version, version)))
    .returning({ id: centerEvaluations.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
  await appendAudit(tx, actor, {
    action: 'evaluation.publish',
    targetType: 'center_evaluation',
    targetId: evaluation.id,
    scopeRegion: center.regionCode,
    before: { publishedOn: null, version: evaluation.version },
    after: { publishedOn: on, version: evaluation.version + 1 },
    detail: { center: center.name, year: evaluation.year, rating: evaluation.rating },
  });
}

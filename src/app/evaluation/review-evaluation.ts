/**
 * A review step before the decision (Shandong: the city's first review, 000 第十七条; national: the
 * province's pre-review, 001 管理办法 第十四条): an opinion and verdicts on qualitative criteria.
 * The route has checked that the actor holds the step's role; the steps go in order. Versioned, audited; the next authority is notified.
 */
import { and, eq } from 'drizzle-orm';
import type { ReviewEvaluationBody } from '../../contracts/evaluation.ts';
import { roleLabels } from '../../contracts/labels.ts';
import type { Db } from '../../db/client.ts';
import type { CenterRow } from '../../db/loaders/centers.ts';
import type { EvaluationRow } from '../../db/loaders/evaluation.ts';
import { centerEvaluations } from '../../db/schema/index.ts';
import {
  evaluationChain,
  nextStep,
  statusAfterReview,
  type EvaluationStatus,
} from '../../domain/evaluation/cycle.ts';
import { getPack } from '../../domain/policy/packs/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { notify } from '../notifications/notify.ts';
import { today } from '../publicity/clock.ts';

export async function reviewEvaluation({
  actor,
  tx,
  center,
  evaluation,
  input,
}: {
  actor: Actor;
  tx: Db;
  center: CenterRow;
  evaluation: EvaluationRow;
  input: ReviewEvaluationBody;
}): Promise<void> {
  const chain = evaluationChain(getPack(evaluation.packId)!)!;
  const step = nextStep(chain, evaluation.status as EvaluationStatus);
  if (!step || step.action !== 'review') {
    throw new AppError('conflict.illegal_transition', { reason: evaluation.status });
  }
  const status = statusAfterReview(step.role);
  const reviews = [
    ...evaluation.reviews,
    { role: step.role, opinion: input.opinion, userId: actor.userId, on: today() },
  ];
  const judgements = { ...evaluation.judgements, ...(input.judgements ?? {}) };
  const updated = await tx
    .update(centerEvaluations)
    .set({ status, reviews, judgements, updatedAt: new Date(), version: evaluation.version + 1 })
    .where(and(eq(centerEvaluations.id, evaluation.id), eq(centerEvaluations.version, input.version)))
    .returning({ id: centerEvaluations.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
  await appendAudit(tx, actor, {
    action: 'evaluation.review',
    targetType: 'center_evaluation',
    targetId: evaluation.id,
    scopeRegion: center.regionCode,
    before: { status: evaluation.status, version: evaluation.version },
    after: { status, version: evaluation.version + 1, opinion: input.opinion, judgements },
    detail: { center: center.name, year: evaluation.year, role: step.role },
  });
  const next = nextStep(chain, status)!;
  await notify(tx, {
    role: next.role,
    regionCode: center.regionCode,
    kind: 'evaluation.reviewed',
    params: {
      center: center.name,
      year: evaluation.year,
      done: roleLabels[step.role].zh,
      doneEn: roleLabels[step.role].en,
      step: roleLabels[next.role].zh,
      stepEn: roleLabels[next.role].en,
    },
    link: `/evaluation/${evaluation.id}`,
    exceptUserIds: [actor.userId],
  });
}

/**
 * The end of expert review. `expertReviewGate` is what the decision reads (WorkflowContext.expertReview):
 * complete when at least the panel size have submitted and nobody active is still scoring.
 */
import type { DecisionBody } from '../../contracts/recognition.ts';
import type { Db } from '../../db/client.ts';
import type { ApplicationRow } from '../../db/loaders/recognition.ts';
import type { WorkflowRole } from '../../domain/workflow/application.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { decideApplication } from '../recognition/provincial-review.ts';
import { findPanelOfApplication } from '../../db/loaders/review.ts';
import type { Localized } from '../../domain/policy/index.ts';
import { readinessOf } from './context.ts';

/** For the decision's guard: `{ complete: false, reason }` until every score is in. */
export async function expertReviewGate(
  tx: Db,
  applicationId: string,
): Promise<{ complete: boolean; reason?: Localized }> {
  const panel = await findPanelOfApplication(tx, applicationId);
  if (!panel) {
    return { complete: false, reason: { zh: '尚未组建评审组', en: 'No panel has been formed' } };
  }
  const r = await readinessOf(tx, panel);
  return r.complete ? { complete: true } : { complete: false, reason: r.reason! };
}

/**
 * The province approves an application once its expert review is complete: the gate first (409 with
 * the reason while scores are missing), then the recognition decision (A's command: uniqueness across
 * the call, the state machine's expert_review → decided, timeline and audit), with the aggregation kept.
 */
export async function completeReview({
  actor,
  tx,
  app,
  roles,
  input,
  summary,
}: {
  actor: Actor;
  tx: Db;
  app: ApplicationRow;
  roles: WorkflowRole[];
  input: Omit<DecisionBody, 'outcome'>;
  /** The aggregation shown when deciding (kept on the timeline). */
  summary: Record<string, unknown>;
}): Promise<void> {
  const gate = await expertReviewGate(tx, app.id);
  if (!gate.complete) {
    throw new AppError('review.not_complete', { reason: gate.reason!.zh, reasonEn: gate.reason!.en });
  }
  await decideApplication({
    actor,
    tx,
    app,
    roles,
    input: {
      ...input,
      outcome: 'approve',
    },
  });
  await appendAudit(tx, actor, {
    action: 'review.completed',
    targetType: 'application',
    targetId: app.id,
    scopeRegion: app.regionCode,
    after: summary,
    detail: { applicationId: app.id },
  });
}

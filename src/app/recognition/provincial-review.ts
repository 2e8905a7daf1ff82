/**
 * The province: formal review (形式审查: start, pass) and the decision (审定: approve or reject with reasons
 * per criterion; the pack's uniqueness rules checked across the call, conflicts shown and stored).
 */
import type { DecisionBody, TransitionBody } from '../../contracts/recognition.ts';
import type { Db } from '../../db/client.ts';
import type { ApplicationRow } from '../../db/loaders/recognition.ts';
import { allCriteria } from '../../domain/policy/engine/common.ts';
import type { WorkflowRole } from '../../domain/workflow/application.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import { assertDecisionDate } from '../dates.ts';
import { issueDecisionNotice, organisationName } from '../decisions/notices.ts';
import { packOf, uniquenessConflicts, workflowContext } from './context.ts';
import { performTransition } from './transition.ts';

type Input<B> = { actor: Actor; tx: Db; app: ApplicationRow; roles: WorkflowRole[]; input: B };

export async function formalReviewStep({
  actor,
  tx,
  app,
  roles,
  input,
  action,
}: Input<TransitionBody> & { action: 'start_formal_review' | 'formal_review_pass' }): Promise<void> {
  await performTransition({
    actor,
    tx,
    app,
    action,
    ctx: await workflowContext(tx, app, roles),
    expectedVersion: input.version,
    comment: input.comment,
    attachments: input.attachments,
  });
}

/**
 * 审定: approval needs a completed expert review (the workflow context's expert-review gate: a panel
 * formed and every required score submitted) — 409 with the reason otherwise; rejection with reasons is
 * possible from formal or expert review.
 */
export async function decideApplication({
  actor,
  tx,
  app,
  roles,
  input,
}: Input<DecisionBody>): Promise<void> {
  const criteria = new Map(allCriteria(packOf(app.callPackId)).map((c) => [c.criterion.id, c.criterion]));
  const known = new Set(criteria.keys());
  input.reasons.forEach((r, i) => {
    if (!known.has(r.criterionId)) {
      throw new AppError('request.validation', {}, [
        {
          field: `reasons.${i}.criterionId`,
          code: 'request.validation',
          message: { zh: `政策包中没有该指标：${r.criterionId}`, en: `No such criterion: ${r.criterionId}` },
        },
      ]);
    }
  });
  assertDecisionDate(input.decidedOn);
  const conflicts = input.outcome === 'approve' ? await uniquenessConflicts(tx, app) : [];
  await performTransition({
    actor,
    tx,
    app,
    action: input.outcome,
    ctx: await workflowContext(tx, app, roles, {
      uniqueness: { conflicts, acknowledged: input.acknowledgeConflicts },
    }),
    expectedVersion: input.version,
    comment: input.comment,
    attachments: input.attachments,
    documentNumber: input.documentNumber ?? null,
    detail: {
      decidedOn: input.decidedOn,
      // Kept with the criterion's name and citation, so the lead unit reads them on the application page.
      reasons: input.reasons.map((r) => {
        const c = criteria.get(r.criterionId)!;
        return { ...r, name: c.name, source: { file: c.source.file, ref: c.source.ref } };
      }),
      conflicts: conflicts.map((c) => ({ ruleId: c.ruleId, inPrinciple: c.inPrinciple, reason: c.reason })),
    },
  });
  await issueDecisionNotice(tx, actor, {
    subjectType: 'application',
    subjectId: app.id,
    centerId: null,
    regionCode: app.regionCode,
    addresseeOrganisationIds: [app.leadOrganisationId],
    documentNumber: input.documentNumber,
    decidedOn: input.decidedOn,
    opinion: input.comment,
    outcome: input.outcome,
    packId: app.callPackId,
    facts: {
      kind: 'recognition',
      outcome: input.outcome,
      centerName: app.centerName,
      leadName: await organisationName(tx, app.leadOrganisationId),
      unmet: input.reasons.filter((r) => !r.met).map((r) => criteria.get(r.criterionId)!.name.zh),
    },
  });
}

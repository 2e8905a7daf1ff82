/**
 * Submission: the engine checks eligibility (hard rules block, with citations) and the call's required
 * materials; the working copy is frozen as a new version; the file goes to the city, or straight to the
 * province when the pack lets the lead unit skip the city step (003 第十条).
 */
import { documentTitle } from '../../contracts/source-documents.ts';
import { v7 as uuidv7 } from 'uuid';
import type { TransitionBody } from '../../contracts/recognition.ts';
import type { Db } from '../../db/client.ts';
import type { ApplicationRow } from '../../db/loaders/recognition.ts';
import { applicationVersions } from '../../db/schema/index.ts';
import type { WorkflowRole } from '../../domain/workflow/application.ts';
import type { Actor } from '../actor.ts';
import { AppError, type FieldError } from '../errors.ts';
import { now } from '../publicity/clock.ts';
import { evaluateApplication, workflowContext } from './context.ts';
import { snapshotOf } from './snapshot.ts';
import { decide, expectVersion, performTransition } from './transition.ts';

export async function submitApplication({
  actor,
  tx,
  app,
  roles,
  input,
}: {
  actor: Actor;
  tx: Db;
  app: ApplicationRow;
  roles: WorkflowRole[];
  input: TransitionBody;
}): Promise<void> {
  expectVersion(app, input.version);
  const ctx = await workflowContext(tx, app, roles);
  if (ctx.callOpen === false) {
    throw new AppError('call.not_open');
  }
  // The state first: submitting from a state that does not allow it is a 409 whatever the form says.
  decide(app.state, 'submit', { ...ctx, eligibilityFailures: [] });
  const evaluation = await evaluateApplication(tx, app);
  if (evaluation.blocking.length > 0 || evaluation.missingMaterials.length > 0) {
    const errors: FieldError[] = [
      ...evaluation.blocking.map((r) => ({
        field: `eligibility.${r.id}`,
        code: 'application.not_eligible',
        message: {
          zh: `${r.reason.zh}（依据：${documentTitle(r.source.file)}${r.source.ref}：${r.source.text}）`,
          en: `${r.reason.en} (source: ${documentTitle(r.source.file, 'en')} ${r.source.ref})`,
        },
      })),
      ...evaluation.missingMaterials.map((m) => ({
        field: `materials.${m.key}`,
        code: 'application.not_eligible',
        message: { zh: `缺少必需材料：${m.name.zh}`, en: `Missing required material: ${m.name.en}` },
      })),
    ];
    throw new AppError(
      'application.not_eligible',
      {
        reason: errors.map((e) => (typeof e.message === 'string' ? e.message : e.message.zh)).join('；'),
        reasonEn: errors.map((e) => (typeof e.message === 'string' ? e.message : e.message.en)).join('; '),
      },
      errors,
    );
  }
  const versionNo = app.currentVersionNo + 1;
  const snapshot = await snapshotOf(tx, app);
  await tx.insert(applicationVersions).values({
    id: uuidv7(),
    applicationId: app.id,
    versionNo,
    snapshot,
    evaluation: {
      eligible: evaluation.eligible,
      rules: evaluation.rules,
      criteria: evaluation.criteria.criteria.map((c) => ({ id: c.id, status: c.status, actual: c.actual })),
      summary: evaluation.criteria.summary,
    },
    submittedByUserId: actor.userId,
  });
  await performTransition({
    actor,
    tx,
    app,
    action: 'submit',
    ctx: { ...ctx, eligibilityFailures: [] },
    expectedVersion: input.version,
    comment: input.comment,
    attachments: input.attachments,
    versionNo,
    set: { currentVersionNo: versionNo, submittedAt: now() },
    detail: { versionNo, inPrincipleConflicts: evaluation.rules.filter((r) => !r.passed).map((r) => r.id) },
  });
}

export async function withdrawApplication({
  actor,
  tx,
  app,
  roles,
  input,
}: {
  actor: Actor;
  tx: Db;
  app: ApplicationRow;
  roles: WorkflowRole[];
  input: TransitionBody;
}): Promise<void> {
  await performTransition({
    actor,
    tx,
    app,
    action: 'withdraw',
    ctx: await workflowContext(tx, app, roles),
    expectedVersion: input.version,
    comment: input.comment,
    attachments: input.attachments,
  });
}

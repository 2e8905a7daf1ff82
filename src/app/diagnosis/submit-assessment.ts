/**
 * The enterprise submits its assessment after the truthfulness pledge (承诺): every required answer
 * present and plausible, the score and level fixed from then on.
 */
import { and, eq } from 'drizzle-orm';
import type { SubmitAssessmentBody } from '../../contracts/diagnosis.ts';
import type { Db } from '../../db/client.ts';
import type { AssessmentRow } from '../../db/loaders/assessments.ts';
import { assessments } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { requireModel, scoreOrThrow } from './answers.ts';
import { requireDraft } from './save-assessment.ts';
import { createServiceRecord } from '../center-platform/create-service-record.ts';
import { today } from '../publicity/clock.ts';
import { findCenter } from '../../db/loaders/centers.ts';

export async function submitAssessment({
  actor,
  tx,
  row,
  input,
}: {
  actor: Actor;
  tx: Db;
  row: AssessmentRow;
  input: SubmitAssessmentBody;
}): Promise<void> {
  requireDraft(row, input.version);
  if (!input.pledge) {
    throw new AppError('diagnosis.pledge_required', {}, [
      { field: 'pledge', code: 'diagnosis.pledge_required', message: '' },
    ]);
  }
  const model = requireModel(row.modelId);
  const result = scoreOrThrow(model, row.answers, false);
  const now = new Date();
  // An assisted diagnosis is a 诊断 service of the center: it enters the ledger, and the enterprise
  // confirms or disputes it like any other record.
  let serviceRecordId: string | null = null;
  if (row.centerId) {
    const center = await findCenter(tx, row.centerId);
    if (!center) {
      throw new AppError('not_found', { entity: 'center' });
    }
    serviceRecordId = await createServiceRecord({
      actor,
      tx,
      center,
      input: {
        serviceType: 'diagnosis',
        serviceDate: today(),
        enterpriseCreditCode: row.organisationCreditCode,
        title: `数字化水平评测：${model.title.zh}`,
        outcome: `总分 ${result.score} / ${result.maxScore}，${result.levelName?.zh ?? '未达到一级'}`,
        preferential: false,
      },
    });
  }
  const updated = await tx
    .update(assessments)
    .set({
      status: 'submitted',
      score: result.score,
      level: result.level,
      result: result as unknown as Record<string, unknown>,
      serviceRecordId,
      pledgedAt: now,
      submittedAt: now,
      updatedAt: now,
      version: row.version + 1,
    })
    .where(and(eq(assessments.id, row.id), eq(assessments.version, row.version)))
    .returning({ id: assessments.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
  await appendAudit(tx, actor, {
    action: 'assessment.submit',
    targetType: 'assessment',
    targetId: row.id,
    scopeRegion: row.regionCode,
    before: { status: 'draft' },
    after: { status: 'submitted', score: result.score, level: result.level },
    detail: { modelId: row.modelId, pledged: true },
  });
}

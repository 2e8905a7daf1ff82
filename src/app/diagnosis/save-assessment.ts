/** The enterprise saves a draft's answers (resume later); only drafts change, and only at the seen version. */
import { and, eq } from 'drizzle-orm';
import type { SaveAssessmentBody } from '../../contracts/diagnosis.ts';
import type { Db } from '../../db/client.ts';
import type { AssessmentRow } from '../../db/loaders/assessments.ts';
import { assessments } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { requireModel, scoreOrThrow } from './answers.ts';

/** Refuses changes to a submitted assessment and to a stale version. */
export function requireDraft(row: AssessmentRow, version: number): void {
  if (row.status !== 'draft') {
    throw new AppError('conflict.illegal_transition', {
      reason: '评测已提交，不能修改',
      reasonEn: 'the assessment is already submitted',
    });
  }
  if (row.version !== version) {
    throw new AppError('conflict.stale_version');
  }
}

export async function saveAssessment({
  actor,
  tx,
  row,
  input,
}: {
  actor: Actor;
  tx: Db;
  row: AssessmentRow;
  input: SaveAssessmentBody;
}): Promise<void> {
  requireDraft(row, input.version);
  scoreOrThrow(requireModel(row.modelId), input.answers, true);
  const updated = await tx
    .update(assessments)
    .set({ answers: input.answers, updatedAt: new Date(), version: row.version + 1 })
    .where(and(eq(assessments.id, row.id), eq(assessments.version, row.version)))
    .returning({ id: assessments.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
  await appendAudit(tx, actor, {
    action: 'assessment.save',
    targetType: 'assessment',
    targetId: row.id,
    scopeRegion: row.regionCode,
    before: { answers: row.answers },
    after: { answers: input.answers },
    detail: {},
  });
}

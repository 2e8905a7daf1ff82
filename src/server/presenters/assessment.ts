/** Assessments as the API shows them, with what the caller may do next (never DB rows). */
import type { Actor } from '../../app/actor.ts';
import type { AssessmentSummary, AssessmentView, DiagnosisResultView } from '../../contracts/diagnosis.ts';
import type { AssessmentRow } from '../../db/loaders/assessments.ts';
import { getDiagnosisModel } from '../../domain/diagnosis/index.ts';
import { assessmentPolicy } from '../policies/assessment.ts';
import { can } from '../policies/core.ts';

export function presentAssessmentSummary(row: AssessmentRow, actor: Actor): AssessmentSummary {
  const draft = row.status === 'draft';
  const model = getDiagnosisModel(row.modelId);
  return {
    id: row.id,
    modelId: row.modelId,
    modelVersion: row.modelVersion,
    modelTitle: model?.title ?? { zh: row.modelId, en: row.modelId },
    organisation: { id: row.organisationId, name: row.organisationName },
    regionCode: row.regionCode,
    status: row.status === 'submitted' ? 'submitted' : 'draft',
    score: row.score,
    level: row.level,
    pledgedAt: row.pledgedAt?.toISOString() ?? null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    abilities: {
      edit: draft && can(assessmentPolicy, actor, 'edit', row),
      submit: draft && can(assessmentPolicy, actor, 'submit', row),
    },
  };
}

export function presentAssessment(row: AssessmentRow, actor: Actor): AssessmentView {
  return {
    ...presentAssessmentSummary(row, actor),
    answers: row.answers,
    result: (row.result as DiagnosisResultView | null) ?? null,
  };
}

/** Checking answers against a model for the diagnosis commands: the same scoring the CLI and web use. */
import { getDiagnosisModel, scoreAssessment } from '../../domain/diagnosis/index.ts';
import type { Answers, DiagnosisModel, DiagnosisResult } from '../../domain/diagnosis/index.ts';
import { AppError } from '../errors.ts';

/** A shipped model, or 404. */
export function requireModel(id: string): DiagnosisModel {
  const model = getDiagnosisModel(id);
  if (!model) {
    throw new AppError('not_found', { entity: 'diagnosis_model' });
  }
  return model;
}

/**
 * Scores the answers; bad ones answer 400 with one field error per question (`answers.<questionId>`),
 * each message naming the question in Chinese and English.
 */
export function scoreOrThrow(model: DiagnosisModel, answers: Answers, partial: boolean): DiagnosisResult {
  const outcome = scoreAssessment(model, answers, { partial });
  if (!outcome.ok) {
    throw new AppError(
      'diagnosis.invalid_answers',
      { count: outcome.issues.length },
      outcome.issues.map((i) => ({ field: `answers.${i.questionId}`, code: i.code, message: i.message })),
    );
  }
  return outcome.result;
}

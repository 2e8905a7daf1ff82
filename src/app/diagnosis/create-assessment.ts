/**
 * An enterprise starts a self-diagnosis, or a center's staff an assisted one on its behalf: a draft
 * holding whatever answers it has so far.
 */
import { v7 as uuidv7 } from 'uuid';
import type { CreateAssessmentBody } from '../../contracts/diagnosis.ts';
import type { Db } from '../../db/client.ts';
import { assessments } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { insertAudited } from '../center-platform/insert-audited.ts';
import { requireModel, scoreOrThrow } from './answers.ts';

export function createAssessment({
  actor,
  tx,
  organisation,
  input,
  centerId = null,
}: {
  actor: Actor;
  tx: Db;
  organisation: { id: string; regionCode: string; industryCodes: string[] };
  input: CreateAssessmentBody;
  /** Assisted diagnosis: the center whose staff run it. */
  centerId?: string | null;
}): Promise<string> {
  const model = requireModel(input.modelId);
  // A draft may be incomplete, but what it holds must already be valid: errors surface while typing.
  scoreOrThrow(model, input.answers, true);
  const industry = organisation.industryCodes[0];
  return insertAudited(
    tx,
    actor,
    assessments,
    {
      id: uuidv7(),
      modelId: model.id,
      modelVersion: model.version,
      organisationId: organisation.id,
      regionCode: organisation.regionCode,
      // GB/T 4754 division: the letter-less two digits after the section letter (C31 → 31).
      industryDivision: industry ? industry.replace(/^[A-Z]/, '').slice(0, 2) || null : null,
      answers: input.answers,
      centerId,
      createdBy: actor.userId,
    },
    {
      action: 'assessment.create',
      targetType: 'assessment',
      scopeRegion: organisation.regionCode,
      detail: { modelId: model.id, centerId },
    },
  );
}

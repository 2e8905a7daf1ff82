/**
 * The deciding authority rates the center-year on the pack's scale (优秀/良好/合格/不合格, or stars) with
 * its reasons. The engine's proposal and the evidence comparison at that moment are frozen with the
 * decision. Versioned, audited; the center's operator is notified. In the same transaction the engine checks
 * the pack's automatic revocation grounds (e.g. failed twice in a row) and proposes a revocation when due.
 */
import { and, eq } from 'drizzle-orm';
import type { DecideEvaluationBody } from '../../contracts/evaluation.ts';
import type { Db } from '../../db/client.ts';
import type { CenterRow } from '../../db/loaders/centers.ts';
import { findReport, type EvaluationRow } from '../../db/loaders/evaluation.ts';
import { centerEvaluations } from '../../db/schema/index.ts';
import {
  evaluationChain,
  nextStep,
  ratingOptions,
  type EvaluationStatus,
} from '../../domain/evaluation/cycle.ts';
import { getPack } from '../../domain/policy/packs/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { assertDecisionDate } from '../dates.ts';
import { issueDecisionNotice, organisationName } from '../decisions/notices.ts';
import { AppError, fieldError } from '../errors.ts';
import { notify } from '../notifications/notify.ts';
import { proposeDueRevocation } from '../revocation/propose-due.ts';
import { prefillEvaluation } from './prefill.ts';
import { proposalRating, ratingLabel } from './ratings.ts';

export async function decideEvaluation({
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
  input: DecideEvaluationBody;
}): Promise<void> {
  const pack = getPack(evaluation.packId)!;
  const step = nextStep(evaluationChain(pack)!, evaluation.status as EvaluationStatus);
  if (!step || step.action !== 'decide') {
    throw new AppError('conflict.illegal_transition', { reason: evaluation.status });
  }
  if (!pack.rating || !ratingOptions(pack.rating).includes(input.rating)) {
    throw fieldError('evaluation.rating_invalid', 'rating', { rating: input.rating });
  }
  assertDecisionDate(input.decidedOn);
  const judgements = { ...evaluation.judgements, ...(input.judgements ?? {}) };
  const form = await prefillEvaluation(tx, {
    center,
    pack,
    year: evaluation.year,
    report: await findReport(tx, center.id, evaluation.year),
    judgements,
  });
  const proposal = form.proposal ? { ...form.proposal, rating: proposalRating(form.proposal) } : null;
  const findings = {
    evidence: form.rows.map((r) => ({
      criterionId: r.criterionId,
      metric: r.metric,
      proven: r.proven,
      declared: r.declared,
      pending: r.pending,
      disputed: r.disputed,
      flagged: r.flagged,
      status: r.status,
    })),
    summary: { ...form.summary, ...form.criteria.summary },
  };
  const on = input.decidedOn;
  const updated = await tx
    .update(centerEvaluations)
    .set({
      status: 'decided',
      rating: input.rating,
      reason: input.reason,
      proposal,
      findings,
      judgements,
      decidedOn: on,
      documentNumber: input.documentNumber,
      decidedByUserId: actor.userId,
      updatedAt: new Date(),
      version: evaluation.version + 1,
    })
    .where(and(eq(centerEvaluations.id, evaluation.id), eq(centerEvaluations.version, input.version)))
    .returning({ id: centerEvaluations.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
  await appendAudit(tx, actor, {
    action: 'evaluation.decide',
    targetType: 'center_evaluation',
    targetId: evaluation.id,
    scopeRegion: center.regionCode,
    before: { status: evaluation.status, version: evaluation.version },
    after: {
      status: 'decided',
      rating: input.rating,
      reason: input.reason,
      documentNumber: input.documentNumber,
      decidedOn: on,
      version: evaluation.version + 1,
    },
    detail: {
      center: center.name,
      year: evaluation.year,
      rating: input.rating,
      proposed: proposal?.rating ?? null,
      flagged: form.summary.flagged,
    },
  });
  const label = ratingLabel(pack, input.rating);
  await issueDecisionNotice(tx, actor, {
    subjectType: 'center_evaluation',
    subjectId: evaluation.id,
    centerId: center.id,
    regionCode: center.regionCode,
    addresseeOrganisationIds: [center.leadOrganisationId, center.operatorOrganisationId],
    documentNumber: input.documentNumber,
    decidedOn: on,
    opinion: input.reason,
    outcome: input.rating,
    packId: evaluation.packId,
    facts: {
      kind: 'rating',
      centerName: center.name,
      leadName: await organisationName(tx, center.leadOrganisationId),
      year: evaluation.year,
      rating: label,
    },
  });
  await notify(tx, {
    role: 'center_operator',
    organisationId: center.operatorOrganisationId,
    kind: 'evaluation.decided',
    params: {
      center: center.name,
      year: evaluation.year,
      rating: label.zh,
      ratingEn: label.en,
      reason: input.reason,
    },
    link: `/center/${center.slug}/annual-report`,
  });
  await proposeDueRevocation({ actor, tx, center });
}

/**
 * The authority opens the annual evaluation of a center-year: only for a recognised center under a pack
 * with an evaluation cycle, from the year after recognition (000 第十七条, 003 第十六条), for a finished
 * year, once. Audited; whoever acts first in the pack's chain is notified.
 */
import { documentTitle } from '../../contracts/source-documents.ts';
import { v7 as uuidv7 } from 'uuid';
import { roleLabels } from '../../contracts/labels.ts';
import type { Db } from '../../db/client.ts';
import type { CenterRow } from '../../db/loaders/centers.ts';
import { findEvaluationFor } from '../../db/loaders/evaluation.ts';
import { centerEvaluations } from '../../db/schema/index.ts';
import { evaluationChain, nextStep, openRefusal } from '../../domain/evaluation/cycle.ts';
import { getPack } from '../../domain/policy/packs/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { notify } from '../notifications/notify.ts';
import { today } from '../publicity/clock.ts';

/** Throws the refusal as an AppError (409 with the citation), or returns when the center-year may be opened. */
export function assertOpenable(center: CenterRow, year: number): void {
  const pack = center.packId ? getPack(center.packId) : undefined;
  const refusal = openRefusal(center, pack, year, today());
  if (!refusal) {
    return;
  }
  if (refusal.code === 'evaluation.too_early') {
    throw new AppError(refusal.code, {
      firstYear: refusal.firstYear,
      ref: `${documentTitle(refusal.source.file)}${refusal.source.ref}`,
    });
  }
  throw new AppError(refusal.code, refusal.code === 'evaluation.year_not_over' ? { year } : {});
}

export async function openEvaluation({
  actor,
  tx,
  center,
  year,
}: {
  actor: Actor;
  tx: Db;
  center: CenterRow;
  year: number;
}): Promise<string> {
  assertOpenable(center, year);
  if (await findEvaluationFor(tx, center.id, year)) {
    throw new AppError('evaluation.already_open', { year });
  }
  const pack = getPack(center.packId!)!;
  const id = uuidv7();
  const row = {
    id,
    centerId: center.id,
    year,
    packId: pack.id,
    status: 'open',
    openedByUserId: actor.userId,
  };
  const inserted = await tx
    .insert(centerEvaluations)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: centerEvaluations.id });
  if (inserted.length === 0) {
    throw new AppError('evaluation.already_open', { year });
  }
  await appendAudit(tx, actor, {
    action: 'evaluation.open',
    targetType: 'center_evaluation',
    targetId: id,
    scopeRegion: center.regionCode,
    after: row,
    detail: { center: center.name, year, pack: pack.id },
  });
  const step = nextStep(evaluationChain(pack)!, 'open')!;
  await notify(tx, {
    role: step.role,
    regionCode: center.regionCode,
    kind: 'evaluation.opened',
    params: { center: center.name, year, step: roleLabels[step.role].zh, stepEn: roleLabels[step.role].en },
    link: `/evaluation/${id}`,
    exceptUserIds: [actor.userId],
  });
  return id;
}

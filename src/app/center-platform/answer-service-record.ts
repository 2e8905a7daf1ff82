/** The enterprise confirms or disputes (with a reason) a ledger record about itself. */
import { and, eq } from 'drizzle-orm';
import type { AnswerServiceRecordBody } from '../../contracts/center-platform/ledger.ts';
import type { Db } from '../../db/client.ts';
import type { ServiceRecordRow } from '../../db/loaders/center-platform/ledger.ts';
import { serviceRecords } from '../../db/schema/index.ts';
import { canAnswer, type Confirmation } from '../../domain/center-platform/vocabulary.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';

export async function answerServiceRecord({
  actor,
  tx,
  record,
  input,
}: {
  actor: Actor;
  tx: Db;
  record: ServiceRecordRow;
  input: AnswerServiceRecordBody;
}): Promise<void> {
  const current = record.confirmation as Confirmation;
  if (!canAnswer(current, input.answer)) {
    throw new AppError('conflict.illegal_transition', {
      reason: current === 'confirmed' ? '记录已确认' : '已提出异议的记录只能在更正后确认',
    });
  }
  const note = input.answer === 'disputed' ? input.reason : null;
  const updated = await tx
    .update(serviceRecords)
    .set({
      confirmation: input.answer,
      confirmationNote: note,
      confirmedAt: new Date(),
      confirmedBy: actor.userId,
      updatedAt: new Date(),
      version: record.version + 1,
    })
    .where(and(eq(serviceRecords.id, record.id), eq(serviceRecords.version, input.version)))
    .returning({ id: serviceRecords.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
  await appendAudit(tx, actor, {
    action: `service_record.${input.answer === 'confirmed' ? 'confirm' : 'dispute'}`,
    targetType: 'service_record',
    targetId: record.id,
    scopeRegion: record.centerRegionCode,
    before: { confirmation: current },
    after: { confirmation: input.answer, note },
    detail: { centerId: record.centerId },
  });
}

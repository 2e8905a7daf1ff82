/**
 * A supplier (the organisation with the invited provider's credit code) accepts or declines an invitation;
 * the enterprise whose need it is hears the answer.
 */
import { and, eq } from 'drizzle-orm';
import type { AnswerInvitationBody } from '../../contracts/matching.ts';
import type { Db } from '../../db/client.ts';
import type { DemandRow, InvitationRow } from '../../db/loaders/matching.ts';
import { demandInvitations } from '../../db/schema/index.ts';
import { refuseAnswer, type InvitationStatus } from '../../domain/matching/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { notify } from '../notifications/notify.ts';

export async function answerInvitation({
  actor,
  tx,
  demand,
  invitation,
  input,
}: {
  actor: Actor;
  tx: Db;
  demand: DemandRow;
  invitation: InvitationRow;
  input: AnswerInvitationBody;
}): Promise<void> {
  const refusal = refuseAnswer(invitation.status as InvitationStatus);
  if (refusal) {
    throw new AppError('conflict.illegal_transition', { reason: refusal });
  }
  const updated = await tx
    .update(demandInvitations)
    .set({
      status: input.answer,
      answerNote: input.note || null,
      answeredBy: actor.userId,
      answeredAt: new Date(),
      version: invitation.version + 1,
    })
    .where(and(eq(demandInvitations.id, invitation.id), eq(demandInvitations.version, input.version)))
    .returning({ id: demandInvitations.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
  await appendAudit(tx, actor, {
    action: input.answer === 'accepted' ? 'demand_invitation.accepted' : 'demand_invitation.declined',
    targetType: 'demand_invitation',
    targetId: invitation.id,
    scopeRegion: demand.centerRegionCode,
    before: { status: invitation.status },
    after: { status: input.answer },
    detail: { demandId: demand.id },
  });
  const note = input.note?.trim();
  const accepted = input.answer === 'accepted';
  await notify(tx, {
    role: 'enterprise',
    organisationId: demand.organisationId,
    kind: 'demand.answered',
    params: {
      demand: demand.title,
      center: demand.centerName,
      provider: invitation.providerName,
      answer: accepted ? '接受对接' : '婉拒对接',
      answerEn: accepted ? 'accepted' : 'declined',
      noteZh: note ? `说明：${note}` : '',
      noteEn: note ? `Note: ${note}` : '',
    },
    link: `/enterprise/demands/${demand.id}`,
    exceptUserIds: [actor.userId],
  });
}

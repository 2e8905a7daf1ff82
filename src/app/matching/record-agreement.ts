/**
 * The center records the agreement (达成合作) between the need's enterprise and an accepted supplier: the
 * invitation is marked agreed with the amount, the need closes with the outcome `agreed`, and a 供需对接
 * (matchmaking) record enters the center's service ledger for the enterprise to confirm — so the
 * matchmaking counts in the annual evaluation once confirmed.
 */
import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { RecordAgreementBody } from '../../contracts/matching.ts';
import type { Db } from '../../db/client.ts';
import type { DemandRow, InvitationRow } from '../../db/loaders/matching.ts';
import { demandInvitations, demands, organisations, serviceRecords } from '../../db/schema/index.ts';
import {
  refuseAgreement,
  refuseClose,
  type DemandStatus,
  type InvitationStatus,
} from '../../domain/matching/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { assertNotFuture } from '../dates.ts';
import { AppError } from '../errors.ts';

export async function recordAgreement({
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
  input: RecordAgreementBody;
}): Promise<string> {
  if (invitation.demandId !== demand.id) {
    throw new AppError('not_found', { entity: 'demand_invitation' });
  }
  assertNotFuture(input.agreedOn, 'agreedOn', { zh: '达成日期', en: 'Agreement date' });
  const refusal =
    refuseClose(demand.status as DemandStatus) ?? refuseAgreement(invitation.status as InvitationStatus);
  if (refusal) {
    throw new AppError('conflict.illegal_transition', { reason: refusal });
  }
  const [org] = await tx.select().from(organisations).where(eq(organisations.id, demand.organisationId));
  const recordId = uuidv7();
  const record = {
    id: recordId,
    centerId: demand.centerId,
    serviceType: 'matchmaking',
    serviceDate: input.agreedOn,
    enterpriseId: org!.id,
    enterpriseSme: org!.sme,
    enterpriseSpecialisedSme: org!.specialisedSme,
    enterpriseAboveScale: org!.aboveScale,
    regionCode: demand.regionCode,
    industryCode: demand.industryCode,
    title: `供需对接：${demand.title}（${invitation.providerName}）`,
    outcome: input.note || '达成合作',
    amountFen: input.amountFen,
    source: 'matching',
    createdBy: actor.userId,
  };
  await tx.insert(serviceRecords).values(record);
  const updated = await tx
    .update(demandInvitations)
    .set({
      status: 'agreed',
      agreementAmountFen: input.amountFen,
      agreedOn: input.agreedOn,
      serviceRecordId: recordId,
      version: invitation.version + 1,
    })
    .where(and(eq(demandInvitations.id, invitation.id), eq(demandInvitations.version, invitation.version)))
    .returning({ id: demandInvitations.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
  const now = new Date();
  await tx
    .update(demands)
    .set({
      status: 'closed',
      outcome: 'agreed',
      outcomeNote: input.note || null,
      closedAt: now,
      updatedAt: now,
      version: demand.version + 1,
    })
    .where(eq(demands.id, demand.id));
  await appendAudit(tx, actor, {
    action: 'demand.agreement',
    targetType: 'demand',
    targetId: demand.id,
    scopeRegion: demand.centerRegionCode,
    before: { status: demand.status },
    after: { status: 'closed', outcome: 'agreed', invitationId: invitation.id, amountFen: input.amountFen },
    detail: { providerName: invitation.providerName },
  });
  await appendAudit(tx, actor, {
    action: 'service_record.create',
    targetType: 'service_record',
    targetId: recordId,
    scopeRegion: demand.centerRegionCode,
    after: record,
    detail: { centerId: demand.centerId, serviceType: 'matchmaking', enterpriseId: org!.id },
  });
  return recordId;
}

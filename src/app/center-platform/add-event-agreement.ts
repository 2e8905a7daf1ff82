/** The operator records an agreement reached (达成合作) at a matchmaking event. */
import { v7 as uuidv7 } from 'uuid';
import type { CreateAgreementBody } from '../../contracts/center-platform/events.ts';
import type { Db } from '../../db/client.ts';
import type { PlatformCenterRow } from '../../db/loaders/center-platform/centers.ts';
import { eventAgreements, type centerEvents } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import { insertAudited } from './insert-audited.ts';

export function addEventAgreement({
  actor,
  tx,
  center,
  event,
  input,
}: {
  actor: Actor;
  tx: Db;
  center: PlatformCenterRow;
  event: typeof centerEvents.$inferSelect;
  input: CreateAgreementBody;
}): Promise<string> {
  if (event.kind !== 'matchmaking') {
    throw new AppError('conflict.illegal_transition', { reason: '只有供需对接活动可以登记达成的合作' });
  }
  return insertAudited(
    tx,
    actor,
    eventAgreements,
    { id: uuidv7(), eventId: event.id, centerId: center.id, ...input, amountFen: input.amountFen ?? null },
    {
      action: 'event_agreement.create',
      targetType: 'center_event',
      scopeRegion: center.regionCode,
      detail: { eventId: event.id },
    },
  );
}

/** The operator records a contest, forum or matchmaking event the center held. */
import { v7 as uuidv7 } from 'uuid';
import type { CreateEventBody } from '../../contracts/center-platform/events.ts';
import type { Db } from '../../db/client.ts';
import type { PlatformCenterRow } from '../../db/loaders/center-platform/centers.ts';
import { centerEvents } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { assertNotFuture } from '../dates.ts';
import { insertAudited } from './insert-audited.ts';

export function createEvent({
  actor,
  tx,
  center,
  input,
}: {
  actor: Actor;
  tx: Db;
  center: PlatformCenterRow;
  input: CreateEventBody;
}): Promise<string> {
  // An event is recorded once held: its date is a fact, never a plan.
  assertNotFuture(input.heldOn, 'heldOn', { zh: '举办日期', en: 'Date held' });
  return insertAudited(
    tx,
    actor,
    centerEvents,
    { id: uuidv7(), centerId: center.id, ...input, participants: input.participants ?? null },
    {
      action: 'center_event.create',
      targetType: 'center_event',
      scopeRegion: center.regionCode,
      detail: { kind: input.kind, heldOn: input.heldOn },
    },
  );
}

/** The operator enters a team in a contest (teams count towards 参赛队伍数). */
import { v7 as uuidv7 } from 'uuid';
import type { CreateTeamBody } from '../../contracts/center-platform/events.ts';
import type { Db } from '../../db/client.ts';
import type { PlatformCenterRow } from '../../db/loaders/center-platform/centers.ts';
import { contestTeams, type centerEvents } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import { insertAudited } from './insert-audited.ts';

export function addContestTeam({
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
  input: CreateTeamBody;
}): Promise<string> {
  if (event.kind !== 'contest') {
    throw new AppError('conflict.illegal_transition', { reason: '只有赛事可以登记参赛队伍' });
  }
  return insertAudited(
    tx,
    actor,
    contestTeams,
    { id: uuidv7(), eventId: event.id, centerId: center.id, ...input },
    {
      action: 'contest_team.create',
      targetType: 'center_event',
      scopeRegion: center.regionCode,
      detail: { eventId: event.id },
    },
  );
}

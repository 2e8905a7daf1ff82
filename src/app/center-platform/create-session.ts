/** The operator schedules a session of a course with a seat limit. */
import { v7 as uuidv7 } from 'uuid';
import type { CreateSessionBody } from '../../contracts/center-platform/training.ts';
import type { Db } from '../../db/client.ts';
import type { PlatformCenterRow } from '../../db/loaders/center-platform/centers.ts';
import { courseSessions } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';

export async function createSession({
  actor,
  tx,
  center,
  courseId,
  input,
}: {
  actor: Actor;
  tx: Db;
  center: PlatformCenterRow;
  courseId: string;
  input: CreateSessionBody;
}): Promise<string> {
  const id = uuidv7();
  const row = { id, courseId, centerId: center.id, ...input };
  await tx.insert(courseSessions).values(row);
  await appendAudit(tx, actor, {
    action: 'course_session.create',
    targetType: 'course_session',
    targetId: id,
    scopeRegion: center.regionCode,
    after: row,
    detail: { courseId, sessionDate: input.sessionDate, seats: input.seats },
  });
  return id;
}

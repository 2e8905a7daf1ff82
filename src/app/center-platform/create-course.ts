/** The operator publishes a training course. */
import { v7 as uuidv7 } from 'uuid';
import type { CreateCourseBody } from '../../contracts/center-platform/training.ts';
import type { Db } from '../../db/client.ts';
import type { PlatformCenterRow } from '../../db/loaders/center-platform/centers.ts';
import { courses } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';

export async function createCourse({
  actor,
  tx,
  center,
  input,
}: {
  actor: Actor;
  tx: Db;
  center: PlatformCenterRow;
  input: CreateCourseBody;
}): Promise<string> {
  const id = uuidv7();
  const row = { id, centerId: center.id, ...input };
  await tx.insert(courses).values(row);
  await appendAudit(tx, actor, {
    action: 'course.create',
    targetType: 'course',
    targetId: id,
    scopeRegion: center.regionCode,
    after: row,
    detail: { centerId: center.id, title: input.title },
  });
  return id;
}

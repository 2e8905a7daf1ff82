/**
 * The operator records who attended a session. Each attendance is one person-time (人次); the count is
 * never typed in. Recording the same registration twice changes nothing (idempotent), and nothing is recorded
 * before the session's day.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import type { PlatformCenterRow } from '../../db/loaders/center-platform/centers.ts';
import { courseAttendance, courseRegistrations, courseSessions } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { attendanceOpen } from '../../domain/center-platform/vocabulary.ts';
import { AppError, fieldError } from '../errors.ts';
import { today } from '../publicity/clock.ts';

export async function recordAttendance({
  actor,
  tx,
  center,
  sessionId,
  registrationIds,
}: {
  actor: Actor;
  tx: Db;
  center: PlatformCenterRow;
  sessionId: string;
  registrationIds: string[];
}): Promise<number> {
  const [session] = await tx
    .select()
    .from(courseSessions)
    .where(and(eq(courseSessions.id, sessionId), eq(courseSessions.centerId, center.id)));
  if (!session) {
    throw new AppError('not_found', { entity: 'course_session' });
  }
  if (!attendanceOpen(session.sessionDate, today())) {
    throw new AppError('training.session_future', { sessionDate: session.sessionDate });
  }
  const registrations = await tx
    .select()
    .from(courseRegistrations)
    .where(
      and(
        eq(courseRegistrations.sessionId, sessionId),
        eq(courseRegistrations.status, 'registered'),
        inArray(courseRegistrations.id, registrationIds),
      ),
    );
  if (registrations.length !== new Set(registrationIds).size) {
    throw fieldError('not_found', 'registrationIds', { entity: 'registration' });
  }
  const already = await tx
    .select({ registrationId: courseAttendance.registrationId })
    .from(courseAttendance)
    .where(inArray(courseAttendance.registrationId, registrationIds));
  const done = new Set(already.map((a) => a.registrationId));
  const fresh = registrations.filter((r) => !done.has(r.id));
  if (fresh.length === 0) {
    return 0;
  }
  const rows = fresh.map((r) => ({
    id: uuidv7(),
    registrationId: r.id,
    sessionId,
    centerId: center.id,
    organisationId: r.organisationId,
    attendedOn: session.sessionDate,
    recordedBy: actor.userId,
  }));
  await tx.insert(courseAttendance).values(rows);
  await appendAudit(tx, actor, {
    action: 'course_attendance.record',
    targetType: 'course_session',
    targetId: sessionId,
    scopeRegion: center.regionCode,
    after: { attendanceIds: rows.map((r) => r.id) },
    detail: { count: rows.length },
  });
  return rows.length;
}

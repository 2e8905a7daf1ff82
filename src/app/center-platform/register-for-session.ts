/**
 * An enterprise user registers for a session. The session row is locked first, so two registrations for
 * the last seat cannot both succeed; a second registration by the same user is refused. The user is sent
 * a confirmation naming the course, the center, the day and the place.
 */
import { and, count, eq, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import { centers, courseRegistrations, courseSessions, courses } from '../../db/schema/index.ts';
import { hasFreeSeat, registrationOpen } from '../../domain/center-platform/vocabulary.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { today } from '../publicity/clock.ts';
import { notifyRegistrationConfirmed } from './notify-platform.ts';

export async function registerForSession({
  actor,
  tx,
  sessionId,
  centerRegionCode,
}: {
  actor: Actor;
  tx: Db;
  sessionId: string;
  centerRegionCode: string;
}): Promise<string> {
  const [session] = await tx
    .select()
    .from(courseSessions)
    .where(eq(courseSessions.id, sessionId))
    .for('update');
  if (!session) {
    throw new AppError('not_found', { entity: 'course_session' });
  }
  if (!registrationOpen(session.sessionDate, today())) {
    throw new AppError('training.session_past', { sessionDate: session.sessionDate });
  }
  const [existing] = await tx
    .select({ id: courseRegistrations.id, status: courseRegistrations.status })
    .from(courseRegistrations)
    .where(and(eq(courseRegistrations.sessionId, sessionId), eq(courseRegistrations.userId, actor.userId)));
  if (existing?.status === 'registered') {
    throw new AppError('training.already_registered');
  }
  const [taken] = await tx
    .select({ n: count() })
    .from(courseRegistrations)
    .where(and(eq(courseRegistrations.sessionId, sessionId), eq(courseRegistrations.status, 'registered')));
  if (!hasFreeSeat(session.seats, Number(taken?.n ?? 0))) {
    throw new AppError('training.session_full', { seats: session.seats });
  }
  let id: string;
  if (existing) {
    // Registering again after cancelling re-opens the same registration.
    id = existing.id;
    await tx
      .update(courseRegistrations)
      .set({ status: 'registered', createdAt: sql`now()` })
      .where(eq(courseRegistrations.id, id));
  } else {
    id = uuidv7();
    await tx.insert(courseRegistrations).values({
      id,
      sessionId,
      centerId: session.centerId,
      userId: actor.userId,
      organisationId: actor.organisationId,
    });
  }
  await appendAudit(tx, actor, {
    action: 'course_registration.create',
    targetType: 'course_registration',
    targetId: id,
    scopeRegion: centerRegionCode,
    after: { sessionId, userId: actor.userId },
    detail: { sessionId },
  });
  const [about] = await tx
    .select({ course: courses.title, center: centers.name })
    .from(courses)
    .innerJoin(centers, eq(centers.id, courses.centerId))
    .where(eq(courses.id, session.courseId));
  await notifyRegistrationConfirmed(tx, {
    userId: actor.userId,
    center: { name: about?.center ?? '' },
    course: { title: about?.course ?? '' },
    session,
  });
  return id;
}

/** An enterprise user cancels their own registration before attending; the seat is freed. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { courseAttendance, courseRegistrations } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';

export async function cancelRegistration({
  actor,
  tx,
  registrationId,
  centerRegionCode,
}: {
  actor: Actor;
  tx: Db;
  registrationId: string;
  centerRegionCode: string;
}): Promise<void> {
  const [attended] = await tx
    .select({ id: courseAttendance.id })
    .from(courseAttendance)
    .where(eq(courseAttendance.registrationId, registrationId));
  if (attended) {
    throw new AppError('conflict.illegal_transition', { reason: '已签到的报名不能取消' });
  }
  const updated = await tx
    .update(courseRegistrations)
    .set({ status: 'cancelled' })
    .where(and(eq(courseRegistrations.id, registrationId), eq(courseRegistrations.status, 'registered')))
    .returning({ id: courseRegistrations.id });
  if (updated.length === 0) {
    throw new AppError('conflict.illegal_transition', { reason: '报名已取消' });
  }
  await appendAudit(tx, actor, {
    action: 'course_registration.cancel',
    targetType: 'course_registration',
    targetId: registrationId,
    scopeRegion: centerRegionCode,
    detail: {},
  });
}

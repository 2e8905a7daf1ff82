/** Marking one's own notifications read. Not audited: it changes nothing but the reader's inbox. */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { notifications } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';

export async function markNotificationRead({ actor, tx, id }: { actor: Actor; tx: Db; id: string }) {
  const updated = await tx
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.id, id), eq(notifications.userId, actor.userId)))
    .returning({ id: notifications.id });
  if (updated.length === 0) {
    // Someone else's notification is as invisible as a missing one.
    throw new AppError('not_found', { entity: 'notification' });
  }
}

/** Marks all of the actor's unread notifications read; returns how many. */
export async function markAllNotificationsRead({ actor, tx }: { actor: Actor; tx: Db }): Promise<number> {
  const updated = await tx
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return updated.length;
}

/** Loading a user's own notifications (the only scope there is: one's own). */
import { and, count, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { ChannelSettings } from '../../domain/notifications/channels.ts';
import type { Db } from '../client.ts';
import { notificationSettings, notifications } from '../schema/index.ts';

export type NotificationRow = typeof notifications.$inferSelect;

export async function listNotifications(
  db: Db,
  userId: string,
  filter: { unread?: boolean | undefined; page: number; pageSize: number },
): Promise<{ rows: NotificationRow[]; total: number }> {
  const conditions: SQL[] = [eq(notifications.userId, userId)];
  if (filter.unread === true) {
    conditions.push(isNull(notifications.readAt));
  }
  const where = and(...conditions);
  const rows = await db
    .select()
    .from(notifications)
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const [totalRow] = await db.select({ n: count() }).from(notifications).where(where);
  return { rows, total: Number(totalRow?.n ?? 0) };
}

export async function unreadCount(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

export async function findNotification(db: Db, id: string): Promise<NotificationRow | undefined> {
  const [row] = await db.select().from(notifications).where(eq(notifications.id, id)).limit(1);
  return row;
}

/** The user's e-mail setting and per-kind channel choices (defaults when never saved). */
export async function findNotificationSettings(db: Db, userId: string): Promise<ChannelSettings> {
  const [row] = await db
    .select()
    .from(notificationSettings)
    .where(eq(notificationSettings.userId, userId))
    .limit(1);
  return { email: row?.email ?? null, emailEnabled: row?.emailEnabled ?? true, choices: row?.channels ?? {} };
}

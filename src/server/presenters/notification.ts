/** Notifications as the API shows them. */
import type { NotificationView } from '../../contracts/notifications.ts';
import type { NotificationRow } from '../../db/loaders/notifications.ts';

export function presentNotification(n: NotificationRow): NotificationView {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}

/** Notifications as the API shows them. */
import type { NotificationSettings, NotificationView } from '../../contracts/notifications.ts';
import type { NotificationRow } from '../../db/loaders/notifications.ts';
import { allChoices, type ChannelSettings } from '../../domain/notifications/channels.ts';
import { notificationKindCatalogue } from '../../domain/notifications/kinds.ts';

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

/** The settings with every kind's channels (defaults filled in) and the group its row sits in. */
export function presentNotificationSettings(settings: ChannelSettings): NotificationSettings {
  return {
    email: settings.email,
    emailEnabled: settings.emailEnabled,
    channels: allChoices(settings.choices).map((c) => ({
      kind: c.kind,
      group: notificationKindCatalogue[c.kind].group,
      inApp: c.inApp,
      byEmail: c.byEmail,
    })),
  };
}

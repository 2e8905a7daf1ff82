/** The actor's own e-mail setting for notifications (audited without the address itself). */
import type { Db } from '../../db/client.ts';
import { notificationSettings } from '../../db/schema/index.ts';
import type { NotificationSettings } from '../../contracts/notifications.ts';
import { findNotificationSettings } from '../../db/loaders/notifications.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';

export async function updateNotificationSettings({
  actor,
  tx,
  input,
}: {
  actor: Actor;
  tx: Db;
  input: NotificationSettings;
}): Promise<void> {
  const before = await findNotificationSettings(tx, actor.userId);
  const row = { email: input.email?.trim().toLowerCase() || null, emailEnabled: input.emailEnabled };
  await tx
    .insert(notificationSettings)
    .values({ userId: actor.userId, ...row })
    .onConflictDoUpdate({ target: notificationSettings.userId, set: { ...row, updatedAt: new Date() } });
  await appendAudit(tx, actor, {
    action: 'notification.settings',
    targetType: 'user',
    targetId: actor.userId,
    scopeRegion: actor.organisationRegionCode,
    before,
    after: row,
    detail: { hasEmail: row.email !== null, emailEnabled: row.emailEnabled },
  });
}

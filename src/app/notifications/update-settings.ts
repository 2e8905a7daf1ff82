/**
 * The actor's own notification settings: e-mail address and switch, and the channels of the kinds it
 * lists (kinds not listed keep their choice). Audited without the address itself.
 */
import type { Db } from '../../db/client.ts';
import { notificationSettings } from '../../db/schema/index.ts';
import type { NotificationSettingsBody } from '../../contracts/notifications.ts';
import { findNotificationSettings } from '../../db/loaders/notifications.ts';
import { mergeChoices } from '../../domain/notifications/channels.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';

export async function updateNotificationSettings({
  actor,
  tx,
  input,
}: {
  actor: Actor;
  tx: Db;
  input: NotificationSettingsBody;
}): Promise<void> {
  const before = await findNotificationSettings(tx, actor.userId);
  const channels = input.channels ? mergeChoices(before.choices, input.channels) : before.choices;
  const row = {
    email: input.email?.trim().toLowerCase() || null,
    emailEnabled: input.emailEnabled,
    channels,
  };
  await tx
    .insert(notificationSettings)
    .values({ userId: actor.userId, ...row })
    .onConflictDoUpdate({ target: notificationSettings.userId, set: { ...row, updatedAt: new Date() } });
  const changedKinds = (input.channels ?? [])
    .filter(
      (c) => JSON.stringify(before.choices[c.kind] ?? null) !== JSON.stringify(channels[c.kind] ?? null),
    )
    .map((c) => c.kind);
  await appendAudit(tx, actor, {
    action: 'notification.settings',
    targetType: 'user',
    targetId: actor.userId,
    scopeRegion: actor.organisationRegionCode,
    before: { emailEnabled: before.emailEnabled, hasEmail: before.email !== null, channels: before.choices },
    after: { emailEnabled: row.emailEnabled, hasEmail: row.email !== null, channels },
    detail: { hasEmail: row.email !== null, emailEnabled: row.emailEnabled, changedKinds },
  });
}

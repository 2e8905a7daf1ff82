/**
 * Which channels a notification goes through for one user. Each user may choose, per kind, in-app and/or
 * e-mail. The e-mail switch on the settings page stays the master switch: with it off (or no address)
 * nothing is mailed, whatever a kind says — so by default each kind's e-mail follows that switch.
 */
import { notificationKinds, type NotificationKind } from './kinds.ts';

/** One kind's channels as the user chose them. */
export interface ChannelChoice {
  inApp: boolean;
  byEmail: boolean;
}

/** The user's choices, kind by kind; a kind not in the map has the default. */
export type ChannelChoices = Partial<Record<NotificationKind, ChannelChoice>>;

/** What a kind nobody chose for gets: in-app on, e-mail as the master switch says. */
export const DEFAULT_CHANNEL_CHOICE: ChannelChoice = { inApp: true, byEmail: true };

/** The user's e-mail setting and per-kind choices, as stored. */
export interface ChannelSettings {
  email: string | null;
  emailEnabled: boolean;
  choices: ChannelChoices;
}

/** The channels a notification of `kind` takes for a user with `settings`. */
export function channelsFor(
  kind: NotificationKind,
  settings: ChannelSettings,
): { inApp: boolean; email: boolean } {
  const choice = settings.choices[kind] ?? DEFAULT_CHANNEL_CHOICE;
  return {
    inApp: choice.inApp,
    email: settings.email !== null && settings.email !== '' && settings.emailEnabled && choice.byEmail,
  };
}

/** Every kind's choice, defaults filled in, in catalogue order. */
export function allChoices(choices: ChannelChoices): ({ kind: NotificationKind } & ChannelChoice)[] {
  return notificationKinds.map((kind) => ({ kind, ...(choices[kind] ?? DEFAULT_CHANNEL_CHOICE) }));
}

/**
 * `current` with `changes` applied. Only kinds that differ from the default are kept, so a kind left at
 * the default keeps following the default if it ever changes.
 */
export function mergeChoices(
  current: ChannelChoices,
  changes: readonly ({ kind: NotificationKind } & ChannelChoice)[],
): ChannelChoices {
  const next: ChannelChoices = { ...current };
  for (const { kind, inApp, byEmail } of changes) {
    if (inApp === DEFAULT_CHANNEL_CHOICE.inApp && byEmail === DEFAULT_CHANNEL_CHOICE.byEmail) {
      delete next[kind];
    } else {
      next[kind] = { inApp, byEmail };
    }
  }
  return next;
}

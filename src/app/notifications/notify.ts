/**
 * notify(): call it inside the transaction of the action, so the notification exists exactly when the
 * action does. It writes the in-app notifications and queues e-mails in the outbox — each through the
 * channels its recipient chose for the kind (src/domain/notifications/channels.ts); the mailer sends the
 * e-mails after the transaction commits.
 *
 *   await notify(tx, { role: 'city_officer', regionCode: app.regionCode, kind: 'application.submitted',
 *                      params: { application: app.name, organisation, call }, link: `/applications/${id}` });
 */
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import {
  emailOutbox,
  notificationSettings,
  notifications,
  organisations,
  roleGrants,
  users,
} from '../../db/schema/index.ts';
import type { Locale, Role } from '../../contracts/common.ts';
import { inJurisdiction } from '../../domain/jurisdiction/index.ts';
import { channelsFor } from '../../domain/notifications/channels.ts';
import { emailSubject, emailText, renderNotification, type NotificationKind } from './templates.ts';
import { markOutboxDirty } from './outbox-signal.ts';

/** Who receives a notification. */
export type Recipients =
  /** These users. */
  | { userIds: string[] }
  /** Holders of `role` whose jurisdiction covers `regionCode` (authorities, experts of that pool). */
  | { role: Role; regionCode: string }
  /** Holders of `role` acting for `organisationId` (applicant, center_operator, enterprise). */
  | { role: Role; organisationId: string }
  /** Holders of any of `roles` acting for an organisation located within `organisationsIn` (a region). */
  | { roles: Role[]; organisationsIn: string };

export type NotifyInput = Recipients & {
  kind: NotificationKind;
  /** Template parameters, e.g. { application: '…', reason: '…' }. */
  params?: Record<string, unknown>;
  /** Web path to open, e.g. `/applications/<id>`. */
  link?: string | null;
  /** Users not to notify (typically the actor who did the action). */
  exceptUserIds?: string[];
};

/** Resolves the recipients to active user ids. */
export async function resolveRecipients(tx: Db, to: Recipients): Promise<string[]> {
  if ('userIds' in to) {
    if (to.userIds.length === 0) {
      return [];
    }
    const rows = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(inArray(users.id, [...new Set(to.userIds)]), eq(users.disabled, false)));
    return rows.map((r) => r.id);
  }
  if ('roles' in to) {
    const grants = await tx
      .select({ userId: roleGrants.userId, regionCode: organisations.regionCode })
      .from(roleGrants)
      .innerJoin(users, eq(users.id, roleGrants.userId))
      .innerJoin(organisations, eq(organisations.id, roleGrants.organisationId))
      .where(and(inArray(roleGrants.role, to.roles), eq(users.disabled, false)));
    return [
      ...new Set(grants.filter((g) => inJurisdiction(g.regionCode, to.organisationsIn)).map((g) => g.userId)),
    ];
  }
  const grants = await tx
    .select({
      userId: roleGrants.userId,
      regionCode: roleGrants.regionCode,
      organisationId: roleGrants.organisationId,
    })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(
      and(
        eq(roleGrants.role, to.role),
        eq(users.disabled, false),
        'organisationId' in to
          ? eq(roleGrants.organisationId, to.organisationId)
          : isNotNull(roleGrants.regionCode),
      ),
    );
  const ids = grants
    .filter((g) =>
      'regionCode' in to
        ? g.regionCode !== null && inJurisdiction(to.regionCode, g.regionCode)
        : g.organisationId === to.organisationId,
    )
    .map((g) => g.userId);
  return [...new Set(ids)];
}

/** Rows per insert statement: well under PostgreSQL's 65,535 bound parameters for a region-wide notice. */
const CHUNK = 1000;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await insert(rows.slice(i, i + CHUNK));
  }
}

/**
 * Writes one notification per recipient (in their language) and queues e-mails, each through the channels
 * the recipient chose for the kind; returns the recipients addressed (whatever channels they chose).
 */
export async function notify(tx: Db, input: NotifyInput): Promise<string[]> {
  const except = new Set(input.exceptUserIds ?? []);
  const userIds = (await resolveRecipients(tx, input)).filter((id) => !except.has(id));
  if (userIds.length === 0) {
    return [];
  }
  const people = await tx
    .select({
      id: users.id,
      locale: users.locale,
      email: notificationSettings.email,
      emailEnabled: notificationSettings.emailEnabled,
      channels: notificationSettings.channels,
    })
    .from(users)
    .leftJoin(notificationSettings, eq(notificationSettings.userId, users.id))
    .where(inArray(users.id, userIds));
  const params = input.params ?? {};
  const link = input.link ?? null;
  const rows = people.map((p) => {
    const locale: Locale = p.locale === 'en' ? 'en' : 'zh-CN';
    const channels = channelsFor(input.kind, {
      email: p.email,
      emailEnabled: p.emailEnabled ?? true,
      choices: p.channels ?? {},
    });
    return { person: p, locale, channels, id: uuidv7(), ...renderNotification(input.kind, params, locale) };
  });
  const inApp = rows.filter((r) => r.channels.inApp);
  await insertChunked(inApp, (chunk) =>
    tx.insert(notifications).values(
      chunk.map((r) => ({
        id: r.id,
        userId: r.person.id,
        kind: input.kind,
        title: r.title,
        body: r.body,
        link,
        params,
      })),
    ),
  );
  const mails = rows.filter((r) => r.channels.email);
  if (mails.length > 0) {
    await insertChunked(mails, (chunk) =>
      tx.insert(emailOutbox).values(
        chunk.map((r) => ({
          id: uuidv7(),
          // A mail without an in-app twin (in-app turned off for the kind) points at no notification.
          notificationId: r.channels.inApp ? r.id : null,
          toAddress: r.person.email!,
          subject: emailSubject(r.title, r.locale),
          text: emailText(r.body, link, r.locale),
        })),
      ),
    );
    markOutboxDirty();
  }
  return userIds;
}

/**
 * A user's own notifications (bell, list, read markers, e-mail and per-kind channel settings), and the mailer's lifecycle: it
 * starts with the app when DTPC_SMTP_URL is set and sends right after each request that queued mail.
 */
import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { okSchema } from '../../contracts/common.ts';
import {
  notificationListQuerySchema,
  notificationPageSchema,
  notificationSettingsBodySchema,
  notificationSettingsSchema,
  unreadCountSchema,
} from '../../contracts/notifications.ts';
import { markAllNotificationsRead, markNotificationRead } from '../../app/notifications/read.ts';
import { updateNotificationSettings } from '../../app/notifications/update-settings.ts';
import { startMailer } from '../../app/notifications/mailer.ts';
import { findNotificationSettings, listNotifications, unreadCount } from '../../db/loaders/notifications.ts';
import { actorOf } from '../plugins/auth.ts';
import { presentNotification, presentNotificationSettings } from '../presenters/notification.ts';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/notifications',
    {
      config: { guard: 'authenticated' },
      schema: {
        tags: ['notifications'],
        summary: '我的消息',
        querystring: notificationListQuerySchema,
        response: { 200: notificationPageSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { rows, total } = await listNotifications(app.db, actor.userId, request.query);
      return {
        items: rows.map(presentNotification),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.get(
    '/notifications/unread-count',
    {
      config: { guard: 'authenticated' },
      schema: { tags: ['notifications'], summary: '未读消息数', response: { 200: unreadCountSchema } },
    },
    async (request) => ({ unread: await unreadCount(app.db, actorOf(request).userId) }),
  );

  app.post(
    '/notifications/:id/read',
    {
      config: { guard: 'authenticated' },
      schema: {
        tags: ['notifications'],
        summary: '标记为已读',
        params: z.object({ id: z.uuid() }),
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction((tx) => markNotificationRead({ actor, tx, id: request.params.id }));
      return { ok: true as const };
    },
  );

  app.post(
    '/notifications/read-all',
    {
      config: { guard: 'authenticated' },
      schema: {
        tags: ['notifications'],
        summary: '全部标记为已读',
        response: { 200: z.object({ updated: z.number().int() }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return { updated: await app.db.transaction((tx) => markAllNotificationsRead({ actor, tx })) };
    },
  );

  app.get(
    '/notifications/settings',
    {
      config: { guard: 'authenticated' },
      schema: {
        tags: ['notifications'],
        summary: '消息通知设置',
        response: { 200: notificationSettingsSchema },
      },
    },
    async (request) =>
      presentNotificationSettings(await findNotificationSettings(app.db, actorOf(request).userId)),
  );

  app.put(
    '/notifications/settings',
    {
      config: { guard: 'authenticated' },
      schema: {
        tags: ['notifications'],
        summary: '修改消息通知设置',
        body: notificationSettingsBodySchema,
        response: { 200: notificationSettingsSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction((tx) => updateNotificationSettings({ actor, tx, input: request.body }));
      return presentNotificationSettings(await findNotificationSettings(app.db, actor.userId));
    },
  );
};

/** Registered without encapsulation so the after-response hook sees every API route. */
async function notificationsPlugin(app: FastifyInstance): Promise<void> {
  const mailer = startMailer(app.db, { onError: (error) => app.log.error({ err: error }, 'mailer') });
  if (mailer) {
    app.addHook('onResponse', async () => mailer.kick());
    app.addHook('onClose', async () => mailer.stop());
  }
  await app.register(routes);
}
Object.assign(notificationsPlugin, { [Symbol.for('skip-override')]: true });

export const notificationRoutes = notificationsPlugin;

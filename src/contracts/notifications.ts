/** In-app notifications and the user's e-mail setting. */
import { z } from 'zod';
import { idSchema, pageOf, pageQuerySchema } from './common.ts';

export const notificationViewSchema = z.object({
  id: idSchema,
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof notificationViewSchema>;
export const notificationPageSchema = pageOf(notificationViewSchema);

export const notificationListQuerySchema = pageQuerySchema.extend({
  unread: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type NotificationListQuery = z.input<typeof notificationListQuerySchema>;

export const unreadCountSchema = z.object({ unread: z.number().int() });
export type UnreadCount = z.infer<typeof unreadCountSchema>;

export const notificationSettingsSchema = z.object({
  email: z.email({ error: '请输入有效的电子邮箱地址' }).max(254).nullable(),
  emailEnabled: z.boolean(),
});
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;
export const notificationSettingsBodySchema = z.strictObject(notificationSettingsSchema.shape);

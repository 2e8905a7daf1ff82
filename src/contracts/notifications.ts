/** In-app notifications and the user's settings: e-mail address, e-mail switch, channels per kind. */
import { z } from 'zod';
import {
  notificationGroupValues,
  notificationKinds,
  type NotificationKind,
} from '../domain/notifications/kinds.ts';
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

const emailSchema = z.email({ error: '请输入有效的电子邮箱地址' }).max(254).nullable();

const kindTuple = notificationKinds as [NotificationKind, ...NotificationKind[]];
export const notificationKindSchema = z.enum(kindTuple, {
  error: (issue) => `未知的通知类型「${String(issue.input)}」`,
});

/** One kind's channels: 站内消息 and 邮件. */
export const channelChoiceSchema = z.strictObject({
  kind: notificationKindSchema,
  inApp: z.boolean(),
  byEmail: z.boolean(),
});
export type ChannelChoiceInput = z.infer<typeof channelChoiceSchema>;

/** What GET and PUT answer: every kind, defaults filled in, with the group its row sits in. */
export const notificationSettingsSchema = z.object({
  email: emailSchema,
  emailEnabled: z.boolean(),
  channels: z.array(
    z.object({
      kind: z.enum(kindTuple),
      group: z.enum(notificationGroupValues),
      inApp: z.boolean(),
      byEmail: z.boolean(),
    }),
  ),
});
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

/** PUT: the e-mail setting, and — optionally — the channels of the kinds to change (others stay). */
export const notificationSettingsBodySchema = z.strictObject({
  email: emailSchema,
  emailEnabled: z.boolean(),
  channels: z
    .array(channelChoiceSchema)
    .max(notificationKinds.length)
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        if (seen.has(item.kind)) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'kind'],
            message: `通知类型「${item.kind}」重复`,
            params: { en: `Notification kind "${item.kind}" is listed twice` },
          });
        }
        seen.add(item.kind);
      });
    })
    .optional(),
});
export type NotificationSettingsBody = z.infer<typeof notificationSettingsBodySchema>;

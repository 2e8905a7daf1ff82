/** Account administration contracts (provincial admins manage accounts inside their province). */
import { z } from 'zod';
import { reviewFieldSchema } from './review.ts';
import {
  idSchema,
  localeSchema,
  pageOf,
  pageQuerySchema,
  regionCodeSchema,
  roleSchema,
  versionSchema,
} from './common.ts';
import { newPasswordSchema, roleGrantViewSchema } from './auth.ts';

export const roleGrantInputSchema = z.strictObject({
  role: roleSchema,
  regionCode: regionCodeSchema.nullish(),
  organisationId: idSchema.nullish(),
});
export type RoleGrantInput = z.infer<typeof roleGrantInputSchema>;

export const createUserBodySchema = z.strictObject({
  username: z
    .string()
    .trim()
    .min(3)
    .max(64)
    .regex(/^[a-z0-9][a-z0-9._-]*$/, { error: '用户名只能包含小写字母、数字、点、下划线和连字符' }),
  displayName: z.string().trim().min(1).max(64),
  password: newPasswordSchema,
  organisationId: idSchema,
  locale: localeSchema.default('zh-CN'),
  roles: z.array(roleGrantInputSchema).min(1).max(10),
  /** Review fields of an expert account (技术/产业/管理/财务): required with the expert role, so the expert enters the pool. */
  expertFields: z.array(reviewFieldSchema).max(4).optional(),
});
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

export const updateUserBodySchema = z.strictObject({
  version: versionSchema,
  displayName: z.string().trim().min(1).max(64).optional(),
  disabled: z.boolean().optional(),
  roles: z.array(roleGrantInputSchema).min(1).max(10).optional(),
});
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;

export const resetPasswordBodySchema = z.strictObject({ newPassword: newPasswordSchema });

export const userViewSchema = z.object({
  id: idSchema,
  username: z.string(),
  displayName: z.string(),
  locale: localeSchema,
  organisation: z.object({ id: idSchema, name: z.string(), regionCode: z.string() }),
  roles: z.array(roleGrantViewSchema),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean(), resetPassword: z.boolean(), unlock: z.boolean() }),
});
export type UserView = z.infer<typeof userViewSchema>;
export const userPageSchema = pageOf(userViewSchema);

export const userListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(64).optional(),
  role: roleSchema.optional(),
  regionCode: regionCodeSchema.optional(),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

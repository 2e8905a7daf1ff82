/** Login, session and password contracts. */
import { z } from 'zod';
import { idSchema, localeSchema, roleSchema } from './common.ts';

export const loginBodySchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const roleGrantViewSchema = z.object({
  role: roleSchema,
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  organisationId: z.string().nullable(),
});
export type RoleGrantView = z.infer<typeof roleGrantViewSchema>;

/** Abilities the UI uses to show or hide menus and actions; the server enforces the same rules. */
export const abilityValues = [
  'accounts.manage',
  'organisations.manage',
  'organisations.read',
  'audit.read',
  'calendar.manage',
  'policy.read',
  'recognition.apply',
  'recognition.review',
  'calls.manage',
  'cultivation.read',
  'resources.operate',
  'review.manage',
  'review.score',
  'center.metrics',
  'enterprise.services',
  'evaluation.read',
  'annualReport.file',
  'revocation.read',
  'changeFiling.read',
  'recommendation.read',
  'annualReport.remind',
  'decision.read',
  'network.read',
] as const;
export const abilitySchema = z.enum(abilityValues);
export type Ability = z.infer<typeof abilitySchema>;

export const meSchema = z.object({
  id: idSchema,
  username: z.string(),
  displayName: z.string(),
  locale: localeSchema,
  organisation: z.object({ id: idSchema, name: z.string(), kind: z.string() }),
  roles: z.array(roleGrantViewSchema),
  abilities: z.array(abilitySchema),
  mustChangePassword: z.boolean(),
});
export type Me = z.infer<typeof meSchema>;

export const sessionResponseSchema = z.object({ user: meSchema, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

/** 等保 2.0: at least 8 characters drawn from at least 3 of 4 character classes. */
export function passwordClassCount(password: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

export const newPasswordSchema = z
  .string()
  .min(8, { error: '密码至少 8 位' })
  .max(128)
  .refine((p) => passwordClassCount(p) >= 3, {
    error: '密码须包含大写字母、小写字母、数字、符号中的至少三类',
  });

export const changePasswordBodySchema = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: newPasswordSchema,
});
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;

export const preferencesBodySchema = z.strictObject({ locale: localeSchema });

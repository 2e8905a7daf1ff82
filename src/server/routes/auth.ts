import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  changePasswordBodySchema,
  loginBodySchema,
  preferencesBodySchema,
  sessionResponseSchema,
  type Me,
} from '../../contracts/auth.ts';
import { okSchema, type Locale } from '../../contracts/common.ts';
import type { Actor } from '../../app/actor.ts';
import { login } from '../../app/auth/login.ts';
import { changePassword, setPreferences } from '../../app/auth/change-password.ts';
import { deleteSession, resolveSession } from '../../app/auth/sessions.ts';
import { findOrganisation } from '../../db/loaders/organisations.ts';
import { abilitiesOf } from '../policies/abilities.ts';
import { presentGrant } from '../presenters/user.ts';
import { SESSION_COOKIE, actorOf } from '../plugins/auth.ts';
import { AppError } from '../../app/errors.ts';
import type { Db } from '../../db/client.ts';

async function presentMe(db: Db, actor: Actor, locale: string, mustChangePassword: boolean): Promise<Me> {
  const org = await findOrganisation(db, actor.organisationId);
  if (!org) {
    throw new AppError('auth.required');
  }
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    locale: locale as Locale,
    organisation: { id: org.id, name: org.name, kind: org.kind },
    roles: actor.grants.map(presentGrant),
    abilities: abilitiesOf(actor),
    mustChangePassword,
  };
}

const cookieOptions = {
  path: '/',
  httpOnly: true,
  sameSite: 'strict' as const,
  secure: process.env.NODE_ENV === 'production' && process.env.DTPC_INSECURE_COOKIE !== '1',
};

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/auth/login',
    {
      config: {
        guard: 'public',
        rateLimit: { max: Number(process.env.DTPC_LOGIN_RATE ?? 30), timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: '登录',
        body: loginBodySchema,
        response: { 200: sessionResponseSchema },
      },
    },
    async (request, reply) => {
      const { token } = await login(app.db, {
        username: request.body.username,
        password: request.body.password,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      const session = await resolveSession(app.db, token, request.ip);
      reply.setCookie(SESSION_COOKIE, token, cookieOptions);
      return {
        user: await presentMe(app.db, session.actor, session.locale, session.mustChangePassword),
        csrfToken: session.csrfToken,
      };
    },
  );

  app.get(
    '/auth/me',
    {
      config: { guard: 'authenticated' },
      schema: { tags: ['auth'], summary: '当前用户', response: { 200: sessionResponseSchema } },
    },
    async (request) => ({
      user: await presentMe(
        app.db,
        actorOf(request),
        request.userLocale ?? 'zh-CN',
        request.mustChangePassword,
      ),
      csrfToken: request.csrfToken ?? '',
    }),
  );

  app.post(
    '/auth/logout',
    {
      config: { guard: 'authenticated' },
      schema: { tags: ['auth'], summary: '退出登录', response: { 200: okSchema } },
    },
    async (request, reply) => {
      if (request.sessionToken) {
        await deleteSession(app.db, request.sessionToken);
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/password',
    {
      config: { guard: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: '修改密码',
        body: changePasswordBodySchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await app.db.transaction((tx) =>
        changePassword({
          actor: actorOf(request),
          tx,
          currentPassword: request.body.currentPassword,
          newPassword: request.body.newPassword,
          keepSessionToken: request.sessionToken ?? '',
        }),
      );
      return { ok: true as const };
    },
  );

  app.put(
    '/auth/preferences',
    {
      config: { guard: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: '界面语言',
        body: preferencesBodySchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await app.db.transaction((tx) =>
        setPreferences({ actor: actorOf(request), tx, locale: request.body.locale }),
      );
      return { ok: true as const };
    },
  );
};

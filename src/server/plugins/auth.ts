/**
 * Authentication and the route guard. Every route declares `config.guard`: 'public', or the policy
 * and action it needs. Authenticated routes resolve the session; unsafe methods must carry the CSRF token.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../app/actor.ts';
import { AppError } from '../../app/errors.ts';
import { resolveSession } from '../../app/auth/sessions.ts';
import { mayEver, type Policy } from '../policies/core.ts';

export const SESSION_COOKIE = 'dtpc_session';

/** `public`: anyone. `authenticated`: any logged-in user. Otherwise a policy action the actor's roles may ever perform. */
export type Guard = 'public' | 'authenticated' | { policy: Policy<never>; action: string };

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with its declared guard, for the guard test and the docs. */
    routeGuards: { method: string; url: string; guard: string }[];
  }
  interface FastifyContextConfig {
    guard?: Guard;
  }
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
    sessionToken: string | null;
    userLocale: string | null;
    mustChangePassword: boolean;
  }
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The actor of an authenticated route (the guard has already ensured one). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) {
    throw new AppError('auth.required');
  }
  return request.actor;
}

export function registerAuth(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('userLocale', null);
  app.decorateRequest('mustChangePassword', false);

  // Routes without a declared guard refuse to start: authorization is never forgotten silently.
  const routeGuards: FastifyInstance['routeGuards'] = [];
  app.decorate('routeGuards', routeGuards);
  app.addHook('onRoute', (route) => {
    const guard = (route.config as { guard?: Guard } | undefined)?.guard;
    const isInternal = route.url.startsWith('/api/docs') || route.url === '/*' || route.url === '*';
    if (!guard && !isInternal) {
      throw new Error(`route ${String(route.method)} ${route.url} declares no guard`);
    }
    if (guard) {
      const label = typeof guard === 'string' ? guard : `${guard.policy.entity}.${guard.action}`;
      for (const method of [route.method].flat()) {
        routeGuards.push({ method, url: route.url, guard: label });
      }
    }
  });

  app.addHook('onRequest', async (request) => {
    const guard = request.routeOptions.config.guard;
    if (!guard) {
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      try {
        const session = await resolveSession(app.db, token, request.ip);
        request.actor = session.actor;
        request.csrfToken = session.csrfToken;
        request.sessionToken = token;
        request.userLocale = session.locale;
        request.mustChangePassword = session.mustChangePassword;
      } catch (error) {
        if (guard !== 'public') {
          throw error;
        }
      }
    }
    if (guard === 'public') {
      return;
    }
    if (!request.actor) {
      throw new AppError('auth.required');
    }
    const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(request.method);
    if (unsafe) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !request.csrfToken || !sameToken(sent, request.csrfToken)) {
        throw new AppError('auth.csrf');
      }
    }
    if (typeof guard === 'object' && !mayEver(guard.policy as Policy<unknown>, request.actor, guard.action)) {
      throw new AppError('forbidden');
    }
  });
}

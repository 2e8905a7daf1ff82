/**
 * Browser-facing defences (等保 2.0 访问控制/入侵防范): security headers on every answer, a per-request CSP
 * nonce for the web app's entry page (so Ant Design's injected styles pass without 'unsafe-inline'), HSTS
 * only when the request really arrived over TLS, and an Origin check on every state-changing request so a
 * form on another site cannot act with a user's cookie even before the CSRF token is looked at.
 */
import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../app/errors.ts';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const HSTS = 'max-age=31536000; includeSubDomains';

/** Origins allowed besides the request's own host, e.g. a separately served front end (comma-separated). */
function extraOrigins(): Set<string> {
  return new Set(
    (process.env.DTPC_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim().replace(/\/+$/u, ''))
      .filter((origin) => origin !== ''),
  );
}

/**
 * Whether an unsafe request may proceed. Browsers send Origin on every cross-origin and same-origin POST;
 * clients without one (the CLI, curl, server-to-server) are not browsers and carry no ambient cookie risk,
 * so they pass here and still meet the session and CSRF checks.
 */
export function originAllowed(
  origin: string | undefined,
  fetchSite: string | undefined,
  host: string,
  allowed: ReadonlySet<string>,
): boolean {
  if (origin === undefined) {
    return fetchSite !== 'cross-site';
  }
  if (allowed.has(origin)) {
    return true;
  }
  try {
    return new URL(origin).host === host;
  } catch {
    // "null" (sandboxed frames, some redirects) and garbage are never our own origin.
    return false;
  }
}

// helmet adds the per-request nonces to script-src and style-src (reply.cspNonce) when enableCSPNonces is on.
const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
};

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  const allowed = extraOrigins();
  await app.register(helmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    // HSTS over plain HTTP is ignored by browsers at best and pins a test host at worst: set below, only on TLS.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.protocol === 'https') {
      void reply.header('strict-transport-security', HSTS);
    }
    if (!UNSAFE_METHODS.has(request.method)) {
      return;
    }
    const origin = request.headers.origin;
    const site = request.headers['sec-fetch-site'];
    if (!originAllowed(origin, typeof site === 'string' ? site : undefined, request.host, allowed)) {
      throw new AppError('auth.origin');
    }
  });
}

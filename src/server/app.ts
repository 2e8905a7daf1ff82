/** Builds the Fastify application: plugins, guards, routes, OpenAPI and the web app. */
import { registerSeo, titledEntryPage } from './seo.ts';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database, Db, DbKind } from '../db/client.ts';
import { registerAuth } from './plugins/auth.ts';
import {
  handleFrameworkError,
  notFoundProblem,
  registerErrorHandling,
  sendProblem,
} from './plugins/errors.ts';
import { registerInputGate } from './plugins/input-gate.ts';
import { swaggerOptions } from './openapi/index.ts';
import { registerSecurityHeaders } from './plugins/security-headers.ts';
import { validatorCompiler } from './validation.ts';
import { registerRoutes } from './routes/index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    dbKind: DbKind;
  }
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const appVersion: string = (
  JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }
).version;

export interface BuildOptions {
  database: Database;
  logger?: boolean;
  /** Serve the built web app from web/dist (default: when it exists). */
  serveWeb?: boolean;
  /** Where the built web app lives (default web/dist); tests point it at a fixture. */
  webDist?: string;
}

export type App = FastifyInstance;

const STYLE_NONCE = '__DTPC_STYLE_NONCE__';
const SCRIPT_NONCE = '__DTPC_SCRIPT_NONCE__';

/**
 * The built index.html with a placeholder for the CSP nonce: on its <style>/<script> tags and in a meta tag
 * from which the web app hands it to Ant Design's style injection (ConfigProvider csp).
 */
function webEntryPage(path: string): string | null {
  if (!existsSync(path)) {
    return null;
  }
  return readFileSync(path, 'utf8')
    .replace(/<style(?=[\s>])/gu, `<style nonce="${STYLE_NONCE}"`)
    .replace(/<script(?=[\s>])/gu, `<script nonce="${SCRIPT_NONCE}"`)
    .replace('<head>', `<head>\n    <meta name="csp-nonce" content="${STYLE_NONCE}" />`);
}

function sendEntryPage(reply: FastifyReply, page: string): FastifyReply {
  const { style, script } = (reply as FastifyReply & { cspNonce: { style: string; script: string } })
    .cspNonce;
  return (
    reply
      .type('text/html; charset=utf-8')
      // Revalidated on every load (it has no validator, so that is a fresh fetch with a fresh nonce) so a new
      // release's hashed asset names are picked up at once; no-store is not needed for a page without data.
      .header('cache-control', 'no-cache')
      .send(page.replaceAll(STYLE_NONCE, style).replaceAll(SCRIPT_NONCE, script))
  );
}

/** A path whose last segment has an extension (/assets/x.js, /favicon.ico) names a file, never a page. */
function looksLikeFile(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return path.startsWith('/assets/') || /\.[a-z0-9]{1,8}$/iu.test(path);
}

export async function buildApp(options: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger
      ? {
          level: process.env.LOG_LEVEL ?? 'info',
          redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'],
        }
      : false,
    bodyLimit: 1024 * 1024,
    trustProxy: process.env.DTPC_TRUST_PROXY === '1',
    frameworkErrors: handleFrameworkError,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', options.database.db);
  app.decorate('dbKind', options.database.kind);

  registerErrorHandling(app);
  registerInputGate(app);
  await registerSecurityHeaders(app);
  await app.register(cookie);
  // JSON (and anything else compressible) above 1 kB leaves brotli- or gzip-compressed; xlsx, PDF and
  // images are not compressible types and pass untouched, and precompressed static files carry their own
  // Content-Encoding, which the plugin leaves alone. Request bodies are taken as sent: inflating uploads
  // is not needed and would be one more size to bound.
  await app.register(compress, { threshold: 1024, encodings: ['br', 'gzip'], globalDecompression: false });
  // Rate limiting runs first; only routes that opt in (login) are limited.
  await app.register(rateLimit, { global: false });
  await app.register(swagger, swaggerOptions(appVersion));
  // Swagger UI's page carries inline scripts: it sends its own CSP with their hashes instead of ours.
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    // Its defaults would upgrade plain-HTTP intranet deployments to https and allow framing; its script
    // sets style attributes at run time (the models, the try-it-out panels), refused without 'unsafe-inline'.
    transformStaticCSP: (header) =>
      header
        .replace(/\s*upgrade-insecure-requests;?/u, '')
        .replace("style-src 'self' https:", "style-src 'self' https: 'unsafe-inline'")
        .replace("frame-ancestors 'self'", "frame-ancestors 'none'"),
  });
  registerAuth(app);

  await app.register(registerRoutes, { prefix: '/api' });
  app.get('/api/openapi.json', { config: { guard: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  const webDist = options.webDist ?? resolve(root, 'web/dist');
  const serveWeb = options.serveWeb ?? existsSync(resolve(webDist, 'index.html'));
  const entryPage = serveWeb ? webEntryPage(resolve(webDist, 'index.html')) : null;
  if (serveWeb && entryPage) {
    // index.html is served only through entryPage, which stamps this request's CSP nonce into it.
    const hashedAssets = resolve(webDist, 'assets') + sep;
    await app.register(fastifyStatic, {
      root: webDist,
      index: false,
      allowedPath: (pathName) => pathName !== '/index.html',
      // The build writes .br and .gz beside each asset (web/vite.config.ts); the one the client accepts is
      // sent with its Content-Encoding and Vary: accept-encoding.
      preCompressed: true,
      cacheControl: false,
      // Vite names files under assets/ by content hash, so they never change: cache them for a year.
      // Anything else (favicon, robots.txt) keeps its name across releases and is revalidated.
      setHeaders: (reply, path) => {
        void reply.header(
          'cache-control',
          path.startsWith(hashedAssets) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
    app.get('/', { config: { guard: 'public' }, schema: { hide: true } }, async (request, reply) =>
      sendEntryPage(reply, await titledEntryPage(app, entryPage, request.url)),
    );
    registerSeo(app);
  }
  app.setNotFoundHandler((request, reply) => {
    if (
      !entryPage ||
      request.url.startsWith('/api/') ||
      request.method !== 'GET' ||
      looksLikeFile(request.url)
    ) {
      return sendProblem(reply, notFoundProblem(request));
    }
    // Client-side routes: the web app decides (and shows its own 404 page for unknown paths); a public
    // record's page carries its own title for crawlers.
    return titledEntryPage(app, entryPage, request.url).then((page) => sendEntryPage(reply, page));
  });
  return app;
}

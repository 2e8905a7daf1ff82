/** Builds the Fastify application: plugins, guards, routes, OpenAPI and the web app. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database, Db, DbKind } from '../db/client.ts';
import { registerAuth } from './plugins/auth.ts';
import {
  handleFrameworkError,
  notFoundProblem,
  registerErrorHandling,
  sendProblem,
} from './plugins/errors.ts';
import { registerInputGate } from './plugins/input-gate.ts';
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
}

export type App = FastifyInstance;

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
  await app.register(cookie);
  // Rate limiting runs first; only routes that opt in (login) are limited.
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'DTPC API', description: '工业互联网数字化转型促进中心 平台接口', version: appVersion },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'dtpc_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  registerAuth(app);

  await app.register(registerRoutes, { prefix: '/api' });
  app.get('/api/openapi.json', { config: { guard: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  const webDist = resolve(root, 'web/dist');
  const serveWeb = options.serveWeb ?? existsSync(resolve(webDist, 'index.html'));
  if (serveWeb) {
    await app.register(fastifyStatic, { root: webDist, index: false });
    // The web app's entry; other client-side routes fall through to the not-found handler below.
    app.get('/', { config: { guard: 'public' }, schema: { hide: true } }, (_request, reply) =>
      reply.type('text/html; charset=utf-8').sendFile('index.html'),
    );
  }
  app.setNotFoundHandler((request, reply) => {
    if (!serveWeb || request.url.startsWith('/api/') || request.method !== 'GET') {
      return sendProblem(reply, notFoundProblem(request));
    }
    // Client-side routes: the web app decides (and shows its own 404 page for unknown paths).
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
  return app;
}

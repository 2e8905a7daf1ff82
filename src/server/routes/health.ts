import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { healthSchema } from '../../contracts/reference.ts';
import { appVersion } from '../app.ts';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { guard: 'public' },
      schema: { tags: ['system'], summary: '健康检查', response: { 200: healthSchema } },
    },
    async () => {
      let status: 'ok' | 'degraded' = 'ok';
      try {
        await app.db.execute(sql`select 1`);
      } catch {
        status = 'degraded';
      }
      return { status, db: app.dbKind, version: appVersion };
    },
  );
};

/** The recognition workflow's routes: calls, applications and their actions, the cultivation report. */
import type { FastifyInstance } from 'fastify';
import { applicationActionRoutes } from './application-actions.ts';
import { applicationMaterialRoutes } from './application-materials.ts';
import { applicationVersionRoutes } from './application-versions.ts';
import { applicationRoutes } from './applications.ts';
import { callRoutes } from './calls.ts';
import { cultivationRoutes } from './cultivation.ts';

export async function recognitionRoutes(app: FastifyInstance): Promise<void> {
  await app.register(callRoutes);
  await app.register(applicationRoutes);
  await app.register(applicationMaterialRoutes);
  await app.register(applicationVersionRoutes);
  await app.register(applicationActionRoutes);
  await app.register(cultivationRoutes);
}

/** The center's public service platform (everything but the resource pools), registered as one plugin. */
import type { FastifyInstance } from 'fastify';
import { dashboardRoutes } from './dashboard.ts';
import { eventRoutes } from './events.ts';
import { financeRoutes } from './finance.ts';
import { ledgerRoutes } from './ledger.ts';
import { offerRoutes } from './offers.ts';
import { publicPlatformRoutes } from './public.ts';
import { trainingRoutes } from './training.ts';

export async function centerPlatformRoutes(app: FastifyInstance): Promise<void> {
  await app.register(ledgerRoutes);
  await app.register(trainingRoutes);
  await app.register(eventRoutes);
  await app.register(offerRoutes);
  await app.register(financeRoutes);
  await app.register(dashboardRoutes);
  await app.register(publicPlatformRoutes);
}

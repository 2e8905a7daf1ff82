/** All API routes, one module per resource. */
import type { FastifyInstance } from 'fastify';
import { auditRoutes } from './audit.ts';
import { calendarRoutes } from './calendar.ts';
import { centerPlatformRoutes } from './center-platform/index.ts';
import { authRoutes } from './auth.ts';
import { decisionSupportRoutes } from './decision-support.ts';
import { diagnosisRoutes } from './diagnosis.ts';
import { directoryRoutes } from './directory.ts';
import { evaluationRoutes } from './evaluation.ts';
import { healthRoutes } from './health.ts';
import { notificationRoutes } from './notifications.ts';
import { organisationRoutes } from './organisations.ts';
import { policyRoutes } from './policy.ts';
import { publicityRoutes } from './publicity.ts';
import { recognitionRoutes } from './recognition.ts';
import { referenceRoutes } from './reference.ts';
import { resourceRoutes } from './resources.ts';
import { reviewRoutes } from './review.ts';
import { reviewMaterialRoutes } from './review-materials.ts';
import { revocationRoutes } from './revocations.ts';
import { changeFilingRoutes } from './change-filings.ts';
import { recommendationRoutes } from './recommendations.ts';
import { userRoutes } from './users.ts';

export async function registerRoutes(app: FastifyInstance): Promise<void> {
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(userRoutes);
  await app.register(organisationRoutes);
  await app.register(auditRoutes);
  await app.register(referenceRoutes);
  await app.register(policyRoutes);
  await app.register(calendarRoutes);
  await app.register(resourceRoutes);
  await app.register(notificationRoutes);
  await app.register(directoryRoutes);
  await app.register(publicityRoutes);
  await app.register(recognitionRoutes);
  await app.register(centerPlatformRoutes);
  await app.register(reviewRoutes);
  await app.register(reviewMaterialRoutes);
  await app.register(revocationRoutes);
  await app.register(changeFilingRoutes);
  await app.register(recommendationRoutes);
  await app.register(evaluationRoutes);
  await app.register(diagnosisRoutes);
  await app.register(decisionSupportRoutes);
}

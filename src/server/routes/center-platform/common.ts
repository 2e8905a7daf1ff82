/** Shared by the center platform's routes: guards, loading a center by slug with authorization. */
import { z } from 'zod';
import type { Actor } from '../../../app/actor.ts';
import { AppError } from '../../../app/errors.ts';
import type { Db } from '../../../db/client.ts';
import { findCenterBySlug } from '../../../db/loaders/centers.ts';
import type { PlatformCenterRow } from '../../../db/loaders/center-platform/centers.ts';
import { authorize, type Policy } from '../../policies/core.ts';
import {
  centerPlatformPolicy,
  enterpriseServicesPolicy,
  serviceRecordPolicy,
} from '../../policies/center-platform.ts';

export const operateGuard = { guard: { policy: centerPlatformPolicy as Policy<never>, action: 'operate' } };
export const metricsGuard = {
  guard: { policy: centerPlatformPolicy as Policy<never>, action: 'viewMetrics' },
};
export const enterpriseGuard = (action: string) => ({
  guard: { policy: enterpriseServicesPolicy as Policy<never>, action },
});
export const recordGuard = (action: string) => ({
  guard: { policy: serviceRecordPolicy as Policy<never>, action },
});

export const slugParams = z.object({ slug: z.string().min(1).max(100) });
export const idParams = z.object({ id: z.uuid() });

/** The center named by the slug, if the actor may `action` it: unknown → 404, not theirs → 403. */
export async function loadCenter(
  db: Db,
  actor: Actor,
  slug: string,
  action: string,
): Promise<PlatformCenterRow> {
  const center = await findCenterBySlug(db, slug);
  if (!center) {
    throw new AppError('not_found', { entity: 'center' });
  }
  authorize(centerPlatformPolicy, actor, action, center);
  return center;
}

/** An enterprise acts for its own organisation only. */
export function authorizeEnterprise(actor: Actor, action: string): void {
  authorize(enterpriseServicesPolicy, actor, action, { organisationId: actor.organisationId });
}

/** Enterprises use recognised centers' services only. */
export function requireRecognised(center: { status: string }, entity = 'center'): void {
  if (center.status !== 'recognised') {
    throw new AppError('not_found', { entity });
  }
}

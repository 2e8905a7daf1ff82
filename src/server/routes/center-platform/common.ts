/** Shared by the center platform's routes: guards, loading a center by slug with authorization. */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { MAX_FILE_BYTES } from '../../../app/files/store.ts';
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

/** The one file of a multipart upload (field `file`); too large → file.too_large, none → file.missing. */
export async function readUpload(request: FastifyRequest): Promise<{ name: string; bytes: Buffer }> {
  if (!request.isMultipart()) {
    throw new AppError('request.unsupported_media_type', { type: request.headers['content-type'] ?? '' });
  }
  const data = await request.file();
  if (!data) {
    throw new AppError('file.missing');
  }
  try {
    return { name: data.filename, bytes: await data.toBuffer() };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('file.too_large', { limit: MAX_FILE_BYTES / 1024 / 1024 });
    }
    throw error;
  }
}

/** A center as the public may see it: any center but a revoked one (its public pages close with it). */
import { AppError } from '../../app/errors.ts';
import type { Db } from '../../db/client.ts';
import { findCenterBySlug, type CenterRow } from '../../db/loaders/centers.ts';

export async function loadPublicCenter(db: Db, slug: string): Promise<CenterRow> {
  const center = await findCenterBySlug(db, slug);
  if (!center || center.status === 'revoked') {
    throw new AppError('not_found', { entity: 'center' });
  }
  return center;
}

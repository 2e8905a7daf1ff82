/**
 * The center a new record is filed for (a change filing, a revocation, a recommendation): the body's
 * `centerId`, if the actor may `action` it under the record's policy.
 */
import type { Actor } from '../../app/actor.ts';
import { AppError } from '../../app/errors.ts';
import type { Db } from '../../db/client.ts';
import { findCenter, type CenterRow } from '../../db/loaders/centers.ts';
import { authorize, type Policy } from '../policies/core.ts';

/** Unknown center → 404 center; otherwise the policy decides (404 when unreadable, 403 out of jurisdiction). */
export async function centerFor(
  db: Db,
  actor: Actor,
  policy: Policy<CenterRow>,
  action: string,
  centerId: string,
): Promise<CenterRow> {
  const center = await findCenter(db, centerId);
  if (!center) {
    throw new AppError('not_found', { entity: 'center' });
  }
  authorize(policy, actor, action, center);
  return center;
}

/** The operator matches an open financing need with one of the center's products; the enterprise is told. */
import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import type { PlatformCenterRow } from '../../db/loaders/center-platform/centers.ts';
import { financeMatches, financeProducts, financingNeeds } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { AppError, fieldError } from '../errors.ts';
import { insertAudited } from './insert-audited.ts';
import { notifyFinanceMatchProposed } from './notify-platform.ts';

export async function proposeFinanceMatch({
  actor,
  tx,
  center,
  needId,
  productId,
}: {
  actor: Actor;
  tx: Db;
  center: PlatformCenterRow;
  needId: string;
  productId: string;
}): Promise<string> {
  const [need] = await tx.select().from(financingNeeds).where(eq(financingNeeds.id, needId));
  if (!need || need.centerId !== center.id) {
    throw fieldError('not_found', 'needId', { entity: 'financing_need' });
  }
  const [product] = await tx.select().from(financeProducts).where(eq(financeProducts.id, productId));
  if (!product || product.centerId !== center.id) {
    throw fieldError('not_found', 'productId', { entity: 'finance_product' });
  }
  if (need.status !== 'open') {
    throw new AppError('conflict.illegal_transition', { reason: '融资需求已对接成功或已关闭' });
  }
  const id = await insertAudited(
    tx,
    actor,
    financeMatches,
    { id: uuidv7(), centerId: center.id, needId, productId },
    {
      action: 'finance_match.propose',
      targetType: 'finance_match',
      scopeRegion: center.regionCode,
      detail: { needId, productId },
    },
  );
  await notifyFinanceMatchProposed(tx, { actor, center, need, product });
  return id;
}

/** After a trial the enterprise buys (后购买) at the offer price; an ended or bought trial cannot be bought again. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { offerClaims, type smeOffers } from '../../db/schema/index.ts';
import { todayInShanghai } from '../../domain/calendar/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';

export async function purchaseAfterTrial({
  actor,
  tx,
  claim,
  offer,
  version,
  centerRegionCode,
}: {
  actor: Actor;
  tx: Db;
  claim: typeof offerClaims.$inferSelect;
  offer: typeof smeOffers.$inferSelect;
  version: number;
  centerRegionCode: string;
}): Promise<void> {
  if (claim.status !== 'trial') {
    throw new AppError('conflict.illegal_transition', { reason: '只有试用中的服务可以购买' });
  }
  const updated = await tx
    .update(offerClaims)
    .set({
      status: 'purchased',
      purchasedOn: todayInShanghai(),
      amountFen: offer.offerPriceFen ?? offer.listPriceFen,
      version: claim.version + 1,
    })
    .where(and(eq(offerClaims.id, claim.id), eq(offerClaims.version, version)))
    .returning({ id: offerClaims.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
  await appendAudit(tx, actor, {
    action: 'offer_claim.purchase',
    targetType: 'offer_claim',
    targetId: claim.id,
    scopeRegion: centerRegionCode,
    before: { status: 'trial' },
    after: { status: 'purchased' },
    detail: { offerId: offer.id },
  });
}

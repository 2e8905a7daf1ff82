/** An enterprise starts a free trial (先试用) or takes up a discounted service. */
import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import { offerClaims, type smeOffers } from '../../db/schema/index.ts';
import { todayInShanghai } from '../../domain/calendar/index.ts';
import { addIsoDays } from '../../domain/center-platform/vocabulary.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import { insertAudited } from './insert-audited.ts';

export async function claimOffer({
  actor,
  tx,
  offer,
  centerRegionCode,
}: {
  actor: Actor;
  tx: Db;
  offer: typeof smeOffers.$inferSelect;
  centerRegionCode: string;
}): Promise<string> {
  if (offer.kind !== 'trial' && offer.kind !== 'discount') {
    throw new AppError('offers.wrong_kind', { reason: '设备共享和产能对接请按时段预约' });
  }
  if (offer.status !== 'active') {
    throw new AppError('conflict.illegal_transition', { reason: '该优惠已下架' });
  }
  const [previous] = await tx
    .select({ claimedOn: offerClaims.claimedOn })
    .from(offerClaims)
    .where(and(eq(offerClaims.offerId, offer.id), eq(offerClaims.organisationId, actor.organisationId)))
    .limit(1);
  if (previous) {
    throw new AppError('offers.already_claimed', { claimedOn: previous.claimedOn });
  }
  const today = todayInShanghai();
  const trial = offer.kind === 'trial';
  return insertAudited(
    tx,
    actor,
    offerClaims,
    {
      id: uuidv7(),
      offerId: offer.id,
      centerId: offer.centerId,
      organisationId: actor.organisationId,
      userId: actor.userId,
      status: trial ? 'trial' : 'discounted',
      claimedOn: today,
      trialEndsOn: trial ? addIsoDays(today, offer.trialDays ?? 30) : null,
      amountFen: trial ? null : offer.offerPriceFen,
    },
    {
      action: 'offer_claim.create',
      targetType: 'sme_offer',
      scopeRegion: centerRegionCode,
      detail: { offerId: offer.id },
    },
  );
}

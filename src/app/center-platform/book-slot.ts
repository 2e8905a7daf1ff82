/**
 * An enterprise books shared equipment or production capacity for a slot. The offer row is locked, so two
 * overlapping bookings can never both be taken; an overlap with a live booking answers 409.
 */
import { and, eq, gt, lt } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { CreateBookingBody } from '../../contracts/center-platform/offers.ts';
import type { Db } from '../../db/client.ts';
import { offerBookings, smeOffers } from '../../db/schema/index.ts';
import { isBookable, type OfferKind } from '../../domain/center-platform/vocabulary.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import { insertAudited } from './insert-audited.ts';

export async function bookSlot({
  actor,
  tx,
  offerId,
  centerRegionCode,
  input,
}: {
  actor: Actor;
  tx: Db;
  offerId: string;
  centerRegionCode: string;
  input: CreateBookingBody;
}): Promise<string> {
  const [offer] = await tx.select().from(smeOffers).where(eq(smeOffers.id, offerId)).for('update');
  if (!offer) {
    throw new AppError('not_found', { entity: 'sme_offer' });
  }
  if (!isBookable(offer.kind as OfferKind)) {
    throw new AppError('offers.wrong_kind', { reason: '试用和优惠服务请直接申领' });
  }
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  const [clash] = await tx
    .select()
    .from(offerBookings)
    .where(
      and(
        eq(offerBookings.offerId, offerId),
        eq(offerBookings.status, 'booked'),
        lt(offerBookings.startsAt, endsAt),
        gt(offerBookings.endsAt, startsAt),
      ),
    )
    .limit(1);
  if (clash) {
    const fmt = (d: Date) =>
      new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
    throw new AppError('offers.slot_taken', { startsAt: fmt(clash.startsAt), endsAt: fmt(clash.endsAt) });
  }
  return insertAudited(
    tx,
    actor,
    offerBookings,
    {
      id: uuidv7(),
      offerId,
      centerId: offer.centerId,
      organisationId: actor.organisationId,
      userId: actor.userId,
      startsAt,
      endsAt,
      note: input.note,
    },
    {
      action: 'offer_booking.create',
      targetType: 'sme_offer',
      scopeRegion: centerRegionCode,
      detail: { offerId },
    },
  );
}

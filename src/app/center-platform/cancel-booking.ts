/** The enterprise (or the center's operator) cancels a booking; the slot is free again. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { offerBookings } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';

export async function cancelBooking({
  actor,
  tx,
  bookingId,
  centerRegionCode,
}: {
  actor: Actor;
  tx: Db;
  bookingId: string;
  centerRegionCode: string;
}): Promise<void> {
  const updated = await tx
    .update(offerBookings)
    .set({ status: 'cancelled' })
    .where(and(eq(offerBookings.id, bookingId), eq(offerBookings.status, 'booked')))
    .returning({ id: offerBookings.id });
  if (updated.length === 0) {
    throw new AppError('conflict.illegal_transition', { reason: '预约已取消' });
  }
  await appendAudit(tx, actor, {
    action: 'offer_booking.cancel',
    targetType: 'offer_booking',
    targetId: bookingId,
    scopeRegion: centerRegionCode,
    detail: {},
  });
}

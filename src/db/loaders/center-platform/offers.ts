/** Loading SME offers, claims and bookings. */
import { and, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../client.ts';
import { centers, offerBookings, offerClaims, organisations, smeOffers } from '../../schema/index.ts';

export type OfferRow = typeof smeOffers.$inferSelect & {
  centerName: string;
  centerSlug: string;
  uses: number;
};

export async function listOffers(
  db: Db,
  filter: {
    centerId?: string;
    recognisedOnly?: boolean;
    kind?: string | undefined;
    page: number;
    pageSize: number;
  },
): Promise<{ rows: OfferRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [
    filter.centerId ? eq(smeOffers.centerId, filter.centerId) : undefined,
    filter.recognisedOnly ? eq(centers.status, 'recognised') : undefined,
    filter.recognisedOnly ? eq(smeOffers.status, 'active') : undefined,
    filter.kind ? eq(smeOffers.kind, filter.kind) : undefined,
  ];
  const where = and(...conditions);
  const [totals] = await db
    .select({ total: count() })
    .from(smeOffers)
    .innerJoin(centers, eq(centers.id, smeOffers.centerId))
    .where(where);
  const rows = await db
    .select({ offer: smeOffers, centerName: centers.name, centerSlug: centers.slug })
    .from(smeOffers)
    .innerJoin(centers, eq(centers.id, smeOffers.centerId))
    .where(where)
    .orderBy(desc(smeOffers.createdAt))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  // Uses of the page's offers in two grouped queries (bookings for slot offers, claims for the rest), not
  // one query per offer.
  const uses = new Map<string, number>();
  const slotKinds = new Set(['sharedEquipment', 'capacityOffer']);
  const slotIds = rows.filter((r) => slotKinds.has(r.offer.kind)).map((r) => r.offer.id);
  const claimIds = rows.filter((r) => !slotKinds.has(r.offer.kind)).map((r) => r.offer.id);
  for (const [table, ids] of [
    [offerBookings, slotIds],
    [offerClaims, claimIds],
  ] as const) {
    if (ids.length === 0) {
      continue;
    }
    const counts = await db
      .select({ offerId: table.offerId, n: count() })
      .from(table)
      .where(inArray(table.offerId, ids))
      .groupBy(table.offerId);
    for (const c of counts) {
      uses.set(c.offerId, Number(c.n));
    }
  }
  return {
    rows: rows.map((r) => ({
      ...r.offer,
      centerName: r.centerName,
      centerSlug: r.centerSlug,
      uses: uses.get(r.offer.id) ?? 0,
    })),
    total: Number(totals?.total ?? 0),
  };
}

export async function findOfferWithCenter(db: Db, id: string) {
  const [row] = await db
    .select({ offer: smeOffers, center: centers })
    .from(smeOffers)
    .innerJoin(centers, eq(centers.id, smeOffers.centerId))
    .where(eq(smeOffers.id, id));
  return row;
}

export async function listClaims(
  db: Db,
  filter: { centerId?: string; organisationId?: string; page: number; pageSize: number },
) {
  const where = and(
    filter.centerId ? eq(offerClaims.centerId, filter.centerId) : undefined,
    filter.organisationId ? eq(offerClaims.organisationId, filter.organisationId) : undefined,
  );
  const [totals] = await db.select({ total: count() }).from(offerClaims).where(where);
  const rows = await db
    .select({ claim: offerClaims, offer: smeOffers, organisationName: organisations.name })
    .from(offerClaims)
    .innerJoin(smeOffers, eq(smeOffers.id, offerClaims.offerId))
    .innerJoin(organisations, eq(organisations.id, offerClaims.organisationId))
    .where(where)
    .orderBy(desc(offerClaims.createdAt))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { rows, total: Number(totals?.total ?? 0) };
}

export async function findClaim(db: Db, id: string) {
  const [row] = await db
    .select({ claim: offerClaims, offer: smeOffers, center: centers })
    .from(offerClaims)
    .innerJoin(smeOffers, eq(smeOffers.id, offerClaims.offerId))
    .innerJoin(centers, eq(centers.id, offerClaims.centerId))
    .where(eq(offerClaims.id, id));
  return row;
}

export async function listBookings(
  db: Db,
  filter: { centerId?: string; organisationId?: string; page: number; pageSize: number },
) {
  const where = and(
    filter.centerId ? eq(offerBookings.centerId, filter.centerId) : undefined,
    filter.organisationId ? eq(offerBookings.organisationId, filter.organisationId) : undefined,
  );
  const [totals] = await db.select({ total: count() }).from(offerBookings).where(where);
  const rows = await db
    .select({
      booking: offerBookings,
      offer: smeOffers,
      centerName: centers.name,
      organisationName: organisations.name,
    })
    .from(offerBookings)
    .innerJoin(smeOffers, eq(smeOffers.id, offerBookings.offerId))
    .innerJoin(centers, eq(centers.id, offerBookings.centerId))
    .innerJoin(organisations, eq(organisations.id, offerBookings.organisationId))
    .where(where)
    .orderBy(desc(offerBookings.startsAt))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { rows, total: Number(totals?.total ?? 0) };
}

export async function findBooking(db: Db, id: string) {
  const [row] = await db
    .select({ booking: offerBookings, center: centers })
    .from(offerBookings)
    .innerJoin(centers, eq(centers.id, offerBookings.centerId))
    .where(eq(offerBookings.id, id));
  return row;
}

export type OfferRecord = typeof smeOffers.$inferSelect;
export type ClaimRecord = typeof offerClaims.$inferSelect;
export type BookingRecord = typeof offerBookings.$inferSelect;

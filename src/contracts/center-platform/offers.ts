/** SME offers contracts: trial-then-buy, discounts, shared equipment and capacity bookings. */
import { z } from 'zod';
import { idSchema, pageOf, pageQuerySchema } from '../common.ts';
import { offerKindValues } from '../../domain/center-platform/vocabulary.ts';
import { fenSchema } from './ledger.ts';

export { offerKindValues };
export const offerKindSchema = z.enum(offerKindValues);

export const createOfferBodySchema = z.strictObject({
  kind: offerKindSchema,
  title: z.string().trim().min(1).max(200),
  provider: z.string().trim().min(1).max(200),
  summary: z.string().trim().max(2000).default(''),
  listPriceFen: fenSchema.nullish(),
  offerPriceFen: fenSchema.nullish(),
  trialDays: z.number().int().min(1).max(365).nullish(),
});
export type CreateOfferBody = z.infer<typeof createOfferBodySchema>;

export const offerViewSchema = z.object({
  id: idSchema,
  centerId: idSchema,
  centerName: z.string(),
  centerSlug: z.string(),
  kind: offerKindSchema,
  title: z.string(),
  provider: z.string(),
  summary: z.string(),
  listPriceFen: z.number().int().nullable(),
  offerPriceFen: z.number().int().nullable(),
  trialDays: z.number().int().nullable(),
  status: z.string(),
  uses: z.number().int(),
});
export type OfferView = z.infer<typeof offerViewSchema>;
export const offerPageSchema = pageOf(offerViewSchema);
export const offerListQuerySchema = pageQuerySchema.extend({ kind: offerKindSchema.optional() });
export type OfferListQuery = z.infer<typeof offerListQuerySchema>;

export const claimViewSchema = z.object({
  id: idSchema,
  offerId: idSchema,
  offerTitle: z.string(),
  offerKind: offerKindSchema,
  organisation: z.object({ id: idSchema, name: z.string() }),
  status: z.string(),
  claimedOn: z.string(),
  trialEndsOn: z.string().nullable(),
  purchasedOn: z.string().nullable(),
  amountFen: z.number().int().nullable(),
  version: z.number().int(),
});
export type ClaimView = z.infer<typeof claimViewSchema>;

export const purchaseBodySchema = z.strictObject({ version: z.number().int() });

export const createBookingBodySchema = z
  .strictObject({
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    note: z.string().trim().max(500).default(''),
  })
  .refine((b) => Date.parse(b.startsAt) < Date.parse(b.endsAt), {
    error: '结束时间应晚于开始时间',
    path: ['endsAt'],
  });
export type CreateBookingBody = z.infer<typeof createBookingBodySchema>;

export const bookingViewSchema = z.object({
  id: idSchema,
  offerId: idSchema,
  offerTitle: z.string(),
  centerName: z.string(),
  organisation: z.object({ id: idSchema, name: z.string() }),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.string(),
  note: z.string(),
});
export type BookingView = z.infer<typeof bookingViewSchema>;
export const bookingPageSchema = pageOf(bookingViewSchema);
export const claimPageSchema = pageOf(claimViewSchema);

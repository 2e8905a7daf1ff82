/** Events contracts: contests (teams), forums, matchmaking events (agreements), industry–education agreements. */
import { z } from 'zod';
import { idSchema, isoDateSchema, pageOf, pageQuerySchema } from '../common.ts';
import { eventKindValues } from '../../domain/center-platform/vocabulary.ts';
import { fenSchema } from './ledger.ts';

export { eventKindValues };
export const eventKindSchema = z.enum(eventKindValues);

export const createEventBodySchema = z.strictObject({
  kind: eventKindSchema,
  title: z.string().trim().min(1).max(200),
  heldOn: isoDateSchema,
  location: z.string().trim().max(200).default(''),
  summary: z.string().trim().max(2000).default(''),
  participants: z.number().int().min(0).max(1_000_000).nullish(),
});
export type CreateEventBody = z.infer<typeof createEventBodySchema>;

export const createTeamBodySchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  affiliation: z.string().trim().max(200).default(''),
  members: z.number().int().min(1).max(100),
});
export type CreateTeamBody = z.infer<typeof createTeamBodySchema>;

export const createAgreementBodySchema = z.strictObject({
  parties: z.array(z.string().trim().min(1).max(200)).min(2).max(20),
  amountFen: fenSchema.nullish(),
  scenario: z.string().trim().min(1).max(200),
  signedOn: isoDateSchema,
});
export type CreateAgreementBody = z.infer<typeof createAgreementBodySchema>;

export const eventViewSchema = z.object({
  id: idSchema,
  kind: eventKindSchema,
  title: z.string(),
  heldOn: z.string(),
  location: z.string(),
  summary: z.string(),
  participants: z.number().int().nullable(),
  teams: z.array(
    z.object({ id: idSchema, name: z.string(), affiliation: z.string(), members: z.number().int() }),
  ),
  agreements: z.array(
    z.object({
      id: idSchema,
      parties: z.array(z.string()),
      amountFen: z.number().int().nullable(),
      scenario: z.string(),
      signedOn: z.string(),
    }),
  ),
});
export type EventView = z.infer<typeof eventViewSchema>;
export const eventPageSchema = pageOf(eventViewSchema);
export const eventListQuerySchema = pageQuerySchema.extend({
  kind: eventKindSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type EventListQuery = z.infer<typeof eventListQuerySchema>;

export const createIeAgreementBodySchema = z.strictObject({
  enterpriseName: z.string().trim().min(1).max(200),
  institutionName: z.string().trim().min(1).max(200),
  title: z.string().trim().min(1).max(200),
  signedOn: isoDateSchema,
});
export type CreateIeAgreementBody = z.infer<typeof createIeAgreementBodySchema>;
export const ieAgreementViewSchema = z.object({
  id: idSchema,
  enterpriseName: z.string(),
  institutionName: z.string(),
  title: z.string(),
  signedOn: z.string(),
});
export type IeAgreementView = z.infer<typeof ieAgreementViewSchema>;
export const ieAgreementPageSchema = pageOf(ieAgreementViewSchema);

/** An event as the public sees it: what, when and where, with how many took part; no parties or amounts. */
export const publicEventViewSchema = z.object({
  id: idSchema,
  kind: eventKindSchema,
  title: z.string(),
  heldOn: z.string(),
  location: z.string(),
  summary: z.string(),
  participants: z.number().int().nullable(),
  /** Teams entered (contests). */
  teams: z.number().int(),
  /** Agreements reached (matchmaking). */
  agreements: z.number().int(),
});
export type PublicEventView = z.infer<typeof publicEventViewSchema>;
export const publicEventPageSchema = pageOf(publicEventViewSchema);
export const publicEventQuerySchema = pageQuerySchema.extend({ kind: eventKindSchema.optional() });

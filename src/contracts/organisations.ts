/** Organisation (legal entity) contracts. */
import { z } from 'zod';
import { idSchema, isoDateSchema, pageOf, pageQuerySchema, regionCodeSchema } from './common.ts';
import { authorityLevelValues, organisationKindValues, soeValues } from '../domain/organisation/kinds.ts';

export { organisationKindValues };
export const organisationKindSchema = z.enum(organisationKindValues);
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

export const authorityLevelSchema = z.enum(authorityLevelValues);
export type AuthorityLevel = z.infer<typeof authorityLevelSchema>;

export const soeSchema = z.enum(soeValues);

export const createOrganisationBodySchema = z.strictObject({
  name: z.string().trim().min(2).max(128),
  creditCode: z.string().trim().min(1).max(32),
  kind: organisationKindSchema,
  authorityLevel: authorityLevelSchema.nullish(),
  registrationDate: isoDateSchema.nullish(),
  regionCode: regionCodeSchema,
  industryCodes: z.array(z.string().trim().min(1).max(8)).max(20).default([]),
  sme: z.boolean().default(false),
  specialisedSme: z.boolean().default(false),
  aboveScale: z.boolean().default(false),
  soe: soeSchema.nullish(),
});
export type CreateOrganisationBody = z.infer<typeof createOrganisationBodySchema>;

export const organisationViewSchema = z.object({
  id: idSchema,
  name: z.string(),
  creditCode: z.string(),
  kind: organisationKindSchema,
  authorityLevel: authorityLevelSchema.nullable(),
  registrationDate: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  industryCodes: z.array(z.string()),
  sme: z.boolean(),
  specialisedSme: z.boolean(),
  aboveScale: z.boolean(),
  soe: soeSchema.nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type OrganisationView = z.infer<typeof organisationViewSchema>;
export const organisationPageSchema = pageOf(organisationViewSchema);

export const organisationListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(64).optional(),
  kind: organisationKindSchema.optional(),
  regionCode: regionCodeSchema.optional(),
});
export type OrganisationListQuery = z.infer<typeof organisationListQuerySchema>;

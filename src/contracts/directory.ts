/** The public directory of promotion centers (名录) and its history. */
import { z } from 'zod';
import { idSchema, isoDateSchema, pageOf, pageQuerySchema, regionCodeSchema } from './common.ts';

import {
  centerKindValues,
  centerLevelValues,
  centerTypeValues,
  directoryStatusValues,
} from './directory-labels.ts';

export * from './directory-labels.ts';

export const directoryQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(64).optional(),
  level: z.enum(centerLevelValues).optional(),
  type: z.enum(centerTypeValues).optional(),
  kind: z.enum(centerKindValues).optional(),
  regionCode: regionCodeSchema.optional(),
  status: z.enum(directoryStatusValues).optional(),
  /** Year of recognition. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  /** Read the directory as it stood on this date (default today). */
  asOf: isoDateSchema.optional(),
});
export type DirectoryQuery = z.input<typeof directoryQuerySchema>;

export const directoryEntrySchema = z.object({
  id: idSchema,
  name: z.string(),
  slug: z.string(),
  level: z.string(),
  type: z.string(),
  kind: z.string().nullable(),
  direction: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  leadOrganisation: z.object({ id: idSchema, name: z.string() }),
  status: z.string(),
  recognisedOn: z.string().nullable(),
  packId: z.string().nullable(),
  /** The latest evaluation published on or before the date read (优秀… or stars), with its year. */
  rating: z
    .object({
      year: z.number().int(),
      value: z.string(),
      label: z.object({ zh: z.string(), en: z.string() }),
    })
    .nullable(),
});
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;
export const directoryPageSchema = pageOf(directoryEntrySchema);

export const directoryHistoryItemSchema = z.object({
  status: z.string(),
  fromDate: z.string(),
  toDate: z.string().nullable(),
  reason: z.string(),
  source: z.string(),
  /** The record the change came from (a revocation's id for `revocation`), checkable in the transparency log. */
  sourceId: z.string().nullable(),
  documentNumber: z.string().nullable(),
});

export const directoryDetailSchema = directoryEntrySchema.extend({
  summary: z.string(),
  industryCodes: z.array(z.string()),
  operatorOrganisation: z.object({ id: idSchema, name: z.string() }),
  members: z.array(z.object({ name: z.string(), creditCode: z.string() })),
  history: z.array(directoryHistoryItemSchema),
  /** Confirmed renames up to the date read (变更备案), oldest first. */
  renames: z.array(
    z.object({ oldName: z.string(), newName: z.string().nullable(), on: z.string().nullable() }),
  ),
});
export type DirectoryDetail = z.infer<typeof directoryDetailSchema>;

/** Counts per province for the national directory. */
export const directorySummarySchema = z.object({
  asOf: z.string(),
  provinces: z.array(
    z.object({
      regionCode: z.string(),
      regionName: z.string(),
      recognised: z.number().int(),
      revoked: z.number().int(),
      byLevel: z.record(z.string(), z.number().int()),
    }),
  ),
});
export type DirectorySummary = z.infer<typeof directorySummarySchema>;

/** The public map of the directory: recognised centers per province (all 34, zero included) on `asOf`. */
export const directoryMapSchema = z.object({
  asOf: z.string(),
  provinces: z.array(
    z.object({
      /** GB/T 2260 province code, e.g. 370000. */
      regionCode: z.string(),
      regionName: z.string(),
      recognised: z.number().int(),
    }),
  ),
});
export type DirectoryMap = z.infer<typeof directoryMapSchema>;

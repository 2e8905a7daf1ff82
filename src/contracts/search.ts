/** The catalog search's settings: thesaurus versions and the zero-result log (issue #17). */
import { z } from 'zod';
import { thesaurusEntrySchema } from '../domain/search/thesaurus.ts';

export const thesaurusViewSchema = z.object({
  /** 0: the shipped defaults (never edited). */
  version: z.number().int(),
  entries: z.array(thesaurusEntrySchema),
  note: z.string(),
  createdAt: z.iso.datetime().nullable(),
});
export type ThesaurusView = z.infer<typeof thesaurusViewSchema>;

export const saveThesaurusBodySchema = z.object({
  entries: z.array(thesaurusEntrySchema).min(1).max(2000),
  note: z.string().trim().max(200).default(''),
});
export type SaveThesaurusBody = z.infer<typeof saveThesaurusBodySchema>;

export const searchMissSchema = z.object({
  query: z.string(),
  count: z.number().int(),
  firstSeenOn: z.iso.date(),
  lastSeenOn: z.iso.date(),
});
export const searchMissListSchema = z.object({ items: z.array(searchMissSchema) });
export type SearchMissList = z.infer<typeof searchMissListSchema>;

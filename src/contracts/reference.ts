/** Reference data: GB/T 2260 regions and GB/T 4754-2017 industries. */
import { z } from 'zod';

export const regionViewSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['province', 'prefecture', 'county']),
  parentCode: z.string().nullable(),
});
export type RegionView = z.infer<typeof regionViewSchema>;

export const industryViewSchema = z.object({
  code: z.string(),
  name: z.string(),
  section: z.string(),
});
export type IndustryView = z.infer<typeof industryViewSchema>;

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  db: z.enum(['pglite', 'postgres']),
  version: z.string(),
});
export type Health = z.infer<typeof healthSchema>;

/** Working-day calendar contracts: computing deadlines and loading a year's State Council notice. */
import { z } from 'zod';
import { isoDateSchema } from './common.ts';

export const dayEntrySchema = z.object({ date: z.string(), name: z.string() });

export const calendarYearViewSchema = z.object({
  year: z.number().int(),
  reference: z.string(),
  holidays: z.array(dayEntrySchema),
  makeUpWorkdays: z.array(dayEntrySchema),
  source: z.enum(['package', 'imported']),
});
export type CalendarYearView = z.infer<typeof calendarYearViewSchema>;

export const importCalendarBodySchema = z.strictObject({
  /** The notice as JSON or in the line format (see docs/calendar.md). */
  text: z.string().min(1).max(200_000),
});

export const importCalendarResultSchema = z.object({ year: z.number().int(), warnings: z.array(z.string()) });

export const workingDaysQuerySchema = z.object({
  from: isoDateSchema,
  n: z.coerce.number().int().min(0).max(3650),
});
export const workingDaysResultSchema = z.object({
  from: z.string(),
  n: z.number().int(),
  result: z.string(),
});

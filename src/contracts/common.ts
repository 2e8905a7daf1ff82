/** Schemas shared by every route and by the web client's forms. */
import { z } from 'zod';

/** The roles of PRODUCT.md; `public` is the unauthenticated visitor and is never granted. */
export const roleValues = [
  'national_admin',
  'provincial_admin',
  'city_officer',
  'expert',
  'applicant',
  'center_operator',
  'enterprise',
] as const;
export const roleSchema = z.enum(roleValues);
export type Role = z.infer<typeof roleSchema>;

export const localeSchema = z.enum(['zh-CN', 'en']);
export type Locale = z.infer<typeof localeSchema>;

export const idSchema = z.uuid();
/** Years a date of this domain can hold: PostgreSQL, the calendar and the Civil Code counting all agree here. */
export const MIN_DATE_YEAR = 1900;
export const MAX_DATE_YEAR = 2199;
export const isoDateSchema = z.iso.date().refine(
  (value) => {
    const year = Number(value.slice(0, 4));
    return year >= MIN_DATE_YEAR && year <= MAX_DATE_YEAR;
  },
  {
    message: `日期应在 ${MIN_DATE_YEAR} 年至 ${MAX_DATE_YEAR} 年之间`,
    params: { en: `The date must be between ${MIN_DATE_YEAR} and ${MAX_DATE_YEAR}` },
  },
);

/** The largest value an integer column holds; larger numbers are refused at the schema, not by PostgreSQL. */
export const INT32_MAX = 2_147_483_647;
/** An optimistic-locking version as clients send it back. */
export const versionSchema = z.number().int().min(1).max(INT32_MAX);
export const regionCodeSchema = z.string().regex(/^\d{6}$/, '行政区划代码应为 6 位数字');

/** Query parameters common to every list: 1-based page, page size capped at 200. */
export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

/** A page of results. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** RFC 9457 problem details as DTPC answers them; `code` is stable, `detail` is localised. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string(),
  instance: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const okSchema = z.object({ ok: z.literal(true) });

/**
 * A decision is a document (决定文书): its number (文号), its date and the authority's opinion (意见) are
 * required, each with a message naming the field in the words an official uses.
 */
export const decisionDocumentFields = {
  documentNumber: z
    .string({ error: '请填写决定文号' })
    .trim()
    .min(2, { error: '请填写决定文号' })
    .max(64, { error: '文号不超过 64 个字符' }),
  decidedOn: z.iso.date({ error: '请填写决定日期（年-月-日）' }),
  comment: z
    .string({ error: '请填写审定意见' })
    .trim()
    .min(2, { error: '请填写审定意见（至少 2 个字）' })
    .max(2000, { error: '意见不超过 2000 个字' }),
};

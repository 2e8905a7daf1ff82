/**
 * Request validation with zod, localised per request. Our own validator compiler keeps zod's raw issues
 * (with the offending input) so the error handler can render them in the caller's language.
 */
import type { FastifySchemaCompiler } from 'fastify';
import { z, type ZodType } from 'zod';
import type { Locale } from '../contracts/common.ts';

export class RequestValidationError extends Error {
  statusCode = 400;
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super('request validation failed');
  }
}

export const validatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) {
      return { value: result.data };
    }
    return { error: new RequestValidationError(result.error.issues) };
  };

const zhCN = z.locales.zhCN().localeError;
const en = z.locales.en().localeError;

function render(map: typeof zhCN, issue: z.core.$ZodIssue): string {
  const out = map(issue as never);
  return typeof out === 'string' ? out : (out?.message ?? issue.message);
}

/** One issue's message in `locale`; messages a schema wrote itself are kept as written. */
export function localiseIssue(issue: z.core.$ZodIssue, locale: Locale): string {
  const isDefault = render(en, issue) === issue.message;
  if (!isDefault) {
    // A schema's own message is Chinese; its English twin, when given, travels in `params.en`.
    const english = (issue as { params?: { en?: unknown } }).params?.en;
    return locale === 'en' && typeof english === 'string' ? english : issue.message;
  }
  return render(locale === 'en' ? en : zhCN, issue);
}

/** The field an issue is about, as a dotted path (unknown keys name the key itself). */
export function issueField(issue: z.core.$ZodIssue, context?: string): string {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    path.push(...issue.keys);
  }
  const field = path.join('.');
  return field || context || '(body)';
}

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

type Plain = { zh: string; en: string };

/**
 * zod's own messages name types and operators ("数值过小：期望 string >=18 字符"); users read what to
 * enter instead. Codes not covered here fall back to zod's localised text.
 */
function plainMessage(issue: z.core.$ZodIssue): Plain | null {
  const i = issue as z.core.$ZodIssue & {
    origin?: string;
    minimum?: number | bigint;
    maximum?: number | bigint;
    inclusive?: boolean;
    expected?: string;
    format?: string;
    input?: unknown;
  };
  switch (i.code) {
    case 'too_small': {
      const n = String(i.minimum);
      if (i.origin === 'string') {
        return { zh: `至少 ${n} 个字`, en: `At least ${n} characters` };
      }
      if (i.origin === 'array' || i.origin === 'set') {
        return { zh: `至少 ${n} 项`, en: `At least ${n} items` };
      }
      return i.inclusive === false
        ? { zh: `须大于 ${n}`, en: `Must be greater than ${n}` }
        : { zh: `不能小于 ${n}`, en: `Must be at least ${n}` };
    }
    case 'too_big': {
      const n = String(i.maximum);
      if (i.origin === 'string') {
        return { zh: `不超过 ${n} 个字`, en: `At most ${n} characters` };
      }
      if (i.origin === 'array' || i.origin === 'set') {
        return { zh: `不超过 ${n} 项`, en: `At most ${n} items` };
      }
      return i.inclusive === false
        ? { zh: `须小于 ${n}`, en: `Must be less than ${n}` }
        : { zh: `不能大于 ${n}`, en: `Must be at most ${n}` };
    }
    case 'invalid_type':
      if (i.input === undefined || i.input === null) {
        return { zh: '请填写此项', en: 'Required' };
      }
      switch (i.expected) {
        case 'number':
        case 'int':
        case 'bigint':
          return { zh: '请填写数字', en: 'Enter a number' };
        case 'string':
          return { zh: '请填写文字', en: 'Enter text' };
        case 'boolean':
          return { zh: '请选择是或否', en: 'Choose yes or no' };
        case 'array':
          return { zh: '请提供列表', en: 'Give a list' };
        default:
          return { zh: '格式不正确', en: 'Invalid format' };
      }
    case 'invalid_format':
      switch (i.format) {
        case 'date':
          return { zh: '请填写有效日期（年-月-日）', en: 'Enter a valid date (YYYY-MM-DD)' };
        case 'datetime':
          return { zh: '请填写有效的日期时间', en: 'Enter a valid date and time' };
        case 'email':
          return { zh: '电子邮箱格式不正确', en: 'Invalid e-mail address' };
        case 'uuid':
        case 'guid':
          return { zh: '编号格式不正确', en: 'Invalid identifier' };
        default:
          return { zh: '格式不正确', en: 'Invalid format' };
      }
    case 'invalid_value':
      return { zh: '不是可选的值', en: 'Not one of the allowed values' };
    case 'unrecognized_keys':
      return { zh: '不应包含此项', en: 'Not an accepted field' };
    case 'not_multiple_of':
      return {
        zh: `须为 ${String((issue as { divisor?: number }).divisor)} 的整数倍`,
        en: 'Not an allowed step',
      };
    default:
      return null;
  }
}

/** One issue's message in `locale`; messages a schema wrote itself are kept as written. */
export function localiseIssue(issue: z.core.$ZodIssue, locale: Locale): string {
  const isDefault = render(en, issue) === issue.message;
  if (!isDefault) {
    // A schema's own message is Chinese; its English twin, when given, travels in `params.en`.
    const english = (issue as { params?: { en?: unknown } }).params?.en;
    return locale === 'en' && typeof english === 'string' ? english : issue.message;
  }
  const plain = plainMessage(issue);
  if (plain) {
    return locale === 'en' ? plain.en : plain.zh;
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

/** Maps zod issues and RFC 9457 field errors onto antd Form fields, localised through i18next. */
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { ApiError } from '../api/client.ts';

type NamePath = (string | number)[];

/** Fields filled by choosing (selects, cascaders): "please choose" reads better than "please fill in". */
const CHOICE_FIELDS = new Set([
  'organisationId',
  'regionCode',
  'kind',
  'role',
  'authorityLevel',
  'soe',
  'locale',
]);
type Issue = z.core.$ZodIssue;

function lastKey(path: PropertyKey[]): string {
  const key = [...path].reverse().find((p) => typeof p === 'string');
  return typeof key === 'string' ? key : '';
}

/** A localised message for one zod issue (the schema's own messages are Chinese). */
export function issueMessage(issue: Issue, t: TFunction): string {
  const key = lastKey(issue.path);
  const isPassword = /password/i.test(key);
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array' || issue.origin === 'set') {
        return min <= 1 ? t('validation.select') : t('validation.minItems', { min });
      }
      if (isPassword && min > 1) {
        return t('validation.passwordLength');
      }
      return min <= 1 ? t('validation.required') : t('validation.minChars', { min });
    }
    case 'too_big':
      return issue.origin === 'array'
        ? t('validation.maxItems', { max: Number(issue.maximum) })
        : t('validation.maxChars', { max: Number(issue.maximum) });
    case 'custom':
      return isPassword ? t('validation.passwordClasses') : t('validation.invalid');
    case 'invalid_format':
      if (key === 'username') {
        return t('validation.username');
      }
      if (key === 'regionCode') {
        return t('validation.regionCode');
      }
      if (key === 'baseUrl') {
        return t('validation.baseUrl');
      }
      if (key === 'publicKey') {
        return t('validation.publicKey');
      }
      return t('validation.format');
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '') {
        return CHOICE_FIELDS.has(key) ? t('validation.select') : t('validation.required');
      }
      return t('validation.invalid');
    case 'invalid_value':
      return t('validation.select');
    default:
      return t('validation.invalid');
  }
}

/**
 * Validates form values with a contract schema; on failure puts every issue on its field and returns null.
 * `fieldOf` maps a schema path to a form field when the form's shape differs from the body's.
 */
export function validateWith<S extends z.ZodType>(
  schema: S,
  values: unknown,
  form: FormInstance,
  t: TFunction,
  fieldOf: (path: NamePath) => NamePath = (p) => p,
): z.output<S> | null {
  const result = schema.safeParse(values);
  if (result.success) {
    return result.data;
  }
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  for (const issue of result.error.issues) {
    const name = fieldOf(issue.path.filter((p): p is string | number => typeof p !== 'symbol'));
    const id = JSON.stringify(name);
    const entry = byField.get(id) ?? { name, errors: [] };
    entry.errors.push(issueMessage(issue, t));
    byField.set(id, entry);
  }
  form.setFields([...byField.values()]);
  return null;
}

/** `roles.0.regionCode` → ['roles', 0, 'regionCode']. */
export function fieldPath(field: string): NamePath {
  return field
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

export interface ServerErrorOptions {
  /** Form fields that exist; errors on other fields go to the general message. */
  fields: string[];
  /** Problem codes without `errors[]` that still belong to a field, e.g. organisation.credit_code_duplicate → creditCode. */
  codeFields?: Record<string, string>;
  fieldOf?: (path: NamePath) => NamePath;
}

/**
 * Puts an API error's field errors onto the form; returns the message to show above the form
 * (null when every error found its field).
 */
export function applyServerErrors(
  error: unknown,
  form: FormInstance,
  t: TFunction,
  options: ServerErrorOptions,
): string | null {
  if (!(error instanceof ApiError)) {
    return t('common.error');
  }
  if (error.code === 'network.error') {
    return t('common.networkError');
  }
  const { problem } = error;
  const fieldOf = options.fieldOf ?? ((p: NamePath) => p);
  const fieldErrors = [...(problem.errors ?? [])];
  const codeField = options.codeFields?.[problem.code];
  if (fieldErrors.length === 0 && codeField) {
    fieldErrors.push({ field: codeField, code: problem.code, message: problem.detail });
  }
  let unmatched = fieldErrors.length === 0;
  const fields = fieldErrors.flatMap((e) => {
    const path = fieldPath(e.field);
    if (!options.fields.includes(String(path[0]))) {
      unmatched = true;
      return [];
    }
    return [{ name: fieldOf(path), errors: [e.message] }];
  });
  form.setFields(fields);
  return unmatched ? problem.detail || problem.title : null;
}

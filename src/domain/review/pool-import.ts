/**
 * Rows of an expert-pool import sheet (专家库导入): each cell checked on its own, every error naming the
 * row and the column in Chinese (and English), so a province fixes the sheet in one pass. Pure: whether a
 * login name or an organisation exists is decided by the caller.
 */
import type { Localized } from '../policy/schema.ts';
import { validateCreditCode } from '../organisation/credit-code.ts';
import { parseReviewField, reviewFieldLabels, type ReviewField } from './fields.ts';

export const EXPERT_IMPORT_COLUMNS = [
  { key: 'username', header: '登录名', required: true, note: '小写字母、数字、点、下划线、连字符' },
  { key: 'name', header: '姓名', required: true, note: '' },
  {
    key: 'organisationCreditCode',
    header: '工作单位统一社会信用代码',
    required: true,
    note: '18 位，单位须已登记',
  },
  { key: 'organisationName', header: '工作单位名称', required: true, note: '' },
  { key: 'fields', header: '评审领域', required: true, note: '技术、产业、管理、财务，可多选' },
  { key: 'title', header: '职称', required: false, note: '' },
  { key: 'available', header: '是否可用', required: false, note: '是 / 否，默认是' },
  { key: 'maxLoad', header: '评审上限', required: false, note: '1–100，空白按批次设定' },
  { key: 'fromDate', header: '任职起始日期', required: false, note: 'YYYY-MM-DD' },
] as const;

export type ExpertImportKey = (typeof EXPERT_IMPORT_COLUMNS)[number]['key'];

export interface ExpertImportRow {
  row: number;
  username: string;
  name: string;
  organisationCreditCode: string;
  organisationName: string;
  fields: ReviewField[];
  title: string | null;
  available: boolean;
  maxLoad: number | null;
  fromDate: string | null;
}

export interface ImportCellError {
  row: number;
  column: string;
  message: Localized;
}

const headerOf = Object.fromEntries(EXPERT_IMPORT_COLUMNS.map((c) => [c.key, c.header])) as Record<
  ExpertImportKey,
  string
>;

/** The headers a sheet lacks (empty = all present). */
export function missingHeaders(headers: readonly string[]): string[] {
  return EXPERT_IMPORT_COLUMNS.filter((c) => c.required && !headers.includes(c.header)).map((c) => c.header);
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses one sheet row (cells by Chinese header); errors name the row and the column. */
export function parseExpertImportRow(
  row: number,
  cells: Readonly<Record<string, string>>,
  today: string,
): { value?: ExpertImportRow; errors: ImportCellError[] } {
  const errors: ImportCellError[] = [];
  const cell = (k: ExpertImportKey) => (cells[headerOf[k]] ?? '').trim();
  const fail = (k: ExpertImportKey, zh: string, en: string) =>
    errors.push({
      row,
      column: headerOf[k],
      message: { zh: `第 ${row} 行「${headerOf[k]}」：${zh}`, en: `Row ${row}, "${headerOf[k]}": ${en}` },
    });
  for (const c of EXPERT_IMPORT_COLUMNS) {
    if (c.required && cell(c.key) === '') {
      fail(c.key, '不能为空', 'is required');
    }
  }
  const username = cell('username').toLowerCase();
  if (username && !USERNAME.test(username)) {
    fail(
      'username',
      '只能包含小写字母、数字、点、下划线和连字符，3–64 位',
      'use 3–64 lower-case letters, digits, dots, underscores or hyphens',
    );
  }
  const name = cell('name');
  if (name.length > 64) {
    fail('name', '不超过 64 字', 'at most 64 characters');
  }
  let creditCode = cell('organisationCreditCode');
  if (creditCode) {
    const checked = validateCreditCode(creditCode);
    if (checked.ok) {
      creditCode = checked.normalized;
    } else {
      fail('organisationCreditCode', checked.message.zh, checked.message.en);
    }
  }
  const fields: ReviewField[] = [];
  const rawFields = cell('fields');
  for (const part of rawFields.split(/[、,，;；/\s]+/).filter(Boolean)) {
    const f = parseReviewField(part);
    if (!f) {
      const allowed = Object.values(reviewFieldLabels);
      fail(
        'fields',
        `“${part}”不是评审领域，应为${allowed.map((l) => l.zh).join('、')}之一`,
        `"${part}" is not a review field; use ${allowed.map((l) => l.en).join(', ')}`,
      );
    } else if (!fields.includes(f)) {
      fields.push(f);
    }
  }
  const rawAvailable = cell('available');
  let available = true;
  if (['否', '不可用', 'n', 'no', 'false', '0'].includes(rawAvailable.toLowerCase())) {
    available = false;
  } else if (rawAvailable && !['是', '可用', 'y', 'yes', 'true', '1'].includes(rawAvailable.toLowerCase())) {
    fail('available', '应填“是”或“否”', 'use 是 (yes) or 否 (no)');
  }
  const rawMax = cell('maxLoad');
  let maxLoad: number | null = null;
  if (rawMax) {
    const n = Number(rawMax);
    if (!Number.isInteger(n) || n < 1 || n > 100) {
      fail(
        'maxLoad',
        `“${rawMax}”应为 1 到 100 之间的整数`,
        `"${rawMax}" must be a whole number from 1 to 100`,
      );
    } else {
      maxLoad = n;
    }
  }
  const fromDate = cell('fromDate');
  if (fromDate && (!DATE.test(fromDate) || Number.isNaN(Date.parse(fromDate)))) {
    fail('fromDate', `“${fromDate}”应为 YYYY-MM-DD 格式的日期`, `"${fromDate}" must be a date as YYYY-MM-DD`);
  } else if (fromDate && fromDate > today) {
    fail('fromDate', `“${fromDate}”晚于今天`, `"${fromDate}" is in the future`);
  }
  if (errors.length > 0) {
    return { errors };
  }
  return {
    errors,
    value: {
      row,
      username,
      name,
      organisationCreditCode: creditCode,
      organisationName: cell('organisationName'),
      fields,
      title: cell('title') || null,
      available,
      maxLoad,
      fromDate: fromDate || null,
    },
  };
}

/** Errors for login names repeated within the sheet (every repeat after the first). */
export function duplicateUsernames(rows: readonly ExpertImportRow[]): ImportCellError[] {
  const first = new Map<string, number>();
  const out: ImportCellError[] = [];
  for (const r of rows) {
    const seen = first.get(r.username);
    if (seen !== undefined) {
      out.push({
        row: r.row,
        column: headerOf.username,
        message: {
          zh: `第 ${r.row} 行「登录名」：“${r.username}”与第 ${seen} 行重复`,
          en: `Row ${r.row}, "登录名": "${r.username}" repeats row ${seen}`,
        },
      });
    } else {
      first.set(r.username, r.row);
    }
  }
  return out;
}

/** A row-level error the caller found (unknown organisation, login name of a non-expert…). */
export function rowError(row: number, key: ExpertImportKey, zh: string, en: string): ImportCellError {
  return {
    row,
    column: headerOf[key],
    message: { zh: `第 ${row} 行「${headerOf[key]}」：${zh}`, en: `Row ${row}, "${headerOf[key]}": ${en}` },
  };
}

/**
 * Every spreadsheet the API produces says what the Chinese screen says (#13): labels, not enum codes;
 * Beijing time, not UTC ISO instants; no field paths, file names or camelCase keys. The endpoints are
 * taken from the OpenAPI document (responses typed as .xlsx/.csv), so a new export is checked as soon
 * as it exists.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';

const SHEET_TYPES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'];
/** How many exports and templates the API has today: a new one must be added here on purpose. */
const EXPECTED_ENDPOINTS = 34;

/** Columns that hold a login name, which is lower-case by rule and is shown as typed. */
const LOGIN_NAME_HEADERS = new Set(['用户名', '登录名', '操作人']);

const RAW = [
  { why: 'snake_case code', re: /^[a-z]+(_[a-z]+)+$/ },
  { why: 'lower-case enum word', re: /^[a-z]+$/ },
  { why: 'UTC ISO instant', re: /\d{4}-\d\d-\d\dT\d\d:/ },
  { why: 'file-system name', re: /\.txt\b/ },
  { why: 'field path', re: /members\.\d+/ },
  { why: 'parenthesised camelCase key', re: /\([a-z]+[A-Z][A-Za-z]*\)/ },
];

/** Who downloads each export on the screen, by path prefix (first match wins). */
const DOWNLOADER: [RegExp, string][] = [
  [/^\/api\/review\/tasks/, 'expert.1'],
  [/^\/api\/demands/, 'operator.1'],
  [/^\/api\/centers\//, 'operator.1'],
  [/^\/api\/cultivation-report/, 'province.fj'],
  [/^\/api\/targets\//, 'province.sd'],
  [/./, 'national'],
];
/** Lists the demo data fills, which must therefore export at least one row. */
const NON_EMPTY = [
  '/api/users/export.xlsx',
  '/api/organisations/export.xlsx',
  '/api/calls/export.xlsx',
  '/api/applications/export.xlsx',
  '/api/audit/export.xlsx',
  '/api/experts/export.xlsx',
  '/api/centers/{slug}/resources/export.xlsx',
  '/api/publicity/export.xlsx',
  '/api/evaluations/export.xlsx',
  '/api/revocations/export.xlsx',
  '/api/annual-reports/export.xlsx',
  '/api/centers/{slug}/annual-reports/export.xlsx',
  '/api/centers/{slug}/courses/export.xlsx',
  '/api/centers/{slug}/offers/export.xlsx',
  '/api/centers/{slug}/finance-products/export.xlsx',
];

let t: TestApp;
const sessions = new Map<string, Session>();

beforeAll(async () => {
  t = await createTestApp();
}, 60_000);
afterAll(async () => {
  await t.close();
});

function spreadsheetPaths(): string[] {
  const doc = t.app.swagger() as {
    paths: Record<string, Record<string, { responses?: Record<string, { content?: object }> }>>;
  };
  return Object.entries(doc.paths)
    .filter(([, ops]) =>
      Object.keys(ops.get?.responses?.['200']?.content ?? {}).some((c) => SHEET_TYPES.includes(c)),
    )
    .map(([path]) => path)
    .sort();
}

async function sessionFor(path: string): Promise<Session> {
  const user = DOWNLOADER.find(([re]) => re.test(path))![1];
  if (!sessions.has(user)) {
    sessions.set(user, await t.login(user));
  }
  return sessions.get(user)!;
}

async function cellsOf(body: Buffer, csv: boolean): Promise<string[][]> {
  if (csv) {
    return body
      .toString('utf8')
      .split(/\r?\n/)
      .filter((l) => l !== '')
      .map((l) => l.split(','));
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const rows: string[][] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      rows.push(
        values.map((v) =>
          v === null || v === undefined
            ? ''
            : v instanceof Date
              ? v.toISOString()
              : typeof v === 'object'
                ? JSON.stringify(v)
                : String(v),
        ),
      );
    });
  }
  return rows;
}

describe('every export shows labels and Beijing time, as the screen does', () => {
  it('finds every spreadsheet endpoint in the OpenAPI document', () => {
    expect(spreadsheetPaths()).toHaveLength(EXPECTED_ENDPOINTS);
  });

  it('downloads each one and finds no raw code, ISO instant, path or key in any cell', async () => {
    const problems: string[] = [];
    let checked = 0;
    for (const path of spreadsheetPaths()) {
      const url = path.replace('{slug}', 'jinan-demo');
      const res = await t.request(await sessionFor(path), 'GET', url);
      expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200);
      const rows = await cellsOf(res.rawPayload, path.endsWith('.csv'));
      expect(rows.length, `${url} has no header row`).toBeGreaterThan(0);
      if (NON_EMPTY.includes(path)) {
        expect(rows.length, `${url} exported no rows from the demo data`).toBeGreaterThan(1);
      }
      const header = rows[0] ?? [];
      rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (r > 0 && LOGIN_NAME_HEADERS.has(header[c] ?? '')) {
            return;
          }
          for (const { why, re } of RAW) {
            if (re.test(cell.trim())) {
              problems.push(`${url} row ${r + 1} col ${c + 1}: ${why}: ${JSON.stringify(cell)}`);
            }
          }
        }),
      );
      checked += 1;
    }
    expect(problems).toEqual([]);
    expect(checked).toBe(EXPECTED_ENDPOINTS);
  }, 120_000);
});

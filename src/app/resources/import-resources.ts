/**
 * Bulk import of a center's resources from .xlsx/.csv: a dry run reports every bad row (row, column, message
 * in Chinese) and writes nothing; a commit validates again and inserts all rows in one transaction, or none.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import {
  resourceCardSchema,
  type ImportReport,
  type ImportRowError,
  type ResourceCard,
} from '../../contracts/resources.ts';
import type { Db } from '../../db/client.ts';
import type { CenterRow } from '../../db/loaders/centers.ts';
import { resources } from '../../db/schema/index.ts';
import type { AnyActor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { forgetCatalog } from './catalog-cache.ts';
import { AppError } from '../errors.ts';
import { cardColumns } from './card-record.ts';
import {
  COL,
  EXAMPLE_MARK,
  REQUIRED_HEADERS,
  TEMPLATE_COLUMNS,
  columnOfPath,
  rowToCardInput,
} from './import-columns.ts';
import { readCsv, readXlsx, type SheetRow } from './spreadsheet.ts';

export type ImportFormat = 'xlsx' | 'csv';

/** At most this many rows per file (a larger pool is imported in several files). */
export const MAX_IMPORT_ROWS = 200_000;
/** Rows per INSERT statement (28 columns × 500 stays far below PostgreSQL's 65,535 parameters). */
const INSERT_CHUNK = 500;
/** The report lists at most this many errors (the count of bad rows is still exact). */
const MAX_REPORTED_ERRORS = 1000;

export type Progress = (done: number, total: number) => void;

export interface ValidatedImport {
  report: ImportReport;
  cards: { row: number; card: ResourceCard }[];
}

const zhLocale = z.locales.zhCN().localeError;

/** A zod issue in Chinese: the schema's own message when it wrote one, else zod's Chinese message. */
function issueMessage(issue: z.core.$ZodIssue): string {
  const en = z.locales.en().localeError(issue as never);
  const enText = typeof en === 'string' ? en : en?.message;
  if (enText !== issue.message) {
    return issue.message;
  }
  const zh = zhLocale(issue as never);
  return typeof zh === 'string' ? zh : (zh?.message ?? issue.message);
}

/** Reads the file into rows (no validation yet). */
export async function readImportFile(
  buffer: Buffer,
  format: ImportFormat,
): Promise<{ headers: string[]; rows: SheetRow[] }> {
  return format === 'csv' ? readCsv(buffer) : readXlsx(buffer);
}

/** Validates every row; also flags duplicates inside the file and names already in the center's pool. */
export async function validateImport(
  db: Db,
  center: CenterRow,
  file: { headers: string[]; rows: SheetRow[] },
  onProgress?: Progress,
): Promise<ValidatedImport> {
  const errors: ImportRowError[] = [];
  const missing = REQUIRED_HEADERS.filter((h) => !file.headers.includes(h));
  if (missing.length > 0) {
    return {
      report: {
        fileRows: file.rows.length,
        validRows: 0,
        errors: [
          {
            row: 1,
            column: missing.join('、'),
            message: `缺少必填列：${missing.join('、')}（请使用导入模板）`,
          },
        ],
        byKind: {},
      },
      cards: [],
    };
  }
  const rows = file.rows.filter((r) => !(r.cells[COL.title] ?? '').startsWith(EXAMPLE_MARK));
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new AppError('resource.import_too_many', { max: MAX_IMPORT_ROWS });
  }
  const cards: { row: number; card: ResourceCard }[] = [];
  const badRows = new Set<number>();
  const seen = new Map<string, number>();
  rows.forEach((sheetRow, i) => {
    const { input, problems } = rowToCardInput(sheetRow.cells);
    const rowErrors: ImportRowError[] = problems.map((p) => ({ row: sheetRow.row, ...p }));
    const parsed = resourceCardSchema.safeParse(input);
    if (parsed.success) {
      const key = `${parsed.data.title}\u0000${parsed.data.providerName}`;
      const first = seen.get(key);
      if (first !== undefined) {
        rowErrors.push({
          row: sheetRow.row,
          column: COL.title,
          message: `与第 ${first} 行重复（名称与提供方相同）`,
        });
      } else {
        seen.set(key, sheetRow.row);
      }
      if (rowErrors.length === 0) {
        cards.push({ row: sheetRow.row, card: parsed.data });
      }
    } else {
      const reported = new Set(rowErrors.map((e) => e.column));
      for (const issue of parsed.error.issues) {
        const column = columnOfPath(issue.path);
        // A cell already reported while converting (e.g. an unknown label) is not reported twice.
        if (!reported.has(column)) {
          rowErrors.push({ row: sheetRow.row, column, message: issueMessage(issue) });
        }
      }
    }
    if (rowErrors.length > 0) {
      badRows.add(sheetRow.row);
      errors.push(...rowErrors);
    }
    if (onProgress && (i + 1) % 500 === 0) {
      onProgress(i + 1, rows.length);
    }
  });
  // Names already in the pool, checked in batches.
  const titles = [...new Set(cards.map((c) => c.card.title))];
  const existing = new Set<string>();
  for (let i = 0; i < titles.length; i += 1000) {
    const batch = await db
      .select({ title: resources.title, providerName: resources.providerName })
      .from(resources)
      .where(and(eq(resources.centerId, center.id), inArray(resources.title, titles.slice(i, i + 1000))));
    for (const r of batch) {
      existing.add(`${r.title}\u0000${r.providerName}`);
    }
  }
  const valid = cards.filter((c) => {
    if (existing.has(`${c.card.title}\u0000${c.card.providerName}`)) {
      badRows.add(c.row);
      errors.push({ row: c.row, column: COL.title, message: '资源池中已有同名资源（名称与提供方相同）' });
      return false;
    }
    return true;
  });
  onProgress?.(rows.length, rows.length);
  const order = new Map(TEMPLATE_COLUMNS.map((c, i) => [c.header, i]));
  errors.sort((a, b) => a.row - b.row || (order.get(a.column) ?? 99) - (order.get(b.column) ?? 99));
  const byKind: Record<string, number> = {};
  for (const c of valid) {
    byKind[c.card.kind] = (byKind[c.card.kind] ?? 0) + 1;
  }
  return {
    report: {
      fileRows: rows.length,
      validRows: rows.length - badRows.size,
      errors: errors.slice(0, MAX_REPORTED_ERRORS),
      byKind,
    },
    cards: valid,
  };
}

/**
 * Inserts every validated card in the caller's transaction (all or nothing) and audits the import once.
 * Refuses when the report has any error.
 */
export async function commitImport({
  actor,
  tx,
  center,
  validated,
  onProgress,
}: {
  actor: AnyActor;
  tx: Db;
  center: CenterRow;
  validated: ValidatedImport;
  onProgress?: Progress;
}): Promise<{ batchId: string; created: number }> {
  if (validated.report.errors.length > 0) {
    throw new AppError('resource.import_invalid', { count: validated.report.errors.length });
  }
  const batchId = uuidv7();
  const now = new Date();
  const total = validated.cards.length;
  for (let i = 0; i < total; i += INSERT_CHUNK) {
    const chunk = validated.cards.slice(i, i + INSERT_CHUNK);
    await tx.insert(resources).values(
      chunk.map(({ card }) => {
        const id = uuidv7();
        return {
          id,
          centerId: center.id,
          ...cardColumns(card, { id, centerId: center.id }),
          importBatchId: batchId,
          publishedAt: card.status === 'published' ? now : null,
        };
      }),
    );
    onProgress?.(Math.min(i + INSERT_CHUNK, total), total);
  }
  // Move the GIN index's pending entries into the index now, so the next searches do not scan them one by one.
  await tx.execute(sql`select gin_clean_pending_list('resources_search_idx'::regclass)`);
  forgetCatalog();
  await appendAudit(tx, actor, {
    action: 'resource.import',
    targetType: 'center',
    targetId: center.id,
    scopeRegion: center.regionCode,
    detail: { center: center.slug, batchId, created: total, byKind: validated.report.byKind },
  });
  return { batchId, created: total };
}

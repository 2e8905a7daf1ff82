/**
 * 导入目标实际值 from the .xlsx a bureau already keeps: a dry run reports every bad row in Chinese; the
 * commit is all-or-nothing (one transaction, one audit entry with the count).
 */
import ExcelJS from 'exceljs';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import { targetActuals } from '../../db/schema/index.ts';
import {
  actualImportColumns,
  parseActualRow,
  type ActualImportKey,
  type Cell,
  type RowError,
} from '../../domain/monitoring/index.ts';
import type { PolicyPack } from '../../domain/policy/schema.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { packRegion } from './status.ts';

const MAX_ROWS = 5000;

function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) {
    return null;
  }
  if (
    value instanceof Date ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  ) {
    return value;
  }
  if (typeof value === 'object' && 'richText' in value) {
    return value.richText.map((r) => r.text).join('');
  }
  if (typeof value === 'object' && 'result' in value) {
    return cellOf(value.result as ExcelJS.CellValue);
  }
  if (typeof value === 'object' && 'text' in value) {
    return String(value.text);
  }
  return null;
}

async function readSheet(
  buffer: Buffer,
): Promise<{ row: number; cells: Partial<Record<ActualImportKey, Cell>> }[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new AppError('import.unreadable', { reason: '不是有效的 .xlsx 文件' }, [
      { field: 'file', code: 'import.unreadable', message: '不是有效的 .xlsx 文件' },
    ]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    throw new AppError('import.unreadable', { reason: '文件中没有工作表' });
  }
  const col = new Map<ActualImportKey, number>();
  sheet.getRow(1).eachCell((cell, i) => {
    const name = String(cellOf(cell.value) ?? '').trim();
    const c = actualImportColumns.find((x) => x.header === name);
    if (c) {
      col.set(c.key, i);
    }
  });
  const missing = actualImportColumns.filter((c) => !col.has(c.key));
  if (missing.length > 0) {
    throw new AppError('import.unreadable', {
      reason: `缺少列：${missing.map((c) => c.header).join('、')}（请使用模板）`,
    });
  }
  const rows: { row: number; cells: Partial<Record<ActualImportKey, Cell>> }[] = [];
  sheet.eachRow({ includeEmpty: false }, (r, row) => {
    if (row === 1) {
      return;
    }
    const cells: Partial<Record<ActualImportKey, Cell>> = {};
    let empty = true;
    for (const [key, i] of col) {
      cells[key] = cellOf(r.getCell(i).value);
      if (cells[key] !== null && String(cells[key]).trim() !== '') {
        empty = false;
      }
    }
    if (!empty) {
      rows.push({ row, cells });
    }
  });
  if (rows.length > MAX_ROWS) {
    throw new AppError('import.unreadable', { reason: `一次最多导入 ${MAX_ROWS} 行` });
  }
  return rows;
}

/** The template: the header and one example row. */
export async function actualsTemplate(pack: PolicyPack): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('目标实际值');
  sheet.columns = actualImportColumns.map((c) => ({
    header: c.header,
    width: c.key === 'evidence' ? 40 : 24,
  }));
  sheet.getRow(1).font = { bold: true };
  const first = pack.targets[0]!;
  // Targets are named as the screen names them; the import reads a name as well as an id.
  sheet.addRow([first.name.zh, 80, '2025-06-30', '省统计局2025年上半年统计公报']);
  const list = workbook.addWorksheet('目标清单');
  list.columns = [{ header: '目标', width: 60 }];
  for (const t of pack.targets) {
    list.addRow([t.name.zh]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface ImportActualsResult {
  dryRun: boolean;
  rows: number;
  valid: number;
  committed: number;
  errors: RowError[];
}

/** Checks (dry run) or stores every row of the workbook. */
export async function importTargetActuals(input: {
  actor: Actor;
  tx: Db;
  pack: PolicyPack;
  buffer: Buffer;
  fileName: string;
  today: string;
  dryRun: boolean;
}): Promise<ImportActualsResult> {
  const { actor, tx, pack } = input;
  const sheetRows = await readSheet(input.buffer);
  const targets = pack.targets.map((t) => ({ id: t.id, nameZh: t.name.zh }));
  const errors: RowError[] = [];
  const values: (typeof targetActuals.$inferInsert)[] = [];
  for (const { row, cells } of sheetRows) {
    const r = parseActualRow(row, cells, targets, input.today);
    if (!r.ok) {
      errors.push(...r.errors);
      continue;
    }
    values.push({
      id: uuidv7(),
      packId: pack.id,
      targetId: r.value.targetId,
      regionCode: packRegion(pack),
      value: r.value.value,
      asOf: r.value.asOf,
      source: 'imported',
      evidence: r.value.evidence,
      importFile: input.fileName,
      recordedBy: actor.userId,
    });
  }
  const result = { dryRun: input.dryRun, rows: sheetRows.length, valid: values.length, errors, committed: 0 };
  if (input.dryRun) {
    return result;
  }
  if (errors.length > 0 || values.length === 0) {
    const list = errors.length > 0 ? errors : [{ row: 2, column: '目标编号', message: '文件没有数据行' }];
    throw new AppError(
      'import.rejected',
      { count: list.length },
      list
        .slice(0, 200)
        .map((e) => ({ field: `第 ${e.row} 行 · ${e.column}`, code: 'import.rejected', message: e.message })),
    );
  }
  await tx.insert(targetActuals).values(values);
  await appendAudit(tx, actor, {
    action: 'target_actual.import',
    targetType: 'policy_pack',
    targetId: pack.id,
    scopeRegion: packRegion(pack),
    after: { ids: values.map((v) => v.id) },
    detail: { count: values.length, file: input.fileName },
  });
  return { ...result, committed: values.length };
}

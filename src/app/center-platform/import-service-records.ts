/**
 * Bulk import of ledger records from .xlsx: a template, a dry run reporting every bad row in Chinese,
 * and an all-or-nothing commit (one transaction, one audit entry naming the count, and one notification
 * per enterprise with an account, naming how many of its records await confirmation).
 */
import ExcelJS from 'exceljs';
import { and, eq, inArray } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { ImportResult, ImportRowError } from '../../contracts/center-platform/ledger.ts';
import type { Db } from '../../db/client.ts';
import type { PlatformCenterRow } from '../../db/loaders/center-platform/centers.ts';
import { organisations, roleGrants, serviceRecords } from '../../db/schema/index.ts';
import {
  ledgerImportColumns,
  parseLedgerRow,
  type CellValue,
  type LedgerImportKey,
  type LedgerImportRow,
} from '../../domain/center-platform/ledger-import.ts';
import { serviceTypeLabels, serviceTypeValues } from '../../domain/center-platform/vocabulary.ts';
import { today as clockToday } from '../publicity/clock.ts';
import type { AnyActor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { notifyServiceRecordsToConfirm } from './notify-platform.ts';

export const MAX_IMPORT_ROWS = 20000;

/** The template: the header row, one example row, and a sheet explaining the columns. */
export async function ledgerTemplate(exampleCreditCode: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'DTPC';
  const sheet = workbook.addWorksheet('服务台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ledgerImportColumns.map((c) => ({ header: c.header, width: c.key === 'title' ? 30 : 20 }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow([
    '诊断评估',
    '2026-03-05',
    exampleCreditCode,
    '数字化转型诊断评估',
    '出具诊断报告一份',
    '0',
    '是',
    '',
    '',
  ]);
  const help = workbook.addWorksheet('填写说明');
  help.columns = [
    { header: '列', width: 24 },
    { header: '说明', width: 80 },
  ];
  help.getRow(1).font = { bold: true };
  help.addRow(['服务类型', `必填：${serviceTypeValues.map((t) => serviceTypeLabels[t].zh).join('、')}`]);
  help.addRow(['服务日期', '必填，YYYY-MM-DD，不晚于今天']);
  help.addRow([
    '企业统一社会信用代码',
    '必填，18 位；企业须已在平台登记（中小企业、专精特新、规上标识取自企业登记信息）',
  ]);
  help.addRow(['服务名称', '必填，200 字以内']);
  help.addRow(['金额（元）', '选填，发生资金往来时填写，最多两位小数']);
  help.addRow(['普惠服务（是/否）', '选填，免费或优惠服务填「是」']);
  help.addRow(['地区代码 / 行业代码', '选填，默认取企业所在地区和第一个行业（GB/T 2260、GB/T 4754）']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cellValue(value: ExcelJS.CellValue): CellValue {
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
  if (typeof value === 'object' && 'text' in value) {
    return String(value.text);
  }
  if (typeof value === 'object' && 'result' in value) {
    return cellValue(value.result as ExcelJS.CellValue);
  }
  return String(value as unknown as string);
}

/** Reads the sheet into keyed rows (row numbers as Excel shows them). */
export async function readLedgerSheet(
  buffer: Buffer,
): Promise<{ rowNumber: number; cells: Partial<Record<LedgerImportKey, CellValue>> }[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new AppError('import.unreadable', { reason: '不是有效的 .xlsx 文件' }, [
      { field: 'file', code: 'import.unreadable', message: String((error as Error).message ?? '') },
    ]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    throw new AppError('import.unreadable', { reason: '文件中没有工作表' });
  }
  const header = sheet.getRow(1);
  const indexOf = new Map<LedgerImportKey, number>();
  header.eachCell((cell, col) => {
    const name = String(cellValue(cell.value) ?? '').trim();
    const column = ledgerImportColumns.find((c) => c.header === name);
    if (column) {
      indexOf.set(column.key, col);
    }
  });
  const missing = ledgerImportColumns.filter((c) => c.required && !indexOf.has(c.key));
  if (missing.length > 0) {
    throw new AppError('import.unreadable', {
      reason: `缺少列：${missing.map((c) => c.header).join('、')}（请使用模板）`,
    });
  }
  const rows: { rowNumber: number; cells: Partial<Record<LedgerImportKey, CellValue>> }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) {
      return;
    }
    const cells: Partial<Record<LedgerImportKey, CellValue>> = {};
    let empty = true;
    for (const [key, col] of indexOf) {
      const v = cellValue(row.getCell(col).value);
      cells[key] = v;
      if (v !== null && String(v).trim() !== '') {
        empty = false;
      }
    }
    if (!empty) {
      rows.push({ rowNumber, cells });
    }
  });
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new AppError('import.unreadable', { reason: `一次最多导入 ${MAX_IMPORT_ROWS} 行` });
  }
  return rows;
}

/** Checks every row (including that each enterprise is registered), then commits all or nothing. */
export async function importServiceRecords({
  actor,
  tx,
  center,
  buffer,
  dryRun,
  onProgress,
}: {
  /** The operator (web) or the system (the `dtpc import ledger` command). */
  actor: AnyActor;
  tx: Db;
  center: PlatformCenterRow;
  buffer: Buffer;
  dryRun: boolean;
  /** Rows written so far, after each batch (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
}): Promise<ImportResult> {
  const sheetRows = await readLedgerSheet(buffer);
  const today = clockToday();
  const errors: ImportRowError[] = [];
  const parsed: { rowNumber: number; row: LedgerImportRow }[] = [];
  for (const { rowNumber, cells } of sheetRows) {
    const { row, problems } = parseLedgerRow(cells, today);
    errors.push(...problems.map((p) => ({ row: rowNumber, ...p })));
    if (row) {
      parsed.push({ rowNumber, row });
    }
  }
  const codes = [...new Set(parsed.map((p) => p.row.creditCode))];
  const found = codes.length
    ? await tx.select().from(organisations).where(inArray(organisations.creditCode, codes))
    : [];
  const byCode = new Map(found.map((o) => [o.creditCode, o]));
  const values: (typeof serviceRecords.$inferInsert)[] = [];
  for (const { rowNumber, row } of parsed) {
    const enterprise = byCode.get(row.creditCode);
    if (!enterprise) {
      errors.push({
        row: rowNumber,
        column: '企业统一社会信用代码',
        message: `「${row.creditCode}」未在平台登记，请先登记该企业`,
      });
      continue;
    }
    values.push({
      id: uuidv7(),
      centerId: center.id,
      serviceType: row.serviceType,
      serviceDate: row.serviceDate,
      enterpriseId: enterprise.id,
      enterpriseSme: enterprise.sme,
      enterpriseSpecialisedSme: enterprise.specialisedSme,
      enterpriseAboveScale: enterprise.aboveScale,
      regionCode: row.regionCode ?? enterprise.regionCode,
      industryCode: row.industryCode ?? enterprise.industryCodes[0] ?? null,
      title: row.title,
      outcome: row.outcome,
      amountFen: row.amountFen,
      preferential: row.preferential,
      source: 'import',
      createdBy: 'userId' in actor ? actor.userId : null,
    });
  }
  errors.sort((a, b) => a.row - b.row);
  const result = { dryRun, rows: sheetRows.length, valid: values.length, errors, committed: 0 };
  if (dryRun) {
    return result;
  }
  if (errors.length > 0 || values.length === 0) {
    throw new AppError(
      'import.rejected',
      { count: errors.length },
      errors.slice(0, 200).map((e) => ({
        field: `第 ${e.row} 行 · ${e.column}`,
        code: 'import.rejected',
        message: e.message,
      })),
    );
  }
  for (let i = 0; i < values.length; i += 1000) {
    await tx.insert(serviceRecords).values(values.slice(i, i + 1000));
    onProgress?.(Math.min(i + 1000, values.length), values.length);
  }
  await appendAudit(tx, actor, {
    action: 'service_record.import',
    targetType: 'center',
    targetId: center.id,
    scopeRegion: center.regionCode,
    after: { ids: values.map((v) => v.id) },
    detail: { count: values.length },
  });
  await notifyEnterprises(tx, actor, center, values);
  return { ...result, committed: values.length };
}

/** One notification per imported enterprise that has users; most imported enterprises have none. */
async function notifyEnterprises(
  tx: Db,
  actor: AnyActor,
  center: PlatformCenterRow,
  values: (typeof serviceRecords.$inferInsert)[],
): Promise<void> {
  const byEnterprise = new Map<string, (typeof serviceRecords.$inferInsert)[]>();
  for (const v of values) {
    byEnterprise.set(v.enterpriseId, [...(byEnterprise.get(v.enterpriseId) ?? []), v]);
  }
  const withUsers = await tx
    .selectDistinct({ organisationId: roleGrants.organisationId })
    .from(roleGrants)
    .where(
      and(eq(roleGrants.role, 'enterprise'), inArray(roleGrants.organisationId, [...byEnterprise.keys()])),
    );
  for (const { organisationId } of withUsers) {
    await notifyServiceRecordsToConfirm(tx, {
      actor,
      center,
      enterpriseId: organisationId!,
      records: byEnterprise.get(organisationId!)!,
    });
  }
}

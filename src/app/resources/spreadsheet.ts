/**
 * Reading and writing the resource import sheet (.xlsx or .csv, Chinese headers). Cells come back as
 * trimmed strings keyed by header, with the row number the user sees in Excel.
 */
import ExcelJS from 'exceljs';
import { AppError } from '../errors.ts';

export interface SheetRow {
  /** 1-based row number as shown by Excel (the header is row 1). */
  row: number;
  cells: Record<string, string>;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (value instanceof Date) {
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'object') {
    if ('richText' in value) {
      return value.richText.map((r) => r.text).join('');
    }
    if ('text' in value && typeof value.text === 'string') {
      return value.text;
    }
    if ('result' in value) {
      return cellText(value.result as ExcelJS.CellValue);
    }
    if ('error' in value) {
      return '';
    }
  }
  return String(value as string | number | boolean);
}

/** Reads the first worksheet of an .xlsx file. */
export async function readXlsx(buffer: Buffer): Promise<{ headers: string[]; rows: SheetRow[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new AppError('resource.import_unreadable', { reason: '不是有效的 .xlsx 文件' });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    throw new AppError('resource.import_unreadable', { reason: '文件中没有工作表' });
  }
  const headerRow = sheet.getRow(1);
  const headers: string[] = [];
  headerRow.eachCell({ includeEmpty: true }, (cell, col) => {
    headers[col - 1] = cellText(cell.value).trim();
  });
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) {
      return;
    }
    const cells: Record<string, string> = {};
    headers.forEach((header, i) => {
      if (header) {
        cells[header] = cellText(row.getCell(i + 1).value).trim();
      }
    });
    if (Object.values(cells).some((v) => v !== '')) {
      rows.push({ row: rowNumber, cells });
    }
  });
  return { headers: headers.filter(Boolean), rows };
}

/** RFC 4180 CSV (UTF-8, optional BOM; quotes, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const source = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 1;
        } else {
          quoted = false;
        }
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') {
        i += 1;
      }
      row.push(field);
      out.push(row);
      row = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    out.push(row);
  }
  return out;
}

/** Reads a UTF-8 .csv file with the same headers as the template. */
export function readCsv(buffer: Buffer): { headers: string[]; rows: SheetRow[] } {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buffer);
  if (text.includes('\uFFFD')) {
    throw new AppError('resource.import_unreadable', { reason: 'CSV 文件应为 UTF-8 编码' });
  }
  const [headerLine, ...lines] = parseCsv(text);
  const headers = (headerLine ?? []).map((h) => h.trim());
  const rows: SheetRow[] = [];
  lines.forEach((line, i) => {
    const cells: Record<string, string> = {};
    headers.forEach((header, col) => {
      if (header) {
        cells[header] = (line[col] ?? '').trim();
      }
    });
    if (Object.values(cells).some((v) => v !== '')) {
      rows.push({ row: i + 2, cells });
    }
  });
  return { headers: headers.filter(Boolean), rows };
}

export interface TemplateColumn {
  header: string;
  width: number;
  required: boolean;
  note: string;
}

/** An .xlsx workbook with one sheet of rows under the given headers, and an instructions sheet. */
export async function writeSheet(
  columns: TemplateColumn[],
  rows: string[][],
  instructions: string[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'DTPC';
  const sheet = workbook.addWorksheet('资源', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.note = c.note;
    if (c.required) {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE7BA' } };
    }
  });
  for (const row of rows) {
    sheet.addRow(row);
  }
  if (instructions.length > 0) {
    const help = workbook.addWorksheet('填写说明');
    help.columns = [{ header: '填写说明', width: 120 }];
    help.getRow(1).font = { bold: true };
    for (const line of instructions) {
      help.addRow([line]);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

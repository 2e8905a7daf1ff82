/** Lists exported as .xlsx (exceljs), with Chinese headers. */
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { formatShanghaiDateTime } from '../domain/calendar/dates.ts';

/** An instant as the screens show it: Beijing time, `YYYY-MM-DD HH:mm` (exports never carry UTC). */
export const shanghaiDateTime = formatShanghaiDateTime;

/** Money as the screens show it: fen (分) stored, yuan (元) in the cell; none stays empty. */
export function yuan(fen: number | null | undefined): number | null {
  return fen === null || fen === undefined ? null : fen / 100;
}

export interface Column<T> {
  header: string;
  width?: number;
  value: (row: T) => string | number | boolean | null;
}

export async function sendWorkbook<T>(
  reply: FastifyReply,
  filename: string,
  sheetName: string,
  columns: Column<T>[],
  rows: T[],
): Promise<FastifyReply> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'DTPC';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 18 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(columns.map((c) => c.value(row)));
  }
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`)
    .serializer((x: unknown) => x as string)
    .send(buffer);
}

/** Exports read at most this many rows; larger exports must be filtered first. */
export const EXPORT_LIMIT = 10000;

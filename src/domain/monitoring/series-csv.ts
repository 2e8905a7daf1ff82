/** Reading a series from CSV (`period,value`, period `YYYY-MM`), with errors naming row and column in Chinese. */
import { parsePeriod, type SeriesPoint } from './series.ts';

/** One problem of an input file; `row` counts lines from 1 (the header is row 1). */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

export type CsvOutcome = { ok: true; series: SeriesPoint[] } | { ok: false; errors: RowError[] };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Parses `period,value` rows; periods must ascend without repeats. Thousands separators are not accepted. */
export function parseSeriesCsv(text: string): CsvOutcome {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const errors: RowError[] = [];
  const header = (lines[0] ?? '').split(',').map((c) => c.trim().toLowerCase());
  if (header[0] !== 'period' || header[1] !== 'value' || header.length !== 2) {
    return {
      ok: false,
      errors: [
        { row: 1, column: 'period,value', message: `表头应为 “period,value”，实际为 “${lines[0] ?? ''}”` },
      ],
    };
  }
  const series: SeriesPoint[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const row = i + 1;
    if (line.trim() === '') {
      continue;
    }
    const cells = line.split(',').map((c) => c.trim());
    if (cells.length !== 2) {
      errors.push({ row, column: 'value', message: `应有 2 列（period,value），实际 ${cells.length} 列` });
      continue;
    }
    const [period, raw] = cells as [string, string];
    if (!parsePeriod(period)) {
      errors.push({ row, column: 'period', message: `“${period}” 不是 YYYY-MM 格式的月份` });
    }
    if (!NUMBER.test(raw)) {
      errors.push({ row, column: 'value', message: `“${raw}” 不是数值` });
    }
    if (parsePeriod(period) && NUMBER.test(raw)) {
      const prev = series[series.length - 1];
      if (prev && prev.period >= period) {
        errors.push({
          row,
          column: 'period',
          message:
            prev.period === period
              ? `月份 ${period} 重复`
              : `月份 ${period} 早于上一行 ${prev.period}，须按时间升序`,
        });
        continue;
      }
      series.push({ period, value: Number(raw) });
    }
  }
  if (errors.length === 0 && series.length === 0) {
    errors.push({ row: 2, column: 'period', message: '文件没有数据行' });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, series };
}

/** `第3行 value 列：…` — the form every importer uses for a row error. */
export function formatRowError(e: RowError): string {
  return `第${e.row}行 ${e.column} 列：${e.message}`;
}

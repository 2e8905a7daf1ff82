/**
 * Rows of a bureau's target-value workbook (.xlsx): 目标编号 | 实际值 | 截至日期 | 依据. Each bad cell is
 * reported by row and column in Chinese; the importer commits nothing while any row is bad.
 */
import type { RowError } from './series-csv.ts';

export const actualImportColumns = [
  { key: 'target', header: '目标编号', required: true },
  { key: 'value', header: '实际值', required: true },
  { key: 'asOf', header: '截至日期', required: true },
  { key: 'evidence', header: '依据', required: true },
] as const;
export type ActualImportKey = (typeof actualImportColumns)[number]['key'];
export type Cell = string | number | boolean | Date | null;

export interface ParsedActual {
  targetId: string;
  value: number;
  asOf: string;
  evidence: string;
}

const header = (key: ActualImportKey) => actualImportColumns.find((c) => c.key === key)!.header;

function dateOf(cell: Cell): string | null {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  }
  const s = String(cell ?? '').trim();
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s);
  if (!m) {
    return null;
  }
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}

/**
 * One row: the target by its id (or its Chinese name), a number (thousands separators allowed), a date
 * not after today, and a non-empty evidence note.
 */
export function parseActualRow(
  row: number,
  cells: Partial<Record<ActualImportKey, Cell>>,
  targets: readonly { id: string; nameZh: string }[],
  today: string,
): { ok: true; value: ParsedActual } | { ok: false; errors: RowError[] } {
  const errors: RowError[] = [];
  const rawTarget = String(cells.target ?? '').trim();
  const target = targets.find((t) => t.id === rawTarget || t.nameZh === rawTarget);
  if (!target) {
    errors.push({
      row,
      column: header('target'),
      message: rawTarget === '' ? '必填' : `没有编号或名称为“${rawTarget}”的目标`,
    });
  }
  const rawValue = cells.value;
  const value =
    typeof rawValue === 'number'
      ? rawValue
      : Number(
          String(rawValue ?? '')
            .trim()
            .replace(/,/g, '') || NaN,
        );
  if (!Number.isFinite(value)) {
    errors.push({ row, column: header('value'), message: `“${String(rawValue ?? '')}” 不是数值` });
  }
  const asOf = dateOf(cells.asOf ?? null);
  if (!asOf) {
    errors.push({
      row,
      column: header('asOf'),
      message: `“${String(cells.asOf ?? '')}” 不是日期（YYYY-MM-DD）`,
    });
  } else if (asOf > today) {
    errors.push({ row, column: header('asOf'), message: `${asOf} 晚于今天（${today}）` });
  }
  const evidence = String(cells.evidence ?? '').trim();
  if (evidence.length < 2) {
    errors.push({ row, column: header('evidence'), message: '请填写依据（文件、统计口径或来源）' });
  }
  if (errors.length > 0 || !target || !asOf) {
    return { ok: false, errors };
  }
  return { ok: true, value: { targetId: target.id, value, asOf, evidence: evidence.slice(0, 2000) } };
}

/**
 * Ledger import rows: the spreadsheet columns centers keep today and the row checks, with messages in
 * Chinese naming the column. Amounts are typed in 元 in the sheet and stored in 分.
 */
import { isValidIndustryCode, normalizeIndustryCode } from '../reference/industries.ts';
import { isValidRegionCode } from '../reference/regions.ts';
import { validateCreditCode } from '../organisation/credit-code.ts';
import { serviceTypeLabels, serviceTypeValues, type ServiceType } from './vocabulary.ts';

export const ledgerImportColumns = [
  { key: 'serviceType', header: '服务类型', required: true },
  { key: 'serviceDate', header: '服务日期', required: true },
  { key: 'creditCode', header: '企业统一社会信用代码', required: true },
  { key: 'title', header: '服务名称', required: true },
  { key: 'outcome', header: '服务成果', required: false },
  { key: 'amountYuan', header: '金额（元）', required: false },
  { key: 'preferential', header: '普惠服务（是/否）', required: false },
  { key: 'regionCode', header: '地区代码', required: false },
  { key: 'industryCode', header: '行业代码', required: false },
] as const;

export type LedgerImportKey = (typeof ledgerImportColumns)[number]['key'];
export type CellValue = string | number | boolean | Date | null | undefined;

export interface LedgerImportRow {
  serviceType: ServiceType;
  serviceDate: string;
  creditCode: string;
  title: string;
  outcome: string;
  amountFen: number | null;
  preferential: boolean;
  regionCode: string | null;
  industryCode: string | null;
}

export interface RowProblem {
  column: string;
  message: string;
}

/** 元 as typed ("1,234.5", 1234.5) to integer 分, or null when not a valid amount. */
export function yuanToFen(value: CellValue): number | null {
  const text = typeof value === 'number' ? value.toFixed(6) : String(value ?? '').replace(/[,，\s]/g, '');
  const m = /^(\d{1,13})(?:\.(\d+))?$/.exec(text);
  if (!m) {
    return null;
  }
  const decimals = (m[2] ?? '').replace(/0+$/, '');
  if (decimals.length > 2) {
    return null;
  }
  return Number(m[1]) * 100 + Number(decimals.padEnd(2, '0'));
}

function text(value: CellValue): string {
  if (value instanceof Date) {
    return value.toISOString().slice(0, 10);
  }
  return String(value ?? '').trim();
}

/** A date cell: an Excel date (read as a UTC midnight) or YYYY-MM-DD / YYYY/MM/DD text. */
export function parseDateCell(value: CellValue): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return value.toISOString().slice(0, 10);
  }
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text(value));
  if (!m) {
    return null;
  }
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

const typeByLabel = new Map<string, ServiceType>(
  serviceTypeValues.flatMap((t) => [
    [t.toLowerCase(), t] as [string, ServiceType],
    [serviceTypeLabels[t].zh, t] as [string, ServiceType],
  ]),
);

/** Checks one sheet row; `today` bounds the service date (no future services). */
export function parseLedgerRow(
  cells: Partial<Record<LedgerImportKey, CellValue>>,
  today: string,
): { row: LedgerImportRow | null; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const problem = (key: LedgerImportKey, message: string) =>
    problems.push({ column: ledgerImportColumns.find((c) => c.key === key)!.header, message });
  for (const c of ledgerImportColumns) {
    if (c.required && text(cells[c.key]) === '') {
      problem(c.key, '必填，不能为空');
    }
  }
  const typeText = text(cells.serviceType);
  const serviceType = typeByLabel.get(typeText) ?? typeByLabel.get(typeText.toLowerCase());
  if (typeText && !serviceType) {
    problem(
      'serviceType',
      `「${typeText}」不是有效的服务类型（可选：${serviceTypeValues.map((t) => serviceTypeLabels[t].zh).join('、')}）`,
    );
  }
  const dateText = text(cells.serviceDate);
  const serviceDate = parseDateCell(cells.serviceDate);
  if (dateText && !serviceDate) {
    problem('serviceDate', `「${dateText}」不是有效日期（格式 YYYY-MM-DD）`);
  } else if (serviceDate && serviceDate > today) {
    problem('serviceDate', `服务日期 ${serviceDate} 晚于今天，台账只记录已提供的服务`);
  }
  const codeText = text(cells.creditCode).toUpperCase();
  if (codeText) {
    const check = validateCreditCode(codeText);
    if (!check.ok) {
      problem('creditCode', `「${codeText}」不是有效的统一社会信用代码：${check.message.zh}`);
    }
  }
  const title = text(cells.title);
  if (title.length > 200) {
    problem('title', '不能超过 200 字');
  }
  const amountText = text(cells.amountYuan);
  const amountFen = amountText === '' ? null : yuanToFen(cells.amountYuan);
  if (amountText !== '' && amountFen === null) {
    problem('amountYuan', `「${amountText}」不是有效金额（非负数，最多两位小数）`);
  }
  const prefText = text(cells.preferential);
  let preferential = false;
  if (['是', 'Y', 'y', 'yes', 'true', '1'].includes(prefText)) {
    preferential = true;
  } else if (!['', '否', 'N', 'n', 'no', 'false', '0'].includes(prefText)) {
    problem('preferential', `「${prefText}」应填「是」或「否」`);
  }
  const regionText = text(cells.regionCode);
  if (regionText && !isValidRegionCode(regionText)) {
    problem('regionCode', `「${regionText}」不是有效的行政区划代码`);
  }
  const industryText = text(cells.industryCode).toUpperCase();
  if (industryText && !isValidIndustryCode(industryText)) {
    problem('industryCode', `「${industryText}」不是有效的国民经济行业代码`);
  }
  if (problems.length > 0 || !serviceType || !serviceDate) {
    return { row: null, problems };
  }
  return {
    row: {
      serviceType,
      serviceDate,
      creditCode: codeText,
      title,
      outcome: text(cells.outcome),
      amountFen,
      preferential,
      regionCode: regionText || null,
      industryCode: industryText ? (normalizeIndustryCode(industryText) ?? industryText) : null,
    },
    problems,
  };
}

/**
 * Risk warnings (风险预警) as data: each rule names what it watches, its severity, who owns the warning
 * and how many days they have. `evaluateWarningRules` turns facts into warnings; it is pure, so the same
 * facts always give the same warnings and re-running it never duplicates one (each has a stable key).
 */
import { z } from 'zod';
import { localizedSchema } from '../policy/schema.ts';
import { getDetector, type Anomaly } from './detectors.ts';
import type { TargetStatus } from './projection.ts';

export const severitySchema = z.enum(['high', 'medium', 'low']);
export type Severity = z.infer<typeof severitySchema>;

const ruleBase = {
  id: z.string().min(1),
  name: localizedSchema,
  severity: severitySchema,
  /** Calendar days from detection to the due date. */
  dueDays: z.number().int().positive(),
};

export const warningRuleSchema = z.discriminatedUnion('kind', [
  z.object({
    ...ruleBase,
    kind: z.literal('seriesAnomaly'),
    /** Only anomalies among a series' latest periods warn: older ones were news at their time. */
    recentPeriods: z.number().int().positive(),
  }),
  z.object({ ...ruleBase, kind: z.literal('centerIdle'), months: z.number().int().positive() }),
  z.object({
    ...ruleBase,
    kind: z.literal('targetProjection'),
    statuses: z.array(z.enum(['red', 'amber'])).min(1),
  }),
]);
export type WarningRule = z.infer<typeof warningRuleSchema>;

/** The rules shipped; an installation may replace them (they validate against `warningRuleSchema`). */
export const defaultWarningRules: WarningRule[] = warningRuleSchema.array().parse([
  {
    id: 'series-anomaly',
    kind: 'seriesAnomaly',
    name: { zh: '监测序列异常波动', en: 'Anomaly on a monitoring series' },
    severity: 'medium',
    dueDays: 10,
    recentPeriods: 3,
  },
  {
    id: 'center-idle-3-months',
    kind: 'centerIdle',
    months: 3,
    name: { zh: '促进中心连续3个月无已确认服务', en: 'Center without confirmed services for 3 months' },
    severity: 'medium',
    dueDays: 15,
  },
  {
    id: 'target-projected-red',
    kind: 'targetProjection',
    statuses: ['red'],
    name: { zh: '目标预计无法完成', en: 'Target projected to be missed' },
    severity: 'high',
    dueDays: 30,
  },
]);

/** Facts the rules read, gathered by the app layer from the records. */
export interface WarningFacts {
  today: string;
  anomalies: {
    seriesId: string;
    seriesName: string;
    regionCode: string;
    anomaly: Anomaly;
    /** How many periods before the series' last one the anomaly lies (0 = the last period). */
    fromEnd: number;
  }[];
  centers: {
    centerId: string;
    centerName: string;
    regionCode: string;
    lastConfirmedService: string | null;
    since: string;
  }[];
  targets: {
    targetId: string;
    targetName: string;
    regionCode: string;
    status: TargetStatus;
    projected: number | null;
    value: number;
  }[];
}

/** A warning a rule raises, before it is stored. `key` identifies it across runs. */
export interface WarningCandidate {
  key: string;
  ruleId: string;
  severity: Severity;
  regionCode: string;
  subject: { kind: 'series' | 'center' | 'target'; id: string; name: string };
  /** Why, in Chinese and English, with the numbers. */
  reason: { zh: string; en: string };
  dueDate: string;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The date `months` calendar months before `date` (clamped to the month's last day). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const idx = y * 12 + (m - 1) - months;
  const year = Math.floor(idx / 12);
  const month = (idx % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

const fmt = (n: number | null) => (n === null ? '—' : String(Math.round(n * 100) / 100));

/** Applies every rule to the facts. */
export function evaluateWarningRules(rules: readonly WarningRule[], facts: WarningFacts): WarningCandidate[] {
  const out: WarningCandidate[] = [];
  for (const rule of rules) {
    const due = addDays(facts.today, rule.dueDays);
    const base = { ruleId: rule.id, severity: rule.severity, dueDate: due };
    if (rule.kind === 'seriesAnomaly') {
      for (const { seriesId, seriesName, regionCode, anomaly: a, fromEnd } of facts.anomalies) {
        if (fromEnd >= rule.recentPeriods) {
          continue;
        }
        // Officials read the method's name, not its code.
        const method = getDetector(a.method)?.name ?? { zh: a.method, en: a.method };
        out.push({
          ...base,
          key: `${rule.id}:${seriesId}:${a.period}`,
          regionCode,
          subject: { kind: 'series', id: seriesId, name: seriesName },
          reason: {
            zh: `${seriesName} ${a.period} 值 ${fmt(a.value)}，前12个月中位数 ${fmt(a.baseline)}，上年同月 ${fmt(a.sameMonthLastYear)}，偏离 ${fmt(a.deviation)}，稳健Z分数 ${fmt(a.z)} 超过阈值 ${a.threshold}（${method.zh}）`,
            en: `${a.period} value ${fmt(a.value)}, trailing-12 median ${fmt(a.baseline)}, same month last year ${fmt(a.sameMonthLastYear)}, deviation ${fmt(a.deviation)}, robust z ${fmt(a.z)} above ${a.threshold} (${method.en})`,
          },
        });
      }
    } else if (rule.kind === 'centerIdle') {
      const cutoff = monthsBefore(facts.today, rule.months);
      for (const c of facts.centers) {
        // A center recognised within the window has not had the chance to be idle for the whole of it.
        const last = c.lastConfirmedService ?? null;
        if (c.since > cutoff || (last !== null && last > cutoff)) {
          continue;
        }
        out.push({
          ...base,
          key: `${rule.id}:${c.centerId}:${facts.today.slice(0, 7)}`,
          regionCode: c.regionCode,
          subject: { kind: 'center', id: c.centerId, name: c.centerName },
          reason: {
            zh: `${c.centerName} 自 ${cutoff} 以来没有已确认的服务记录（最近一次：${last ?? '无'}）`,
            en: `${c.centerName} has no confirmed service since ${cutoff} (last: ${last ?? 'none'})`,
          },
        });
      }
    } else {
      for (const t of facts.targets) {
        if (!(rule.statuses as string[]).includes(t.status)) {
          continue;
        }
        out.push({
          ...base,
          key: `${rule.id}:${t.targetId}:${t.status}`,
          regionCode: t.regionCode,
          subject: { kind: 'target', id: t.targetId, name: t.targetName },
          reason: {
            zh: `${t.targetName}：按现有实际值线性外推，截止时预计 ${fmt(t.projected)}，目标 ${fmt(t.value)}`,
            en: `${t.targetName}: projected ${fmt(t.projected)} at the deadline by a linear fit, target ${fmt(t.value)}`,
          },
        });
      }
    }
  }
  return out;
}

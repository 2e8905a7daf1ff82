/** Decision-support records as the API shows them (never DB rows), with the caller's abilities. */
import type { z } from 'zod';
import type { TargetStatus } from '../../app/targets/status.ts';
import type { seriesViewSchema, targetListSchema, WarningView } from '../../contracts/decision-support.ts';
import type { Db } from '../../db/client.ts';
import { warningComments, type SeriesRow, type WarningRow } from '../../db/loaders/decision-support.ts';
import {
  DEFAULT_THRESHOLD,
  defaultWarningRules,
  robustZTrailing12,
  type DetectionOutcome,
  type DetectionRefusal,
  type SeriesPoint,
} from '../../domain/monitoring/index.ts';
import type { PolicyPack } from '../../domain/policy/schema.ts';
import { NATIONAL_REGION_CODE } from '../../domain/jurisdiction/index.ts';
import { regionFullName } from '../../domain/reference/regions.ts';

/** Rule id → its name, for warnings raised by rules no longer shipped too. */
export const ruleNames = new Map(defaultWarningRules.map((r) => [r.id, r.name]));

export function presentTargets(
  pack: PolicyPack,
  statuses: TargetStatus[],
  today: string,
  abilities: { enter: boolean; import: boolean },
): z.infer<typeof targetListSchema> {
  return {
    packId: pack.id,
    title: pack.title,
    today,
    abilities,
    items: statuses.map(({ row: _row, regionCode: _region, ...t }) => ({
      ...t,
      abilities: { enter: abilities.enter },
    })),
  };
}

export function presentSeries(
  s: SeriesRow & { months?: number },
  points: SeriesPoint[],
  outcome: DetectionOutcome,
  describe: (r: DetectionRefusal) => string,
): z.infer<typeof seriesViewSchema> {
  return {
    id: s.id,
    name: s.name,
    indicator: s.indicator,
    unit: s.unit,
    regionCode: s.regionCode,
    regionName: regionFullName(s.regionCode) ?? s.regionCode,
    source: s.source as 'computed' | 'imported',
    months: points.length,
    lastPeriod: points.at(-1)?.period ?? null,
    mergeJanFeb: s.mergeJanFeb,
    points,
    method: { id: robustZTrailing12.id, name: robustZTrailing12.name, threshold: DEFAULT_THRESHOLD },
    anomalies: outcome.ok ? outcome.anomalies : [],
    refusal: outcome.ok
      ? null
      : {
          zh: describe(outcome.refusal),
          en:
            outcome.refusal.code === 'too_short'
              ? `The series has ${outcome.refusal.months} months; detection needs at least ${outcome.refusal.needed}`
              : `Period ${outcome.refusal.period} breaks the monthly order (expected ${outcome.refusal.expected})`,
        },
  };
}

/**
 * The owner of a warning in a region: 工业和信息化部 for the country, the province's 工业和信息化厅, the
 * city's 工业和信息化局 (the authorities of PRODUCT.md's role table).
 */
export function ownerOf(regionCode: string): { zh: string; en: string } {
  if (regionCode === NATIONAL_REGION_CODE) {
    return { zh: '工业和信息化部', en: 'Ministry of Industry and Information Technology' };
  }
  const province = regionCode.endsWith('0000');
  const city = regionCode.slice(0, 4) + '00';
  const name = regionFullName(province ? regionCode : city) ?? regionCode;
  return province
    ? { zh: `${name}工业和信息化厅`, en: `Department of Industry and IT, ${name}` }
    : { zh: `${name}工业和信息化局`, en: `Bureau of Industry and IT, ${name}` };
}

export async function presentWarnings(
  db: Db,
  rows: WarningRow[],
  abilities: (w: WarningRow) => WarningView['abilities'],
): Promise<WarningView[]> {
  const comments = await warningComments(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((w) => ({
    id: w.id,
    ruleId: w.ruleId,
    ruleName: ruleNames.get(w.ruleId) ?? { zh: w.ruleId, en: w.ruleId },
    severity: w.severity as WarningView['severity'],
    regionCode: w.regionCode,
    regionName: regionFullName(w.regionCode) ?? w.regionCode,
    subject: { kind: w.subjectKind as WarningView['subject']['kind'], id: w.subjectId, name: w.subjectName },
    reason: w.reason,
    owner: ownerOf(w.regionCode),
    dueDate: w.dueDate,
    status: w.status as WarningView['status'],
    acknowledgedAt: w.acknowledgedAt?.toISOString() ?? null,
    closedAt: w.closedAt?.toISOString() ?? null,
    closeNote: w.closeNote,
    createdAt: w.createdAt.toISOString(),
    comments: comments
      .filter((c) => c.warningId === w.id)
      .map((c) => ({ author: c.author, body: c.body, at: c.at.toISOString() })),
    abilities: abilities(w),
  }));
}

/**
 * 刷新监测与预警: recompute the series the platform derives from its records (confirmed services per
 * month per city), run the detectors on every series in scope, and raise the warnings the rules give.
 * Idempotent: a warning's key is stable, so running twice raises nothing new.
 */
import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import {
  centersWithLastService,
  confirmedServicesByCityMonth,
  existingWarningKeys,
  listSeries,
  seriesPoints,
} from '../../db/loaders/decision-support.ts';
import type { ListScope } from '../../db/loaders/scope.ts';
import { monitoringPoints, monitoringSeries, riskWarnings } from '../../db/schema/index.ts';
import {
  defaultWarningRules,
  evaluateWarningRules,
  robustZTrailing12,
  type WarningFacts,
} from '../../domain/monitoring/index.ts';
import { regionName } from '../../domain/reference/regions.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { packRegion, targetsPack, targetStatuses } from '../targets/status.ts';

function nextMonth(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

function inScope(scope: ListScope, regionCode: string): boolean {
  return scope.all || scope.regionPrefixes.some((p) => regionCode.startsWith(p));
}

/** Rewrites the computed series of the cities in scope, zero-filling months without services. */
async function refreshComputedSeries(tx: Db, scope: ListScope, today: string): Promise<number> {
  const rows = await confirmedServicesByCityMonth(tx, scope);
  const current = today.slice(0, 7);
  const byCity = new Map<string, Map<string, number>>();
  for (const r of rows) {
    if (r.period >= current) {
      continue; // the running month is incomplete: it would read as a drop
    }
    const m = byCity.get(r.city) ?? new Map<string, number>();
    m.set(r.period, r.n);
    byCity.set(r.city, m);
  }
  for (const [city, months] of byCity) {
    const key = `ledger-confirmed-services:${city}`;
    const [existing] = await tx.select().from(monitoringSeries).where(eq(monitoringSeries.key, key));
    const id = existing?.id ?? uuidv7();
    if (!existing) {
      await tx.insert(monitoringSeries).values({
        id,
        key,
        name: `${regionName(city) ?? city} 已确认服务次数`,
        indicator: 'confirmedServices',
        unit: '次',
        regionCode: city,
        source: 'computed',
      });
    } else {
      await tx.update(monitoringSeries).set({ updatedAt: new Date() }).where(eq(monitoringSeries.id, id));
    }
    await tx.delete(monitoringPoints).where(eq(monitoringPoints.seriesId, id));
    const first = [...months.keys()].sort()[0]!;
    const values: { seriesId: string; period: string; value: number }[] = [];
    for (let p = first; p < current; p = nextMonth(p)) {
      values.push({ seriesId: id, period: p, value: months.get(p) ?? 0 });
    }
    await tx.insert(monitoringPoints).values(values);
  }
  return byCity.size;
}

/** Refreshes the series in `scope` and raises new warnings; returns the counts. */
export async function refreshMonitoring(input: {
  actor: Actor;
  tx: Db;
  scope: ListScope;
  scopeRegion: string;
  today: string;
}): Promise<{ seriesRefreshed: number; warningsRaised: number }> {
  const { actor, tx, scope, today } = input;
  const seriesRefreshed = await refreshComputedSeries(tx, scope, today);
  const series = await listSeries(tx, scope);
  const points = await seriesPoints(
    tx,
    series.map((s) => s.id),
  );
  const facts: WarningFacts = { today, anomalies: [], centers: [], targets: [] };
  for (const s of series) {
    const own = points.filter((p) => p.seriesId === s.id);
    const outcome = robustZTrailing12.detect(own, { mergeJanFeb: s.mergeJanFeb });
    if (!outcome.ok) {
      continue;
    }
    const last = own.at(-1)?.period ?? '';
    const periods = own.map((p) => p.period);
    for (const anomaly of outcome.anomalies) {
      // A merged 1—2月 is labelled YYYY-01/02; its position is February's.
      const at = periods.indexOf(anomaly.period.replace('-01/02', '-02'));
      const fromEnd = at < 0 ? 0 : periods.indexOf(last) - at;
      facts.anomalies.push({
        seriesId: s.id,
        seriesName: s.name,
        regionCode: s.regionCode,
        anomaly,
        fromEnd,
      });
    }
  }
  for (const c of await centersWithLastService(tx, scope)) {
    facts.centers.push({
      centerId: c.id,
      centerName: c.name,
      regionCode: c.regionCode,
      lastConfirmedService: c.last,
      since: c.since,
    });
  }
  const pack = targetsPack();
  if (inScope(scope, packRegion(pack))) {
    for (const t of await targetStatuses(tx, today)) {
      facts.targets.push({
        targetId: t.id,
        targetName: t.name.zh,
        regionCode: t.regionCode,
        status: t.status,
        projected: t.projected,
        value: t.value,
      });
    }
  }
  const candidates = evaluateWarningRules(defaultWarningRules, facts);
  const seen = await existingWarningKeys(
    tx,
    candidates.map((c) => c.key),
  );
  const fresh = candidates.filter((c) => !seen.has(c.key));
  for (let i = 0; i < fresh.length; i += 500) {
    await tx.insert(riskWarnings).values(
      fresh.slice(i, i + 500).map((c) => ({
        id: uuidv7(),
        key: c.key,
        ruleId: c.ruleId,
        severity: c.severity,
        regionCode: c.regionCode,
        subjectKind: c.subject.kind,
        subjectId: c.subject.id,
        subjectName: c.subject.name,
        reason: c.reason,
        dueDate: c.dueDate,
      })),
    );
  }
  await appendAudit(tx, actor, {
    action: 'monitoring.refresh',
    targetType: 'region',
    targetId: input.scopeRegion,
    scopeRegion: input.scopeRegion,
    detail: { seriesRefreshed, warningsRaised: fresh.length },
  });
  return { seriesRefreshed, warningsRaised: fresh.length };
}

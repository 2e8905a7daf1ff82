/**
 * Computes a center's record-proven metrics for a period: the SQL below selects, per definition and source,
 * the earliest record of each (unit, confirmation) pair; the pure reducer in domain/metrics/from-records
 * decides what counts. Any center, any period; read-only.
 */
import { and, asc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  centerEvents,
  contestTeams,
  courseAttendance,
  industryEducationAgreements,
  offerClaims,
  organisations,
  serviceRecords,
} from '../../db/schema/index.ts';
import type { Confirmation } from '../../domain/center-platform/vocabulary.ts';
import {
  monthsOf,
  recordMetricDefinitions,
  reduceCandidates,
  windowOf,
  type MetricResult,
  type Period,
  type RecordMetricDefinition,
  type SourceSpec,
  type UnitCandidate,
} from '../../domain/metrics/from-records.ts';

interface Window {
  from: string | null;
  to: string;
}

function between(column: Parameters<typeof lte>[0], window: Window): SQL | undefined {
  return window.from === null
    ? lte(column, window.to)
    : and(gte(column, window.from), lte(column, window.to));
}

/** Ledger candidates: one row per (unit, confirmation), the earliest record (by date, then id). */
async function ledgerCandidates(
  db: Db,
  centerId: string,
  def: RecordMetricDefinition,
  spec: SourceSpec,
  window: Window,
  byMonth: boolean,
): Promise<UnitCandidate[]> {
  const conditions: (SQL | undefined)[] = [
    eq(serviceRecords.centerId, centerId),
    between(serviceRecords.serviceDate, window),
  ];
  if (spec.serviceTypes) {
    conditions.push(inArray(serviceRecords.serviceType, [...spec.serviceTypes]));
  }
  if (spec.smeOnly) {
    conditions.push(eq(serviceRecords.enterpriseSme, true));
  }
  if (spec.preferentialOnly) {
    conditions.push(eq(serviceRecords.preferential, true));
  }
  const fields = {
    id: serviceRecords.id,
    date: serviceRecords.serviceDate,
    confirmation: serviceRecords.confirmation,
  };
  let rows: { unit: string | null; id: string; date: string; confirmation: string }[];
  if (def.unit === 'record') {
    rows = (
      await db
        .select(fields)
        .from(serviceRecords)
        .where(and(...conditions))
    ).map((r) => ({
      ...r,
      unit: `serviceRecords:${r.id}`,
    }));
  } else {
    const unitColumn =
      def.unit === 'enterprise'
        ? serviceRecords.enterpriseId
        : def.unit === 'region'
          ? serviceRecords.regionCode
          : serviceRecords.industryCode;
    if (def.unit === 'industry') {
      conditions.push(sql`${serviceRecords.industryCode} is not null`);
    }
    const month = sql<string>`to_char(${serviceRecords.serviceDate}, 'YYYY-MM')`;
    const distinct = byMonth
      ? [month, unitColumn, serviceRecords.confirmation]
      : [unitColumn, serviceRecords.confirmation];
    rows = await db
      .selectDistinctOn(distinct, { ...fields, unit: unitColumn })
      .from(serviceRecords)
      .where(and(...conditions))
      .orderBy(...distinct, asc(serviceRecords.serviceDate), asc(serviceRecords.id));
  }
  return rows
    .filter((r) => r.unit !== null)
    .map((r) => ({
      unit: byMonth ? `${r.date.slice(0, 7)}|${r.unit}` : r.unit!,
      confirmation: r.confirmation as Confirmation,
      source: 'serviceRecords',
      id: r.id,
      date: r.date,
    }));
}

/** Candidates of sources without confirmation (all count as confirmed). */
async function otherCandidates(
  db: Db,
  centerId: string,
  def: RecordMetricDefinition,
  spec: SourceSpec,
  window: Window,
  byMonth: boolean,
): Promise<UnitCandidate[]> {
  const asRecords = (rows: { id: string; date: string; enterpriseId?: string | null }[]): UnitCandidate[] =>
    rows.flatMap((r) => {
      const unit = def.unit === 'record' ? `${spec.source}:${r.id}` : (r.enterpriseId ?? null);
      return unit === null
        ? []
        : [
            {
              unit: byMonth ? `${r.date.slice(0, 7)}|${unit}` : unit,
              confirmation: 'confirmed' as const,
              source: spec.source,
              id: r.id,
              date: r.date,
            },
          ];
    });
  switch (spec.source) {
    case 'courseAttendance':
      return asRecords(
        await db
          .select({
            id: courseAttendance.id,
            date: courseAttendance.attendedOn,
            enterpriseId: courseAttendance.organisationId,
          })
          .from(courseAttendance)
          .where(and(eq(courseAttendance.centerId, centerId), between(courseAttendance.attendedOn, window))),
      );
    case 'centerEvents':
      return asRecords(
        await db
          .select({ id: centerEvents.id, date: centerEvents.heldOn })
          .from(centerEvents)
          .where(
            and(
              eq(centerEvents.centerId, centerId),
              between(centerEvents.heldOn, window),
              spec.eventKinds ? inArray(centerEvents.kind, [...spec.eventKinds]) : undefined,
            ),
          ),
      );
    case 'contestTeams':
      return asRecords(
        await db
          .select({ id: contestTeams.id, date: centerEvents.heldOn })
          .from(contestTeams)
          .innerJoin(centerEvents, eq(centerEvents.id, contestTeams.eventId))
          .where(
            and(
              eq(contestTeams.centerId, centerId),
              eq(centerEvents.kind, 'contest'),
              between(centerEvents.heldOn, window),
            ),
          ),
      );
    case 'industryEducationAgreements':
      return asRecords(
        await db
          .select({ id: industryEducationAgreements.id, date: industryEducationAgreements.signedOn })
          .from(industryEducationAgreements)
          .where(
            and(
              eq(industryEducationAgreements.centerId, centerId),
              between(industryEducationAgreements.signedOn, window),
            ),
          ),
      );
    case 'offerClaims':
      return asRecords(
        await db
          .select({
            id: offerClaims.id,
            date: offerClaims.claimedOn,
            enterpriseId: offerClaims.organisationId,
          })
          .from(offerClaims)
          .innerJoin(organisations, eq(organisations.id, offerClaims.organisationId))
          .where(
            and(
              eq(offerClaims.centerId, centerId),
              between(offerClaims.claimedOn, window),
              spec.smeOnly ? eq(organisations.sme, true) : undefined,
            ),
          ),
      );
    case 'serviceRecords':
      return ledgerCandidates(db, centerId, def, spec, window, byMonth);
  }
}

async function candidatesFor(
  db: Db,
  centerId: string,
  def: RecordMetricDefinition,
  window: Window,
  byMonth = false,
): Promise<UnitCandidate[]> {
  const parts = await Promise.all(
    def.sources.map((spec) => otherCandidates(db, centerId, def, spec, window, byMonth)),
  );
  const out = parts.flat();
  return out;
}

/** Every record-proven metric of one center for a period, each with the records behind it. */
export async function computeCenterMetrics(
  db: Db,
  centerId: string,
  period: Period,
  keys?: readonly string[],
): Promise<MetricResult[]> {
  const defs = keys ? recordMetricDefinitions.filter((d) => keys.includes(d.key)) : recordMetricDefinitions;
  // Concurrent: on PostgreSQL the definitions run on separate pooled connections (PGlite queues them).
  return Promise.all(
    defs.map(async (def) =>
      reduceCandidates(def.key, await candidatesFor(db, centerId, def, windowOf(def, period))),
    ),
  );
}

export interface MetricTrend {
  key: string;
  months: { month: string; value: number; pending: number }[];
}

/** Month-by-month values of the per-period metrics (each month counted as its own period). */
export async function computeMetricTrends(db: Db, centerId: string, period: Period): Promise<MetricTrend[]> {
  const months = monthsOf(period);
  return Promise.all(
    recordMetricDefinitions
      .filter((d) => d.window === 'period')
      .map(async (def) => {
        const byMonth = new Map<string, UnitCandidate[]>();
        for (const c of await candidatesFor(db, centerId, def, windowOf(def, period), true)) {
          const month = c.unit.slice(0, 7);
          const list = byMonth.get(month);
          if (list) {
            list.push(c);
          } else {
            byMonth.set(month, [c]);
          }
        }
        return {
          key: def.key,
          months: months.map((month) => {
            const r = reduceCandidates(def.key, byMonth.get(month) ?? []);
            return { month, value: r.value, pending: r.pending.value };
          }),
        };
      }),
  );
}

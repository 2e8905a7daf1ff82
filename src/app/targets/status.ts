/** Every 2025 target of the pack with its actual values (computed, entered, imported), projection and status. */
import type { Db } from '../../db/client.ts';
import { listTargetActuals, type TargetActualRow } from '../../db/loaders/decision-support.ts';
import type { TargetStatusRow, TargetView } from '../../contracts/decision-support.ts';
import {
  deadlineOf,
  projectToDeadline,
  responsibleUnitsOf,
  targetStatus,
  type ActualPoint,
} from '../../domain/monitoring/index.ts';
import { NATIONAL_REGION_CODE } from '../../domain/jurisdiction/index.ts';
import { getPack } from '../../domain/policy/packs/index.ts';
import type { PolicyPack, Target } from '../../domain/policy/schema.ts';
import { computedSources } from './computed.ts';

export const TARGETS_PACK_ID = 'shandong-targets-2025';

export type TargetStatus = Omit<TargetView, 'abilities'> & { row: TargetStatusRow; regionCode: string };

export function targetsPack(): PolicyPack {
  const pack = getPack(TARGETS_PACK_ID);
  if (!pack) {
    throw new Error(`policy pack ${TARGETS_PACK_ID} is not shipped`);
  }
  return pack;
}

/** The region a pack's targets belong to (the whole country for a national pack). */
export function packRegion(pack: PolicyPack): string {
  return pack.jurisdiction.regionCode ?? NATIONAL_REGION_CODE;
}

type HistoryPoint = TargetView['history'][number];

function storedHistory(rows: TargetActualRow[]): HistoryPoint[] {
  // The newest row of a date is in force; earlier rows of that date stay as history.
  const newest = new Map<string, string>();
  for (const r of rows) {
    newest.set(r.asOf, r.id);
  }
  return rows.map((r) => ({
    id: r.id,
    value: r.value,
    asOf: r.asOf,
    source: r.source as 'entered' | 'imported',
    evidence: r.evidence,
    recordedBy: r.recordedByName,
    recordedAt: r.recordedAt.toISOString(),
    superseded: newest.get(r.asOf) !== r.id,
  }));
}

function round(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}

async function statusOf(
  db: Db,
  target: Target,
  regionCode: string,
  rows: TargetActualRow[],
  today: string,
): Promise<TargetStatus> {
  const computed = computedSources[target.id];
  const computedPoints: HistoryPoint[] = computed
    ? (await computed.history(db, regionCode, today)).map((p) => ({
        id: null,
        value: p.value,
        asOf: p.asOf,
        source: 'computed',
        evidence: computed.describe.zh,
        recordedBy: null,
        recordedAt: null,
        superseded: false,
      }))
    : [];
  const history = [...computedPoints, ...storedHistory(rows)]
    .filter((p) => p.asOf <= today)
    .sort((a, b) => a.asOf.localeCompare(b.asOf));
  const effective = history.filter((p) => !p.superseded);
  // One reading per date: a value entered or imported for a date replaces the computed one.
  const byDate = new Map<string, HistoryPoint>();
  for (const p of effective) {
    const seen = byDate.get(p.asOf);
    if (!seen || seen.source === 'computed') {
      byDate.set(p.asOf, p);
    }
  }
  const points: ActualPoint[] = [...byDate.values()].map((p) => ({ asOf: p.asOf, value: p.value }));
  const latest = [...byDate.values()].at(-1) ?? null;
  const deadline = deadlineOf(target.targetYear);
  const projection = projectToDeadline(points, deadline);
  const projected = projection?.projected ?? null;
  const status = targetStatus(target.comparator, target.value, projected);
  const { units, inferred } = responsibleUnitsOf(target.source.ref);
  const row: TargetStatusRow = {
    id: target.id,
    target: target.value,
    actual: latest?.value ?? null,
    asOf: latest?.asOf ?? null,
    projected,
    status,
  };
  return {
    id: target.id,
    name: target.name,
    comparator: target.comparator,
    value: target.value,
    aim: target.aim ?? null,
    unit: target.unit,
    targetYear: target.targetYear,
    deadline,
    sourceRef: target.source.ref,
    responsibleUnits: units,
    responsibleUnitsInferred: inferred,
    computedFrom: computed?.describe ?? null,
    actual: row.actual,
    asOf: row.asOf,
    actualSource: latest?.source ?? null,
    projected,
    projectionMethod: projection?.method ?? null,
    slopePerYear: projection?.slopePerYear ?? null,
    gap:
      projected === null
        ? null
        : round(
            target.comparator === 'lte' || target.comparator === 'lt'
              ? target.value - projected
              : projected - target.value,
          ),
    status,
    history,
    row,
    regionCode,
  };
}

/** Status of every target of the pack as of `today`. */
export async function targetStatuses(db: Db, today: string): Promise<TargetStatus[]> {
  const pack = targetsPack();
  const regionCode = packRegion(pack);
  const rows = await listTargetActuals(db, pack.id);
  const out: TargetStatus[] = [];
  for (const target of pack.targets) {
    out.push(
      await statusOf(
        db,
        target,
        regionCode,
        rows.filter((r) => r.targetId === target.id),
        today,
      ),
    );
  }
  return out;
}

/**
 * Targets against actual values: a least-squares line through the actual values' history, read at the
 * deadline, and a green/amber/red status from the target's comparator.
 */
import { linearRegression, linearRegressionLine } from 'simple-statistics';
import type { Comparator } from '../policy/schema.ts';

/** One actual value of a target's metric, as of a calendar date. */
export interface ActualPoint {
  asOf: string;
  value: number;
}

export type TargetStatus = 'green' | 'amber' | 'red' | 'unknown';

export interface Projection {
  /** The value the line reaches at the deadline; with one point, that point (no trend to extend). */
  projected: number;
  /** Change per year of the fitted line; 0 with a single point. */
  slopePerYear: number;
  method: 'least-squares-linear' | 'single-point';
}

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

/** The deadline of a target year: 到2025年 means by the end of 2025. */
export function deadlineOf(targetYear: number): string {
  return `${targetYear}-12-31`;
}

/**
 * Ordinary least squares of value on time (days) over every actual point, evaluated at the deadline.
 * Several points on one day are all kept (each is a reading); one distinct day gives no trend.
 */
export function projectToDeadline(points: readonly ActualPoint[], deadline: string): Projection | null {
  if (points.length === 0) {
    return null;
  }
  const xy = points.map((p) => [dayNumber(p.asOf), p.value] as [number, number]);
  const days = new Set(xy.map(([x]) => x));
  if (days.size < 2) {
    const latest = points[points.length - 1]!;
    return { projected: latest.value, slopePerYear: 0, method: 'single-point' };
  }
  const fit = linearRegression(xy);
  const line = linearRegressionLine(fit);
  return {
    projected: round(line(dayNumber(deadline))),
    slopePerYear: round(fit.m * 365),
    method: 'least-squares-linear',
  };
}

function round(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}

/**
 * Status bands (data, not code paths): green when the projection meets the target, amber when it misses
 * by at most `amberShare` of the target, red beyond. 左右 (approx) counts as met within `approxShare`.
 */
export const STATUS_BANDS = { amberShare: 0.1, approxShare: 0.05 } as const;

/** Green/amber/red of a projected value against a target `comparator value`. */
export function targetStatus(
  comparator: Comparator,
  targetValue: number,
  projected: number | null,
  bands: { amberShare: number; approxShare: number } = STATUS_BANDS,
): TargetStatus {
  if (projected === null) {
    return 'unknown';
  }
  const scale = Math.abs(targetValue) || 1;
  // Shortfall as a share of the target: ≤ 0 means met.
  let shortfall: number;
  switch (comparator) {
    case 'gte':
      shortfall = (targetValue - projected) / scale;
      break;
    case 'gt':
      shortfall = projected > targetValue ? -1 : (targetValue - projected) / scale || Number.EPSILON;
      break;
    case 'lte':
      shortfall = (projected - targetValue) / scale;
      break;
    case 'lt':
      shortfall = projected < targetValue ? -1 : (projected - targetValue) / scale || Number.EPSILON;
      break;
    case 'approx':
      // 左右: overshooting an approximate aim is not a miss.
      shortfall = (targetValue - projected) / scale - bands.approxShare;
      break;
    case 'eq':
      shortfall = Math.abs(projected - targetValue) / scale;
      break;
  }
  if (shortfall <= 0) {
    return 'green';
  }
  return shortfall <= bands.amberShare ? 'amber' : 'red';
}

/**
 * Anomaly detectors for monitoring series (异常数据波动). Each detector is named and replaceable; each
 * flagged point explains itself: value, baselines, deviation, score, threshold and method.
 */
import { mean, median } from 'simple-statistics';
import type { Localized } from '../policy/schema.ts';
import { monthIndex, toDetectionPoints, type SeriesPoint } from './series.ts';

/** Options shared by the detectors; each has a stated default. */
export interface DetectOptions {
  /** Robust z above which a point is flagged (default 3.5, Iglewicz & Hoaglin). */
  threshold?: number;
  /** Fold January and February into one period (default false). */
  mergeJanFeb?: boolean;
  /** Months of history the series needs before any point is judged (default 24). */
  minHistoryMonths?: number;
}

/** One flagged point, with everything needed to explain why. */
export interface Anomaly {
  period: string;
  value: number;
  /** Median of the trailing 12 months: the value the point is compared with. */
  baseline: number;
  /** The same month one year earlier, when the series has it. */
  sameMonthLastYear: number | null;
  /** value − baseline. */
  deviation: number;
  /** Robust z-score; null when the window is constant (no spread to scale by) and the point differs. */
  z: number | null;
  threshold: number;
  method: string;
}

/** Why a series could not be judged. */
export type DetectionRefusal =
  | { code: 'too_short'; months: number; needed: number }
  | { code: 'not_monthly'; period: string; expected: string };

export type DetectionOutcome =
  | { ok: true; method: string; anomalies: Anomaly[] }
  | { ok: false; method: string; refusal: DetectionRefusal };

/** A replaceable detector. */
export interface Detector {
  id: string;
  name: Localized;
  detect(series: readonly SeriesPoint[], options?: DetectOptions): DetectionOutcome;
}

export const DEFAULT_THRESHOLD = 3.5;
export const DEFAULT_MIN_HISTORY_MONTHS = 24;
/** 0.6745 = Φ⁻¹(0.75): makes MAD comparable to a standard deviation under normality. */
const MAD_SCALE = 0.6745;
/** √(π/2)·… : with MAD = 0, the mean absolute deviation scaled by 1.2533 stands in (IBM SPSS convention). */
const MEAN_AD_SCALE = 1.253314;

function expectedNext(period: string): string {
  const i = monthIndex(period) + 1;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** The first period that breaks month-by-month order, if any. */
function firstGap(series: readonly SeriesPoint[]): DetectionRefusal | undefined {
  for (let i = 1; i < series.length; i++) {
    const expected = expectedNext(series[i - 1]!.period);
    if (series[i]!.period !== expected) {
      return { code: 'not_monthly', period: series[i]!.period, expected };
    }
  }
  return undefined;
}

/**
 * Robust z-score over the trailing 12 months: z = 0.6745·|x − median| / MAD, where median and MAD are
 * those of the 12 months before x (x itself excluded so a spike cannot mask itself).
 */
export const robustZTrailing12: Detector = {
  id: 'robust-z-trailing-12',
  name: {
    zh: '稳健Z分数（前12个月中位数与MAD）',
    en: 'Robust z-score (median and MAD of the trailing 12 months)',
  },
  detect(series, options = {}) {
    const method = this.id;
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    const needed = options.minHistoryMonths ?? DEFAULT_MIN_HISTORY_MONTHS;
    const gap = firstGap(series);
    if (gap) {
      return { ok: false, method, refusal: gap };
    }
    if (series.length < needed) {
      return { ok: false, method, refusal: { code: 'too_short', months: series.length, needed } };
    }
    const merge = options.mergeJanFeb ?? false;
    const points = toDetectionPoints(series, merge);
    // A merged year has 11 periods: the window still spans 12 months.
    const window = merge ? 11 : 12;
    const anomalies: Anomaly[] = [];
    for (let i = window; i < points.length; i++) {
      const x = points[i]!;
      const trailing = points.slice(i - window, i).map((p) => p.value);
      const baseline = median(trailing);
      // MAD = median(|v − median|); computed from the baseline already in hand rather than through
      // medianAbsoluteDeviation(), which would find the same median again (a third of the run time).
      const absDeviations = trailing.map((v) => Math.abs(v - baseline));
      const mad = median(absDeviations);
      const deviation = x.value - baseline;
      let z: number | null;
      if (mad > 0) {
        z = (MAD_SCALE * Math.abs(deviation)) / mad;
      } else {
        const meanAd = mean(absDeviations);
        z = meanAd > 0 ? Math.abs(deviation) / (MEAN_AD_SCALE * meanAd) : deviation === 0 ? 0 : null;
      }
      if (z === null || z > threshold) {
        const lastYear = points[i - window];
        anomalies.push({
          period: x.period,
          value: x.value,
          baseline,
          sameMonthLastYear: lastYear && lastYear.month === x.month ? lastYear.value : null,
          deviation,
          z: z === null ? null : Math.round(z * 1000) / 1000,
          threshold,
          method,
        });
      }
    }
    return { ok: true, method, anomalies };
  },
};

/** The detectors shipped, by id; the first is the default. */
export const detectors: readonly Detector[] = [robustZTrailing12];

/** A detector by id. */
export function getDetector(id: string): Detector | undefined {
  return detectors.find((d) => d.id === id);
}

/** The refusal in Chinese, naming what is wrong. */
export function describeRefusal(r: DetectionRefusal): string {
  return r.code === 'too_short'
    ? `序列只有 ${r.months} 个月，异常检测至少需要 ${r.needed} 个月的历史数据`
    : `期间 ${r.period} 不连续：应为 ${r.expected}（序列须逐月连续、按时间升序）`;
}

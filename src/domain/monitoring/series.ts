/**
 * Monthly monitoring series (监测序列): one value per `YYYY-MM` period, in period order.
 *
 * Chinese statistics often publish January and February as one period (1—2月) because the Spring Festival
 * moves between them; `mergeJanFeb` folds them into one point labelled `YYYY-01/02` whose value is their
 * monthly average, so it stays comparable with the single months around it.
 */

/** One observation of a monthly series. */
export interface SeriesPoint {
  period: string;
  value: number;
}

/** A period label: `YYYY-MM`, or `YYYY-01/02` for a merged January–February. */
export const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Year and month (1–12) of a `YYYY-MM` period; undefined when malformed. */
export function parsePeriod(period: string): { year: number; month: number } | undefined {
  const m = PERIOD_PATTERN.exec(period);
  if (!m) {
    return undefined;
  }
  return { year: Number(m[1]), month: Number(m[2]) };
}

/** Months since year 0: consecutive periods differ by exactly 1. */
export function monthIndex(period: string): number {
  const p = parsePeriod(period);
  if (!p) {
    throw new Error(`not a YYYY-MM period: ${period}`);
  }
  return p.year * 12 + p.month - 1;
}

/** A point as the detectors see it: its label, the month it stands for and its value. */
export interface DetectionPoint {
  period: string;
  /** The calendar month this point represents (2 for a merged 1—2月). */
  month: number;
  year: number;
  value: number;
}

/**
 * Folds January and February of each year into one point: the mean of the two months (a year with only
 * one of them keeps that month's value).
 */
export function toDetectionPoints(series: readonly SeriesPoint[], mergeJanFeb: boolean): DetectionPoint[] {
  const points: DetectionPoint[] = series.map((p) => {
    const { year, month } = parsePeriod(p.period) ?? { year: NaN, month: NaN };
    return { period: p.period, year, month, value: p.value };
  });
  if (!mergeJanFeb) {
    return points;
  }
  const out: DetectionPoint[] = [];
  for (const p of points) {
    const prev = out[out.length - 1];
    if (p.month === 2 && prev && prev.year === p.year && prev.month === 1) {
      out[out.length - 1] = {
        period: `${p.year}-01/02`,
        year: p.year,
        month: 2,
        value: (prev.value + p.value) / 2,
      };
    } else if (p.month === 2) {
      out.push({ ...p, period: `${p.year}-01/02` });
    } else {
      out.push(p);
    }
  }
  return out;
}

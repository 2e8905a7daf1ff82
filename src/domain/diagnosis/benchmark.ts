/**
 * Benchmarks (分行业分区域绩效基准): where an enterprise's score stands among peers of the same model.
 * Peer cells go from the narrowest (same industry division, city and size band) to the whole country;
 * a cell with fewer than `MIN_SAMPLE` assessments is too small to say anything, so the next wider one
 * is used and the report says which, always with its sample size.
 */

/** Below this many assessments a cell falls back to the next wider one. */
export const MIN_SAMPLE = 15;

/** The peer cells, narrowest first. */
export const benchmarkCells = [
  'industry_city_size',
  'industry_city',
  'industry_province',
  'industry_national',
  'province',
  'national',
] as const;
export type BenchmarkCell = (typeof benchmarkCells)[number];

/** The enterprise's peer keys; a missing key skips the cells that need it. */
export interface PeerKeys {
  /** GB/T 4754 division, two digits. */
  industryDivision: string | null;
  /** GB/T 2260 code of the enterprise. */
  regionCode: string;
  sizeBand: string | null;
}

/** The region prefix of a code at city (4 digits) or province (2 digits) level. */
export const cityPrefix = (regionCode: string): string => regionCode.slice(0, 4);
export const provincePrefix = (regionCode: string): string => regionCode.slice(0, 2);

/** The cells that apply to these keys, narrowest first. */
export function applicableCells(keys: PeerKeys): BenchmarkCell[] {
  return benchmarkCells.filter((cell) => {
    if (cell.startsWith('industry') && keys.industryDivision === null) {
      return false;
    }
    return !(cell === 'industry_city_size' && keys.sizeBand === null);
  });
}

/** Counts of one cell around the enterprise's score. */
export interface CellCounts {
  cell: BenchmarkCell;
  /** Assessments in the cell (the enterprise's own included). */
  n: number;
  below: number;
  equal: number;
}

export interface Benchmark {
  cell: BenchmarkCell;
  sampleSize: number;
  /** Mid-rank percentile, 0–100: the share of peers scoring lower, ties counted half. */
  percentile: number;
  /** The narrower cells skipped for being too small, with their sizes. */
  skipped: { cell: BenchmarkCell; sampleSize: number }[];
  /** True when even the widest cell is below the minimum: shown, but flagged as thin. */
  thin: boolean;
}

/** Mid-rank percentile of a score with `below` lower and `equal` equal scores among `n`. */
export function midRankPercentile(n: number, below: number, equal: number): number {
  return n === 0 ? 0 : Math.round(((below + equal / 2) / n) * 1000) / 10;
}

/** Picks the narrowest cell with at least `minSample` assessments (else the widest), null when empty. */
export function pickBenchmark(cells: readonly CellCounts[], minSample = MIN_SAMPLE): Benchmark | null {
  const skipped: Benchmark['skipped'] = [];
  for (const c of cells) {
    if (c.n >= minSample) {
      return {
        cell: c.cell,
        sampleSize: c.n,
        percentile: midRankPercentile(c.n, c.below, c.equal),
        skipped,
        thin: false,
      };
    }
    skipped.push({ cell: c.cell, sampleSize: c.n });
  }
  const widest = cells.at(-1);
  if (!widest || widest.n === 0) {
    return null;
  }
  return {
    cell: widest.cell,
    sampleSize: widest.n,
    percentile: midRankPercentile(widest.n, widest.below, widest.equal),
    skipped: skipped.slice(0, -1),
    thin: true,
  };
}

/**
 * Time to run anomaly detection (robust z over the trailing 12 months) over many monthly series, pure
 * domain, no database: `node bin/tsx.mjs bench/monitoring-detect.ts [series] [months]`.
 * Default 310,000 series (31 provinces × 1,000 centers × 10 indicators) × 36 months, as issue #11 sizes it.
 */
import { robustZTrailing12, type SeriesPoint } from '../src/domain/monitoring/index.ts';

const seriesCount = Number(process.argv[2] ?? 310_000);
const months = Number(process.argv[3] ?? 36);

// A deterministic pseudo-random walk with seasonality and rare spikes.
let seed = 20261205;
const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const periods = Array.from(
  { length: months },
  (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
);
function makeSeries(): SeriesPoint[] {
  return periods.map((period, i) => ({
    period,
    value: 100 + 10 * Math.sin((i / 12) * 2 * Math.PI) + rand() * 8 + (rand() < 0.005 ? 200 : 0),
  }));
}

const batch = Array.from({ length: 1000 }, makeSeries);

/** The detector over every series; returns milliseconds and the number of flagged points. */
function runDetector(): { ms: number; flagged: number } {
  const started = performance.now();
  let flagged = 0;
  for (let i = 0; i < seriesCount; i++) {
    const r = robustZTrailing12.detect(batch[i % batch.length]!);
    if (r.ok) {
      flagged += r.anomalies.length;
    }
  }
  return { ms: performance.now() - started, flagged };
}

/**
 * Baseline in the same run: the bare arithmetic the method cannot avoid — for every month after the first
 * 12, sort the trailing 12 values and take their median — with no MAD, no explanation, no objects.
 */
function runBare(): number {
  const started = performance.now();
  let sink = 0;
  const window = new Float64Array(12);
  for (let i = 0; i < seriesCount; i++) {
    const series = batch[i % batch.length]!;
    for (let m = 12; m < series.length; m++) {
      for (let k = 0; k < 12; k++) {
        window[k] = series[m - 12 + k]!.value;
      }
      window.sort();
      sink += (window[5]! + window[6]!) / 2;
    }
  }
  if (Number.isNaN(sink)) {
    throw new Error('unreachable: keeps the loop from being optimised away');
  }
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const RUNS = 3;
const detector: number[] = [];
const bare: number[] = [];
let flagged = 0;
for (let run = 0; run < RUNS; run++) {
  const r = runDetector();
  detector.push(r.ms);
  flagged = r.flagged;
  bare.push(runBare());
}
const ms = median(detector);
const baseMs = median(bare);
console.log(
  JSON.stringify({
    series: seriesCount,
    months,
    flagged,
    runs: RUNS,
    seconds: Math.round(ms) / 1000,
    perSeriesMicros: Math.round((ms * 1000) / seriesCount),
    baselineSeconds: Math.round(baseMs) / 1000,
    ratio: Math.round((ms / baseMs) * 100) / 100,
  }),
);

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
const started = performance.now();
let flagged = 0;
for (let i = 0; i < seriesCount; i++) {
  const r = robustZTrailing12.detect(batch[i % batch.length]!);
  if (r.ok) {
    flagged += r.anomalies.length;
  }
}
const ms = performance.now() - started;
console.log(
  JSON.stringify({
    series: seriesCount,
    months,
    flagged,
    seconds: Math.round(ms) / 1000,
    perSeriesMicros: Math.round((ms * 1000) / seriesCount),
  }),
);

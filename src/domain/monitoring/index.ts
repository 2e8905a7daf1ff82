/** Monitoring (产业监测) and risk warnings (风险预警): series, detectors, target projections, warning rules. */
export * from './series.ts';
export * from './series-csv.ts';
export * from './detectors.ts';
export * from './projection.ts';
export * from './warning-rules.ts';
export * from './responsible-units.ts';
export * from './actuals-import.ts';

/** Contracts of the center's service platform (ledger, training, events, offers, finance, dashboard). */
export * from './ledger.ts';
export * from './training.ts';
export * from './events.ts';
export * from './offers.ts';
export * from './finance.ts';
export * from './metrics.ts';

/** The center's public service platform (except the resource pools): ledger, training, events, offers, finance. */
export * from './center-platform/ledger.ts';
export * from './center-platform/training.ts';
export * from './center-platform/events.ts';
export * from './center-platform/offers.ts';
export * from './center-platform/finance.ts';

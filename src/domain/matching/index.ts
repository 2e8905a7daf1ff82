/** Supply–demand matching (供需对接): explainable ranking of catalog items for a need. */
export * from './types.ts';
export * from './weights.ts';
export * from './components.ts';
export * from './rank.ts';
export * from './text-relevance.ts';
export * from './schema.ts';
export * from './demand.ts';

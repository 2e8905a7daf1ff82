/** Expert review: conflicts of interest, panel proposal, scoring forms, aggregation. */
export * from './fields.ts';
export * from './conflicts.ts';
export * from './panels.ts';
export * from './scoring.ts';
export * from './aggregate.ts';
export * from './assignment.ts';
export * from './shortfalls.ts';
export * from './pool-import.ts';

/** Annual reports and evidence-based annual evaluation: the cycle per pack and the declared-vs-proven form. */
export * from './cycle.ts';
export * from './evidence.ts';

/** The whole database schema, one file per aggregate. */
export * from './organisations.ts';
export * from './accounts.ts';
export * from './audit.ts';
export * from './reference.ts';
export * from './centers.ts';
export * from './recognition.ts';
export * from './center-platform.ts';
export * from './notifications.ts';
export * from './resources.ts';
export * from './directory.ts';
export * from './publicity.ts';
export * from './review.ts';
export * from './evaluation.ts';
export * from './management.ts';
export * from './diagnosis.ts';
export * from './decision-support.ts';
export * from './matching.ts';

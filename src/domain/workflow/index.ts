/** Workflow state machines (application recognition; evaluation and change filings as they arrive). */
export * from './application.ts';
export * from './plan.ts';

/** The server's contracts (types and zod schemas), re-exported so web code imports them from one place. */
export * from '../../../src/contracts/common.ts';
export * from '../../../src/contracts/auth.ts';
export * from '../../../src/contracts/users.ts';
export * from '../../../src/contracts/organisations.ts';
export * from '../../../src/contracts/audit.ts';
export * from '../../../src/contracts/reference.ts';
export * from '../../../src/contracts/calendar.ts';

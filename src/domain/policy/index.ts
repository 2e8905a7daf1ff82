/** Policy packs as data and the engine that reads them. */
export * from './schema.ts';
export * from './profile.ts';
export * from './engine/index.ts';
export { getPack, packIds, policyPacks } from './packs/index.ts';

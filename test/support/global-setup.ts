/** Builds the migrated, demo-seeded template database once per test run. */
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildTemplate, testDbKind } from './databases.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDumpPath: string;
    testDbKind: 'pglite' | 'postgres';
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const kind = testDbKind();
  const dumpPath = resolve('test-artifacts', `template-${process.pid}.tar`);
  await buildTemplate(kind, dumpPath);
  project.provide('pgliteDumpPath', dumpPath);
  project.provide('testDbKind', kind);
}

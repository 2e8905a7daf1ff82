#!/usr/bin/env node
// Fails when src/db/schema and the committed migrations drift: drizzle-kit would generate a new one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, cpSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'dtpc-migrations-'));
cpSync('src/db/migrations', out, { recursive: true });
const r = spawnSync(
  'npx',
  [
    'drizzle-kit',
    'generate',
    '--dialect',
    'postgresql',
    '--schema',
    './src/db/schema/index.ts',
    '--out',
    out,
    '--name',
    'drift_check',
  ],
  { encoding: 'utf8' },
);
const drift = readdirSync(out).filter((f) => f.includes('drift_check'));
rmSync(out, { recursive: true, force: true });
if (r.status !== 0) {
  console.error(r.stdout, r.stderr);
  process.exit(1);
}
if (drift.length > 0) {
  console.error(
    'The schema changed without a migration: run `npm run db:generate -- --name <what-it-does>` and commit it.',
  );
  process.exit(1);
}
console.log('migrations match the schema');

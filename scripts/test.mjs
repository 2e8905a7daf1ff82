#!/usr/bin/env node
// The whole suite, as `npm test` runs it: lint, type check, unit tests, API tests on PGlite and — when
// PostgreSQL is reachable — on PostgreSQL, the web build, and the browser flows in Chromium.
import { spawnSync } from 'node:child_process';
import { connect } from 'node:net';

const started = Date.now();
const results = [];

function run(name, command, args, env = {}) {
  const t0 = Date.now();
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  results.push({ name, ok, seconds: Math.round((Date.now() - t0) / 1000) });
  if (!ok) {
    summary();
    console.error(`\n${name} failed`);
    process.exit(r.status ?? 1);
  }
}

function summary() {
  console.log('\n=== summary ===');
  for (const r of results) {
    console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds}s)`);
  }
  console.log(`total ${Math.round((Date.now() - started) / 1000)}s`);
}

function reachable(host, port) {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 1000 });
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

const npx = 'npx';
run('lint (eslint + prettier)', npx, ['eslint', '.']);
run('format check', npx, ['prettier', '--check', '.']);
run('type check', npx, ['tsc', '--noEmit', '-p', 'tsconfig.json']);
run('migrations in sync with the schema', 'node', ['scripts/check-migrations.mjs']);
run('server build (compiled CLI)', 'node', ['scripts/build-server.mjs']);
run('unit tests', npx, ['vitest', 'run', '--project', 'unit']);
run('API tests on PGlite', npx, ['vitest', 'run', '--project', 'api'], { DTPC_TEST_DB: 'pglite' });

let pgUrl = process.env.DTPC_TEST_PG_URL;
if (!pgUrl && process.env.DATABASE_URL) {
  pgUrl = process.env.DATABASE_URL;
}
if (!pgUrl && (await reachable('127.0.0.1', 5432))) {
  pgUrl = 'postgres://postgres@127.0.0.1:5432/postgres';
}
if (pgUrl) {
  run('API tests on PostgreSQL', npx, ['vitest', 'run', '--project', 'api'], {
    DTPC_TEST_DB: 'postgres',
    DTPC_TEST_PG_URL: pgUrl,
  });
} else {
  console.log(
    '\nPostgreSQL not reachable (set DATABASE_URL or run one on 127.0.0.1:5432): PostgreSQL API run not possible here.',
  );
}
run('web build', 'npm', ['run', 'build:web']);
run('browser flows (Chromium)', npx, ['vitest', 'run', '--project', 'e2e']);
summary();

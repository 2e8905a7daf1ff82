/**
 * Start-up cost: `node bin/tsx.mjs bench/startup.ts [runs]` (default 3 runs, medians).
 *
 * Server: time from spawning `dtpc serve` on an existing embedded (PGlite) data directory until
 * `/api/health` answers 200, compiled (dist/server, `npm run build:server`) and through tsx, against a bare
 * Fastify process answering the same path, started the same way in the same run. CLI: a command that needs
 * no server (`dtpc calendar add-working-days`) compiled and through tsx, against bare `node -e ''`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const runs = Number(process.argv[2] ?? 3);
const root = resolve(import.meta.dirname, '..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function untilHealthy(port: number, child: ReturnType<typeof spawn>): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`server exited with ${child.exitCode}`);
    }
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (r.status === 200) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function timeStart(args: string[], env: Record<string, string>, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: 'ignore',
  });
  try {
    await untilHealthy(port, child);
    return performance.now() - started;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const bareServer = [
  '--input-type=module',
  '-e',
  "import Fastify from 'fastify'; const app = Fastify(); app.get('/api/health', async () => ({ status: 'ok' })); await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });",
];

function timeCommand(args: string[], env: Record<string, string> = {}): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, ...env } });
  if (r.status !== 0) {
    throw new Error(`${args.join(' ')} failed: ${r.stderr.toString()}`);
  }
  return performance.now() - started;
}

spawnSync(process.execPath, ['scripts/build-server.mjs'], { cwd: root, stdio: 'inherit' });
const dataDir = mkdtempSync(join(tmpdir(), 'dtpc-startup-'));
const serve = ['bin/dtpc.mjs', 'serve'];
const env = { DTPC_DATA_DIR: dataDir, DTPC_ARGON2_FAST: '1' };
try {
  // The first start creates and migrates the data directory; it is reported on its own.
  const first = await timeStart(serve, env, 3931);
  const bare: number[] = [];
  const compiled: number[] = [];
  const tsx: number[] = [];
  for (let i = 0; i < runs; i++) {
    bare.push(await timeStart(bareServer, {}, 3932));
    compiled.push(await timeStart(serve, env, 3931));
    tsx.push(await timeStart(serve, { ...env, DTPC_TSX: '1' }, 3931));
  }
  const cliArgs = ['bin/dtpc.mjs', 'calendar', 'add-working-days', '2026-10-01', '5'];
  const bareNode: number[] = [];
  const cliCompiled: number[] = [];
  const cliTsx: number[] = [];
  for (let i = 0; i < runs; i++) {
    bareNode.push(timeCommand(['-e', '']));
    cliCompiled.push(timeCommand(cliArgs));
    cliTsx.push(timeCommand(cliArgs, { DTPC_TSX: '1' }));
  }
  const row = (what: string, ms: number, base: number) =>
    console.log(`${what.padEnd(46)} ${ms.toFixed(0).padStart(6)} ms   ${(ms / base).toFixed(1)} ×`);
  console.log(`\nmedians of ${runs} runs (ratio to the bare baseline of the same run)`);
  row('bare Fastify start → /api/health 200', median(bare), median(bare));
  row('dtpc serve, PGlite, compiled', median(compiled), median(bare));
  row('dtpc serve, PGlite, tsx', median(tsx), median(bare));
  row('dtpc serve, first start (creates + migrates)', first, median(bare));
  row('bare node -e ""', median(bareNode), median(bareNode));
  row('dtpc calendar add-working-days, compiled', median(cliCompiled), median(bareNode));
  row('dtpc calendar add-working-days, tsx', median(cliTsx), median(bareNode));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

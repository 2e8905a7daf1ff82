#!/usr/bin/env node
// Compiles the server and CLI (src/cli/index.ts and everything it imports) to JavaScript in dist/server,
// so `dtpc` starts without compiling TypeScript at run time. npm packages stay external (they are plain
// JavaScript already); each CLI command group becomes its own chunk, loaded only when named. The list of
// inputs goes to dist/server/inputs.json so bin/dtpc.mjs can tell when the build is older than the sources.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';

// npm packages stay external, except JSON data files imported from them (e.g. chinese-days' holiday
// tables), which are inlined: Node needs an import attribute for JSON that esbuild does not carry over.
const externalPackagesExceptJson = {
  name: 'external-packages-except-json',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.endsWith('.json') ? undefined : { path: args.path, external: true },
    );
  },
};

const outdir = 'dist/server';
const t0 = Date.now();
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { dtpc: 'src/cli/index.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  plugins: [externalPackagesExceptJson],
  sourcemap: 'linked',
  outExtension: { '.js': '.mjs' },
  chunkNames: '[name]-[hash]',
  metafile: true,
  logLevel: 'warning',
});
const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.startsWith('node_modules/'));
writeFileSync(`${outdir}/inputs.json`, JSON.stringify({ builtAt: Date.now(), inputs }));
console.log(`server built to ${outdir} in ${Date.now() - t0} ms (${inputs.length} source files)`);

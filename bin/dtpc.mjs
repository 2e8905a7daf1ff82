#!/usr/bin/env node
// The `dtpc` command. Runs the compiled CLI (dist/server, made by `npm run build:server`, which `npm start`
// and the test command run) when it is newer than every source file it was built from; otherwise — in
// development, after an edit — it compiles the TypeScript at run time with tsx. DTPC_TSX=1 forces tsx.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = resolve(root, 'dist/server/dtpc.mjs');

function compiledIsCurrent() {
  if (process.env.DTPC_TSX === '1' || !existsSync(compiled)) {
    return false;
  }
  try {
    const { builtAt, inputs } = JSON.parse(readFileSync(resolve(root, 'dist/server/inputs.json'), 'utf8'));
    return inputs.every((file) => statSync(resolve(root, file)).mtimeMs <= builtAt);
  } catch {
    return false; // a source file was removed or the manifest is unreadable: rebuild by running from source
  }
}

if (compiledIsCurrent()) {
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/index.ts');
}

// Vite config for the DTPC web app: root web/, output web/dist, /api proxied to the Fastify server in dev.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const COMPRESSIBLE = /\.(js|mjs|css|svg|json|txt|xml|map|wasm)$/u;

/**
 * Writes `.br` and `.gz` beside every compressible file of the build (≥ 1 kB), at the highest levels since
 * this runs once per build, not once per request; @fastify/static (preCompressed) sends the one the client
 * accepts. index.html is skipped: the server stamps a per-request CSP nonce into it, so it is never sent
 * as a file.
 */
function precompress(): Plugin {
  const brotli = promisify(brotliCompress);
  const gz = promisify(gzip);
  let outDir = '';
  return {
    name: 'dtpc-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
      const files = entries
        .filter((e) => e.isFile() && COMPRESSIBLE.test(e.name))
        .map((e) => join(e.parentPath, e.name));
      await Promise.all(
        files.map(async (file) => {
          const data = await readFile(file);
          if (data.length < 1024) {
            return;
          }
          const [br, gzipped] = await Promise.all([
            brotli(data, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
              },
            }),
            gz(data, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gzipped)]);
        }),
      );
    },
  };
}

export default defineConfig({
  root: webRoot,
  plugins: [react(), precompress()],
  resolve: {
    // Every `from 'zod'` (the shared contracts' too) gets zod already set jitless: see the module.
    alias: [
      { find: /^zod$/u, replacement: fileURLToPath(new URL('./src/lib/zod-jitless.ts', import.meta.url)) },
    ],
  },
  server: {
    port: 5173,
    // The web imports zod contracts from ../src/contracts, outside the Vite root.
    fs: { allow: [repoRoot] },
    proxy: { '/api': { target: process.env.DTPC_API ?? 'http://localhost:3000', changeOrigin: false } },
  },
  preview: { proxy: { '/api': process.env.DTPC_API ?? 'http://localhost:3000' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
  },
});

// Vite config for the DTPC web app: root web/, output web/dist, /api proxied to the Fastify server in dev.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [react()],
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

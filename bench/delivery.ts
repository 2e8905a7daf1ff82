/**
 * JavaScript delivered per public page: `node bin/tsx.mjs bench/delivery.ts [--build] [--dist DIR]`.
 *
 * Uses the built web app in web/dist (builds it first when missing or with --build), starts the server on
 * a fresh demo-seeded embedded database, and loads each public route in Debian's Chromium with an empty
 * cache, as an anonymous visitor. Per route it prints the JavaScript Chromium transferred (its own
 * Accept-Encoding, so brotli), then the same files fetched again from the same server in the same run
 * accepting only gzip and only identity (the uncompressed baseline), and the ratio. The target:
 * the first public page transfers < 300 kB of compressed JavaScript. `--dist DIR` measures a build made
 * elsewhere (e.g. `vite build --outDir DIR`) without touching web/dist, which the browser tests use.
 */
import { spawnSync } from 'node:child_process';
import { get } from 'node:http';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startTestServer } from '../test/support/server.ts';

const root = resolve(import.meta.dirname, '..');
const TARGET_BYTES = 300 * 1000;

/** Public pages of web/src/router.tsx an anonymous visitor can open (`/` is the landing page). */
const publicRoutes = [
  '/',
  '/login',
  '/calls',
  '/publicity',
  '/directory',
  '/policy',
  '/catalog',
  '/training',
  '/centers/jinan-demo',
];

const distArg = process.argv.indexOf('--dist');
const webDist = distArg > 0 ? resolve(process.argv[distArg + 1] ?? '') : undefined;

if (!webDist && (process.argv.includes('--build') || !existsSync(join(root, 'web/dist/index.html')))) {
  console.log('building web/dist …');
  const r = spawnSync(
    'npx',
    ['vite', 'build', '--config', 'web/vite.config.ts', '--configLoader', 'runner', '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit' },
  );
  if (r.status !== 0) {
    process.exit(r.status ?? 1);
  }
}

interface Load {
  /** Where the route ended (`/` may redirect to the login page). */
  landed: string;
  scripts: string[];
  /** Bytes of JavaScript response bodies as they came over the wire (after content coding). */
  transferred: number;
  files: number;
  encodings: Set<string>;
}

const isScript = (url: string) => /\.m?js$/u.test(new URL(url).pathname);

/** Loads `route` in a fresh browser context, so with an empty cache. */
async function load(browser: Browser, base: string, route: string): Promise<Load> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const encodings = new Set<string>();
  const sizes: Promise<number>[] = [];
  const scripts: string[] = [];
  // Playwright's request sizes come from Chromium's network stack: responseBodySize is the encoded body.
  page.on('requestfinished', (request) => {
    if (isScript(request.url())) {
      scripts.push(request.url());
      sizes.push(
        (async () => {
          const response = await request.response();
          encodings.add(response?.headers()['content-encoding'] ?? 'identity');
          return (await request.sizes()).responseBodySize;
        })(),
      );
    }
  });
  await page.goto(base + route, { waitUntil: 'networkidle' });
  // On a busy machine evaluating the first chunks can outlast networkidle's 500 ms before the route's own
  // lazy chunk is requested: wait until no script has been requested for 2 s.
  for (let seen = -1, quietSince = Date.now(); Date.now() - quietSince < 2000;) {
    await page.waitForTimeout(250);
    if (scripts.length !== seen) {
      seen = scripts.length;
      quietSince = Date.now();
    }
  }
  await page.waitForLoadState('networkidle');
  page.removeAllListeners('requestfinished');
  const landed = new URL(page.url()).pathname;
  const bodies = await Promise.all(sizes);
  await context.close();
  return {
    landed,
    scripts,
    transferred: bodies.reduce((sum, n) => sum + n, 0),
    files: bodies.length,
    encodings,
  };
}

/** Bytes of the body of `url` as sent when only `encoding` is accepted (not decoded). */
function wireSize(url: string, encoding: string): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on('end', () => resolve({ bytes, encoding: res.headers['content-encoding'] ?? 'identity' }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

async function sizeAs(urls: string[], encoding: string): Promise<number> {
  const sizes = await Promise.all(urls.map((url) => wireSize(url, encoding)));
  if (sizes.some((s) => s.encoding !== encoding)) {
    console.warn(`  asked for ${encoding}, got ${[...new Set(sizes.map((s) => s.encoding))].join(', ')}`);
  }
  return sizes.reduce((sum, s) => sum + s.bytes, 0);
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

const server = await startTestServer(webDist ? { webDist } : {});
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  // This machine's network is closed: keep Chromium from reaching out at start (Playwright gives it a
  // fresh temporary profile itself).
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  console.log(
    'route                  landed at            files   br (Chromium)   gzip only   uncompressed   br/uncompr.',
  );
  let first: Load | null = null;
  for (const route of publicRoutes) {
    const br = await load(browser, server.url, route);
    const gzip = await sizeAs(br.scripts, 'gzip');
    const identity = await sizeAs(br.scripts, 'identity');
    first ??= br;
    if (br.encodings.size !== 1 || !br.encodings.has('br')) {
      console.warn(`  ${route}: Chromium got scripts as ${[...br.encodings].join(', ')}`);
    }
    console.log(
      [
        route.padEnd(22),
        br.landed.padEnd(20),
        String(br.files).padStart(5),
        kB(br.transferred).padStart(15),
        kB(gzip).padStart(11),
        kB(identity).padStart(14),
        `${((100 * br.transferred) / identity).toFixed(1)} %`.padStart(13),
      ].join(' '),
    );
  }
  if (first) {
    const verdict = first.transferred < TARGET_BYTES ? 'meets' : 'MISSES';
    console.log(
      `\nfirst public page (${publicRoutes[0]} → ${first.landed}): ${kB(first.transferred)} compressed JS — ${verdict} the < ${kB(TARGET_BYTES)} target`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}

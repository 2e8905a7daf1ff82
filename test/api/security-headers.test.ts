/**
 * Browser-facing defences: security headers on API answers and on the web app's entry page (a fresh CSP
 * nonce each time, stamped into the page), HSTS only over TLS, 404 for unknown files instead of the app
 * shell, and the Origin check on state-changing requests.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/server/app.ts';
import { cloneTemplate } from '../support/databases.ts';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../support/api.ts';

let t: TestApp;
let web: App;
let webClose: () => Promise<void>;
let dist: string;

beforeAll(async () => {
  t = await createTestApp();
  dist = mkdtempSync(join(tmpdir(), 'dtpc-web-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/app.js"></script><style>body{margin:0}</style></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1);');
  const database = await cloneTemplate(inject('testDbKind'), inject('pgliteDumpPath'));
  web = await buildApp({ database, serveWeb: true, webDist: dist });
  await web.ready();
  webClose = async () => {
    await web.close();
    await database.close();
  };
});

afterAll(async () => {
  await t.close();
  await webClose();
  rmSync(dist, { recursive: true, force: true });
});

function nonceOf(csp: string, directive: string): string {
  const match = new RegExp(`${directive}[^;]*'nonce-([^']+)'`, 'u').exec(csp);
  if (!match) {
    throw new Error(`no nonce in ${directive}: ${csp}`);
  }
  return match[1]!;
}

describe('security headers', () => {
  it('sends CSP without unsafe-inline, frame-ancestors none, nosniff and a referrer policy on API answers', async () => {
    const res = await t.request(null, 'GET', '/api/health');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    // Plain HTTP: no HSTS (it would be ignored, or pin a host that has no TLS).
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('adds HSTS when the request arrived over TLS at a trusted proxy', async () => {
    const previous = process.env.DTPC_TRUST_PROXY;
    process.env.DTPC_TRUST_PROXY = '1';
    const database = await cloneTemplate(inject('testDbKind'), inject('pgliteDumpPath'));
    const proxied = await buildApp({ database, serveWeb: false });
    try {
      const res = await proxied.inject({
        method: 'GET',
        url: '/api/health',
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/u);
    } finally {
      process.env.DTPC_TRUST_PROXY = previous;
      if (previous === undefined) {
        delete process.env.DTPC_TRUST_PROXY;
      }
      await proxied.close();
      await database.close();
    }
  });

  it('stamps a fresh nonce into the entry page that matches its CSP, for Ant Design to use', async () => {
    const first = await web.inject({ method: 'GET', url: '/' });
    const second = await web.inject({ method: 'GET', url: '/login' });
    for (const res of [first, second]) {
      expect(res.statusCode).toBe(200);
      const csp = String(res.headers['content-security-policy']);
      const style = nonceOf(csp, 'style-src');
      const script = nonceOf(csp, 'script-src');
      expect(res.body).toContain(`<meta name="csp-nonce" content="${style}" />`);
      expect(res.body).toContain(`<style nonce="${style}">`);
      expect(res.body).toContain(`<script nonce="${script}" type="module"`);
      expect(res.body).not.toContain('__DTPC_');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
    expect(nonceOf(String(first.headers['content-security-policy']), 'style-src')).not.toBe(
      nonceOf(String(second.headers['content-security-policy']), 'style-src'),
    );
  });

  it('serves real assets and answers 404 for unknown files instead of the app shell', async () => {
    const asset = await web.inject({ method: 'GET', url: '/assets/app.js' });
    expect(asset.statusCode).toBe(200);
    // robots.txt is the app's own (src/server/seo.ts); another unknown file with a query stands in for it.
    for (const url of ['/assets/missing-abc123.js', '/favicon.ico', '/index.html', '/humans.txt?x=1']) {
      const res = await web.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toMatch(/problem\+json/u);
      expect(res.body).not.toContain('<div id="root">');
    }
    // A client-side route is still the app.
    const page = await web.inject({ method: 'GET', url: '/directory/centers' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<div id="root">');
  });
});

describe('Origin check on state-changing requests', () => {
  const body = { username: 'province.sd', password: DEMO_PASSWORD };

  it('refuses a login posted from another site before looking at the password', async () => {
    const res = await t.request(null, 'POST', '/api/auth/login', body, {
      origin: 'https://evil.example',
      host: 'dtpc.example.gov.cn',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'auth.origin' });
    expect(res.json().detail).toMatch(/其他网站/u);
    expect(res.cookies.find((c) => c.name === 'dtpc_session')).toBeUndefined();
  });

  it('refuses "null" origins and cross-site fetches without an Origin', async () => {
    const fromNull = await t.request(null, 'POST', '/api/auth/login', body, { origin: 'null' });
    expect(fromNull.statusCode).toBe(403);
    const crossSite = await t.request(null, 'POST', '/api/auth/login', body, {
      'sec-fetch-site': 'cross-site',
    });
    expect(crossSite.statusCode).toBe(403);
  });

  it('lets the same origin, and clients that send none (CLI, integrations), through', async () => {
    const same = await t.request(null, 'POST', '/api/auth/login', body, {
      origin: 'https://dtpc.example.gov.cn',
      host: 'dtpc.example.gov.cn',
      'sec-fetch-site': 'same-origin',
    });
    expect(same.statusCode).toBe(200);
    const none = await t.request(null, 'POST', '/api/auth/login', body);
    expect(none.statusCode).toBe(200);
  });

  it('refuses a logged-in user’s write from another site even with the right CSRF token', async () => {
    const session = await t.login('province.sd');
    const res = await t.request(session, 'POST', '/api/auth/logout', undefined, {
      origin: 'https://evil.example',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'auth.origin' });
    // The session still works: nothing was done.
    const me = await t.request(session, 'GET', '/api/auth/me');
    expect(me.statusCode).toBe(200);
  });

  it('does not check reads', async () => {
    const res = await t.request(null, 'GET', '/api/health', undefined, { origin: 'https://evil.example' });
    expect(res.statusCode).toBe(200);
  });
});

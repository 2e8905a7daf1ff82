/**
 * 政策 pages in Debian's Chromium against the real server: the public list, the Shandong guide pack
 * with a cited criteria table, and a live 自评 with one failing value.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { launchBrowser, newContext, screenshot } from './support/browser.ts';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  context = await newContext(browser);
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('政策 (public)', () => {
  it('lists the packs without logging in', async () => {
    await page.goto(`${server.url}/policy`);
    await page
      .getByRole('link', { name: /山东省.*工作指南|工作指南/ })
      .first()
      .waitFor();
    expect(page.url()).toContain('/policy');
    await expect(page.getByRole('table').getByRole('row').count()).resolves.toBeGreaterThanOrEqual(7);
    await screenshot(page, 'policy-list');
  }, 60_000);

  it('opens the Shandong guide pack: criteria table with a citation to 000', async () => {
    await page.goto(`${server.url}/policy/shandong-guide`);
    await page
      .getByRole('cell', { name: /使用面积2000平方米以上/ })
      .first()
      .waitFor();
    const citation = page.locator('.policy-citation').first();
    await citation.waitFor();
    await citation.hover();
    await page
      .getByText(/《山东省促进中心建设工作指南（暂行）》 · /)
      .first()
      .waitFor();
    // The popover names the document by its title; the seed's file name is never shown.
    const popover = page
      .locator('.ant-popover')
      .filter({ hasText: /山东省促进中心建设工作指南/ })
      .first();
    await popover.waitFor();
    expect(await popover.innerText()).not.toMatch(/\.txt|000_/);
    await screenshot(page, 'policy-pack-shandong-guide');
  }, 60_000);

  it('self-check: a floor area below 2000 m² is 未达标 on that row', async () => {
    await page.goto(`${server.url}/policy/shandong-guide/self-check`);
    const input = page.locator('input[aria-label="建设运营场地使用面积"]');
    await input.waitFor();
    await input.fill('1500');
    const row = page
      .getByRole('row')
      .filter({ has: page.locator('.policy-citation') })
      .filter({ hasText: '≥ 2000' })
      .first();
    await row.getByText('未达标').waitFor();
    await row.getByText('1500').waitFor();
    await screenshot(page, 'policy-self-check');
  }, 60_000);
});

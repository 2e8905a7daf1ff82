/**
 * The public 验证决定 page in Chromium, in Chinese: from a center's directory page to the verification,
 * which says 有效; after the node edits the decision's audit row in its database, the same page says 无效.
 */
import { sql } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishTreeHead } from '../../src/app/transparency.ts';
import { migrateDatabase, openDatabase, type Database } from '../../src/db/client.ts';
import { syncReferenceData } from '../../src/db/reference-data.ts';
import { buildApp } from '../../src/server/app.ts';
import { makeDirectoryCenter } from '../factories/directory.ts';
import { launchBrowser, newContext, screenshot } from './support/browser.ts';
import { requireWebBuild } from './support/flows.ts';

let database: Database;
let app: Awaited<ReturnType<typeof buildApp>>;
let url: string;
let browser: Browser;
let context: BrowserContext;
let centerId: string;

beforeAll(async () => {
  requireWebBuild();
  database = await openDatabase({ dataDir: 'memory://' });
  await migrateDatabase(database);
  await syncReferenceData(database.db);
  centerId = await makeDirectoryCenter(database.db, {
    name: '济南透明日志验证促进中心',
    regionCode: '370102',
    recognisedOn: '2025-06-30',
  });
  await publishTreeHead(database.db);
  app = await buildApp({ database, serveWeb: true });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchBrowser();
  context = await newContext(browser);
});

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
  await database?.close();
});

async function verdict(page: Page): Promise<string> {
  const result = page.getByTestId('verify-result');
  await result.waitFor();
  return result.innerText();
}

describe('验证决定 in the browser', () => {
  it('says 有效 for a recognition reached from the directory, then 无效 once the node altered the row', async () => {
    const page = await context.newPage();
    await page.goto(`${url}/directory/${centerId}`);
    await page.getByTestId('verify-recognition').click();
    await page.waitForURL(/\/verify\/[0-9a-f-]{36}\?kind=recognition$/);
    expect(await verdict(page)).toBe('有效');
    expect(await page.getByTestId('decision-name').innerText()).toBe('济南透明日志验证促进中心');
    await page.getByText('认定（列入名录）').waitFor();
    await page.getByText('SM3 哈希树，SM2 签名').waitFor();
    await screenshot(page, 'verify-decision-valid-1366');

    // The node rewrites history: its database now says another name for the recognised center.
    await database.db.execute(sql`alter table audit_log disable trigger user`);
    await database.db.execute(
      sql`update audit_log set detail = jsonb_set(detail, '{name}', '"改写后的促进中心"') where action = 'directory.enter' and target_id = ${centerId}`,
    );
    await page.reload();
    expect(await verdict(page)).toBe('无效');
    expect(await page.getByTestId('decision-name').innerText()).toBe('改写后的促进中心');
    await page.getByText('记录在纳入日志后被改动过').waitFor();
    await screenshot(page, 'verify-decision-invalid-1366');
  });

  it('explains in Chinese when an id names no published decision', async () => {
    const page = await context.newPage();
    await page.goto(`${url}/verify`);
    const input = page.getByTestId('verify-decision-input').locator('input');
    await input.fill('0193a0c0-0000-7000-8000-000000000000');
    await input.press('Enter');
    await page.getByText('未找到该已公开的决定').waitFor();
  });
});

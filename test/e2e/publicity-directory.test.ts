/**
 * Browser flows of publicity and the directory in Chromium, in Chinese: Gansu opens a publicity notice
 * (window over the National Day holiday), the public files an objection on the notice page with a PDF,
 * province.gs upholds it (the decision is reopened); the public directory is filtered and exported.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { migrateDatabase, openDatabase, type Database } from '../../src/db/client.ts';
import { syncReferenceData } from '../../src/db/reference-data.ts';
import { seedDemo } from '../../src/db/demo-seed.ts';
import { applications } from '../../src/db/schema/index.ts';
import { buildApp } from '../../src/server/app.ts';
import { makeDecidedApplication, makePublicityCall } from '../factories/publicity.ts';
import { makeDirectoryCenter } from '../factories/directory.ts';
import { launchBrowser, newContext, screenshot } from './support/browser.ts';
import { chooseOption, loginAt, requireWebBuild } from './support/flows.ts';

let database: Database;
let app: Awaited<ReturnType<typeof buildApp>>;
let url: string;
let browser: Browser;
const contexts: BrowserContext[] = [];
let callId: string;
let lanzhou: string;

async function openPage(): Promise<Page> {
  const context = await newContext(browser, { acceptDownloads: true });
  contexts.push(context);
  return context.newPage();
}

function login(page: Page, username: string): Promise<void> {
  return loginAt(url, page, username);
}

beforeAll(async () => {
  requireWebBuild();
  process.env.DTPC_ARGON2_FAST ??= '1';
  database = await openDatabase({ dataDir: 'memory://' });
  await migrateDatabase(database);
  await syncReferenceData(database.db);
  await seedDemo(database.db);
  const db = database.db;
  callId = await makePublicityCall(db, { title: '2025年甘肃省数促中心评价' });
  lanzhou = await makeDecidedApplication(db, callId, {
    centerName: '兰州石化行业数促中心',
    type: 'industry',
    members: ['兰州大学', '甘肃数联科技有限公司'],
  });
  await makeDecidedApplication(db, callId, { centerName: '兰州综合数促中心' });
  await makeDirectoryCenter(db, {
    name: '青岛人才培训促进中心',
    regionCode: '370202',
    type: 'functional',
    kind: 'talent',
  });
  await makeDirectoryCenter(db, { name: '淄博综合促进中心', regionCode: '370302', members: 2 });
  await makeDirectoryCenter(db, {
    name: '天水已撤销促进中心',
    regionCode: '620502',
    revokedOn: '2025-08-01',
    recognisedOn: '2024-01-10',
  });
  app = await buildApp({ database, serveWeb: true });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  delete process.env.DTPC_TODAY;
  for (const context of contexts) {
    await context.close().catch(() => undefined);
  }
  await browser?.close();
  await app?.close();
  await database?.close();
});

afterEach(() => {
  delete process.env.DTPC_TODAY;
});

describe('publicity (公示) in the browser', () => {
  let noticePath: string;

  it('lets province.gs open a notice whose 5-working-day window runs over the National Day holiday', async () => {
    process.env.DTPC_TODAY = '2025-09-30';
    const page = await openPage();
    await login(page, 'province.gs');
    await page.goto(`${url}/publicity/new`);
    await page.locator('.ant-select').first().click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('2025年甘肃省数促中心评价').click();
    await page.getByText('兰州石化行业数促中心').waitFor();
    await page.getByRole('checkbox').first().check(); // select all
    await page.getByTestId('window-preview').getByText('2025年9月30日 至 2025年10月13日').waitFor();
    await screenshot(page, 'publicity-open-province.gs-1366');
    await page.getByRole('button', { name: '发布公示' }).click();
    await page.waitForURL(/\/publicity\/[0-9a-f-]{36}$/);
    noticePath = new URL(page.url()).pathname;
    const window = await page.getByTestId('publicity-window').innerText();
    expect(window).toContain('2025年9月30日 至 2025年10月13日');
    expect(window).toContain('5 个工作日');
    expect(await page.getByTestId('publicity-rule').innerText()).toContain('第十三条');
  });

  it('takes an objection from the public on the notice page, with a PDF, during the window', async () => {
    process.env.DTPC_TODAY = '2025-10-09';
    const page = await openPage();
    await page.goto(`${url}${noticePath}`);
    await page.getByText('拟认定名单', { exact: true }).waitFor();
    await page.getByText('兰州大学、甘肃数联科技有限公司').waitFor();
    // Validation in the browser names the fields before anything is sent.
    await page.getByRole('button', { name: '提交异议' }).click();
    await page.locator('.ant-form-item-explain-error').first().waitFor();
    expect(await page.locator('.ant-form-item-explain-error').count()).toBeGreaterThanOrEqual(3);
    await chooseOption(page, '异议对象', /兰州石化行业数促中心/);
    await page.getByLabel('姓名或单位').fill('王五');
    await page.getByLabel('联系电话或电子邮箱').fill('13800001111');
    await page.getByLabel('异议内容').fill('该中心申报的服务企业数量与实际不符，附证明材料。');
    const pdf = resolve(process.cwd(), 'test-artifacts/objection-evidence.pdf');
    writeFileSync(pdf, '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    await page.locator('input[type=file]').setInputFiles(pdf);
    await page.getByRole('button', { name: '提交异议' }).click();
    await page.getByTestId('objection-received').waitFor();
    await screenshot(page, 'publicity-objection-public-1366');
  });

  it('lets province.gs uphold the objection, which reopens the decision', async () => {
    process.env.DTPC_TODAY = '2025-10-10';
    const page = await openPage();
    await login(page, 'province.gs');
    // The bell says an objection came in.
    await page.getByTestId('notification-bell').locator('.ant-badge-count').waitFor();
    await page.goto(`${url}${noticePath}`);
    await page.getByText('待处理 1 · 成立 0 · 不成立 0').waitFor();
    await page.getByRole('button', { name: '异议处理' }).click();
    await page.getByText('该中心申报的服务企业数量与实际不符').waitFor();
    await page.getByText('objection-evidence.pdf').waitFor();
    await page.getByRole('button', { name: '异议成立' }).click();
    await page.getByLabel('处理理由').fill('经核实，服务企业数量存在虚报，退回重新审定。');
    await screenshot(page, 'publicity-uphold-province.gs-1366');
    await page.locator('.ant-modal').getByRole('button', { name: '异议成立' }).click();
    await page.locator('.ant-table').getByText('异议成立').waitFor();
    await page.locator('.ant-table').getByText('经核实，服务企业数量存在虚报').waitFor();
    const [row] = await database.db.select().from(applications).where(eq(applications.id, lanzhou));
    expect(row!.state).toBe('expert_review');
    await page.getByRole('link', { name: '返回公示' }).click();
    await page.getByText('异议成立，重新审定').waitFor();
    await screenshot(page, 'publicity-notice-after-uphold-1366');
    // The objection reached the province as an in-app notification, listed on the messages page.
    await page.goto(`${url}/notifications`);
    await page.getByText('收到公示异议：2025年甘肃省数促中心评价 拟认定名单公示').first().waitFor();
    await screenshot(page, 'notifications-province.gs-1366');
  });

  it('refuses objections on the page once the window has closed', async () => {
    process.env.DTPC_TODAY = '2025-10-14';
    const page = await openPage();
    await page.goto(`${url}${noticePath}`);
    await page.getByText('公示期已于 2025年10月13日 结束，不再受理异议。').waitFor();
    expect(await page.getByTestId('objection-form').count()).toBe(0);
  });
});

describe('directory (名录) in the browser', () => {
  it('filters by type and region and exports what it shows', async () => {
    const page = await openPage();
    await page.goto(`${url}/directory`);
    await page.getByText('淄博综合促进中心').waitFor();
    expect(await page.getByText('天水已撤销促进中心').count()).toBe(0);
    await screenshot(page, 'directory-public-1366');
    await chooseOption(page, '类型', '功能类');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await page.getByText('青岛人才培训促进中心').waitFor();
    await expect.poll(() => page.getByText('淄博综合促进中心').count()).toBe(0);
    const downloadPromise = page.waitForEvent('download');
    await page.getByTestId('directory-export').click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^促进中心名录.*\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const names: string[] = [];
    wb.worksheets[0]!.eachRow((r, n) => {
      if (n > 1) {
        names.push(String(r.getCell(2).value));
      }
    });
    expect(names).toEqual(['青岛人才培训促进中心']);
  });

  it('shows revoked centers when asked, and a center’s detail with its member units', async () => {
    const page = await openPage();
    await page.goto(`${url}/directory`);
    await chooseOption(page, '状态', '已撤销');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await page.getByText('天水已撤销促进中心').waitFor();
    await page.getByRole('link', { name: '天水已撤销促进中心' }).click();
    await page.getByText('名录沿革').waitFor();
    await page.getByText('撤销认定').waitFor();
    await page.goto(`${url}/directory`);
    await page.getByRole('link', { name: '淄博综合促进中心' }).click();
    expect(await page.getByTestId('center-members').innerText()).toContain('联合单位2有限公司');
    await screenshot(page, 'directory-detail-1366');
  });
});

/**
 * Resource pools in Debian's Chromium, in Chinese at 1366×768: the operator imports 500 resources from an
 * .xlsx with one bad row (reported row by row, nothing committed), fixes it and commits with a progress bar;
 * a visitor searches 预测性维护 and finds the predictive-maintenance solutions first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCenterBySlug } from '../../src/db/loaders/centers.ts';
import { resources } from '../../src/db/schema/index.ts';
import { importRow, importWorkbook } from '../factories/resources.ts';
import { screenshot } from './support/browser.ts';
import { BrowserFlow } from './support/flows.ts';
const TMP = resolve(process.cwd(), 'test-artifacts/tmp');

const flow = new BrowserFlow();
const { openPage, login } = flow;

async function poolSize(): Promise<number> {
  const db = flow.db;
  const center = (await findCenterBySlug(db, 'jinan-demo'))!;
  const [row] = await db.select({ n: count() }).from(resources).where(eq(resources.centerId, center.id));
  return Number(row?.n ?? 0);
}

async function writeImportFile(name: string, badRow: boolean): Promise<string> {
  const rows = Array.from({ length: 500 }, (_, i) =>
    importRow(i, { 名称: `${importRow(i)['名称']!.replace(/（.*$/, '')}（批次 A-${i + 1}）` }),
  );
  if (badRow) {
    // Excel row 101 (the header is row 1): an unknown region code and an unknown scenario.
    rows[99] = { ...rows[99]!, 服务区域: '379999', 应用场景: '研发' };
  }
  mkdirSync(TMP, { recursive: true });
  const path = resolve(TMP, name);
  writeFileSync(path, await importWorkbook(rows));
  return path;
}

beforeAll(async () => {
  await flow.start();
});

afterAll(async () => {
  await flow.close();
});

describe('resource pools in the browser', () => {
  it('reports the bad row of 500 without committing, then commits all 500 once fixed', async () => {
    const page = await openPage();
    await login(page, 'operator.1');
    await page.goto(`${flow.url}/resources?tab=import`);
    await page.getByRole('button', { name: /下载导入模板/ }).waitFor();
    const before = await poolSize();

    await page.locator('input[type=file]').setInputFiles(await writeImportFile('resources-bad.xlsx', true));
    await page.getByTestId('dry-run').click();
    const summary = page.getByTestId('import-summary');
    await summary.waitFor();
    await expect.poll(() => summary.innerText()).toContain('共 500 行，通过 499 行，错误 2 处');
    const errors = page.getByTestId('import-errors');
    await expect.poll(() => errors.innerText()).toContain('服务区域');
    const errorText = await errors.innerText();
    expect(errorText).toContain('101');
    expect(errorText).toContain('“研发”不是有效的取值');
    expect(await page.getByTestId('commit').isDisabled()).toBe(true);
    await screenshot(page, 'resources-import-dry-run-errors');
    expect(await poolSize()).toBe(before);

    await page
      .locator('input[type=file]')
      .setInputFiles(await writeImportFile('resources-fixed.xlsx', false));
    await page.getByTestId('dry-run').click();
    await expect.poll(() => summary.innerText()).toContain('共 500 行，通过 500 行，错误 0 处');
    await page.getByTestId('commit').click();
    const done = page.getByTestId('import-done');
    await done.waitFor({ timeout: 60_000 });
    expect(await done.innerText()).toContain('新增 500 条资源');
    await screenshot(page, 'resources-import-committed');
    expect(await poolSize()).toBe(before + 500);

    await page.goto(`${flow.url}/resources`);
    await page.getByRole('row').nth(1).waitFor();
    await screenshot(page, 'resources-admin-list');
  });

  it('lets a visitor find the predictive-maintenance solutions first for 预测性维护', async () => {
    const page = await openPage();
    await page.goto(`${flow.url}/catalog`);
    await page.getByTestId('catalog-total').waitFor();
    await screenshot(page, 'resources-catalog-landing');

    await page.getByPlaceholder(/输入关键词/).fill('预测性维护');
    await page.getByPlaceholder(/输入关键词/).press('Enter');
    await page.waitForURL(/q=/);
    const titles = page.getByTestId('result-title');
    // Results whose title carries the whole term come first: the first three, and none after a title without it.
    await expect
      .poll(async () => await titles.allInnerTexts(), { timeout: 15_000 })
      .toSatisfy((all: string[]) => {
        const hit = all.map((title) => title.includes('预测性维护'));
        const firstMiss = hit.indexOf(false);
        return (
          all.length >= 3 &&
          hit.slice(0, 3).every(Boolean) &&
          (firstMiss === -1 || !hit.slice(firstMiss).some(Boolean))
        );
      });
    await screenshot(page, 'resources-catalog-search');

    // Narrow to products and solutions with the kind facet: the demo's own solution is among them.
    await page.getByRole('checkbox', { name: /产品与解决方案/ }).click();
    await page.waitForURL(/kind=solution/);
    await expect
      .poll(async () => (await titles.allInnerTexts()).join('|'))
      .toMatch(/风机设备预测性维护解决方案|数控机床预测性维护与远程运维平台|预测性维护解决方案/);

    await titles.first().click();
    await page.getByText('提供方').first().waitFor();
    await screenshot(page, 'resources-detail');
  });

  it('shows a gated dataset without attachments and lets a signed-in enterprise request access', async () => {
    const page = await openPage();
    await login(page, 'enterprise.1');
    await page.goto(`${flow.url}/catalog?q=${encodeURIComponent('注塑件表面缺陷')}`);
    await page.getByText('注塑件表面缺陷样本数据集').first().click();
    await page.getByText(/附件需申请/).waitFor();
    await page.getByRole('button', { name: '申请使用' }).click();
    await page.getByPlaceholder(/请说明使用目的/).fill('用于本企业注塑产线的缺陷检测模型训练');
    await page.getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByText('申请待审批').waitFor();
    await screenshot(page, 'resources-access-requested');
  });

  it('serves the demo center’s public site with its catalog', async () => {
    const page = await openPage();
    await page.goto(`${flow.url}/centers/jinan-demo`);
    await page.getByText('济南工业互联网数字化转型促进中心（演示）').first().waitFor();
    await page.getByTestId('catalog-total').waitFor();
    await screenshot(page, 'resources-center-site');
  });
});

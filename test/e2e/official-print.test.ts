/**
 * Official print layouts (issue 18): a visitor prints a publicity notice (公示) — title, notice text with
 * its window, the proposed list as a ruled table, issuer and date at the right — and the directory
 * (名录) as it stands, with its filters and total. In print media only the document remains, and
 * Chromium prints each on A4 pages. On a phone the documents fit the screen.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserFlow, screenshotFromTop } from './support/flows.ts';

const flow = new BrowserFlow();

beforeAll(async () => {
  await flow.start();
}, 180_000);

afterAll(async () => {
  await flow.close();
});

/** Prints `page` as Chromium does and returns each page's size in points. */
async function printedPages(page: Page): Promise<[number, number][]> {
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: /打\s*印/ }).isVisible()).resolves.toBe(false);
  await expect(page.getByRole('banner').isVisible()).resolves.toBe(false);
  const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const text = pdf.toString('latin1');
  expect(text.startsWith('%PDF-')).toBe(true);
  return [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(([, w, h]) => [
    Math.round(Number(w)),
    Math.round(Number(h)),
  ]);
}

describe('official print layouts', () => {
  it('a visitor prints a publicity notice in the official layout on A4', async () => {
    const page = await flow.openPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${flow.url}/publicity`);
    const first = page.locator('.ant-layout-content a[href^="/publicity/"]').first();
    await first.waitFor();
    const title = (await first.innerText()).trim();
    await first.click();
    await page.waitForURL(/\/publicity\/[0-9a-f-]{36}$/);
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    const rows = await page.locator('.ant-table-tbody tr.ant-table-row').count();
    await page.getByTestId('print-publicity').click();
    await page.waitForURL(/\/publicity\/[0-9a-f-]{36}\/print$/);
    const doc = page.getByTestId('publicity-print');
    await doc.getByRole('heading', { level: 1, name: title }).waitFor();
    await expect(doc.locator('p.para').first().innerText()).resolves.toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    const entries = doc.getByTestId('publicity-print-entries').locator('tbody tr');
    await expect(entries.count()).resolves.toBeGreaterThan(0);
    expect(await entries.count()).toBeLessThanOrEqual(rows);
    await expect(doc.getByTestId('publicity-print-signature').innerText()).resolves.toMatch(
      /(工业和信息化厅|工业和信息化局|工业和信息化部)[\s\S]*\d{4}年\d{1,2}月\d{1,2}日/,
    );
    await screenshotFromTop(page, 'print-publicity');
    const sizes = await printedPages(page);
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.every(([w, h]) => w === 595 && h === 842)).toBe(true);
  });

  it('a visitor prints the directory with its filters, every entry and the total, on A4', async () => {
    const page = await flow.openPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${flow.url}/directory`);
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    const total = Number(
      ((await page.locator('.ant-pagination-total-text').first().innerText()).match(/\d+/) ?? ['0'])[0],
    );
    await page.getByTestId('directory-print-link').click();
    await page.waitForURL(/\/directory\/print\?status=recognised$/);
    const doc = page.getByTestId('directory-print');
    await doc
      .getByRole('heading', {
        level: 1,
        name: /工业互联网数字化转型促进中心名录\s*（截至\d{4}年\d{1,2}月\d{1,2}日）/,
      })
      .waitFor();
    await doc.getByText('筛选条件：状态：已认定').waitFor();
    const rows = doc.getByTestId('directory-print-entries').locator('tbody tr');
    await expect(rows.count()).resolves.toBe(total);
    await doc.getByText(`共 ${total} 家`).waitFor();
    await expect(rows.first().innerText()).resolves.toMatch(/已认定/);
    await screenshotFromTop(page, 'print-directory');
    const sizes = await printedPages(page);
    expect(sizes.every(([w, h]) => w === 595 && h === 842)).toBe(true);
  });

  it('on a phone both documents fit the screen', async () => {
    const page = await flow.openPage({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await page.goto(`${flow.url}/directory/print?status=recognised`);
    await page.getByTestId('directory-print-entries').locator('tbody tr').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await screenshotFromTop(page, 'print-directory-phone');
  });
});

/**
 * The search core on the public catalog (#17), in Chinese at 1366×768: an enterprise searching 质量检测 is told
 * the thesaurus also searched 缺陷检测, finds the defect-sample dataset (which never says 质量检测), and
 * sees the matched words marked in titles and summaries; "maintenance" in English finds the Chinese
 * maintenance resources.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { BrowserFlow } from './support/flows.ts';

const flow = new BrowserFlow();
const { openPage, login } = flow;

beforeAll(async () => {
  await flow.start();
});

afterAll(async () => {
  await flow.close();
});

describe('catalog search in the browser', () => {
  it('shows the synonyms also searched and highlights the matched words', async () => {
    const page = await openPage();
    // Signed in as an enterprise: the members-only defect dataset is listed too.
    await login(page, 'enterprise.1');
    await page.goto(`${flow.url}/catalog`);
    await page.getByTestId('catalog-total').waitFor();
    await page.getByPlaceholder(/输入关键词/).fill('质量检测');
    await page.getByPlaceholder(/输入关键词/).press('Enter');
    await page.waitForURL(/q=/);
    const note = page.getByTestId('search-expansions');
    await note.waitFor();
    expect(await note.innerText()).toMatch(/^也搜索了：.*缺陷检测/);
    const titles = page.getByTestId('result-title');
    await expect
      .poll(async () => (await titles.allInnerTexts()).join('|'), { timeout: 15_000 })
      .toContain('注塑件表面缺陷样本数据集');
    expect((await titles.allInnerTexts())[0]).toContain('质量检测');
    const marks = await page.locator('mark.search-hit').allInnerTexts();
    expect(marks).toContain('质量检测');
    expect(marks.some((m) => m.includes('缺陷'))).toBe(true);
    await screenshot(page, 'catalog-search-expansion');
  });

  it('finds Chinese maintenance resources for the English word maintenance', async () => {
    const page = await openPage();
    await page.goto(`${flow.url}/catalog?q=maintenance`);
    const titles = page.getByTestId('result-title');
    await expect
      .poll(async () => (await titles.allInnerTexts()).join('|'), { timeout: 15_000 })
      .toContain('预测性维护');
    expect(await page.getByTestId('search-expansions').innerText()).toContain('运维');
  });

  it('logs a search that found nothing for the operators, without who searched', async () => {
    const visitor = await openPage();
    await visitor.goto(`${flow.url}/catalog?q=${encodeURIComponent('氢能炼钢')}`);
    await visitor.getByTestId('catalog-total').waitFor();
    await expect.poll(() => visitor.getByTestId('catalog-total').innerText()).toContain('共 0 条');
    const page = await openPage();
    await login(page, 'operator.1');
    await page.goto(`${flow.url}/resources?tab=misses`);
    const table = page.getByTestId('search-misses');
    await expect.poll(() => table.innerText(), { timeout: 15_000 }).toContain('氢能炼钢');
    await screenshot(page, 'catalog-search-misses');
  });
});

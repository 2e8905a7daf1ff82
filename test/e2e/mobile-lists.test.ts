/**
 * The public lists on a 390 px phone (issue 18): 申报通知, 公示公告 and 促进中心名录 read as cards — every
 * column a labelled line, the same links and pagination — with the filters in a drawer behind one 筛选
 * button that counts the filters in force; nothing scrolls sideways. On a 1440 px desktop the same pages keep
 * their tables and inline filter bar. The enterprise's own lists (企业服务) fit the phone too.
 */
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOT_DIR } from './support/browser.ts';
import { BrowserFlow, screenshotFromTop } from './support/flows.ts';

const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};
const DESKTOP: BrowserContextOptions = { viewport: { width: 1440, height: 900 } };

const DATE = /\d{4}年\d{1,2}月\d{1,2}日/;

/** How far the page is wider than the window (0 when nothing scrolls sideways). */
function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The list's cards (one `li` each). */
function cards(page: Page): Locator {
  return page.locator('.dtpc-cards > li');
}

/** The list's total as its pagination states it (共 N 条). */
async function total(page: Page): Promise<number> {
  const text = await page.locator('.ant-pagination-total-text').first().innerText();
  return Number(/共\s*(\d+)\s*条/.exec(text)?.[1] ?? NaN);
}

/** The label → value lines of a card. */
async function lines(card: Locator): Promise<Record<string, string>> {
  return card
    .locator('dl > div')
    .evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((r) => [
          r.querySelector('dt')?.textContent?.trim() ?? '',
          r.querySelector('dd')?.textContent?.trim() ?? '',
        ]),
      ),
    );
}

/** What the phone's screen shows now (the drawer as the visitor sees it, not laid out on a full page). */
async function screenShot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400);
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, `mobile-lists-${name}.png`) });
}

/** Opens the filter drawer from the 筛选 button and returns it. */
async function openFilters(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: /^筛选/ }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '筛选' });
  const search = drawer.getByRole('button', { name: /查\s*询/ });
  await search.waitFor();
  // Let the drawer finish sliding in: a select opened mid-slide may drop its option click.
  let last = -1;
  await expect
    .poll(async () => {
      const y = (await search.boundingBox())?.y ?? -1;
      const settled = y === last;
      last = y;
      return settled;
    })
    .toBe(true);
  return drawer;
}

/**
 * Picks an option of a select in the drawer. The option list is in the page, aligned to the fixed drawer: a
 * click on it while it still slides in (or while the page scrolls to it) can be lost, so let it settle first.
 */
async function choose(page: Page, drawer: Locator, label: string, option: string): Promise<void> {
  await drawer.getByRole('combobox', { name: label }).click();
  const item = page.locator('.ant-select-dropdown:visible').getByTitle(option).first();
  await item.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await item.click();
  await drawer.locator('.ant-select', { hasText: option }).waitFor();
}

/** The filter button's badge count, or 0 when it shows none. */
async function badge(page: Page): Promise<number> {
  const count = page.locator('.ant-badge:has([data-testid="list-filters-open"]) .ant-badge-count');
  if ((await count.count()) === 0) {
    return 0;
  }
  return Number(await count.getAttribute('title'));
}

describe('the public lists on a 390 px phone', () => {
  const flow = new BrowserFlow();
  const shot = (page: Page, name: string) => screenshotFromTop(page, `mobile-lists-${name}`);

  beforeAll(async () => {
    await flow.start();
  }, 180_000);

  afterAll(async () => {
    await flow.close();
  });

  it('申报通知: each call a card with its year, issuer, dates and status; the keyword filter sits in the drawer', async () => {
    const page = await flow.openPage(PHONE);
    await page.goto(`${flow.url}/calls`);
    const call = cards(page).filter({ hasText: '2026年山东省工业互联网数字化转型促进中心申报工作通知' });
    await call.first().waitFor();
    expect(await page.locator('.ant-table').count()).toBe(0);
    const facts = await lines(call.first());
    expect(facts['年度']).toBe('2026');
    expect(facts['发布单位']).toMatch(/山东省/);
    expect(Object.entries(facts).find(([k]) => /–/.test(k))?.[1]).toMatch(
      new RegExp(`${DATE.source} – ${DATE.source}`),
    );
    expect(Object.values(facts).join(' ')).toMatch(/申报中|已发布|已截止/);
    const before = await total(page);
    expect(before).toBe(await cards(page).count());
    expect(await badge(page)).toBe(0);
    expect(await overflow(page)).toBe(0);
    await shot(page, 'calls');

    const drawer = await openFilters(page);
    await drawer.getByPlaceholder(/关键词/).fill('甘肃');
    await screenShot(page, 'calls-filters');
    // Enter in a field searches, as 查询 does (the phone keyboard's 搜索/前往 key).
    await drawer.getByPlaceholder(/关键词/).press('Enter');
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(() => total(page)).toBeLessThan(before);
    for (const text of await cards(page).allInnerTexts()) {
      expect(text).toMatch(/甘肃/);
    }
    expect(await badge(page)).toBe(1);
    await expect(page.getByRole('button', { name: '筛选（已选 1 项）' }).isVisible()).resolves.toBe(true);
    expect(await overflow(page)).toBe(0);
    await shot(page, 'calls-filtered');
  });

  it('公示公告: each notice a card linking to the notice, with issuer, window, entries and phase; filtered by phase in the drawer', async () => {
    const page = await flow.openPage(PHONE);
    await page.goto(`${flow.url}/publicity`);
    await cards(page).first().waitFor();
    expect(await page.locator('.ant-table').count()).toBe(0);
    const facts = await lines(cards(page).first());
    expect(Object.keys(facts)).toEqual(['发布机关', '公示期', '项目数', '状态']);
    expect(facts['公示期']).toMatch(new RegExp(`${DATE.source} 至 ${DATE.source}`));
    expect(facts['项目数']).toMatch(/^\d+$/);
    const before = await total(page);
    expect(before).toBe(await cards(page).count());
    expect(await overflow(page)).toBe(0);
    // Export stays beside 筛选, not in the drawer.
    await page.getByRole('button', { name: /导出 Excel/ }).waitFor();
    await shot(page, 'publicity');

    const drawer = await openFilters(page);
    await choose(page, drawer, '状态', '已公告');
    await screenShot(page, 'publicity-filters');
    await drawer.getByRole('button', { name: /查\s*询/ }).click();
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(() => total(page)).toBeLessThan(before);
    expect(await total(page)).toBeGreaterThan(0);
    for (const card of await cards(page).all()) {
      expect(Object.values(await lines(card))).toContain('已公告');
    }
    expect(await badge(page)).toBe(1);
    expect(await overflow(page)).toBe(0);
    await shot(page, 'publicity-filtered');

    // The card's title is the notice's link.
    const link = cards(page).first().getByRole('link').first();
    const title = (await link.innerText()).trim();
    await link.click();
    await page.waitForURL(/\/publicity\/[0-9a-f-]{36}$/);
    await page.getByText(title).first().waitFor();
    expect(await overflow(page)).toBe(0);
  });

  it('促进中心名录: each center a card linking to its page; 状态 counts as a filter, a keyword narrows the list', async () => {
    const page = await flow.openPage(PHONE);
    await page.goto(`${flow.url}/directory`);
    const center = cards(page).filter({ hasText: '济南工业互联网数字化转型促进中心（演示）' });
    await center.first().waitFor();
    expect(await page.locator('.ant-table').count()).toBe(0);
    const facts = await lines(center.first());
    expect(facts).toMatchObject({ 级别: '省级', 状态: '已认定' });
    expect(facts['属地']).toMatch(/济南/);
    expect(facts['牵头单位']).not.toBe('—');
    expect(facts['认定日期']).toMatch(DATE);
    for (const label of ['类型', '评价结果']) {
      expect(Object.keys(facts)).toContain(label);
    }
    const before = await total(page);
    // The list opens on recognised centers: that is a filter in force.
    expect(await badge(page)).toBe(1);
    expect(await overflow(page)).toBe(0);
    await shot(page, 'directory');

    const drawer = await openFilters(page);
    // Each field is named in the drawer; the status keeps its value.
    await drawer.getByText('状态', { exact: true }).waitFor();
    await drawer.getByRole('textbox', { name: '关键词' }).fill('济南');
    await screenShot(page, 'directory-filters');
    await drawer.getByRole('button', { name: /查\s*询/ }).click();
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(() => total(page)).toBeLessThan(before);
    expect(await cards(page).count()).toBe(await total(page));
    for (const text of await cards(page).allInnerTexts()) {
      expect(text).toMatch(/济南/);
    }
    expect(await badge(page)).toBe(2);
    expect(await overflow(page)).toBe(0);
    await shot(page, 'directory-filtered');

    // 重置 in the drawer brings back the default list (recognised centers only: one filter).
    const again = await openFilters(page);
    await again.getByRole('button', { name: /重\s*置/ }).click();
    await again.waitFor({ state: 'hidden' });
    await expect.poll(() => total(page)).toBe(before);
    expect(await badge(page)).toBe(1);

    const link = center.first().getByRole('link', { name: '济南工业互联网数字化转型促进中心（演示）' });
    await link.click();
    await page.waitForURL(/\/directory\/[0-9a-f-]{36}$/);
    await page.getByText('济南工业互联网数字化转型促进中心（演示）').first().waitFor();
    expect(await overflow(page)).toBe(0);
  });

  it('an enterprise’s own lists (企业服务) fit the phone as cards', async () => {
    // The signed-in shell waits for its menu, which a phone keeps in a drawer: sign in wide, then narrow.
    const page = await flow.openPage(DESKTOP);
    await flow.login(page, 'enterprise.1');
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['/enterprise/services', '/enterprise/offers', '/enterprise/financing']) {
      await page.goto(`${flow.url}${path}`);
      await page.getByRole('tab', { selected: true }).waitFor();
      await page.waitForLoadState('networkidle');
      await page.locator('.ant-spin-spinning').first().waitFor({ state: 'hidden' });
      expect(await page.locator('.ant-table').count()).toBe(0);
      expect(await overflow(page)).toBe(0);
      await shot(page, `enterprise-${path.split('/')[2]}`);
    }
  });
});

describe('the public lists on a 1440 px desktop', () => {
  const flow = new BrowserFlow();

  beforeAll(async () => {
    await flow.start();
  }, 180_000);

  afterAll(async () => {
    await flow.close();
  });

  it('keep their tables and inline filter bars', async () => {
    const page = await flow.openPage(DESKTOP);
    for (const path of ['/calls', '/publicity', '/directory']) {
      await page.goto(`${flow.url}${path}`);
      await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
      expect(await page.locator('.dtpc-cards').count()).toBe(0);
      expect(await page.getByRole('button', { name: /^筛选/ }).count()).toBe(0);
      await page
        .locator('form.ant-form-inline')
        .getByRole('button', { name: /查\s*询/ })
        .waitFor();
      expect(await overflow(page)).toBe(0);
      await screenshotFromTop(page, `mobile-lists-desktop-${path.slice(1)}`);
    }

    // 截至日期 reads as the app writes dates, whatever the browser's locale; ISO typed in is understood and
    // searched at once (the picker itself commits typed text only a frame after losing focus).
    await page.getByTestId('directory-as-of').fill('2026-01-01');
    const asked = page.waitForRequest(
      (r) =>
        new URL(r.url()).pathname === '/api/directory' &&
        new URL(r.url()).searchParams.get('asOf') === '2026-01-01',
    );
    await page
      .locator('form.ant-form-inline')
      .getByRole('button', { name: /查\s*询/ })
      .click();
    await asked;
    await expect.poll(() => page.getByTestId('directory-as-of').inputValue()).toBe('2026年1月1日');
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await screenshotFromTop(page, 'mobile-lists-desktop-directory-as-of');
  });
});

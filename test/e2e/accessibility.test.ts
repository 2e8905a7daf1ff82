/**
 * Accessibility of the public pages (issue 18): axe-core (WCAG 2.1 A and AA rules) on each page a visitor
 * can reach without logging in, in Chinese, on a desktop and on a phone. A serious or critical violation
 * fails, named with the rule, its help text and the elements concerned.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserFlow } from './support/flows.ts';

const DEVICES: readonly (readonly [string, BrowserContextOptions])[] = [
  ['desktop', { viewport: { width: 1440, height: 900 } }],
  ['phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
];

/** The first link on `list` whose path matches `pattern` (a detail page reached as a visitor would). */
async function firstLink(page: Page, base: string, list: string, pattern: RegExp): Promise<string> {
  await page.goto(`${base}${list}`);
  const hrefs = () =>
    page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  await page.waitForFunction(
    (source) =>
      Array.from(document.querySelectorAll('main a[href]')).some((a) =>
        new RegExp(source).test(a.getAttribute('href') ?? ''),
      ),
    pattern.source,
  );
  return (await hrefs()).find((h) => pattern.test(h))!;
}

describe('public pages meet WCAG 2.1 AA (axe-core)', () => {
  const flow = new BrowserFlow();
  let pages: string[] = [];

  beforeAll(async () => {
    await flow.start();
    const page = await flow.openPage();
    pages = [
      '/',
      '/calls',
      '/publicity',
      await firstLink(page, flow.url, '/publicity', /^\/publicity\/[0-9a-f-]{36}$/),
      '/directory',
      await firstLink(page, flow.url, '/directory', /^\/directory\/[0-9a-f-]{36}$/),
      '/catalog',
      await firstLink(page, flow.url, '/catalog', /^\/catalog\/[0-9a-f-]{36}$/),
      '/training',
      '/centers/jinan-demo',
      '/policy',
      '/policy/shandong-guide',
      '/verify',
      '/login',
    ];
  }, 180_000);

  afterAll(async () => {
    await flow.close();
  });

  it.each(DEVICES)(
    'on a %s: no serious or critical violation on any public page',
    async (_device, options) => {
      const page = await flow.openPage(options);
      const found: string[] = [];
      for (const path of pages) {
        await page.goto(`${flow.url}${path}`);
        await page.locator('main, form').first().waitFor();
        await page.waitForLoadState('networkidle');
        await page.locator('.ant-spin-spinning').first().waitFor({ state: 'hidden' });
        const result = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        for (const v of result.violations) {
          if (v.impact === 'serious' || v.impact === 'critical') {
            const where = v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(' | ');
            found.push(`${path} [${v.impact}] ${v.id}: ${v.help} — ${v.nodes.length} × ${where}`);
          }
        }
      }
      expect(found).toEqual([]);
    },
  );
});

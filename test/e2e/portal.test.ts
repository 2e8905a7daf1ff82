/**
 * The public portal (issue 18), as an anonymous visitor on a desktop (1440 px) and on a phone (390 px):
 * `/` is the portal, not a login box; from it the visitor finds a call open now with its deadline, reads a
 * publicity notice, registers for a course as an enterprise (signing in on the way and landing back on the
 * same session), finds a center's SME offers and is led to claim one, and searches the resource catalog;
 * every public section is linked from the header (in a drawer on the phone), and no public page scrolls
 * sideways on the phone.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserFlow, DEMO_PASSWORD, screenshotFromTop } from './support/flows.ts';

const DESKTOP: BrowserContextOptions = { viewport: { width: 1440, height: 900 } };
const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};

const SECTIONS = ['首页', '申报通知', '公示公告', '促进中心名录', '资源目录', '培训报名', '政策', '验证决定'];

/** How far the page is wider than the window (0 when nothing scrolls sideways). */
function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The widest elements sticking out of the window, to name the culprit when a page scrolls sideways. */
function culprits(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${(el.className || '').toString().slice(0, 60)}`),
  );
}

describe.each([
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const)('the public portal on a %s', (device, options) => {
  const flow = new BrowserFlow();
  const shot = (page: Page, name: string) => screenshotFromTop(page, `portal-${device}-${name}`);

  beforeAll(async () => {
    await flow.start();
  }, 180_000);

  afterAll(async () => {
    await flow.close();
  });

  /** The header's section links: inline on a desktop, in the drawer on a phone. */
  async function sectionLinks(page: Page) {
    if (device === 'phone') {
      await page.getByRole('button', { name: '打开栏目菜单' }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByRole('navigation').waitFor();
      return drawer.getByRole('navigation');
    }
    return page.getByRole('banner').getByRole('navigation');
  }

  it('a visitor lands on the portal, finds an open call with its deadline and follows it to 申报通知', async () => {
    const page = await flow.openPage(options);
    await page.goto(`${flow.url}/`);
    await page.getByRole('heading', { name: '工业互联网数字化转型促进中心', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    const calls = page.getByTestId('portal-calls');
    const call = calls
      .getByRole('listitem')
      .filter({ hasText: /山东省工业互联网数字化转型促进中心申报工作通知/ });
    await call.first().waitFor();
    await shot(page, 'home');
    await expect(call.first().innerText()).resolves.toMatch(/截止 \d{4}年\d{1,2}月\d{1,2}日/);
    await expect(call.first().innerText()).resolves.toMatch(/剩 \d+ 天|今日截止/);
    // An enterprise is led to its diagnosis and to posting a need (both through the login).
    expect(await page.getByRole('link', { name: '企业数字化诊断' }).getAttribute('href')).toBe(
      '/enterprise/diagnosis',
    );
    expect(await page.getByRole('link', { name: '发布转型需求' }).getAttribute('href')).toBe(
      '/enterprise/demands',
    );
    // The directory, the case studies and the policy documents are there too.
    await page.getByTestId('portal-directory').getByRole('link').first().waitFor();
    const caseStudy = page.getByTestId('portal-cases').getByRole('link').first();
    await caseStudy.waitFor();
    expect(await caseStudy.getAttribute('href')).toMatch(/^\/catalog\/[0-9a-f-]{36}$/);
    await page
      .getByTestId('portal-policy')
      .getByRole('link', { name: /山东省工业互联网数字化转型促进中心建设工作指南/ })
      .waitFor();
    expect(await overflow(page)).toBe(0);

    const nav = await sectionLinks(page);
    for (const name of SECTIONS) {
      await nav.getByRole('link', { name, exact: true }).waitFor();
    }
    await nav.getByRole('link', { name: '申报通知', exact: true }).click();
    await page.waitForURL(/\/calls$/);
    await page
      .getByText(/山东省工业互联网数字化转型促进中心申报工作通知/)
      .first()
      .waitFor();
    // The tab says where the visitor is, as the server's entry page does for crawlers.
    await expect.poll(() => page.title()).toBe('申报通知 - 工业互联网数字化转型促进中心 服务平台');
    await shot(page, 'calls');
  });

  // The delivery target, kept as a budget: sizes of brotli bodies are not timings, so this holds on
  // any machine. bench/delivery.ts prints the figure for every public route with its uncompressed baseline.
  it.runIf(device === 'desktop')(
    'sends the portal in under 300 kB of compressed JavaScript, without the English strings or zod',
    async () => {
      const page = await flow.openPage(options);
      const scripts: Promise<{ url: string; bytes: number; encoding: string }>[] = [];
      page.on('requestfinished', (request) => {
        if (/\.m?js$/u.test(new URL(request.url()).pathname)) {
          scripts.push(
            (async () => ({
              url: request.url(),
              bytes: (await request.sizes()).responseBodySize,
              encoding: (await request.response())?.headers()['content-encoding'] ?? 'identity',
            }))(),
          );
        }
      });
      await page.goto(`${flow.url}/`);
      await page.getByTestId('portal-policy').getByRole('link').first().waitFor();
      await page.waitForLoadState('networkidle');
      const loaded = await Promise.all(scripts);
      expect(loaded.length).toBeGreaterThan(5);
      expect(new Set(loaded.map((s) => s.encoding))).toEqual(new Set(['br']));
      const total = loaded.reduce((sum, s) => sum + s.bytes, 0);
      expect(total, loaded.map((s) => `${s.bytes} ${new URL(s.url).pathname}`).join('\n')).toBeLessThan(
        300_000,
      );
      // Chinese visitors do not download the English strings; zod comes with the first form.
      const bodies = await Promise.all(
        loaded.map((s) => page.evaluate((url) => fetch(url).then((r) => r.text()), s.url)),
      );
      expect(bodies.some((b) => b.includes('Recognised centers'))).toBe(false);
      expect(bodies.some((b) => b.includes('ZodObject'))).toBe(false);
    },
  );

  it('reads a publicity notice from the portal', async () => {
    const page = await flow.openPage(options);
    await page.goto(`${flow.url}/`);
    const notice = page.getByTestId('portal-publicity').getByRole('link').first();
    const title = (await notice.innerText()).trim();
    await notice.click();
    await page.waitForURL(/\/publicity\/[0-9a-f-]{36}$/);
    await page.getByText(title).first().waitFor();
    await expect.poll(() => page.title()).toBe(`${title} - 公示公告 - 工业互联网数字化转型促进中心 服务平台`);
    await shot(page, 'publicity-notice');
  });

  it('registers for a course as an enterprise: from the portal, through the login, back to the same session', async () => {
    const page = await flow.openPage(options);
    await page.goto(`${flow.url}/`);
    const course = page.getByTestId('portal-training').getByRole('link', { name: '工业互联网平台应用实训' });
    await course.click();
    await page.waitForURL(/\/training\?session=[0-9a-f-]{36}$/);
    const sessionId = new URL(page.url()).searchParams.get('session')!;
    const row = page.locator(`#session-${sessionId}`);
    await expect(row.innerText()).resolves.toMatch(/\d{4}年\d{1,2}月\d{1,2}日 09:00–16:30/);
    await expect(row.innerText()).resolves.toMatch(/余 30 个名额（共 30 个）/);
    expect(await overflow(page)).toBe(0);
    await shot(page, 'training');

    // Anonymous: the session offers to sign in first, and the login comes back to it.
    await row.getByRole('link', { name: '登录后报名' }).click();
    await page.waitForURL(/\/login\?from=/);
    await page.getByLabel('用户名').fill('enterprise.1');
    await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL((u) => u.pathname === '/training' && u.searchParams.get('session') === sessionId);
    await row.getByRole('button', { name: /^报\s*名$/ }).click();
    await page.getByText('报名成功').first().waitFor();
    await row.getByText('已报名', { exact: true }).waitFor();
    await expect(row.innerText()).resolves.toMatch(/余 29 个名额（共 30 个）/);
    expect(await overflow(page)).toBe(0);
    await shot(page, 'training-registered');

    // The registration is the enterprise's own: its 培训报名 page in 企业服务 lists it.
    await page.goto(`${flow.url}/enterprise/courses`);
    await page.getByText('工业互联网平台应用实训').first().waitFor();
    await page.getByText('已报名', { exact: true }).first().waitFor();
  });

  it("finds a center's SME offers on its public page and claims one as an enterprise, through the login", async () => {
    const page = await flow.openPage(options);
    await page.goto(`${flow.url}/centers/jinan-demo`);
    const offers = page.getByTestId('center-offers');
    const trial = offers.getByRole('listitem').filter({ hasText: 'MES 轻量版' });
    await trial.waitFor();
    await expect(trial.innerText()).resolves.toMatch(/优惠价 12,000\.00 元\s*原价 20,000\.00 元/);
    await expect(trial.innerText()).resolves.toMatch(/可免费试用 30 天/);
    expect(await overflow(page), (await culprits(page)).join(', ')).toBe(0);
    await page.getByRole('link', { name: '登录后申领或预约' }).click();
    await page.waitForURL(/\/login\?from=%2Fenterprise%2Foffers$/);
    await page.getByLabel('用户名').fill('enterprise.1');
    await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL((u) => u.pathname === '/enterprise/offers');
    await page.getByText('MES 轻量版').first().waitFor();
    await shot(page, 'center-offers-claim');
  });

  it('searches the resource catalog from the portal', async () => {
    const page = await flow.openPage(options);
    await page.goto(`${flow.url}/`);
    const search = page.getByRole('search');
    await search.locator('input').fill('预测性维护');
    await search.locator('input').press('Enter');
    await page.waitForURL(/\/catalog\?q=/);
    // The catalog opens with the words already searched: its box holds them and results link to resources.
    await expect
      .poll(() => page.locator('.ant-layout-content input').first().inputValue())
      .toBe('预测性维护');
    await page.locator('.ant-layout-content a[href^="/catalog/"]').first().waitFor();
    await shot(page, 'catalog');
  });

  it('no public page scrolls sideways, and each is one click from the header', async () => {
    const page = await flow.openPage(options);
    await page.goto(`${flow.url}/`);
    // One detail page of each kind, found from its list as a visitor would.
    const firstLink = async (list: string, pattern: RegExp): Promise<string> => {
      await page.goto(`${flow.url}${list}`);
      const link = page.locator('main a[href], .ant-layout-content a[href]').filter({ hasNotText: /^$/ });
      // The list loads over the network: wait for it as long as a loaded machine needs, not the 1 s default.
      await expect
        .poll(
          async () =>
            (await link.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).find((h) =>
              pattern.test(h),
            ),
          { timeout: 30_000 },
        )
        .toBeTruthy();
      return (await link.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).find((h) =>
        pattern.test(h),
      )!;
    };
    const pages = [
      '/',
      '/calls',
      '/publicity',
      await firstLink('/publicity', /^\/publicity\/[0-9a-f-]{36}$/),
      '/directory',
      await firstLink('/directory', /^\/directory\/[0-9a-f-]{36}$/),
      '/catalog',
      await firstLink('/catalog', /^\/catalog\/[0-9a-f-]{36}$/),
      '/training',
      '/centers/jinan-demo',
      '/policy',
      '/policy/shandong-guide',
      '/verify',
      '/login',
    ];
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(`${flow.url}${path}`);
      await page.locator('.ant-layout-content, main, form').first().waitFor();
      await page.waitForLoadState('networkidle');
      // The window is the device's (a missing viewport tag would lay the page out at 980 px and hide overflow).
      expect(await page.evaluate(() => window.innerWidth)).toBe(options.viewport!.width);
      if (path !== '/login') {
        if (device === 'phone') {
          await page.getByRole('button', { name: '打开栏目菜单' }).waitFor();
        } else {
          await expect(
            page.getByRole('banner').getByRole('navigation').getByRole('link').count(),
          ).resolves.toBe(SECTIONS.length);
        }
      }
      const extra = await overflow(page);
      if (extra > 0) {
        wide.push(`${path}: ${extra}px wider (${(await culprits(page)).join(', ')})`);
      }
    }
    expect(wide).toEqual([]);
  });
});

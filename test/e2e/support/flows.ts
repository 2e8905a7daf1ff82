/**
 * Shared pieces of the browser flows: a served, demo-seeded app with Chromium (`BrowserFlow`), logging in
 * through the login page, antd Select and confirm-modal helpers, and screenshots taken from the top.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Database } from '../../../src/db/client.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';
import { launchBrowser, newContext, screenshot } from './browser.ts';

export const DEMO_PASSWORD = 'dtpc-demo-2026';

/** Fails early when the web app has not been built (the server serves web/dist). */
export function requireWebBuild(): void {
  if (!existsSync(resolve(process.cwd(), 'web/dist/index.html'))) {
    throw new Error('web/dist is missing: run `npm run build:web` before the browser tests');
  }
}

/**
 * Logs in from /login with the demo password and waits for the workbench menu. Other sessions may rebuild
 * web/dist meanwhile: the login page is reloaded (up to 4 times) until its form is there.
 */
export async function loginAt(baseUrl: string, page: Page, username: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.goto(`${baseUrl}/login`);
    try {
      await page.getByLabel(/用户名|Username/).waitFor({ timeout: 15_000 });
      break;
    } catch (error) {
      if (attempt >= 4) {
        throw error;
      }
    }
  }
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/^(密码|Password)$/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录|Sign in/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.getByRole('menu').first().waitFor();
}

/**
 * One test file's server (fresh demo-seeded embedded database, built web app) and Chromium; every page
 * opens in its own context (own cookies), all closed by `close()`.
 */
export class BrowserFlow {
  #server?: TestServer;
  #browser?: Browser;
  readonly #contexts: BrowserContext[] = [];
  /** Content-Security-Policy refusals Chromium reported on any page: the app must run under its own CSP. */
  readonly cspViolations: string[] = [];

  /** Checks web/dist, starts the server and launches Chromium. */
  async start(): Promise<void> {
    requireWebBuild();
    this.#server = await startTestServer();
    this.#browser = await launchBrowser();
  }

  get server(): TestServer {
    if (!this.#server) {
      throw new Error('BrowserFlow.start() has not run');
    }
    return this.#server;
  }

  /** The server's base URL, e.g. http://127.0.0.1:PORT. */
  get url(): string {
    return this.server.url;
  }

  /** The server's database, for factories and checks behind the UI. */
  get db(): Database['db'] {
    return this.server.database!.db;
  }

  /** A page in a fresh context (Chinese, 1366×768 unless `options` say otherwise). */
  openPage = async (options: BrowserContextOptions = {}): Promise<Page> => {
    if (!this.#browser) {
      throw new Error('BrowserFlow.start() has not run');
    }
    const context = await newContext(this.#browser, options);
    this.#contexts.push(context);
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/u.test(message.text())) {
        this.cspViolations.push(`${page.url()}: ${message.text()}`);
      }
    });
    return page;
  };

  /** Logs `page` in as `username` (demo password) through the login page. */
  login = (page: Page, username: string): Promise<void> => loginAt(this.url, page, username);

  /** A fresh page logged in as `username`. */
  loggedIn = async (username: string, options: BrowserContextOptions = {}): Promise<Page> => {
    const page = await this.openPage(options);
    await this.login(page, username);
    return page;
  };

  /** The contexts opened so far (e.g. for screenshots of a failed test). */
  get contexts(): readonly BrowserContext[] {
    return this.#contexts;
  }

  async close(): Promise<void> {
    for (const context of this.#contexts) {
      await context.close().catch(() => undefined);
    }
    await this.#browser?.close();
    await this.#server?.close();
    if (this.cspViolations.length > 0) {
      throw new Error(`the page broke its Content-Security-Policy:\n${this.cspViolations.join('\n')}`);
    }
  }
}

/** Picks an option of the antd Select inside the form item labelled `label`. */
export async function chooseOption(
  page: Page,
  label: string | RegExp,
  option: string | RegExp,
): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option).first().click();
}

/** Clicks the action button `button[data-action=…]` and confirms its modal (after `fill` fills it). */
export async function act(
  page: Page,
  action: string,
  fill?: (dialog: Locator) => Promise<void>,
): Promise<void> {
  await page.locator(`button[data-action="${action}"]`).click();
  // The action's own dialog, not the confirmation a decision opens on top of it.
  const dialog = page.getByRole('dialog').and(page.locator('.ant-modal:not(.ant-modal-confirm)'));
  await dialog.waitFor();
  // Wait for the zoom-in to finish: on a busy machine a click during the animation can be lost.
  await dialog.and(page.locator('.ant-modal:not(.ant-zoom)')).waitFor();
  if (fill) {
    await fill(dialog);
  }
  await dialog.getByRole('button', { name: /确\s*认/ }).click();
  if (action === 'approve' || action === 'reject') {
    await confirmDecision(page);
  }
  try {
    await dialog.waitFor({ state: 'hidden', timeout: 20_000 });
  } catch (error) {
    // Say why the dialog stayed open: the app shows a refused action as a toast.
    const toast = await page
      .locator('.ant-message')
      .innerText()
      .catch(() => '');
    throw new Error(`action ${action}: the dialog stayed open; message: ${toast || '(none)'}`, {
      cause: error,
    });
  }
}

/** Ticks every item of the 资格审核 checklist, after checking that none starts ticked. */
export async function tickChecklist(dialog: Locator): Promise<void> {
  const boxes = await dialog.getByRole('checkbox').all();
  expect(boxes.length).toBe(5);
  for (const box of boxes) {
    expect(await box.isChecked()).toBe(false);
    await box.check();
  }
}

/** Fills a decision's 文号, 日期 and 意见 (the fields every decision requires) in `scope`. */
export async function fillDecisionDocument(
  page: Page,
  scope: Locator,
  {
    number,
    date,
    comment,
    opinion = '审定意见',
  }: { number: string; date: string; comment: string; opinion?: string },
): Promise<void> {
  await scope.getByLabel('决定文号').fill(number);
  await scope.getByLabel('决定日期').click();
  await scope.getByLabel('决定日期').fill(date);
  await scope.getByLabel('决定日期').press('Enter');
  await scope.getByLabel(opinion).fill(comment);
}

/**
 * Decides an annual rating on the evaluation form (the rating is already chosen): 日期 first — Enter in the
 * date picker submits the card's form, which then only marks the empty fields — then 意见 and 文号, 审定, and
 * the confirmation.
 */
export async function decideRating(
  page: Page,
  { number, date, opinion }: { number: string; date: string; opinion: string },
): Promise<void> {
  await page.getByLabel('决定日期').click();
  await page.getByLabel('决定日期').fill(date);
  await page.getByLabel('决定日期').press('Enter');
  await page.getByLabel('评价意见').fill(opinion);
  await page.getByLabel('决定文号').fill(number);
  await page.getByRole('button', { name: /审\s*定/ }).click();
  await confirmDecision(page);
}

/** Confirms the decision in the confirmation that restates its document and consequences. */
export async function confirmDecision(page: Page): Promise<void> {
  const confirm = page.locator('.ant-modal-confirm');
  await confirm.getByTestId('decision-confirm').waitFor();
  await confirm.getByRole('button', { name: '确认决定' }).click();
  await confirm.waitFor({ state: 'hidden' });
}

/** Waits for the state tag in the card title to read `label`. */
export async function stateIs(page: Page, label: string): Promise<void> {
  await page.locator('.ant-card-head-title .ant-tag', { hasText: label }).first().waitFor();
}

/**
 * Full-page screenshot from the top (the fixed header and side menu would otherwise be drawn where the
 * page was scrolled); with `afterSpinners`, waits for loading spinners to go first.
 */
export async function screenshotFromTop(
  page: Page,
  name: string,
  options: { afterSpinners?: boolean } = {},
): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  if (options.afterSpinners) {
    await page.locator('.ant-spin-spinning').first().waitFor({ state: 'hidden' });
  }
  await page.waitForTimeout(300);
  await screenshot(page, name);
}

/**
 * From the workbench of a logged-in applicant: 申报通知 → 我要申报 on the Shandong call, names the center,
 * picks 综合类 and confirms; waits for the new draft's page.
 */
export async function startShandongDraft(page: Page, centerName: string): Promise<void> {
  await page.getByRole('menuitem', { name: '申报通知' }).click();
  const row = page.getByRole('row', { name: /山东省工业互联网数字化转型促进中心申报工作通知/ });
  await row.getByRole('button', { name: '我要申报' }).click();
  const modal = page.getByRole('dialog');
  await modal.getByLabel('促进中心名称').fill(centerName);
  await modal.getByLabel('类别').click();
  await page.getByTitle('综合类').click();
  await modal.getByRole('button', { name: /确\s*认/ }).click();
  await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
}

/**
 * On a new draft's page: the pre-check refuses the lead unit of a revoked center with the 3-year ban
 * (000 第二十一条) and its end date, and submitting stays disabled.
 */
export async function expectBannedAtPrecheck(page: Page, banEnd: string): Promise<void> {
  const evaluation = page.getByTestId('evaluation');
  await evaluation.getByText('尚不符合申报条件，不能提交').waitFor();
  await evaluation.getByText(`禁止申报至${banEnd}`).first().waitFor();
  await evaluation
    .getByText(/第二十一条/)
    .first()
    .waitFor();
  expect(await page.locator('button[data-action="submit"]').isDisabled()).toBe(true);
}

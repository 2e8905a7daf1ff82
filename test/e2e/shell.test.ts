/**
 * Browser flows of the web shell in Debian's Chromium against the real server (built web app,
 * demo-seeded embedded database): role menus, lockout, language switch, 404, phone layout.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasHorizontalScroll, screenshot } from './support/browser.ts';
import { BrowserFlow, DEMO_PASSWORD } from './support/flows.ts';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

const flow = new BrowserFlow();
const { openPage, login } = flow;

async function fillLogin(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/^(密码|Password)$/).fill(password);
  await page.getByRole('button', { name: /登\s*录|Sign in/ }).click();
}

async function menuLabels(page: Page): Promise<string[]> {
  const items = page.getByRole('menu').first().getByRole('menuitem');
  await items.first().waitFor();
  return (await items.allInnerTexts()).map((s) => s.trim());
}

beforeAll(async () => {
  await flow.start();
});

afterAll(async () => {
  await flow.close();
});

describe('web shell', () => {
  it('sends an anonymous visitor to the login page and back to the requested page after login', async () => {
    const page = await openPage();
    await page.goto(`${flow.url}/admin/users`);
    await page.waitForURL(/\/login\?from=/);
    await page.getByRole('heading', { name: '工业互联网数字化转型促进中心 服务平台' }).waitFor();
    await screenshot(page, 'login-1366');
    await fillLogin(page, 'province.sd', DEMO_PASSWORD);
    await page.waitForURL(/\/admin\/users$/);
    await page.getByRole('table').waitFor();
    await page.getByText('city.jinan').waitFor();
    await screenshot(page, 'users-province.sd-1366');
  });

  it('shows a provincial admin the account and audit pages, with role and jurisdiction in the header', async () => {
    const page = await openPage();
    await login(page, 'province.sd');
    const labels = await menuLabels(page);
    expect(labels).toEqual(
      expect.arrayContaining(['工作台', '机构管理', '账号管理', '审计日志', '个人设置']),
    );
    await expect(page.getByTestId('user-menu').innerText()).resolves.toContain('山东省工信厅管理员 · 山东省');
    await page.getByTestId('home-card-users').waitFor();
    await screenshot(page, 'home-province.sd-1366');

    await page.getByRole('menuitem', { name: '审计日志' }).click();
    await page.waitForURL(/\/admin\/audit$/);
    await page.getByRole('button', { name: /校验哈希链/ }).click();
    await page.getByTestId('audit-verify-result').waitFor();
    await expect(page.getByTestId('audit-verify-result').innerText()).resolves.toContain('哈希链完整');
    await screenshot(page, 'audit-province.sd-1366');

    await page.getByRole('menuitem', { name: '机构管理' }).click();
    await page.waitForURL(/\/admin\/organisations$/);
    await page.getByRole('table').waitFor();
    await screenshot(page, 'organisations-province.sd-1366');
    await page.getByRole('button', { name: /登记机构/ }).click();
    await page.getByLabel('统一社会信用代码').fill('91370100MA3C00000X');
    await page.getByRole('button', { name: /提\s*交/ }).click();
    await page
      .getByText(/统一社会信用代码第/)
      .first()
      .waitFor();
    await screenshot(page, 'organisation-create-invalid-code-1366');
  });

  it('shows a city officer organisations but no account management', async () => {
    const page = await openPage();
    await login(page, 'city.jinan');
    const labels = await menuLabels(page);
    expect(labels).toContain('机构管理');
    expect(labels).not.toContain('账号管理');
    expect(labels).not.toContain('审计日志');
    await screenshot(page, 'home-city.jinan-1366');
    await page.goto(`${flow.url}/admin/users`);
    await page.getByText('403').waitFor();
  });

  it('shows an applicant neither account management nor the audit log', async () => {
    const page = await openPage();
    await login(page, 'applicant.1');
    const labels = await menuLabels(page);
    expect(labels).toEqual(expect.arrayContaining(['工作台', '个人设置']));
    expect(labels).not.toContain('账号管理');
    expect(labels).not.toContain('审计日志');
    await screenshot(page, 'home-applicant.1-1366');
  });

  it('loads the workbench when / is opened directly', async () => {
    const page = await openPage();
    await login(page, 'applicant.1');
    await page.goto(`${flow.url}/`);
    await page.getByRole('menu').first().waitFor();
    // The workbench is a lazy chunk: wait for it rather than sampling visibility once.
    await page.getByText('常用功能').waitFor({ state: 'visible', timeout: 15000 });
    await expect(page.getByText('常用功能').isVisible()).resolves.toBe(true);
  });

  it('locks an account after five wrong passwords and says until when', async () => {
    const page = await openPage();
    await page.goto(`${flow.url}/login`);
    await fillLogin(page, 'expert.6', 'wrong-password-1');
    const alert = page.getByTestId('login-error');
    await alert.waitFor();
    const first = await alert.innerText();
    expect(first).toContain('登录失败');
    // The generic message must not reveal how many attempts remain.
    expect(first).not.toMatch(/剩余|还可|次机会/);
    await screenshot(page, 'login-wrong-password');
    for (let i = 2; i <= 5; i += 1) {
      const answered = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
      await fillLogin(page, 'expert.6', `wrong-password-${i}`);
      await answered;
    }
    await fillLogin(page, 'expert.6', DEMO_PASSWORD);
    await page.getByText('账号已锁定').waitFor();
    await expect(alert.innerText()).resolves.toMatch(/\d{1,2}:\d{2}/);
    await screenshot(page, 'login-locked');
  });

  it('switches to English and remembers the choice', async () => {
    const page = await openPage();
    await login(page, 'city.jinan');
    await page.getByText('English', { exact: true }).first().click();
    await page.getByRole('menuitem', { name: 'Workbench' }).waitFor();
    const labels = await menuLabels(page);
    expect(labels).toEqual(expect.arrayContaining(['Workbench', 'Organisations', 'My settings']));
    await screenshot(page, 'home-city.jinan-en');
    await page.getByRole('menuitem', { name: 'My settings' }).click();
    await page.waitForURL(/\/account$/);
    await page.reload();
    await page.getByRole('menuitem', { name: 'Organisations' }).waitFor();
    await page.getByRole('menuitem', { name: 'Organisations' }).click();
    await page.getByRole('columnheader', { name: 'Unified social credit code' }).waitFor();
    await screenshot(page, 'organisations-city.jinan-en');
  });

  it('shows the 404 page for an unknown route', async () => {
    const page = await openPage();
    await login(page, 'province.sd');
    await page.goto(`${flow.url}/no/such/page`);
    await page.getByText('页面不存在').waitFor();
    await expect(page.getByText('404', { exact: true }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'not-found-1366');
  });

  it('renders login and the workbench on a 390 px phone without horizontal scrolling', async () => {
    const page = await openPage(PHONE);
    await page.goto(`${flow.url}/login`);
    await page.getByRole('button', { name: /登\s*录/ }).waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'login-390');
    await fillLogin(page, 'province.sd', DEMO_PASSWORD);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.getByText('常用功能').waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'home-390');
    await page.getByRole('button', { name: '打开菜单' }).click();
    await page.getByRole('menuitem', { name: '账号管理' }).click();
    await page.waitForURL(/\/admin\/users$/);
    await page.getByRole('table').waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'users-390');
  });
});

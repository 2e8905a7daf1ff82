/**
 * Self-diagnosis in Chromium, in Chinese, on a phone: enterprise.1 starts a sme-digital-2024 assessment,
 * saves a draft and resumes it, is stopped by 联网率 > 数字化率 with the question marked, pledges and
 * submits, and reads its report (level, radar as SVG, peer benchmark with its sample size, the
 * uncertain-rule note); the report prints to an A4 PDF.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smeDigital2024 } from '../../src/domain/diagnosis/data/sme-digital-2024.ts';
import { hasHorizontalScroll, screenshot, SCREENSHOT_DIR } from './support/browser.ts';
import { BrowserFlow, DEMO_PASSWORD } from './support/flows.ts';

const flow = new BrowserFlow();
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const questions = smeDigital2024.dimensions.flatMap((d) => d.indicators.flatMap((i) => i.questions));

beforeAll(async () => {
  await flow.start();
});
afterAll(async () => {
  await flow.close();
});

/** Answers every question at its third step (rates at 40 %) and every scenario at level 2. */
async function answerAll(page: Page): Promise<void> {
  for (const q of questions) {
    const field = page.locator(`#${q.id}`);
    if (q.type === 'rate') {
      await field.fill('40');
    } else if (q.type === 'single') {
      await field.getByText(q.options[2]!.label.zh, { exact: true }).click();
    } else {
      await field.getByText(q.options[0]!.label.zh, { exact: true }).click();
      await field.getByText(q.options[1]!.label.zh, { exact: true }).click();
    }
  }
  for (const s of smeDigital2024.scenarios) {
    await page.locator(`#${s.id}`).getByRole('radio').nth(1).check();
  }
}

describe('enterprise self-diagnosis', () => {
  it('drafts, resumes, is stopped by an implausible rate, pledges, submits and prints its report', async () => {
    // On a phone the menu is a drawer, so log in by hand rather than waiting for the menu.
    const page = await flow.openPage(phone);
    await page.goto(`${flow.url}/login`);
    await page.getByLabel('用户名').fill('enterprise.1');
    await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${flow.url}/enterprise/diagnosis`);
    await page.getByRole('button', { name: '开始自评' }).click();
    await page.waitForURL(/\/enterprise\/diagnosis\/[0-9a-f-]{36}$/);
    await page.getByText('数字化基础（50 分）').waitFor();

    await page.locator('#device-digitization-rate').fill('35');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('草稿已保存').waitFor();
    await page.reload();
    await expect.poll(() => page.locator('#device-digitization-rate').inputValue()).toBe('35.00');
    await screenshot(page, 'diagnosis-questionnaire-390');
    expect(await hasHorizontalScroll(page)).toBe(false);

    await answerAll(page);
    await page.locator('#device-networking-rate').fill('60');
    await page.getByTestId('pledge').check();
    await page.getByRole('button', { name: '承诺并提交' }).click();
    await page.getByText('有题目需要修改，请查看标红的题目').waitFor();
    await page.getByText('设备联网率不能高于设备数字化率（联网设备须为数字化设备）').waitFor();

    await page.locator('#device-networking-rate').fill('30');
    await page.getByRole('button', { name: '承诺并提交' }).click();
    await page.getByText('数字化水平评测报告').waitFor();
    await page.getByText('评测已提交').waitFor();
    await expect(
      page.locator('.ant-statistic').filter({ hasText: '评测等级' }).innerText(),
    ).resolves.toContain('二级');
    await page.getByText('说明：本模型的部分内容（包括等级规则）为平台依据公开文件的解读').waitFor();
    await page.getByTestId('radar').locator('svg').waitFor();
    // The only submitted assessment in the demo data: every cell is thin, the widest is used and says so.
    await expect
      .poll(() => page.getByTestId('benchmark-scope').innerText())
      .toBe('对标范围：全国全部企业（样本 1 家）');
    await page.getByText('样本不足 15 家，结果仅供参考').waitFor();
    await screenshot(page, 'diagnosis-report-390');

    await page.emulateMedia({ media: 'print' });
    const pdfPath = resolve(SCREENSHOT_DIR, 'diagnosis-report.pdf');
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
    const pdf = readFileSync(pdfPath);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
  });
});

describe('re-assessment', () => {
  it('shows the change per dimension since the previous assessment (T0 → T1)', async () => {
    const page = await flow.openPage(phone);
    await page.goto(`${flow.url}/login`);
    await page.getByLabel('用户名').fill('enterprise.1');
    await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${flow.url}/enterprise/diagnosis`);
    await page.getByRole('button', { name: '开始自评' }).click();
    await page.waitForURL(/\/enterprise\/diagnosis\/[0-9a-f-]{36}$/);
    await answerAll(page);
    // More equipment digitised and networked than at T0 (40 % / 30 %): 数字化基础 goes up.
    await page.locator('#device-digitization-rate').fill('80');
    await page.locator('#device-networking-rate').fill('60');
    await page.getByTestId('pledge').check();
    await page.getByRole('button', { name: '承诺并提交' }).click();
    await page.getByText('与上次评测相比').waitFor();
    await expect(
      page.locator('.ant-statistic').filter({ hasText: '总分变化' }).innerText(),
    ).resolves.toContain('+');
    await screenshot(page, 'diagnosis-change-390');
  });
});

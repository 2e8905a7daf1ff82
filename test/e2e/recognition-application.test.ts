/**
 * Recognition in Debian's Chromium, in Chinese: the public sees the published calls; applicant.1 drafts
 * and submits to the Shandong call (live pre-check with citations); city.jinan reviews, checks on site and
 * recommends with a document number; province.sd passes the formal review. Screenshots at each step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { BrowserFlow, act, startShandongDraft, stateIs, tickChecklist } from './support/flows.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

const flow = new BrowserFlow();
const { openPage, login } = flow;
let applicationUrl = '';

beforeAll(async () => {
  await flow.start();
}, 180_000);

afterAll(async () => {
  await flow.close();
});

describe('申报 → 市级推荐 → 省级形式审查 (Shandong)', () => {
  it('the public sees the published calls without logging in', async () => {
    const page = await openPage();
    await page.goto(`${flow.url}/calls`);
    await page.getByText('山东省工业互联网数字化转型促进中心申报工作通知').first().waitFor();
    await expect(page.getByRole('button', { name: '我要申报' }).count()).resolves.toBe(0);
    await screenshot(page, 'recognition-calls-public');
  }, 60_000);

  it('applicant.1 drafts, sees the live pre-check with citations, uploads materials and submits', async () => {
    const page = await openPage();
    await login(page, 'applicant.1');
    await startShandongDraft(page, '济南智造工业互联网数字化转型促进中心');
    applicationUrl = page.url();
    await stateIs(page, '草稿');

    const evaluation = page.getByTestId('evaluation');
    await evaluation.getByText('尚不符合申报条件，不能提交').waitFor();
    await evaluation.locator('.recognition-citation').first().waitFor();
    await expect(page.locator('button[data-action="submit"]').isDisabled()).resolves.toBe(true);

    await page.getByLabel('中心简介').fill('面向济南装备制造、电子信息企业的综合类促进中心');
    await page.locator('input[aria-label="建设运营场地使用面积"]').fill('2500');
    // 实时预检: the pre-check reads the typed area before anything is saved.
    await evaluation
      .getByRole('cell', { name: /^2,?500$/ })
      .first()
      .waitFor();
    await page.locator('[data-fact="fullTimeTeam"]').check();
    await page.getByRole('button', { name: /保存草稿/ }).click();
    await page.getByText('已保存').first().waitFor();
    for (const kind of ['application_form', 'construction_plan']) {
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.locator(`button[data-material="${kind}"]`).click(),
      ]);
      await chooser.setFiles({ name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: PDF });
      await page.getByRole('link', { name: `${kind}.pdf` }).waitFor();
    }
    await evaluation.getByText('符合申报条件，可以提交').waitFor();
    await screenshot(page, 'recognition-applicant-draft');

    await act(page, 'submit');
    await stateIs(page, '已提交（待市级审核）');
    await page.getByRole('tab', { name: '流程记录' }).click();
    await page.locator('[data-timeline="submit"]').waitFor();
    await screenshot(page, 'recognition-applicant-submitted');
  }, 120_000);

  it('city.jinan reviews the qualification, records the site check and recommends with a document number', async () => {
    const page = await openPage();
    await login(page, 'city.jinan');
    await page.getByRole('menuitem', { name: '审核' }).click();
    await page.getByRole('link', { name: '济南智造工业互联网数字化转型促进中心' }).click();
    await page.waitForURL(applicationUrl);
    await expect(page.locator('button[data-action="recommend"]').count()).resolves.toBe(0);
    await act(page, 'record_qualification_review', tickChecklist);
    await stateIs(page, '市级审核中');
    await act(page, 'record_site_check', async (dialog) => {
      const date = dialog.getByLabel('核查日期');
      await date.click();
      // A site check is a fact: the picker offers no day after today (and the API refuses one).
      await page.locator('.ant-picker-dropdown:visible .ant-picker-cell-disabled').first().waitFor();
      await date.fill('2026-03-10');
      await date.press('Enter');
      await dialog.getByLabel(/参加人员/).fill('张三、李四');
      await dialog.getByLabel('核查情况').fill('场地面积、运营人员与申报材料一致');
    });
    await page.getByText('场地面积、运营人员与申报材料一致').first().waitFor();
    await screenshot(page, 'recognition-city-review');
    await act(page, 'recommend', async (dialog) => {
      await dialog.getByLabel('文号').fill('济工信字〔2026〕8号');
    });
    await stateIs(page, '已报省（待形式审查）');
  }, 120_000);

  it('province.sd passes the formal review; the timeline shows every step', async () => {
    const page = await openPage();
    await login(page, 'province.sd');
    await page.getByRole('menuitem', { name: '审核' }).click();
    await page.getByRole('link', { name: '济南智造工业互联网数字化转型促进中心' }).click();
    await page.waitForURL(applicationUrl);
    await act(page, 'formal_review_pass', async (dialog) => {
      await dialog.getByLabel('意见/说明').fill('材料齐全，推荐文件合规');
    });
    await stateIs(page, '专家评审中');
    await page.getByRole('tab', { name: '流程记录' }).click();
    for (const action of [
      'submit',
      'record_qualification_review',
      'record_site_check',
      'recommend',
      'formal_review_pass',
    ]) {
      await page.locator(`[data-timeline="${action}"]`).waitFor();
    }
    await page.getByText('济工信字〔2026〕8号').first().waitFor();
    await screenshot(page, 'recognition-province-timeline');
  }, 120_000);
});

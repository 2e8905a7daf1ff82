/**
 * The center's service platform in Chromium, in Chinese: an SME registers for a course, the operator
 * records attendance and the dashboard's training person-times go up by one (with the attendance behind
 * the number); the SME disputes a ledger record and the operator's ledger shows it as disputed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { BrowserFlow } from './support/flows.ts';
const flow = new BrowserFlow();
const { loggedIn } = flow;

/** The training person-times shown on the dashboard card. */
async function personTimes(page: Page): Promise<number> {
  const card = page.locator('[data-metric="trainingPersonTimes"]');
  await card.locator('.ant-statistic-content-value').waitFor();
  return Number((await card.locator('.ant-statistic-content-value').innerText()).replace(/[^\d]/g, ''));
}

beforeAll(async () => {
  await flow.start();
});

afterAll(async () => {
  await flow.close();
});

describe('center service platform', () => {
  it('counts a registered SME’s attendance as one more training person-time on the dashboard', async () => {
    const operator = await loggedIn('operator.1');
    await operator.getByRole('menuitem', { name: '服务平台' }).click();
    await operator.waitForURL(/\/center\/jinan-demo\/dashboard$/);
    const before = await personTimes(operator);
    await operator.getByTestId('trend-chart').waitFor();
    await screenshot(operator, 'center-dashboard-before-1366');

    const sme = await loggedIn('enterprise.1');
    await sme.getByRole('menuitem', { name: '企业服务' }).click();
    await sme.getByRole('tab', { name: '培训报名' }).click();
    await sme.waitForURL(/\/enterprise\/courses$/);
    const course = sme.locator('.ant-card', { hasText: '工业互联网平台应用实训' });
    await course
      .getByRole('button', { name: /报\s*名/ })
      .first()
      .click();
    await sme.getByText('报名成功').waitFor();
    await course.getByText('已报名', { exact: true }).first().waitFor();
    await screenshot(sme, 'enterprise-courses-registered-1366');

    await operator.getByRole('tab', { name: '培训实训' }).click();
    await operator.waitForURL(/\/center\/jinan-demo\/training$/);
    // The session lies ahead: attendance waits for its day, and the drawer says from when.
    await operator.getByRole('button', { name: '报名与签到' }).first().click();
    let drawer = operator.getByRole('dialog').filter({ hasText: '报名与签到' });
    await drawer.getByText('中小企业联系人').waitFor();
    await drawer.getByText(/举办当天（\d{4}年\d{1,2}月\d{1,2}日）起可登记签到/).waitFor();
    expect(await drawer.getByRole('button', { name: '登记签到' }).isDisabled()).toBe(true);
    await operator.keyboard.press('Escape');

    // On the session's day (the server's clock moved there) the operator records who came.
    const calendar = (await (
      await fetch(`${flow.url}/api/catalog/courses?q=${encodeURIComponent('工业互联网平台应用实训')}`)
    ).json()) as { items: { title: string; sessions: { sessionDate: string }[] }[] };
    const sessionDay = calendar.items.find((c) => c.title === '工业互联网平台应用实训')!.sessions[0]!
      .sessionDate;
    const realToday = process.env.DTPC_TODAY;
    process.env.DTPC_TODAY = sessionDay;
    try {
      await operator.reload();
      await operator.getByRole('button', { name: '报名与签到' }).first().click();
      drawer = operator.getByRole('dialog').filter({ hasText: '报名与签到' });
      await drawer.getByText('中小企业联系人').waitFor();
      await drawer.getByRole('checkbox', { name: '中小企业联系人' }).check();
      await drawer.getByRole('button', { name: '登记签到' }).click();
      await drawer.getByText('已签到', { exact: true }).last().waitFor();
      await screenshot(operator, 'center-training-attendance-1366');
      await operator.keyboard.press('Escape');
    } finally {
      if (realToday === undefined) {
        delete process.env.DTPC_TODAY;
      } else {
        process.env.DTPC_TODAY = realToday;
      }
    }

    await operator.getByRole('tab', { name: '运营看板' }).click();
    await operator.waitForURL(/\/dashboard$/);
    await expect.poll(() => personTimes(operator), { timeout: 15000 }).toBe(before + 1);
    await operator.getByRole('button', { name: '查看记录 人才培训实训人次' }).click();
    await operator
      .getByRole('dialog')
      .filter({ hasText: '背后的记录' })
      .getByText('工业互联网平台应用实训')
      .first()
      .waitFor();
    await screenshot(operator, 'center-dashboard-drilldown-1366');
  });

  it('lets the SME dispute a ledger record about itself, which the operator then sees as disputed', async () => {
    const sme = await loggedIn('enterprise.1');
    await sme.goto(`${flow.url}/enterprise/services`);
    const row = sme.getByRole('row', { name: /配套订单对接/ });
    await row.getByText('待企业确认').waitFor();
    await row.getByRole('button', { name: '提出异议' }).click();
    await sme.getByLabel('异议理由').fill('该订单由我司自行对接，非促进中心服务');
    await sme
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await row.getByText('企业有异议').waitFor();
    await screenshot(sme, 'enterprise-services-disputed-1366');

    const operator = await loggedIn('operator.1');
    await operator.goto(`${flow.url}/center/jinan-demo/ledger`);
    await operator
      .getByRole('row', { name: /配套订单对接/ })
      .getByText('企业有异议')
      .waitFor();
    await screenshot(operator, 'center-ledger-1366');
    await operator.getByRole('button', { name: /批量导入/ }).click();
    await operator.getByRole('dialog').getByText('导入服务台账').waitFor();
    await screenshot(operator, 'center-ledger-import-1366');
  });
});

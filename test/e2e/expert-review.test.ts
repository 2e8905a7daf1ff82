/**
 * Expert review in Debian's Chromium, in Chinese: a Shandong application in expert review (consortium member
 * = expert.4's organisation). province.sd proposes the panel (polled job), sees three experts and expert.4
 * excluded with the conflict reason, invites; expert.1 and expert.2 accept, save a draft and submit their
 * scores in the browser (the second sees the first anonymised); province.sd sees mean and median.
 */
import { like } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/db/schema/index.ts';
import { makeCall } from '../factories/recognition.ts';
import { makeApplicationInExpertReview } from '../factories/review.ts';
import { BrowserFlow, screenshotFromTop } from './support/flows.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const CALL_TITLE = '2026年山东省数促中心专家评审批次';
const CENTER = '济南专家评审综合促进中心';

const flow = new BrowserFlow();
const { openPage, login } = flow;
const names: Record<string, string> = {};
let panelUrl = '';

/** Fills every row of the score sheet (pass/fail → 符合, scores → the maximum, levels → the top level). */
async function fillSheet(page: Page, overall: number, comment: string, dissent = false): Promise<void> {
  const rows = page.getByTestId('score-form').locator('tbody tr.ant-table-row');
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    if ((await row.locator('.ant-radio-wrapper').count()) > 0) {
      await row.getByText('符合', { exact: true }).click();
    } else if ((await row.locator('input.ant-input-number-input').count()) > 0) {
      const max = (await row.locator('input.ant-input-number-input').getAttribute('aria-valuemax')) ?? '1';
      await row.locator('input.ant-input-number-input').fill(max);
    } else {
      await row.locator('.ant-select').click();
      const options = page.locator(
        '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option',
      );
      await options.last().click();
    }
  }
  if (dissent) {
    // 不符合 asks for its reason on the spot; the expert then does not recommend.
    const first = rows.filter({ has: page.locator('.ant-radio-wrapper') }).first();
    await first.getByText('不符合', { exact: true }).click();
    await first.getByText('判为不符合须填写理由').waitFor();
    await first.getByPlaceholder('不符合的理由').fill('场地租赁合同未见，面积无法核实');
    await expect(first.getByText('判为不符合须填写理由').count()).resolves.toBe(0);
  }
  await page.getByLabel('总体评分（百分制）').fill(String(overall));
  await page.getByText(dissent ? '不建议通过' : '建议通过', { exact: true }).click();
  await page.getByLabel('评审意见').fill(comment);
}

async function scoreAs(username: string, overall: number, dissent = false): Promise<Page> {
  const page = await openPage();
  await login(page, username);
  await expect(page.getByRole('menuitem', { name: '专家评审' }).count()).resolves.toBe(0);
  await page.getByRole('menuitem', { name: '我的评审任务' }).click();
  await page.getByRole('link', { name: CENTER }).first().click();
  await page.waitForURL(/\/expert-tasks\/[0-9a-f-]{36}$/);
  await page.getByRole('button', { name: '接受邀请' }).click();
  await page.locator('.ant-tag', { hasText: '已接受' }).first().waitFor();
  // Experts read what they score: the accepted seat opens the application's materials.
  const material = page.getByTestId('task-materials').getByRole('link', { name: '申报书.pdf' });
  await page.getByTestId('task-materials').getByText('申报书', { exact: true }).waitFor();
  const href = (await material.getAttribute('href'))!;
  const file = await page.context().request.get(new URL(href, page.url()).toString());
  expect(file.status()).toBe(200);
  expect(Buffer.from(await file.body()).equals(PDF)).toBe(true);
  // A blank sheet is not sent to the irreversible confirm: what is still open is named first.
  await page.getByRole('button', { name: /提交评分/ }).click();
  await page
    .getByTestId('sheet-open-items')
    .getByText(/请先完成以下项目再提交：.*评审建议/)
    .waitFor();
  expect(await page.locator('.ant-modal-confirm').count()).toBe(0);
  await fillSheet(
    page,
    overall,
    `总体评分 ${overall}，${dissent ? '不建议通过' : '材料完整，建议通过'}`,
    dissent,
  );
  await page.getByRole('button', { name: /保存草稿/ }).click();
  await page.getByText('草稿已保存（第 1 版）').waitFor();
  await page.getByRole('button', { name: /提交评分/ }).click();
  await page.getByRole('button', { name: /确\s*定/ }).click();
  await page.locator('.ant-tag', { hasText: '已提交' }).first().waitFor();
  // Both versions are kept: the draft and the submission.
  await page.getByText(/第 1 版 · 草稿/).waitFor();
  await page.getByText(/第 2 版 · 正式提交/).waitFor();
  return page;
}

beforeAll(async () => {
  await flow.start();
  const db = flow.db;
  for (const r of await db.select().from(users).where(like(users.username, 'expert.%'))) {
    names[r.username] = r.displayName;
  }
  const callId = await makeCall(db, { packId: 'shandong-guide', title: CALL_TITLE });
  // expert.4's organisation is a consortium member: a conflict of interest.
  await makeApplicationInExpertReview(db, callId, {
    centerName: CENTER,
    memberOfUsers: ['expert.4'],
    materials: [{ kind: 'application_form', name: '申报书.pdf', bytes: PDF }],
  });
}, 180_000);

afterAll(async () => {
  await flow.close();
});

describe('专家评审: a Shandong application with three experts, one excluded for a conflict', () => {
  it('province.sd proposes the panel, watches the job finish and sees expert.4 excluded with the reason', async () => {
    const page = await openPage();
    await login(page, 'province.sd');
    await expect(page.getByRole('menuitem', { name: '我的评审任务' }).count()).resolves.toBe(0);
    await page.getByRole('menuitem', { name: '专家评审' }).click();
    await page.waitForURL(/\/expert-review$/);
    await page.getByTestId('review-call').click();
    await page.getByTitle(new RegExp(CALL_TITLE)).click();
    await page.getByRole('button', { name: /生成专家组建议/ }).click();
    await page.getByText(/已为 1 份申报生成专家组/).waitFor();
    await expect(page.getByTestId('proposal-job').getByText('已完成')).toBeTruthy();
    await page.getByRole('link', { name: CENTER }).first().waitFor();
    await screenshotFromTop(page, 'expert-review-proposal', { afterSpinners: true });

    await page.getByRole('link', { name: CENTER }).first().click();
    await page.waitForURL(/\/expert-review\/panels\/[0-9a-f-]{36}$/);
    panelUrl = page.url();
    const members = page.getByTestId('panel-members');
    for (const u of ['expert.1', 'expert.2', 'expert.3']) {
      await members.getByRole('cell', { name: names[u], exact: true }).waitFor();
    }
    await expect(members.getByRole('cell', { name: names['expert.4'], exact: true }).count()).resolves.toBe(
      0,
    );
    const excluded = page.getByTestId('excluded-experts');
    await excluded.getByText(names['expert.4']!, { exact: true }).waitFor();
    await excluded.getByText(/联合申报单位/).waitFor();
    // The balance view: 技术, 产业, 管理 covered; 财务 only by the excluded expert.
    const balance = page.getByTestId('field-balance');
    await balance.getByText(/缺少：财务/).waitFor();
    await screenshotFromTop(page, 'expert-review-panel', { afterSpinners: true });

    await page.getByRole('button', { name: /确认并邀请专家/ }).click();
    await page.getByText('已邀请专家').first().waitFor();
    await members.locator('.ant-tag', { hasText: '已邀请' }).nth(2).waitFor();
  }, 120_000);

  it('expert.1 accepts, saves a draft and submits; nobody else has submitted yet', async () => {
    const page = await scoreAs('expert.1', 85);
    await page.getByTestId('peer-scores').getByText('其他专家尚未提交').waitFor();
    await screenshotFromTop(page, 'expert-review-task-submitted', { afterSpinners: true });
  }, 120_000);

  it('expert.2 cannot see scores before submitting, then sees expert.1 anonymised', async () => {
    const page = await openPage();
    await login(page, 'expert.2');
    await page.getByRole('menuitem', { name: '我的评审任务' }).click();
    await page.getByRole('link', { name: CENTER }).first().waitFor();
    await screenshotFromTop(page, 'expert-review-tasks', { afterSpinners: true });
    await page.close();

    const scored = await scoreAs('expert.2', 78, true);
    const peers = scored.getByTestId('peer-scores');
    await peers.getByText('专家 1').waitFor();
    await peers.getByText('85', { exact: true }).waitFor();
    await expect(peers.getByText(names['expert.1']!).count()).resolves.toBe(0);
    await screenshotFromTop(scored, 'expert-review-peers-anonymised', { afterSpinners: true });
  }, 120_000);

  it('province.sd sees the mean and the median of the submitted scores', async () => {
    const page = await openPage();
    await login(page, 'province.sd');
    await page.goto(panelUrl);
    await page.getByRole('tab', { name: '评分汇总' }).click();
    const overall = page.getByTestId('aggregation-overall');
    await overall.getByText('81.5').first().waitFor();
    const stats = await overall.innerText();
    expect(stats).toMatch(/评审进度\s*2\s*\/ 3/);
    expect(stats).toMatch(/总分（百分制） · 平均分\s*81\.5/);
    expect(stats).toMatch(/总分（百分制） · 中位数\s*81\.5/);
    // One recommends, one does not: 分歧, although the overall scores are close.
    await overall.getByTestId('recommendation-split').getByText('分歧').waitFor();
    await page.getByTestId('aggregation-table').getByText('平均分').waitFor();
    await screenshotFromTop(page, 'expert-review-aggregation', { afterSpinners: true });

    // The on-site defense is recorded on the panel and listed there.
    await page.getByRole('tab', { name: '答辩与现场考察' }).click();
    await page.getByLabel('答辩日期').click();
    await page
      .locator(
        '.ant-picker-dropdown:not(.ant-picker-dropdown-hidden) .ant-picker-now-btn, .ant-picker-dropdown:not(.ant-picker-dropdown-hidden) .ant-picker-today-btn',
      )
      .first()
      .click();
    await page.getByLabel('地点').fill('山东省工业和信息化厅 3 楼会议室');
    await page.getByLabel('参加人员').first().fill('王专家');
    await page.getByLabel('参加人员').first().press('Enter');
    await page.getByLabel('答辩纪要').fill('申报单位汇报建设方案，专家就运营团队提问');
    await page.getByRole('button', { name: '记录答辩' }).click();
    await page.getByRole('listitem').getByText('申报单位汇报建设方案，专家就运营团队提问').waitFor();
    await screenshotFromTop(page, 'expert-review-records', { afterSpinners: true });
  }, 120_000);
});

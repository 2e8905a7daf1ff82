/**
 * 专家库 in Debian's Chromium, in Chinese: province.sd finds the finance expert, records a declared conflict
 * and an unavailability, imports experts from .xlsx (a dry run that names the row and column, then the
 * commit), and unsticks an application whose panel has "有效专家 2 人，少于要求的 3 人" by marking an expert
 * available in the pool and adding them from the panel page.
 */
import ExcelJS from 'exceljs';
import { eq, like } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations, users } from '../../src/db/schema/index.ts';
import { makeCall } from '../factories/recognition.ts';
import { makeApplicationInExpertReview } from '../factories/review.ts';
import { BrowserFlow, screenshotFromTop } from './support/flows.ts';

const CALL_TITLE = '2026年山东省专家库补员批次';
const CENTER = '济南专家库补员综合促进中心';
const RAW_CODE = /\b[a-z]+_[a-z_]+\b|\b(technology|industry|management|finance)\b/;

const flow = new BrowserFlow();
const { openPage, login } = flow;
const names: Record<string, string> = {};
let university = { name: '', creditCode: '' };

async function sheet(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('专家');
  ws.addRow(['登录名', '姓名', '工作单位统一社会信用代码', '工作单位名称', '评审领域', '职称', '是否可用']);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function openPool(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '专家库' }).click();
  await page.waitForURL(/\/experts$/);
  await page.getByTestId('expert-pool').getByRole('cell', { name: names['expert.1'], exact: true }).waitFor();
}

async function openExpert(page: Page, username: string): Promise<void> {
  await page.getByPlaceholder('姓名、登录名、单位或职称').fill(username);
  await page.getByRole('button', { name: /查\s*询/ }).click();
  await page.getByTestId('expert-pool').getByText(names[username]!, { exact: true }).click();
  await page.getByTestId('expert-detail').waitFor();
}

async function setAvailable(page: Page, username: string, available: boolean): Promise<void> {
  await openExpert(page, username);
  const toggle = page.locator('form#expertProfile .ant-switch');
  if ((await toggle.getAttribute('aria-checked')) !== String(available)) {
    await toggle.click();
  }
  await page
    .getByRole('button', { name: /保\s*存/ })
    .first()
    .click();
  await page.getByText('已保存').first().waitFor();
  await page.locator('.ant-drawer-open .ant-drawer-close').click();
  await page.getByTestId('expert-detail').waitFor({ state: 'detached' });
}

beforeAll(async () => {
  await flow.start();
  const db = flow.db;
  for (const r of await db.select().from(users).where(like(users.username, 'expert.%'))) {
    names[r.username] = r.displayName;
  }
  const [row] = await db
    .select({ name: organisations.name, creditCode: organisations.creditCode })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.username, 'expert.1'));
  university = row!;
  names['pool.wang'] = '王财务'; // imported in the test below
  const callId = await makeCall(db, { packId: 'shandong-guide', title: CALL_TITLE });
  // expert.4 (the only 财务 expert) works for a consortium member: a conflict of interest.
  await makeApplicationInExpertReview(db, callId, { centerName: CENTER, memberOfUsers: ['expert.4'] });
}, 180_000);

afterAll(async () => {
  await flow.close();
});

describe('专家库', () => {
  it('lists the province’s experts with fields, filters by 财务 and shows no raw codes', async () => {
    const page = await openPage();
    await login(page, 'province.sd');
    await openPool(page);
    const table = page.getByTestId('expert-pool');
    for (const u of ['expert.1', 'expert.2', 'expert.3', 'expert.4']) {
      await table.getByRole('cell', { name: names[u], exact: true }).waitFor();
    }
    await expect(table.getByText(names['expert.5']!, { exact: true }).count()).resolves.toBe(0);
    expect(await page.locator('main').innerText()).not.toMatch(RAW_CODE);
    await screenshotFromTop(page, 'expert-pool-list', { afterSpinners: true });

    await page.locator('.ant-select', { hasText: '全部领域' }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('财务').click();
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await table.getByRole('cell', { name: names['expert.4'], exact: true }).waitFor();
    await table.getByRole('cell', { name: names['expert.1'], exact: true }).waitFor({ state: 'detached' });

    // English mode: labels, not codes and not Chinese field names (people's and units' names stay as they are).
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('columnheader', { name: 'Review field' }).waitFor();
    const tags = (await page.getByTestId('expert-pool').locator('.ant-tag').allInnerTexts()).join(' ');
    const headers = (await page.getByRole('columnheader').allInnerTexts()).join(' ');
    await screenshotFromTop(page, 'expert-pool-list-en', { afterSpinners: true });
    await page.getByText('中文', { exact: true }).click();
    await page.getByRole('columnheader', { name: '评审领域' }).waitFor();
    expect(tags).toContain('Finance');
    expect(`${tags} ${headers}`).not.toMatch(/[\u4e00-\u9fff]|[a-z]+_[a-z_]+/);
  }, 120_000);

  it('records a conflict declared outside a task in the detail drawer', async () => {
    const page = await openPage();
    await login(page, 'province.sd');
    await openPool(page);
    await openExpert(page, 'expert.2');
    const form = page.locator('form#expertConflict');
    await form.getByPlaceholder('统一社会信用代码').fill('123');
    await form.getByPlaceholder('单位名称').fill('某咨询公司');
    await form.getByPlaceholder('回避事由').fill('近三年担任其顾问');
    await page.getByRole('button', { name: '登记回避单位' }).click();
    await page
      .getByText(/「统一社会信用代码」应为 18 位/)
      .first()
      .waitFor();
    await form.getByPlaceholder('统一社会信用代码').fill(university.creditCode);
    await form.getByPlaceholder('单位名称').fill(university.name);
    await page.getByRole('button', { name: '登记回避单位' }).click();
    await page.getByTestId('expert-conflicts').getByText('近三年担任其顾问').waitFor();
    expect(await page.getByTestId('expert-detail').innerText()).not.toMatch(RAW_CODE);
    await screenshotFromTop(page, 'expert-pool-detail', { afterSpinners: true });
  }, 120_000);

  it('imports experts: the dry run names the row and column, the fixed file is committed', async () => {
    const page = await openPage();
    await login(page, 'province.sd');
    await openPool(page);
    await page.getByRole('button', { name: /批量导入/ }).click();
    const dialog = page.getByRole('dialog');
    const bad = await sheet([
      ['pool.wang', '王财务', university.creditCode, university.name, '财务、法律', '', '是'],
    ]);
    await dialog.locator('input[type=file]').setInputFiles({
      name: '专家.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: bad,
    });
    await dialog.getByRole('button', { name: /试导入/ }).click();
    await dialog
      .getByTestId('import-errors')
      .getByText(/第 2 行「评审领域」：“法律”不是评审领域/)
      .waitFor();
    await screenshotFromTop(page, 'expert-pool-import-errors');
    const good = await sheet([
      ['pool.wang', '王财务', university.creditCode, university.name, '财务', '高级会计师', '是'],
    ]);
    await dialog.locator('input[type=file]').setInputFiles({
      name: '专家-修正.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: good,
    });
    await dialog.getByRole('button', { name: /试导入/ }).click();
    await dialog.getByText(/共 1 行均可导入：新建 1 位专家/).waitFor();
    await dialog.getByRole('button', { name: /确认导入/ }).click();
    await dialog.getByText(/已导入：新建 1 位专家/).waitFor();
    await dialog
      .getByRole('button', { name: 'Close' })
      .or(dialog.locator('.ant-modal-close'))
      .first()
      .click();
    await page.getByTestId('expert-pool').getByText('王财务', { exact: true }).waitFor();
  }, 120_000);

  it('unsticks a panel with 有效专家 2 人: mark an expert available in the pool, add them on the panel, invite', async () => {
    const page = await openPage();
    await login(page, 'province.sd');
    await openPool(page);
    // The new 财务 expert is made unavailable too, so that only expert.1 and expert.2 are usable.
    await setAvailable(page, 'expert.3', false);
    await setAvailable(page, 'pool.wang', false);

    await page.getByRole('menuitem', { name: '专家评审' }).click();
    await page.getByTestId('review-call').click();
    await page.getByTitle(new RegExp(CALL_TITLE)).click();
    await page.getByRole('button', { name: /生成专家组建议/ }).click();
    await page.getByText(/已为 1 份申报生成专家组/).waitFor();
    await page.getByRole('link', { name: CENTER }).first().click();
    await page.waitForURL(/\/expert-review\/panels\/[0-9a-f-]{36}$/);
    const panelUrl = page.url();
    await page
      .getByTestId('panel-short')
      .getByText(/有效专家 2 人，少于要求的 3 人/)
      .waitFor();
    const shortfalls = page.getByTestId('panel-shortfall');
    await shortfalls
      .getByText(new RegExp(`将 .*${names['expert.3']}.* 标记为可用`))
      .first()
      .waitFor();
    await shortfalls
      .getByText(/没有可用的「财务」领域专家：库中 2 位该领域专家，1 位存在利益冲突、1 位标记为不可用/)
      .waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(RAW_CODE);
    await screenshotFromTop(page, 'expert-pool-panel-short', { afterSpinners: true });

    // The remedy: mark expert.3 available in the pool, then add them on the panel.
    await page.getByTestId('panel-short').getByRole('link', { name: '打开专家库' }).click();
    await page.waitForURL(/\/experts$/);
    await setAvailable(page, 'expert.3', true);
    await page.goto(panelUrl);
    await page.locator('.ant-select', { hasText: '从专家库选择' }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle(new RegExp(names['expert.3']!)).click();
    await page.getByRole('button', { name: /^添\s*加$/ }).click();
    await page
      .getByTestId('panel-members')
      .getByRole('cell', { name: names['expert.3'], exact: true })
      .waitFor();
    await expect(page.getByTestId('panel-short').count()).resolves.toBe(0);
    await page.getByRole('button', { name: /确认并邀请专家/ }).click();
    await page.getByText('已邀请专家').first().waitFor();
    await page.getByTestId('panel-members').locator('.ant-tag', { hasText: '已邀请' }).nth(2).waitFor();
    await screenshotFromTop(page, 'expert-pool-panel-unstuck', { afterSpinners: true });
  }, 180_000);
});

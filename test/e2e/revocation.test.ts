/**
 * Revocation and change filing in Chromium, in Chinese: a Shandong center failing its annual evaluation
 * twice in a row (000 第二十条（一）) is proposed for revocation, province.sd decides, the public directory
 * shows it 已撤销, and the lead unit's new application is refused by the pre-check with the 3-year ban
 * (000 第二十一条) and its end date; a rename filed 40 days after the change is marked late (第二十二条).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarMonths } from '../../src/domain/calendar/index.ts';
import { todayInShanghai } from '../../src/domain/calendar/dates.ts';
import { makeDecidedEvaluation, makeManagedCenter, organisationOf } from '../factories/management.ts';
import { screenshot } from './support/browser.ts';
import {
  BrowserFlow,
  confirmDecision,
  expectBannedAtPrecheck,
  fillDecisionDocument,
  startShandongDraft,
} from './support/flows.ts';

const CENTER = '济南连续两年不合格促进中心';
const today = todayInShanghai();
const banEnd = addCalendarMonths(today, 36);
const fortyDaysAgo = new Date(Date.parse(`${today}T00:00:00Z`) - 40 * 86_400_000).toISOString().slice(0, 10);

const flow = new BrowserFlow();
const { openPage, login } = flow;
let centerId = '';

beforeAll(async () => {
  await flow.start();
  const db = flow.db;
  centerId = await makeManagedCenter(db, {
    name: CENTER,
    regionCode: '370102',
    recognisedOn: '2023-06-30',
    leadOrganisationId: await organisationOf(db, 'applicant.1'),
  });
  await makeDecidedEvaluation(db, { centerId, year: 2024, rating: 'fail', decidedOn: '2025-03-20' });
  await makeDecidedEvaluation(db, { centerId, year: 2025, rating: 'fail', decidedOn: '2026-03-20' });
}, 180_000);

afterAll(() => flow.close());

describe('撤销认定 → 名录 → 禁止再次申报 (Shandong)', () => {
  it('province.sd sees the engine’s proposal with the ground and citation, and revokes', async () => {
    const page = await openPage();
    await login(page, 'province.sd');
    await page.getByRole('menuitem', { name: '撤销管理' }).click();
    await page.getByTestId('revocation-scan').click();
    await page.getByRole('link', { name: CENTER }).waitFor();
    await page.getByText('第二十条（一）').first().waitFor();
    await screenshot(page, 'revocation-due-list');

    await page.getByRole('link', { name: CENTER }).click();
    await page.waitForURL(/\/management\/revocations\/[0-9a-f-]{36}$/);
    await page.getByText('连续两次在年度质量评价中未能达标').first().waitFor();
    await page.getByRole('cell', { name: '2024', exact: true }).waitFor();
    await page.getByText('不合格').first().waitFor();
    await screenshot(page, 'revocation-proposal');

    await page.locator('button[data-action="revoke"]').click();
    const dialog = page.getByRole('dialog');
    await fillDecisionDocument(page, dialog, {
      number: '鲁工信字〔2026〕30号',
      date: today,
      comment: '2024、2025年度质量评价均不合格',
      opinion: '决定意见',
    });
    await dialog.getByRole('button', { name: /确\s*认/ }).click();
    await confirmDecision(page);
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.ant-card-head-title .ant-tag', { hasText: '已撤销' }).waitFor();
    await expect(page.getByTestId('revocation-ban').textContent()).resolves.toContain(banEnd);
    await screenshot(page, 'revocation-decided');
    // The decision notice (决定书) prints on A4 with the authority, the number and the opinion.
    await page.getByTestId('print-decision-notice').click();
    await page.waitForURL(/\/decision-notices\/[0-9a-f-]{36}$/);
    const notice = page.getByTestId('decision-notice');
    await notice.getByText('山东省工业和信息化厅').first().waitFor();
    expect(await notice.getByTestId('notice-document-number').innerText()).toBe('鲁工信字〔2026〕30号');
    expect(await notice.innerText()).toContain('2024、2025年度质量评价均不合格');
    expect(await notice.innerText()).toContain(`关于撤销${CENTER}认定的决定`);
    await screenshot(page, 'revocation-decision-notice');
  }, 120_000);

  it('the public directory shows the center revoked today, with the ground in its history', async () => {
    const page = await openPage();
    await page.goto(`${flow.url}/directory/${centerId}`);
    await page.getByText('已撤销').first().waitFor();
    await page
      .getByText(/鲁工信字〔2026〕30号/)
      .first()
      .waitFor();
    await screenshot(page, 'revocation-directory-entry');
  }, 60_000);

  it('the directory read as of an earlier date still lists the center as recognised', async () => {
    const page = await openPage();
    await page.goto(`${flow.url}/directory`);
    await page.getByTestId('directory-as-of').fill('2026-01-01');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await page
      .getByRole('row', { name: new RegExp(CENTER) })
      .getByText('已认定')
      .waitFor();
    await screenshot(page, 'directory-as-of');
  }, 60_000);

  it('applicant.1 (the revoked lead unit) is refused by the pre-check with the 3-year ban and its end date', async () => {
    const page = await openPage();
    await login(page, 'applicant.1');
    await startShandongDraft(page, '济南重新申报促进中心');
    await expectBannedAtPrecheck(page, banEnd);
    await screenshot(page, 'revocation-ban-precheck');
  }, 120_000);
});

describe('变更备案 (000 第二十二条)', () => {
  it('operator.1 files a rename 40 days after the change; it is marked late; province.sd confirms', async () => {
    const page = await openPage();
    await login(page, 'operator.1');
    await page.goto(`${flow.url}/management/change-filings`);
    await page.getByRole('button', { name: '报送变更' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('促进中心').click();
    await page.getByTitle('济南工业互联网数字化转型促进中心（演示）').click();
    await dialog.getByLabel('变更类型').click();
    await page.getByTitle('更名', { exact: true }).click();
    const date = dialog.getByLabel('变更日期');
    await date.click();
    await date.fill(fortyDaysAgo);
    await date.press('Enter');
    await dialog.getByLabel('变更后名称').fill('济南数字化转型促进中心');
    await dialog.getByLabel('变更情况').fill('牵头单位更名，中心随之更名');
    await screenshot(page, 'change-filing-form');
    await dialog.getByRole('button', { name: /确\s*认/ }).click();
    await page.waitForURL(/\/management\/change-filings\/[0-9a-f-]{36}$/);
    const url = page.url();
    await expect(page.getByTestId('filing-late').textContent()).resolves.toMatch(/逾期 \d+ 天/);
    await screenshot(page, 'change-filing-late');

    const authority = await openPage();
    await login(authority, 'province.sd');
    await authority.goto(url);
    await authority.getByTestId('filing-late').waitFor();
    await authority.locator('button[data-action="confirm"]').click();
    const confirm = authority.getByRole('dialog');
    await fillDecisionDocument(authority, confirm, {
      number: '鲁工信字〔2026〕31号',
      date: today,
      comment: '材料齐全，予以确认',
      opinion: '决定意见',
    });
    await confirm.getByRole('button', { name: /确\s*认/ }).click();
    await confirmDecision(authority);
    await confirm.waitFor({ state: 'hidden' });
    await authority.locator('.ant-card-head-title .ant-tag', { hasText: '已确认' }).waitFor();
    await screenshot(authority, 'change-filing-confirmed');
    await authority.goto(`${flow.url}/management/recommendations`);
    await authority.getByText('推荐候选（按最近一次评价结果排序）').waitFor();
    await screenshot(authority, 'recommendations');
  }, 150_000);
});

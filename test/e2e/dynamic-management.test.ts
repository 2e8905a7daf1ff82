/**
 * Dynamic management end to end in Chromium, in Chinese (issue 6 "Done means"): a Shandong center
 * (shandong-guide, recognised 2023-06-30, lead unit = applicant.1's organisation) is evaluated through the
 * UI for two years — each year opened by province.sd, first-reviewed by city.jinan, decided 不合格 and
 * published by province.sd (000 第十七条: city first review, then the province). Deciding the second
 * failing year makes the engine propose the revocation by itself (000 第二十条（一）: 连续两次未能达标);
 * it is waiting in 撤销管理 without pressing the check button. province.sd revokes it with a document
 * number; the public directory shows 已撤销 (and, read as of a day before, 已认定); applicant.1's new
 * application to the open Shandong call is refused by the pre-check with the 3-year ban (000 第二十一条)
 * and its end date. Finally the evaluation form and the revocation page are looked at in English.
 *
 * Time: one server, one database, and the clock moved between the years with DTPC_TODAY, which the
 * management commands read on every call (src/app/publicity/clock.ts). Year 1 (2024) is evaluated on
 * 2025-03-16 and year 2 (2025) on 2026-03-16 — each year is over, so it may be opened (evaluation.year_not_over),
 * and each decision carries its own date, as in real life. The revocation is decided with the pin removed,
 * i.e. on the real date: the application pre-check (src/app/recognition/context.ts) and the open call's
 * window use the wall clock, not DTPC_TODAY, so a revocation on the real date keeps the ban end the pre-check
 * computes (revocation day + 36 months) identical to the one the revocation page shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarMonths } from '../../src/domain/calendar/index.ts';
import { todayInShanghai } from '../../src/domain/calendar/dates.ts';
import { makeManagedCenter, organisationOf } from '../factories/management.ts';
import {
  BrowserFlow,
  confirmDecision,
  decideRating,
  fillDecisionDocument,
  screenshotFromTop,
  expectBannedAtPrecheck,
  startShandongDraft,
} from './support/flows.ts';

const CENTER = '济南两年评价不合格促进中心';
const YEAR_DATES: Record<number, string> = { 2024: '2025-03-16', 2025: '2026-03-16' };
const previousToday = process.env.DTPC_TODAY;

const flow = new BrowserFlow();
const { loggedIn } = flow;
let centerId = '';
let revocationUrl = '';
let evaluationUrl = '';

/** One year of the evaluation through the UI: province opens, city reviews, province decides 不合格 and publishes. */
async function evaluateFailing(year: number): Promise<void> {
  process.env.DTPC_TODAY = YEAR_DATES[year];
  const province = await loggedIn('province.sd');
  await province.getByRole('menuitem', { name: '年度评价' }).click();
  await province.waitForURL(/\/evaluation/);
  await province.goto(`${flow.url}/evaluation?year=${year}`);
  const row = province.locator('tr', { hasText: CENTER });
  await row.getByRole('button', { name: '开启评价' }).click();
  await province.waitForURL(/\/evaluation\/[0-9a-f-]{36}$/);
  evaluationUrl = province.url();
  await province.getByText(`${CENTER} · ${year} 年度评价`).waitFor();
  // No annual report and no records: the form says so, and the engine proposes 不合格.
  await province.getByText('该中心尚未报送本年度工作情况报告，申报值为空').waitFor();
  await province.getByText('未报送年度工作情况报告，没有申报值可对照，按记录证明值评价').waitFor();
  await expect(province.getByTestId('proposal').innerText()).resolves.toContain('不合格');
  // The province is not the next step (000 第十七条: the city reviews first).
  await expect(province.getByRole('button', { name: /审\s*定/ }).count()).resolves.toBe(0);
  await screenshotFromTop(province, `dm-${year}-1-opened`);

  const city = await loggedIn('city.jinan');
  await city.goto(`${flow.url}/evaluation?year=${year}`);
  await city.locator('tr', { hasText: CENTER }).getByRole('link', { name: '查看评价表' }).click();
  await city.waitForURL(evaluationUrl);
  await city.getByLabel('意见').fill(`${year} 年度未报送工作情况报告，平台无服务与培训记录，初审不达标。`);
  await screenshotFromTop(city, `dm-${year}-2-city-review`);
  await city.getByRole('button', { name: '提交初审/预审意见' }).click();
  await city.getByText('市级已初审').first().waitFor();

  await province.reload();
  await province.getByText('市级已初审').first().waitFor();
  // The qualitative criteria are judged with the decision (expert judgement, 000 附件 引导性要素条件).
  await province
    .getByRole('radiogroup', { name: '基本运营要求：设施与平台' })
    .getByRole('radio', { name: '不满足' })
    .check();
  await province.getByRole('radio', { name: '不合格' }).check();
  await screenshotFromTop(province, `dm-${year}-3-decide`);
  await decideRating(province, {
    number: `鲁工信字〔${year + 1}〕${year - 2000}号`,
    date: YEAR_DATES[year]!,
    opinion: `${year} 年度未达到评价要素表要求，评价为不合格。`,
  });
  await expect(province.getByTestId('decided-rating').innerText()).resolves.toBe('不合格');
  // Decided but not yet published: the public directory still shows the previous published result (none in year 1).
  const before = await province.request.get(`${flow.url}/api/directory?q=${encodeURIComponent(CENTER)}`);
  const shown = ((await before.json()) as { items: { rating: { year: number } | null }[] }).items[0]?.rating;
  expect(shown?.year ?? null).toBe(year === 2024 ? null : year - 1);
  await province.getByRole('button', { name: '公布结果' }).click();
  await province.getByRole('button', { name: /确\s*定|OK/ }).click();
  await province.getByText('已审定').first().waitFor();
  await province.getByRole('button', { name: '公布结果' }).waitFor({ state: 'detached' });
  const after = await province.request.get(`${flow.url}/api/directory?q=${encodeURIComponent(CENTER)}`);
  expect(((await after.json()) as { items: { rating: unknown }[] }).items[0]?.rating).toMatchObject({
    year,
    label: { zh: '不合格' },
  });
  await screenshotFromTop(province, `dm-${year}-4-published`);
}

beforeAll(async () => {
  await flow.start();
  const db = flow.db;
  centerId = await makeManagedCenter(db, {
    name: CENTER,
    regionCode: '370102',
    recognisedOn: '2023-06-30',
    leadOrganisationId: await organisationOf(db, 'applicant.1'),
  });
}, 180_000);

afterAll(async () => {
  await flow.close();
  if (previousToday === undefined) {
    delete process.env.DTPC_TODAY;
  } else {
    process.env.DTPC_TODAY = previousToday;
  }
});

describe('a Shandong center failing two annual evaluations is revoked and its lead unit barred (000 第二十条（一）, 第二十一条)', () => {
  it('year 1 (2024): opened by the province, first-reviewed by 济南, decided 不合格 and published', async () => {
    await evaluateFailing(2024);
    // One failing year is not a revocation ground yet.
    const province = await loggedIn('province.sd');
    await province.getByRole('menuitem', { name: '撤销管理' }).click();
    // The demo's own proposal (a 青岛 center failing twice) is listed; this center is not.
    await province.getByRole('tab', { name: /应予撤销（待决定） \(1\)/ }).waitFor();
    await expect(province.getByRole('link', { name: CENTER }).count()).resolves.toBe(0);
  }, 180_000);

  it('year 2 (2025): the same; deciding it puts the revocation proposal in 撤销管理 without a check run', async () => {
    await evaluateFailing(2025);
    const province = await loggedIn('province.sd');
    await province.getByRole('menuitem', { name: '撤销管理' }).click();
    const row = province.getByRole('row', { name: new RegExp(CENTER) });
    await row.getByText('第二十条（一）').waitFor();
    await row.getByText('系统按评价结果提出').waitFor();
    await row.getByText('2026年3月16日').waitFor();
    await screenshotFromTop(province, 'dm-5-revocation-due');
    await row.getByRole('link', { name: CENTER }).click();
    await province.waitForURL(/\/management\/revocations\/[0-9a-f-]{36}$/);
    revocationUrl = province.url();
    await province.getByRole('cell', { name: '2024', exact: true }).waitFor();
    await province.getByRole('cell', { name: '2025', exact: true }).waitFor();
    await screenshotFromTop(province, 'dm-6-revocation-proposal');
  }, 180_000);

  it('province.sd revokes with a document number; the ban runs 3 years from the decision', async () => {
    delete process.env.DTPC_TODAY;
    const banEnd = addCalendarMonths(todayInShanghai(), 36);
    const province = await loggedIn('province.sd');
    await province.goto(revocationUrl);
    await province.locator('button[data-action="revoke"]').click();
    const dialog = province.getByRole('dialog');
    await fillDecisionDocument(province, dialog, {
      number: '鲁工信字〔2026〕88号',
      date: todayInShanghai(),
      comment: '2024、2025 年度质量评价连续两次不合格',
      opinion: '决定意见',
    });
    await screenshotFromTop(province, 'dm-7-revoke-dialog');
    await dialog.getByRole('button', { name: /确\s*认/ }).click();
    await confirmDecision(province);
    await dialog.waitFor({ state: 'hidden' });
    await province.locator('.ant-card-head-title .ant-tag', { hasText: '已撤销' }).waitFor();
    await expect(province.getByTestId('revocation-ban').textContent()).resolves.toContain(banEnd);
    await screenshotFromTop(province, 'dm-8-revoked');
  }, 120_000);

  it('the public directory shows it 已撤销 with the document number, and 已认定 as of a day before', async () => {
    const visitor = await flow.openPage();
    await visitor.goto(`${flow.url}/directory/${centerId}`);
    await visitor.getByText('已撤销').first().waitFor();
    await visitor.getByText('鲁工信字〔2026〕88号').first().waitFor();
    const ratings = visitor.getByTestId('published-ratings');
    await ratings.getByText('2024 年度').waitFor();
    await ratings.getByText('2025 年度').waitFor();
    await screenshotFromTop(visitor, 'dm-9-directory-entry');

    await visitor.goto(`${flow.url}/directory`);
    await visitor.getByTestId('directory-as-of').fill('2026-01-01');
    await visitor.getByRole('button', { name: /查\s*询/ }).click();
    const row = visitor.getByRole('row', { name: new RegExp(CENTER) });
    await row.getByText('已认定').waitFor();
    // On that day only the 2024 result was decided.
    await row.getByText('2024 不合格').waitFor();
    await screenshotFromTop(visitor, 'dm-10-directory-as-of');
  }, 60_000);

  it('applicant.1’s new application to the open Shandong call is refused by the pre-check with the ban and its end', async () => {
    const banEnd = addCalendarMonths(todayInShanghai(), 36);
    const applicant = await loggedIn('applicant.1');
    await startShandongDraft(applicant, '济南再次申报促进中心');
    await expectBannedAtPrecheck(applicant, banEnd);
    await screenshotFromTop(applicant, 'dm-11-ban-precheck');
  }, 120_000);
});

describe('the evaluation form and the revocation page in English', () => {
  it('switches the language in the header; labels, rating and ban read in English', async () => {
    const page = await loggedIn('province.sd');
    await page.goto(evaluationUrl);
    await page.getByTestId('decided-rating').waitFor();
    await page.getByText('English', { exact: true }).first().click();
    await page.getByText('Annual evaluation').first().waitFor();
    await page.getByText('Published on').first().waitFor();
    await expect(page.getByTestId('decided-rating').innerText()).resolves.toBe('Fail');
    await screenshotFromTop(page, 'dm-12-evaluation-form-en');
    await page.goto(revocationUrl);
    await page.locator('.ant-card-head-title .ant-tag', { hasText: 'Revoked' }).waitFor();
    await page.getByText('Document number').waitFor();
    await page.getByText('The lead unit may not apply for 3 years').waitFor();
    await screenshotFromTop(page, 'dm-13-revocation-en');
    await page.goto(`${flow.url}/management/revocations`);
    await page.getByRole('tab', { name: /History|Decided/ }).click();
    await page.getByRole('link', { name: CENTER }).waitFor();
    await screenshotFromTop(page, 'dm-14-revocations-en');
  }, 120_000);
});

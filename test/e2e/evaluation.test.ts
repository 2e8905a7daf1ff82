/**
 * Annual report and evidence-based evaluation in Chromium, in Chinese: a Gansu center's operator files
 * its 2025 report declaring 60 training person-times while its attendance records prove 40 (+50 %); the
 * province opens the evaluation, sees the gap flagged on the form (000/003: false data is a revocation
 * ground), decides 不合格 with reasons and publishes; the directory page shows the result with its year.
 * "Today" on the server is 2026-02-10, after the Gansu due date of 31 January (003 第十五条).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAttendance, addServedEnterprises, makeDirectoryGansuCenter } from '../factories/evaluation.ts';
import { screenshot } from './support/browser.ts';
import { BrowserFlow, decideRating } from './support/flows.ts';
const CENTER = '兰州工业互联网数字化转型促进中心（评价演示）';
const flow = new BrowserFlow();
const { loggedIn } = flow;
let center: Awaited<ReturnType<typeof makeDirectoryGansuCenter>>;
const previousToday = process.env.DTPC_TODAY;

beforeAll(async () => {
  process.env.DTPC_TODAY = '2026-02-10';
  await flow.start();
  const db = flow.db;
  center = await makeDirectoryGansuCenter(db, { name: CENTER, username: 'operator.gs.eval' });
  await addAttendance(db, center.centerId, 2025, 40);
  await addServedEnterprises(db, center.centerId, 2025, 3);
});

afterAll(async () => {
  await flow.close();
  process.env.DTPC_TODAY = previousToday;
});

describe('annual report and evidence-based evaluation', () => {
  it('flags on the reviewer’s form a Gansu center declaring 50 % more training person-times than attended', async () => {
    const operator = await loggedIn(center.username);
    await operator.goto(`${flow.url}/center/${center.slug}/annual-report`);
    await operator.getByText('2025 年度工作情况报告').waitFor();
    await operator.getByText('本报告应于 2026年1月31日 前报送，已逾期').waitFor();
    await operator.getByPlaceholder('上年度开展的主要工作').fill('2025 年开展工业互联网实训与诊断服务。');
    const training = operator.getByRole('spinbutton', { name: '人才培训实训人次' });
    await training.fill('60');
    await operator.getByText('记录证明值：40').first().waitFor();
    await screenshot(operator, 'evaluation-annual-report-operator-1366');
    await operator.getByRole('button', { name: /报\s*送/ }).click();
    await operator.getByRole('button', { name: /确\s*定|OK/ }).click();
    await operator.getByText('报告已报送，不能修改').waitFor();
    await operator.getByText('逾期报送').first().waitFor();

    const province = await loggedIn('province.gs');
    await province.getByRole('menuitem', { name: '年度评价' }).click();
    await province.waitForURL(/\/evaluation/);
    const row = province.locator('tr', { hasText: CENTER });
    await row.getByText('已报送').waitFor();
    await screenshot(province, 'evaluation-list-province-1366');
    await row.getByRole('button', { name: '开启评价' }).click();
    await province.waitForURL(/\/evaluation\/[0-9a-f-]{36}$/);
    await province.getByTestId('evidence-flag-alert').waitFor();
    expect(await province.getByTestId('proven-trainingPersonTimes').innerText()).toBe('40');
    expect(await province.getByTestId('declared-trainingPersonTimes').innerText()).toBe('60');
    expect(await province.getByTestId('difference-trainingPersonTimes').innerText()).toContain('+20 (+50%)');
    await province.getByTestId('flag-trainingPersonTimes').waitFor();
    expect(await province.getByTestId('evidence-flag-alert').innerText()).toContain('超过记录证明值 20%');
    await screenshot(province, 'evaluation-form-flagged-1366');

    await province.getByRole('radio', { name: '不合格' }).check();
    await decideRating(province, {
      number: '甘工信发〔2026〕7号',
      date: '2026-02-10',
      opinion: '实训人次申报值高于签到记录 50%，按记录评价，未达到评价要素表要求。',
    });
    await province.getByTestId('decided-rating').waitFor();
    expect(await province.getByTestId('decided-rating').innerText()).toBe('不合格');
    await province.getByRole('button', { name: '公布结果' }).click();
    await province.getByRole('button', { name: /确\s*定|OK/ }).click();
    await province.getByText('2026年2月10日').last().waitFor();
    await screenshot(province, 'evaluation-form-decided-1366');

    const visitor = await flow.openPage();
    await visitor.goto(`${flow.url}/directory/${center.centerId}`);
    const ratings = visitor.getByTestId('published-ratings');
    await ratings.getByText('2025 年度').waitFor();
    await ratings.getByText('不合格').waitFor();
    await screenshot(visitor, 'evaluation-directory-rating-1366');
  });
});

/**
 * The README's "What to try first", step by step, as a newcomer would walk it on a fresh start (issue 13):
 * a freshly demo-seeded server with "today" pinned (DTPC_TODAY, and the browser's clock set to the same
 * day): in spring; in late December (course sessions fall in the next year); and just after New Year, when
 * last year's evaluation is only days old and the holiday data (2004–2026) does not cover the current year.
 * Every step logs in as the README's account, opens the screen it names and finds what it promises.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserFlow, DEMO_PASSWORD, screenshotFromTop, startShandongDraft } from './support/flows.ts';

const JINAN = '济南工业互联网数字化转型促进中心（演示）';
const QINGDAO_FAILING = '青岛海洋装备工业互联网促进中心（演示）';
const QINGDAO_PUBLICITY = '青岛工业互联网数字化转型促进中心（演示）';
const TIANSHUI = '天水装备制造数字化转型促进中心（演示）';
const FUZHOU = '福州工业互联网数字化转型促进中心（演示）';

async function menuLabels(page: Page): Promise<string[]> {
  const items = page.getByRole('menu').first().getByRole('menuitem');
  await items.first().waitFor();
  return (await items.allInnerTexts()).map((s) => s.trim());
}

describe.each(['2026-04-20', '2026-12-30', '2027-01-05'])('README 「What to try first」 on %s', (today) => {
  const flow = new BrowserFlow();
  const previousToday = process.env.DTPC_TODAY;
  const year = Number(today.slice(0, 4));
  const shot = (page: Page, name: string) => screenshotFromTop(page, `readme-${today}-${name}`);
  /** A page whose browser clock reads `today` (noon, Shanghai), like the server's. */
  const page = async (): Promise<Page> => {
    const p = await flow.openPage();
    await p.clock.setFixedTime(new Date(`${today}T12:00:00+08:00`));
    return p;
  };
  const as = async (username: string): Promise<Page> => {
    const p = await page();
    await flow.login(p, username);
    return p;
  };

  beforeAll(async () => {
    process.env.DTPC_TODAY = today;
    await flow.start();
  }, 180_000);

  afterAll(async () => {
    await flow.close();
    if (previousToday === undefined) {
      delete process.env.DTPC_TODAY;
    } else {
      process.env.DTPC_TODAY = previousToday;
    }
  });

  it('1. the portal shows open calls, publicity, centers and policy; province.sd has 账号管理, 机构管理 and 审计日志, limited to Shandong', async () => {
    const visitor = await page();
    await visitor.goto(`${flow.url}/`);
    await visitor.getByRole('heading', { name: '工业互联网数字化转型促进中心', level: 1 }).waitFor();
    for (const block of ['portal-calls', 'portal-publicity', 'portal-directory', 'portal-policy']) {
      await visitor.getByTestId(block).getByRole('link').first().waitFor();
    }
    await visitor.getByRole('search').waitFor();
    await shot(visitor, '1-portal');
    const p = await as('province.sd');
    expect(await menuLabels(p)).toEqual(expect.arrayContaining(['账号管理', '机构管理', '审计日志']));
    await expect(p.getByTestId('user-menu').innerText()).resolves.toContain('山东省');
    await p.getByRole('menuitem', { name: '账号管理' }).click();
    await p.getByText('city.jinan').waitFor();
    expect(await p.getByText('province.gs').count()).toBe(0);
    await shot(p, '1-province-accounts');
  });

  it('2. city.jinan sees only 济南’s organisations and no accounts', async () => {
    const p = await as('city.jinan');
    const labels = await menuLabels(p);
    expect(labels).toContain('机构管理');
    expect(labels).not.toContain('账号管理');
    await p.getByRole('menuitem', { name: '机构管理' }).click();
    await p.getByText('济南智造工业互联网科技有限公司（演示）').waitFor();
    expect(await p.getByText('兰州数智工业服务有限公司（演示）').count()).toBe(0);
    expect(await p.getByText('青岛海创工业互联网有限公司（演示）').count()).toBe(0);
    await shot(p, '2-city-organisations');
  });

  it('3. five wrong passwords lock the account for 15 minutes', async () => {
    const p = await page();
    await p.goto(`${flow.url}/login`);
    const fill = async (password: string) => {
      await p.getByLabel(/用户名/).fill('expert.5');
      await p.getByLabel(/^密码$/).fill(password);
      const answered = p.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
      await p.getByRole('button', { name: /登\s*录/ }).click();
      await answered;
    };
    for (let i = 1; i <= 5; i += 1) {
      await fill(`wrong-${i}`);
    }
    await fill(DEMO_PASSWORD);
    await p.getByText('账号已锁定').waitFor();
    await shot(p, '3-locked');
  });

  it('4a. applicant.1 applies to this year’s Shandong call and sees the live pre-check with its articles', async () => {
    const p = await as('applicant.1');
    await p.getByRole('menuitem', { name: '申报通知' }).click();
    await p
      .getByRole('row', { name: new RegExp(`${year}年山东省工业互联网数字化转型促进中心申报工作通知`) })
      .waitFor();
    await startShandongDraft(p, '济南新申报促进中心（体验）');
    const precheck = p.getByTestId('evaluation');
    await precheck.waitFor();
    await expect(precheck.innerText()).resolves.toMatch(/第[一二三四五六七八九十百]+条/);
    await shot(p, '4a-precheck');
  });

  it('4b. province.sd announces the Shandong list whose publicity has closed; the public sees 公示公告 and 名录', async () => {
    const p = await as('province.sd');
    await p.getByRole('menuitem', { name: '公示公告' }).click();
    const row = p.getByRole('row', { name: /山东省工业互联网数字化转型促进中心申报工作通知（第二批）/ });
    await row.getByText('公示期满').waitFor();
    await row.getByRole('link').first().click();
    await p.waitForURL(/\/publicity\/[0-9a-f-]{36}$/);
    await p.getByText(QINGDAO_PUBLICITY).first().waitFor();
    await p.getByRole('button', { name: /^公\s*告$/ }).click();
    const modal = p.locator('.ant-modal');
    await modal.locator('input').first().fill(`鲁工信字〔${year}〕77号`);
    await shot(p, '4b-announce');
    await modal.getByRole('button', { name: /^公\s*告$/ }).click();
    await p.locator('.ant-table').getByText('已公告').waitFor();

    const visitor = await page();
    await visitor.goto(`${flow.url}/publicity`);
    await visitor
      .getByText(/甘肃省工业互联网数字化转型促进中心评价工作通知/)
      .first()
      .waitFor();
    await shot(visitor, '4b-public-publicity');
    await visitor.goto(`${flow.url}/directory`);
    for (const name of [JINAN, TIANSHUI, FUZHOU, QINGDAO_PUBLICITY]) {
      await visitor.getByRole('link', { name }).waitFor();
    }
    await shot(visitor, '4b-public-directory');
  });

  it('4c. province.sd filters 审核 by 状态: 已审定 carries 鲁工信字〔年〕18号 and its 意见; expert.1 reads 申报书 and 建设方案', async () => {
    const p = await as('province.sd');
    await p.getByRole('menuitem', { name: '审核' }).click();
    await p.getByRole('combobox', { name: '状态' }).click();
    // A draft is its lead unit's own: the province is not offered it.
    await p.locator('.ant-select-dropdown').getByTitle('已提交（待市级审核）').waitFor();
    expect(await p.locator('.ant-select-dropdown').getByTitle('草稿', { exact: true }).count()).toBe(0);
    await p.locator('.ant-select-dropdown').getByTitle('已审定（拟认定）').click();
    await p.getByRole('button', { name: /^查\s*询$/ }).click();
    const rows = p.locator('.ant-table-tbody tr.ant-table-row');
    await rows.filter({ hasText: '青岛轨道交通装备数字化转型促进中心' }).waitFor();
    // Every row the filter leaves is in that state.
    await expect.poll(async () => (await rows.allInnerTexts()).every((r) => r.includes('已审定'))).toBe(true);
    await shot(p, '4c-review-filtered');
    await rows.filter({ hasText: '青岛轨道交通装备数字化转型促进中心' }).getByRole('link').first().click();
    await p.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    // The decision in force heads the page: 文号, date and 意见.
    const approval = p.getByTestId('approval');
    await approval.getByText(`鲁工信字〔${year}〕18号`).waitFor();
    await approval.getByText(/决定日期：\d{4}年\d{1,2}月\d{1,2}日/).waitFor();
    await approval.getByText(/运营团队与服务能力符合认定条件，同意拟认定/).waitFor();
    await shot(p, '4c-decided');
    // The decision notice (决定书) kept with the record prints on A4: authority, number, opinion.
    await p.getByTestId('print-decision-notice').click();
    await p.waitForURL(/\/decision-notices\/[0-9a-f-]{36}$/);
    const notice = p.getByTestId('decision-notice');
    await notice.getByText('山东省工业和信息化厅').first().waitFor();
    expect(await notice.getByTestId('notice-document-number').innerText()).toBe(`鲁工信字〔${year}〕18号`);
    expect(await notice.innerText()).toContain('运营团队与服务能力符合认定条件');
    await p.emulateMedia({ media: 'print' });
    const pdf = await p.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await p.emulateMedia({ media: 'screen' });

    const expert = await as('expert.1');
    await expert.getByRole('menuitem', { name: '我的评审任务' }).click();
    await expert
      .getByRole('link', { name: /济南装备制造数字化转型促进中心/ })
      .first()
      .click();
    await expert.waitForURL(/\/expert-tasks\/[0-9a-f-]{36}$/);
    const materials = expert.getByTestId('task-materials');
    for (const name of ['申报书.pdf', '建设方案.pdf']) {
      await materials.getByRole('link', { name }).waitFor();
    }
    await shot(expert, '4c-expert-materials');
  });

  it('5. operator.1 has 资源池管理 and 服务平台; enterprise.1 registers for a course; 资源目录 finds 预测性维护', async () => {
    const op = await as('operator.1');
    await op.getByRole('menuitem', { name: '资源池管理' }).click();
    await op.goto(`${flow.url}/resources?tab=import`);
    await op.getByRole('button', { name: /下载导入模板/ }).waitFor();
    await op.getByRole('menuitem', { name: '服务平台' }).click();
    await op.waitForURL(/\/center\/jinan-demo\/dashboard$/);
    for (const tab of ['服务台账', '培训实训', '年度报告']) {
      await op.getByRole('tab', { name: tab }).waitFor();
    }
    await op.getByRole('tab', { name: '服务台账' }).click();
    await op
      .getByRole('row', { name: /数字化转型诊断评估/ })
      .first()
      .waitFor();
    await shot(op, '5-ledger');

    const sme = await as('enterprise.1');
    await sme.goto(`${flow.url}/enterprise/courses`);
    const course = sme.locator('.ant-card', { hasText: '工业互联网平台应用实训' });
    await course
      .getByRole('button', { name: /报\s*名/ })
      .first()
      .click();
    await sme.getByText('报名成功').waitFor();
    await shot(sme, '5-course-registered');
    await sme.goto(`${flow.url}/enterprise/services`);
    await sme.getByRole('button', { name: '提出异议' }).first().waitFor();

    const visitor = await page();
    await visitor.goto(`${flow.url}/catalog?q=${encodeURIComponent('预测性维护')}`);
    await visitor.getByTestId('result-title').first().waitFor();
    await shot(visitor, '5-catalog');
  });

  it('6. province.sd: 年度评价 shows declared vs record-proven values (flagged); 撤销管理 holds a proposal; 变更备案, 择优推荐 open; 名录 as of a date', async () => {
    const p = await as('province.sd');
    await p.getByRole('menuitem', { name: '年度评价' }).click();
    await p.waitForURL(/\/evaluation/);
    const row = p.locator('tr', { hasText: JINAN });
    await row.getByText('市级已初审').waitFor();
    await shot(p, '6-evaluations');
    await row.getByRole('link', { name: '查看评价表' }).click();
    await p.waitForURL(/\/evaluation\/[0-9a-f-]{36}$/);
    await p.getByText(`${JINAN} · ${year - 1} 年度评价`).waitFor();
    await p.getByTestId('evidence-flag-alert').waitFor();
    expect(await p.getByTestId('declared-enterprisesServed').innerText()).toBe('40');
    await p.getByTestId('flag-enterprisesServed').waitFor();
    await shot(p, '6-evaluation-flagged');

    // The year before: decided 良好 and published.
    await p.goto(`${flow.url}/evaluation?year=${year - 2}`);
    await p.locator('tr', { hasText: JINAN }).getByText('良好').waitFor();

    await p.getByRole('menuitem', { name: '撤销管理' }).click();
    const proposal = p.getByRole('row', { name: new RegExp(QINGDAO_FAILING) });
    await proposal.getByText('第二十条（一）').waitFor();
    await shot(p, '6-revocations');
    await p.getByRole('menuitem', { name: '变更备案' }).click();
    await p.waitForURL(/change/);
    await p.locator('.ant-table').first().waitFor();
    await p.getByRole('menuitem', { name: '择优推荐' }).click();
    await p.waitForURL(/recommend/);
    await p.locator('.ant-table').first().waitFor();

    const visitor = await page();
    await visitor.goto(`${flow.url}/directory`);
    await visitor.getByRole('link', { name: TIANSHUI }).waitFor();
    await visitor.getByTestId('directory-as-of').fill(`${year - 1}-01-01`);
    await visitor.getByRole('button', { name: /查\s*询/ }).click();
    await visitor.getByRole('link', { name: JINAN }).waitFor();
    await expect.poll(() => visitor.getByRole('link', { name: TIANSHUI }).count()).toBe(0);
    await shot(visitor, '6-directory-as-of');
  });

  it('7. enterprise.1 starts the 2024 SME diagnosis', async () => {
    const p = await as('enterprise.1');
    await p.goto(`${flow.url}/enterprise/diagnosis`);
    await p.getByRole('button', { name: '开始自评' }).click();
    await p.waitForURL(/\/enterprise\/diagnosis\/[0-9a-f-]{36}$/);
    await p.getByText('数字化基础（50 分）').waitFor();
    await shot(p, '7-diagnosis');
  });

  it('8. API documentation and health answer', async () => {
    const p = await page();
    await p.goto(`${flow.url}/api/docs`);
    await p.locator('.swagger-ui .opblock-tag').first().waitFor();
    await shot(p, '8-api-docs');
    const health = await p.request.get(`${flow.url}/api/health`);
    expect(health.status()).toBe(200);
    expect((await p.request.get(`${flow.url}/api/openapi.json`)).status()).toBe(200);
  });
});

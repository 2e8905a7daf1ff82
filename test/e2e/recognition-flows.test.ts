/**
 * Recognition flows in Debian's Chromium, in Chinese (issue 4, "Done means"):
 *  (b) province.sd rejects a Shandong application with reasons per criterion (001 第十六条 审定); the
 *      approval is blocked while no expert panel has scored; the lead unit reads the reasons on its page.
 *  (d) a `shandong-demo-2023` application is refused at pre-check because the enterprise already leads
 *      another direction (002 二、（二）4), the refusal and its citation shown in the browser.
 *  (c) a Gansu provincial SOE submits straight to the province (003 第十条), province.gs passes the formal
 *      review and approves, opens publicity, the public objects and province.gs upholds the objection.
 * Factories fast-forward what other e2e files drive through the UI: the application standing in expert
 * review (the city step and formal review: recognition-application.test.ts) and the completed expert
 * review (panel, invitations and scores: expert-review.test.ts). Screenshots at each step.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../src/db/schema/index.ts';
import { makeApplication, makeCall } from '../factories/recognition.ts';
import { makeApplicationInExpertReview, makeCompletedReview } from '../factories/review.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { launchBrowser, newContext, screenshot } from './support/browser.ts';

const DEMO_PASSWORD = 'dtpc-demo-2026';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function openPage(): Promise<Page> {
  const context = await newContext(browser);
  contexts.push(context);
  return context.newPage();
}

async function login(page: Page, username: string): Promise<void> {
  // Other sessions may rebuild web/dist while this runs: reload until the login form is there.
  for (let attempt = 1; ; attempt++) {
    await page.goto(`${server.url}/login`);
    try {
      await page.getByLabel(/用户名/).waitFor({ timeout: 15_000 });
      break;
    } catch (error) {
      if (attempt >= 4) {
        throw error;
      }
    }
  }
  await page.getByLabel(/用户名/).fill(username);
  await page.getByLabel(/^密码$/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.getByRole('menu').first().waitFor();
}

/** Clicks an action button and confirms its modal (after `fill` fills it). */
async function act(
  page: Page,
  action: string,
  fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.locator(`button[data-action="${action}"]`).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (fill) {
    await fill(dialog);
  }
  await dialog.getByRole('button', { name: /确\s*认/ }).click();
  await dialog.waitFor({ state: 'hidden' });
}

async function stateIs(page: Page, label: string): Promise<void> {
  await page.locator('.ant-card-head-title .ant-tag', { hasText: label }).first().waitFor();
}

async function uploadMaterials(page: Page): Promise<void> {
  for (const kind of ['application_form', 'construction_plan']) {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.locator(`button[data-material="${kind}"]`).click(),
    ]);
    await chooser.setFiles({ name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('link', { name: `${kind}.pdf` }).waitFor();
  }
}

async function stateOf(id: string): Promise<string> {
  const [row] = await server.database!.db.select().from(applications).where(eq(applications.id, id));
  return row!.state;
}

beforeAll(async () => {
  if (!existsSync(resolve(process.cwd(), 'web/dist/index.html'))) {
    throw new Error('web/dist is missing: run `npm run build:web` before the e2e tests');
  }
  server = await startTestServer();
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  delete process.env.DTPC_TODAY;
  for (const c of contexts) {
    await c.close().catch(() => undefined);
  }
  await browser?.close();
  await server?.close();
});

afterEach(async (ctx) => {
  delete process.env.DTPC_TODAY;
  if (ctx.task.result?.state === 'fail') {
    let n = 0;
    for (const c of contexts) {
      for (const p of c.pages()) {
        await screenshot(p, `recognition-flows-failure-${n++}`).catch(() => undefined);
      }
    }
  }
});

describe('(b) 审定不通过, with reasons per criterion (001 第十六条)', () => {
  const CENTER = '济南驳回测试综合促进中心';
  let id: string;

  beforeAll(async () => {
    const db = server.database!.db;
    const callId = await makeCall(db, { packId: 'shandong-guide', title: '2026年山东省数促中心审定批次' });
    // City step and formal review: driven in the browser by recognition-application.test.ts.
    id = await makeApplicationInExpertReview(db, callId, {
      centerName: CENTER,
      metricValues: { floorArea: 2500, operatingStaff: 12 },
    });
  });

  it('province.sd cannot approve before the expert review, and rejects with the unmet criterion', async () => {
    const page = await openPage();
    await login(page, 'province.sd');
    await page.goto(`${server.url}/applications/${id}`);
    await stateIs(page, '专家评审中');
    // The expert-review gate: approval is blocked with the reason shown.
    await expect(page.locator('button[data-action="approve"]').isDisabled()).resolves.toBe(true);
    await page.getByText(/审定通过：尚未组建专家评审组/).waitFor();
    await act(page, 'reject', async (dialog) => {
      await dialog.getByRole('combobox', { name: '未达标的指标' }).click();
      await page.locator('.ant-select-dropdown:visible').getByTitle('基本运营要求：专职运营团队').click();
      await dialog.getByLabel('说明', { exact: true }).fill('专职运营人员仅 12 人，少于 20 人');
      await dialog.getByLabel('意见/说明').fill('运营团队规模不达标，本批次不予认定');
      await screenshot(page, 'recognition-reject-dialog');
    });
    await stateIs(page, '未通过');
    expect(await stateOf(id)).toBe('rejected');
  });

  it('the lead unit (applicant.1) reads the rejection and each reason on its application page', async () => {
    const page = await openPage();
    await login(page, 'applicant.1');
    // The bell: the decision reached the lead unit as a notification.
    await page.getByTestId('notification-bell').locator('.ant-badge-count').waitFor();
    await page.goto(`${server.url}/applications/${id}`);
    await stateIs(page, '未通过');
    const alert = page.getByTestId('rejection');
    await alert.getByText('审定不通过').waitFor();
    await alert.getByText('运营团队规模不达标，本批次不予认定').waitFor();
    const reason = alert.locator('[data-criterion="sd-comp-staff"]');
    expect(await reason.innerText()).toContain(
      '基本运营要求：专职运营团队（专职运营人员仅 12 人，少于 20 人）',
    );
    await screenshot(page, 'recognition-reject-lead-unit');
    await page.getByRole('tab', { name: '流程记录' }).click();
    await page.locator('[data-timeline="reject"] [data-criterion="sd-comp-staff"]').waitFor();
  });
});

describe('(d) shandong-demo-2023: one enterprise leads one direction (002 二、（二）4)', () => {
  let second: string;

  beforeAll(async () => {
    const db = server.database!.db;
    const callId = await makeCall(db, {
      packId: 'shandong-demo-2023',
      title: '2023年新一代信息技术与制造业融合发展示范申报（测试）',
    });
    const facts = {
      economicAndTechnicalStrength: true,
      soundFinancialManagement: true,
      industryInfluenceAndGoodCredit: true,
      professionalTeam: true,
      compliesWithIndustrialPolicy: true,
    };
    // applicant.1's enterprise already leads a submitted application in another direction.
    const first = await makeApplication(db, callId, {
      direction: 'equipment_cloud_benchmark',
      centerName: '装备上云标杆（已申报）',
    });
    const [row] = await db.select().from(applications).where(eq(applications.id, first));
    await db
      .update(applications)
      .set({ state: 'submitted', currentVersionNo: 1, form: { ...row!.form, buildStatus: 'built', facts } })
      .where(eq(applications.id, first));
    second = await makeApplication(db, callId, {
      direction: 'benchmark_factory',
      centerName: '标杆工厂示范',
    });
    const [draft] = await db.select().from(applications).where(eq(applications.id, second));
    await db
      .update(applications)
      .set({ form: { ...draft!.form, buildStatus: 'built', facts } })
      .where(eq(applications.id, second));
  });

  it('applicant.1 sees the second direction refused at pre-check with the citation; submit stays disabled', async () => {
    const page = await openPage();
    await login(page, 'applicant.1');
    await page.goto(`${server.url}/applications/${second}`);
    await stateIs(page, '草稿');
    await uploadMaterials(page);
    const evaluation = page.getByTestId('evaluation');
    await evaluation.getByText('尚不符合申报条件，不能提交').waitFor();
    const rule = evaluation.locator('.ant-list-item', { hasText: '同一企业牵头申报多个方向（另申报' });
    await rule.waitFor();
    expect(await rule.locator('.ant-tag').first().innerText()).toBe('✗');
    expect(await rule.locator('.recognition-citation').innerText()).toContain('二、（二）4');
    await expect(page.locator('button[data-action="submit"]').isDisabled()).resolves.toBe(true);
    await page.getByText(/提交申报：不符合申报条件：.*同一企业牵头申报多个方向/).waitFor();
    await screenshot(page, 'recognition-demo-2023-refused');
    expect(await stateOf(second)).toBe('draft');
  });
});

describe('(c) Gansu: a provincial SOE applies directly to the province (003 第十条), objection upheld', () => {
  const CENTER = '兰州数智省属企业促进中心';
  let id: string;

  beforeAll(async () => {
    const db = server.database!.db;
    const callId = await makeCall(db, {
      packId: 'gansu-2024',
      by: 'province.gs',
      title: '2026年甘肃省数促中心评价（直报测试）',
    });
    id = await makeApplication(db, callId, { by: 'applicant.2', centerName: CENTER });
    const [row] = await db.select().from(applications).where(eq(applications.id, id));
    await db
      .update(applications)
      .set({
        form: { ...row!.form, summary: '省属企业牵头的综合类促进中心', consortiumAgreementSigned: true },
      })
      .where(eq(applications.id, id));
  });

  it('applicant.2 (兰州, provincial SOE) submits and the file goes straight to the province', async () => {
    const page = await openPage();
    await login(page, 'applicant.2');
    await page.goto(`${server.url}/applications/${id}`);
    await page.getByText('本单位（央企/省属国企）直接向省级主管部门申报，不经市级审核').waitFor();
    await uploadMaterials(page);
    await page.getByTestId('evaluation').getByText('符合申报条件，可以提交').waitFor();
    await act(page, 'submit');
    await stateIs(page, '已报省（待形式审查）');
    await screenshot(page, 'recognition-gansu-soe-submitted');
  });

  it('city.lanzhou has nothing to do with it', async () => {
    const page = await openPage();
    await login(page, 'city.lanzhou');
    await page.goto(`${server.url}/applications/${id}`);
    await stateIs(page, '已报省（待形式审查）');
    await page.getByText('当前没有您可执行的操作').waitFor();
    expect(await page.locator('button[data-action]').count()).toBe(0);
  });

  it('province.gs passes the formal review and, once the experts have scored, approves', async () => {
    const page = await openPage();
    await login(page, 'province.gs');
    await page.getByTestId('notification-bell').locator('.ant-badge-count').waitFor();
    await page.goto(`${server.url}/applications/${id}`);
    await act(page, 'formal_review_pass', async (dialog) => {
      await dialog.getByLabel('意见/说明').fill('省属企业直接报省，材料齐全');
    });
    await stateIs(page, '专家评审中');
    // Panel, invitations and scores: driven in the browser by expert-review.test.ts.
    await makeCompletedReview(server.database!.db, id, { experts: ['expert.5', 'expert.1', 'expert.2'] });
    await page.reload();
    await expect(page.locator('button[data-action="approve"]').isDisabled()).resolves.toBe(false);
    await act(page, 'approve', async (dialog) => {
      await dialog.getByLabel('意见/说明').fill('专家评审通过，拟认定');
    });
    await stateIs(page, '已审定（拟认定）');
    await page.getByRole('tab', { name: '流程记录' }).click();
    for (const action of ['submit', 'formal_review_pass', 'approve']) {
      await page.locator(`[data-timeline="${action}"]`).waitFor();
    }
    expect(await page.locator('[data-timeline="recommend"]').count()).toBe(0);
    await screenshot(page, 'recognition-gansu-approved');
  });

  it('province.gs opens publicity, the public objects, province.gs upholds and the decision is reopened', async () => {
    process.env.DTPC_TODAY = '2025-11-03';
    const province = await openPage();
    await login(province, 'province.gs');
    await province.goto(`${server.url}/publicity/new`);
    await province.locator('.ant-select').first().click();
    await province
      .locator('.ant-select-dropdown:visible')
      .getByTitle('2026年甘肃省数促中心评价（直报测试）')
      .click();
    await province.getByText(CENTER).waitFor();
    await province.getByRole('checkbox').first().check();
    await province.getByRole('button', { name: '发布公示' }).click();
    await province.waitForURL(/\/publicity\/[0-9a-f-]{36}$/);
    const noticePath = new URL(province.url()).pathname;
    expect(await stateOf(id)).toBe('publicity');

    const publicPage = await openPage();
    await publicPage.goto(`${server.url}${noticePath}`);
    await publicPage.getByText(CENTER).first().waitFor();
    await publicPage.getByRole('combobox', { name: '异议对象' }).click();
    await publicPage.locator('.ant-select-dropdown:visible').getByTitle(new RegExp(CENTER)).first().click();
    await publicPage.getByLabel('姓名或单位').fill('赵六');
    await publicPage.getByLabel('联系电话或电子邮箱').fill('13900002222');
    await publicPage.getByLabel('异议内容').fill('该企业申报的服务企业数量与实际不符。');
    await publicPage.getByRole('button', { name: '提交异议' }).click();
    await publicPage.getByTestId('objection-received').waitFor();

    await province.goto(`${server.url}${noticePath}`);
    await province.getByRole('button', { name: '异议处理' }).click();
    await province.getByText('该企业申报的服务企业数量与实际不符').waitFor();
    await province.getByRole('button', { name: '异议成立' }).click();
    await province.getByLabel('处理理由').fill('经核实，服务企业数量存在虚报，重新审定。');
    await province.locator('.ant-modal').getByRole('button', { name: '异议成立' }).click();
    await province.locator('.ant-table').getByText('异议成立').waitFor();
    expect(await stateOf(id)).toBe('expert_review');
    await province.goto(`${server.url}/applications/${id}`);
    await stateIs(province, '专家评审中');
    await province.getByRole('tab', { name: '流程记录' }).click();
    await province.locator('[data-timeline="reopen"]').waitFor();
    await screenshot(province, 'recognition-gansu-reopened');
  });
});

/**
 * Recognition flows in Debian's Chromium, in Chinese (issue 4, "Done means"):
 *  (b) province.sd rejects a Shandong application with reasons per criterion (001 第十六条 审定); the
 *      approval is blocked while no expert panel has scored; the lead unit reads the reasons on its page.
 *  (d) a `shandong-demo-2023` application is refused at pre-check because the enterprise already leads
 *      another direction (002 二、（二）4), the refusal and its citation shown in the browser.
 *  (c) a Gansu provincial SOE submits straight to the province (003 第十条), province.gs passes the formal
 *      review and approves, opens publicity, the public objects and province.gs upholds the objection.
 *  (a) one Shandong comprehensive center from the call to the directory: province.sd issues and publishes
 *      the call, applicant.1 applies, city.jinan reviews and recommends, province.sd passes the formal
 *      review, proposes a panel of three (expert.3 excluded: worked at the lead unit within 3 years),
 *      invites, approves once the scores are in, opens publicity and announces; the public directory lists it.
 * Factories fast-forward what other e2e files drive through the UI: the application standing in expert
 * review (the city step and formal review: recognition-application.test.ts), the completed expert review
 * (panel, invitations and scores: expert-review.test.ts); in (a) the draft's form values (typed in the
 * browser by recognition-application.test.ts) and the experts' score sheets (expert-review.test.ts).
 * Screenshots at each step.
 */
import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applications, expertEmployments, organisations, users } from '../../src/db/schema/index.ts';
import { makeApplication, makeCall } from '../factories/recognition.ts';
import {
  makeApplicationInExpertReview,
  makeCompletedReview,
  submitPanelScores,
} from '../factories/review.ts';
import { screenshot } from './support/browser.ts';
import {
  BrowserFlow,
  act,
  confirmDecision,
  fillDecisionDocument,
  stateIs,
  tickChecklist,
} from './support/flows.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

const flow = new BrowserFlow();
const { openPage, login } = flow;

/**
 * Opens a path of the app; other sessions may rebuild web/dist meanwhile (a lazy chunk then fails to
 * load): reload until the page renders.
 */
async function visit(page: Page, path: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.goto(`${flow.url}${path}`);
    const broken = page.getByText('Failed to fetch dynamically imported module');
    await page.waitForLoadState('networkidle').catch(() => undefined);
    if ((await broken.count()) === 0 || attempt >= 4) {
      return;
    }
  }
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
  const [row] = await flow.db.select().from(applications).where(eq(applications.id, id));
  return row!.state;
}

beforeAll(async () => {
  await flow.start();
}, 180_000);

afterAll(async () => {
  delete process.env.DTPC_TODAY;
  await flow.close();
});

afterEach(async (ctx) => {
  delete process.env.DTPC_TODAY;
  if (ctx.task.result?.state === 'fail') {
    let n = 0;
    for (const c of flow.contexts) {
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
    const db = flow.db;
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
    await visit(page, `/applications/${id}`);
    await stateIs(page, '专家评审中');
    // The expert-review gate: approval is blocked with the reason shown.
    await expect(page.locator('button[data-action="approve"]').isDisabled()).resolves.toBe(true);
    await page.getByText(/审定通过：尚未组建专家评审组/).waitFor();
    await act(page, 'reject', async (dialog) => {
      await dialog.getByRole('combobox', { name: '未达标的指标' }).click();
      await page.locator('.ant-select-dropdown:visible').getByTitle('基本运营要求：专职运营团队').click();
      await dialog.getByLabel('说明', { exact: true }).fill('专职运营人员仅 12 人，少于 20 人');
      await fillDecisionDocument(page, dialog, {
        number: '鲁工信字〔2026〕5号',
        date: '2026-02-10',
        comment: '运营团队规模不达标，本批次不予认定',
      });
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
    await visit(page, `/applications/${id}`);
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
    const db = flow.db;
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
    await visit(page, `/applications/${second}`);
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
    const db = flow.db;
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
    await visit(page, `/applications/${id}`);
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
    await visit(page, `/applications/${id}`);
    await stateIs(page, '已报省（待形式审查）');
    await page.getByText('当前没有您可执行的操作').waitFor();
    expect(await page.locator('button[data-action]').count()).toBe(0);
  });

  it('province.gs passes the formal review and, once the experts have scored, approves', async () => {
    const page = await openPage();
    await login(page, 'province.gs');
    await page.getByTestId('notification-bell').locator('.ant-badge-count').waitFor();
    await visit(page, `/applications/${id}`);
    await act(page, 'formal_review_pass', async (dialog) => {
      await dialog.getByLabel('意见/说明').fill('省属企业直接报省，材料齐全');
    });
    await stateIs(page, '专家评审中');
    // Panel, invitations and scores: driven in the browser by expert-review.test.ts.
    await makeCompletedReview(flow.db, id, { experts: ['expert.5', 'expert.1', 'expert.2'] });
    await page.reload();
    await expect(page.locator('button[data-action="approve"]').isDisabled()).resolves.toBe(false);
    await act(page, 'approve', async (dialog) => {
      await fillDecisionDocument(page, dialog, {
        number: '甘工信发〔2026〕3号',
        date: '2026-02-10',
        comment: '专家评审通过，拟认定',
      });
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
    await visit(province, `/publicity/new`);
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
    await visit(publicPage, `${noticePath}`);
    await publicPage.getByText(CENTER).first().waitFor();
    await publicPage.getByRole('combobox', { name: '异议对象' }).click();
    await publicPage.locator('.ant-select-dropdown:visible').getByTitle(new RegExp(CENTER)).first().click();
    await publicPage.getByLabel('姓名或单位').fill('赵六');
    await publicPage.getByLabel('联系电话或电子邮箱').fill('13900002222');
    await publicPage.getByLabel('异议内容').fill('该企业申报的服务企业数量与实际不符。');
    await publicPage.getByRole('button', { name: '提交异议' }).click();
    await publicPage.getByTestId('objection-received').waitFor();

    await visit(province, `${noticePath}`);
    await province.getByRole('button', { name: '异议处理' }).click();
    await province.getByText('该企业申报的服务企业数量与实际不符').waitFor();
    await province.getByRole('button', { name: '异议成立' }).click();
    await province.getByLabel('处理理由').fill('经核实，服务企业数量存在虚报，重新审定。');
    await province.locator('.ant-modal').getByRole('button', { name: '异议成立' }).click();
    await province.locator('.ant-table').getByText('异议成立').waitFor();
    expect(await stateOf(id)).toBe('expert_review');
    await visit(province, `/applications/${id}`);
    await stateIs(province, '专家评审中');
    await province.getByRole('tab', { name: '流程记录' }).click();
    await province.locator('[data-timeline="reopen"]').waitFor();
    await screenshot(province, 'recognition-gansu-reopened');
  });
});

describe('(a) a Shandong comprehensive center from the call to the directory (001 第十三条–第十六条)', () => {
  const CALL = '2026年山东省数促中心认定全流程批次';
  const CENTER = '济南全流程综合促进中心';
  let id = '';
  let noticePath = '';
  const names: Record<string, string> = {};

  beforeAll(async () => {
    const db = flow.db;
    for (const u of ['expert.1', 'expert.2', 'expert.3', 'expert.4']) {
      const [row] = await db.select().from(users).where(eq(users.username, u));
      names[u] = row!.displayName;
    }
    // expert.3 worked at the lead unit (applicant.1's enterprise) until last year: a conflict (近三年任职).
    const [expert3] = await db.select().from(users).where(eq(users.username, 'expert.3'));
    const [applicant] = await db.select().from(users).where(eq(users.username, 'applicant.1'));
    const [lead] = await db
      .select()
      .from(organisations)
      .where(eq(organisations.id, applicant!.organisationId));
    await db.insert(expertEmployments).values({
      id: uuidv7(),
      expertUserId: expert3!.id,
      organisationCreditCode: lead!.creditCode,
      organisationName: lead!.name,
      fromDate: '2019-03-01',
      toDate: `${new Date().getFullYear() - 1}-06-30`,
    });
  });

  it('province.sd issues the call and publishes it', async () => {
    const page = await openPage();
    await login(page, 'province.sd');
    await page.getByRole('menuitem', { name: '申报通知' }).click();
    await page.getByRole('button', { name: '发布新通知' }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByRole('combobox', { name: '政策包' }).click();
    await page
      .locator('.ant-select-dropdown:visible')
      .getByTitle('山东省工业互联网数字化转型促进中心建设工作指南（暂行）')
      .click();
    await drawer.getByLabel('通知标题').fill(CALL);
    const [from, to] = [
      drawer.locator('.ant-picker-range input').first(),
      drawer.locator('.ant-picker-range input').nth(1),
    ];
    await from.click();
    await from.fill('2026-01-01');
    await from.press('Enter');
    await to.fill('2099-12-31');
    await to.press('Enter');
    await drawer.getByLabel('通知内容').fill('请各市组织符合条件的单位按属地申报。');
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    const row = page.getByRole('row', { name: new RegExp(CALL) });
    await row.getByText('草稿').waitFor();
    await row.getByRole('button', { name: /发\s*布/ }).click();
    await row.getByText('申报中').waitFor();
    await screenshot(page, 'recognition-full-call-published');
  });

  it('applicant.1 applies to it and submits', async () => {
    const page = await openPage();
    await login(page, 'applicant.1');
    await page.getByRole('menuitem', { name: '申报通知' }).click();
    await page
      .getByRole('row', { name: new RegExp(CALL) })
      .getByRole('button', { name: '我要申报' })
      .click();
    const modal = page.getByRole('dialog');
    await modal.getByLabel('促进中心名称').fill(CENTER);
    const type = modal.getByRole('combobox', { name: '类别' });
    await type.click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('综合类').waitFor();
    await type.press('Enter'); // the first option, 综合类, is the active one
    await modal.getByRole('button', { name: /确\s*认/ }).click();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    id = new URL(page.url()).pathname.split('/').at(-1)!;
    // The form values (typed in the browser by recognition-application.test.ts) are put in place here.
    const db = flow.db;
    const [row] = await db.select().from(applications).where(eq(applications.id, id));
    await db
      .update(applications)
      .set({
        form: {
          ...row!.form,
          summary: '面向济南装备制造企业的综合类促进中心',
          buildStatus: 'built',
          consortiumAgreementSigned: true,
          metricValues: { floorArea: 2600, operatingStaff: 32 },
          facts: { fullTimeTeam: true },
        },
      })
      .where(eq(applications.id, id));
    await page.reload();
    await uploadMaterials(page);
    await page.getByTestId('evaluation').getByText('符合申报条件，可以提交').waitFor();
    await act(page, 'submit');
    await stateIs(page, '已提交（待市级审核）');
  });

  it('city.jinan reviews, checks on site and recommends with a document number', async () => {
    const page = await openPage();
    await login(page, 'city.jinan');
    await visit(page, `/applications/${id}`);
    await act(page, 'record_qualification_review', tickChecklist);
    await stateIs(page, '市级审核中');
    await act(page, 'record_site_check', async (dialog) => {
      const date = dialog.getByLabel('核查日期');
      await date.click();
      await date.fill('2026-03-10');
      await date.press('Enter');
      await dialog.getByLabel(/参加人员/).fill('张三、李四');
      await dialog.getByLabel('核查情况').fill('场地与运营团队与申报一致');
    });
    await act(page, 'recommend', async (dialog) => {
      await dialog.getByLabel('文号').fill('济工信字〔2026〕31号');
    });
    await stateIs(page, '已报省（待形式审查）');
  });

  it('province.sd passes the formal review and proposes a panel of three; expert.3 is excluded for the conflict', async () => {
    const page = await openPage();
    await login(page, 'province.sd');
    await visit(page, `/applications/${id}`);
    await act(page, 'formal_review_pass', async (dialog) => {
      await dialog.getByLabel('意见/说明').fill('材料齐全，推荐文件合规');
    });
    await stateIs(page, '专家评审中');
    await page.getByRole('menuitem', { name: '专家评审' }).click();
    await page.waitForURL(/\/expert-review$/);
    await page.getByTestId('review-call').click();
    await page.getByTitle(new RegExp(CALL)).click();
    await page.getByRole('button', { name: /生成专家组建议/ }).click();
    await page.getByText(/已为 1 份申报生成专家组/).waitFor();
    await page.getByRole('link', { name: CENTER }).first().click();
    await page.waitForURL(/\/expert-review\/panels\/[0-9a-f-]{36}$/);
    const members = page.getByTestId('panel-members');
    for (const u of ['expert.1', 'expert.2', 'expert.4']) {
      await members.getByRole('cell', { name: names[u], exact: true }).waitFor();
    }
    expect(await members.getByRole('cell', { name: names['expert.3'], exact: true }).count()).toBe(0);
    const excluded = page.getByTestId('excluded-experts');
    await excluded.getByText(names['expert.3']!, { exact: true }).waitFor();
    await excluded.getByText(/近3年内曾在.*任职.*牵头单位/).waitFor();
    await screenshot(page, 'recognition-full-panel');
    await page.getByRole('button', { name: /确认并邀请专家/ }).click();
    await page.getByText('已邀请专家').first().waitFor();
  });

  it('once the three experts have scored, province.sd approves', async () => {
    // Accepting and scoring are driven in the browser by expert-review.test.ts.
    expect(await submitPanelScores(flow.db, id)).toBe(3);
    const page = await openPage();
    await login(page, 'province.sd');
    await visit(page, `/applications/${id}`);
    // Without 文号, 日期 and 意见 the decision is not sent: each field says what is missing.
    await page.locator('button[data-action="approve"]').click();
    const dialog = page.getByRole('dialog').and(page.locator('.ant-modal:not(.ant-modal-confirm)'));
    await dialog.and(page.locator('.ant-modal:not(.ant-zoom)')).waitFor();
    await dialog.getByRole('button', { name: /确\s*认/ }).click();
    for (const message of ['请填写决定文号', '请选择决定日期', '请填写审定意见（至少 2 个字）']) {
      await dialog.getByText(message).waitFor();
    }
    await screenshot(page, 'recognition-decision-required');
    await fillDecisionDocument(page, dialog, {
      number: '鲁工信字〔2026〕12号',
      date: '2026-02-20',
      comment: '专家评审通过，拟认定',
    });
    await dialog.getByRole('button', { name: /确\s*认/ }).click();
    // The confirmation restates the document and what follows before anything is sent.
    const confirm = page.getByTestId('decision-confirm');
    await confirm.getByText('鲁工信字〔2026〕12号').waitFor();
    await confirm.getByText(/进入待公示状态/).waitFor();
    await screenshot(page, 'recognition-decision-confirm');
    await confirmDecision(page);
    await stateIs(page, '已审定（拟认定）');
    await page.getByRole('tab', { name: '流程记录' }).click();
    const entry = page.locator('[data-timeline="approve"]');
    await entry.getByText('鲁工信字〔2026〕12号').waitFor();
    await entry.getByText('决定日期：2026年2月20日').waitFor();
    await entry.getByText('专家评审通过，拟认定').waitFor();
    await screenshot(page, 'recognition-decision-history');
  });

  it('province.sd opens publicity; after the window it announces, and the center enters the directory', async () => {
    process.env.DTPC_TODAY = '2026-03-02';
    const page = await openPage();
    await login(page, 'province.sd');
    await visit(page, `/publicity/new`);
    await page.locator('.ant-select').first().click();
    await page.locator('.ant-select-dropdown:visible').getByTitle(CALL).click();
    await page.getByText(CENTER).waitFor();
    await page.getByRole('checkbox').first().check();
    // 001 第十六条 sets no number of days: the issuing authority fixes the end date.
    await page.getByText(/原文未规定公示期天数，截止日期由发布机关确定/).waitFor();
    const end = page.getByLabel('公示截止日期');
    await end.click();
    await end.fill('2026-03-09');
    await end.press('Enter');
    await page.getByRole('button', { name: '发布公示' }).click();
    await page.waitForURL(/\/publicity\/[0-9a-f-]{36}$/);
    noticePath = new URL(page.url()).pathname;
    expect(await stateOf(id)).toBe('publicity');

    process.env.DTPC_TODAY = '2026-04-30';
    await page.reload();
    await page.getByRole('button', { name: /^公\s*告$/ }).click();
    const modal = page.locator('.ant-modal');
    await modal.locator('input').first().fill('鲁工信字〔2026〕50号'); // 公告文号
    await modal.getByRole('button', { name: /^公\s*告$/ }).click();
    await page.locator('.ant-table').getByText('已公告').waitFor();
    expect(await stateOf(id)).toBe('announced');
    await screenshot(page, 'recognition-full-announced');

    const visitor = await openPage();
    await visit(visitor, `/directory`);
    await visitor.getByRole('link', { name: CENTER }).click();
    await visitor.getByText('济南智造工业互联网科技有限公司（演示）').first().waitFor();
    await screenshot(visitor, 'recognition-full-directory');

    await visit(page, `/applications/${id}`);
    await stateIs(page, '已公告');
    await page.getByRole('tab', { name: '流程记录' }).click();
    for (const action of [
      'submit',
      'record_qualification_review',
      'record_site_check',
      'recommend',
      'formal_review_pass',
      'approve',
      'start_publicity',
      'announce',
    ]) {
      await page.locator(`[data-timeline="${action}"]`).waitFor();
    }
    expect(noticePath).toMatch(/^\/publicity\//);
  });
});

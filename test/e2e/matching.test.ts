/**
 * Supply–demand matching in Chromium, in Chinese: enterprise.1 posts a need, the 济南 center publishes it,
 * the enterprise sees ranked solutions with the explanation of every score and invites two suppliers, one
 * accepts, the center records the agreement, and the enterprise confirms the 供需对接 ledger record.
 * Today is pinned (DTPC_TODAY) so nothing depends on the real date.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centers, organisations, users } from '../../src/db/schema/index.ts';
import { makeEnterpriseAccount } from '../factories/center-platform.ts';
import { makeResource } from '../factories/resources.ts';
import { screenshotFromTop } from './support/flows.ts';
import { BrowserFlow, chooseOption } from './support/flows.ts';

const flow = new BrowserFlow();
const previousToday = process.env.DTPC_TODAY;
const NEED = '铸件表面缺陷视觉检测';
const BEST = '铸件表面缺陷 AI 视觉检测系统';
const SECOND = '铸件缺陷视觉检测与质量追溯平台';

beforeAll(async () => {
  process.env.DTPC_TODAY = '2026-06-30';
  await flow.start();
  const db = flow.db;
  const [jinan] = await db.select().from(centers).where(eq(centers.slug, 'jinan-demo'));
  const [buyer] = await db
    .select({ code: organisations.creditCode })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.username, 'enterprise.1'));
  expect(buyer).toBeDefined();
  const a = await makeEnterpriseAccount(db, { regionCode: '370102', username: 'supplier.vision' });
  const b = await makeEnterpriseAccount(db, { regionCode: '370202', username: 'supplier.qingdao' });
  const card = {
    summary: '基于深度学习的铸件表面气孔、砂眼、裂纹视觉检测，替代人工目检，漏检率低于 0.5%。',
    industryCodes: ['C33'],
    scenarios: ['quality', 'production'],
    priceModel: 'one_time',
    priceFen: 40_000_000,
  };
  await makeResource(db, jinan!.id, 'solution', {
    ...card,
    title: BEST,
    regionCodes: ['370100'],
    providerName: '济南慧眼视觉科技有限公司',
    providerCreditCode: a.creditCode,
  });
  await makeResource(db, jinan!.id, 'solution', {
    ...card,
    title: SECOND,
    regionCodes: ['370000'],
    providerName: '青岛质检智能有限公司',
    providerCreditCode: b.creditCode,
  });
}, 180_000);
afterAll(async () => {
  process.env.DTPC_TODAY = previousToday;
  await flow.close();
});

describe('supply–demand matching', () => {
  it('posts, publishes, ranks with explanations, invites, answers, records the agreement and confirms it', async () => {
    // enterprise.1 posts a need
    const enterprise = await flow.loggedIn('enterprise.1');
    await enterprise.goto(`${flow.url}/enterprise/demands`);
    await enterprise.getByRole('tab', { name: '需求对接' }).waitFor();
    await enterprise.getByRole('button', { name: /发布需求/ }).click();
    const form = enterprise.getByRole('dialog');
    await chooseOption(enterprise, '受理的促进中心', /济南/);
    await form.getByLabel('需求标题').fill(NEED);
    await form
      .getByLabel('需求描述')
      .fill(
        '我厂年产铸件 2 万吨，表面气孔、砂眼靠人工目检，漏检多。希望引入 AI 视觉检测系统，在线检测铸件表面缺陷。',
      );
    await enterprise.getByRole('combobox', { name: '所属行业' }).fill('C33');
    await enterprise.locator('.ant-select-dropdown:visible').getByTitle(/^C33 /).first().click();
    await chooseOption(enterprise, '应用场景', '质量管控');
    await enterprise.keyboard.press('Escape');
    await form.getByLabel('所在地区').click();
    await enterprise.locator('.ant-cascader-menu-item', { hasText: '山东省' }).click();
    await enterprise.locator('.ant-cascader-menu-item', { hasText: '济南市' }).click();
    await enterprise.keyboard.press('Escape');
    await form.getByLabel('预算下限（元）').fill('200000');
    await form.getByLabel('预算上限（元）').fill('500000');
    await form.getByLabel('截止日期').fill('2026-09-30');
    await form.getByLabel('截止日期').press('Enter');
    await form.getByLabel('联系人').fill('王工');
    await form.getByLabel('联系电话').fill('0531-88886666');
    await form.getByRole('button', { name: /确\s*定|OK/ }).click();
    await enterprise.getByText('需求已提交，待促进中心审核后发布').waitFor();
    await enterprise
      .getByRole('row', { name: new RegExp(NEED) })
      .getByText('待审核')
      .waitFor();

    // the 济南 center publishes it
    const operator = await flow.loggedIn('operator.1');
    await operator.goto(`${flow.url}/center/jinan-demo/demands`);
    const row = operator.getByRole('row', { name: new RegExp(NEED) });
    await row.getByRole('button', { name: '审核通过并发布' }).click();
    await operator.getByText('需求已发布').waitFor();

    // the enterprise sees ranked solutions with their explanation and invites two suppliers
    await enterprise.reload();
    await enterprise.getByRole('link', { name: NEED }).click();
    await enterprise.getByText('匹配结果').waitFor();
    const rows = enterprise.locator('.ant-table-row');
    await expect.poll(() => rows.nth(0).textContent()).toContain(BEST);
    await expect.poll(() => rows.nth(1).textContent()).toContain(SECOND);
    await rows.nth(0).locator('.ant-table-row-expand-icon').click();
    await enterprise.getByText('服务区域覆盖济南市（同城）').first().waitFor();
    await enterprise.getByText('为何不更高').first().waitFor();
    await screenshotFromTop(enterprise, 'matching-ranked-explained');
    await enterprise.getByRole('checkbox', { name: BEST }).check();
    await enterprise.getByRole('checkbox', { name: SECOND }).check();
    await enterprise.getByRole('button', { name: '邀请所选供应商对接' }).click();
    await enterprise.getByText('已邀请 2 个供应商').waitFor();

    // one supplier accepts
    const supplier = await flow.loggedIn('supplier.vision');
    await supplier.goto(`${flow.url}/enterprise/demands`);
    const invitation = supplier.getByRole('row', { name: new RegExp(NEED) });
    await invitation
      .getByRole('button', { name: '接 受' })
      .or(invitation.getByRole('button', { name: '接受' }))
      .click();
    await supplier.getByText('已答复').waitFor();

    // the center records the agreement
    await operator.goto(`${flow.url}/center/jinan-demo/demands`);
    await operator.getByRole('link', { name: NEED }).click();
    await operator.getByRole('button', { name: '登记达成合作' }).click();
    const agreement = operator.getByRole('dialog');
    await chooseOption(operator, '合作供应商', '济南慧眼视觉科技有限公司');
    await agreement.getByLabel('合作金额（元）').fill('380000');
    await agreement.getByLabel('达成日期').fill('2026-06-28');
    await agreement.getByLabel('达成日期').press('Enter');
    await agreement.getByLabel('合作内容').fill('签订视觉检测系统采购合同');
    await agreement.getByRole('button', { name: /确\s*定|OK/ }).click();
    await operator.getByText('已登记达成合作，并生成供需对接服务台账，待企业确认').waitFor();
    await operator.getByText('达成合作').first().waitFor();

    // the enterprise confirms the 供需对接 ledger record
    await enterprise.goto(`${flow.url}/enterprise/services`);
    const record = enterprise.getByRole('row', { name: new RegExp(`供需对接：${NEED}`) });
    await record.getByRole('button', { name: /确\s*认/ }).click();
    await record.getByText('企业已确认').waitFor();
  });

  it('province.sd sees the demand graph for 济南', async () => {
    const page = await flow.loggedIn('province.sd');
    await page.goto(`${flow.url}/decision`);
    await page.getByRole('button', { name: '需求图谱' }).click();
    await page.getByRole('heading', { name: '需求图谱 · 山东省' }).waitFor();
    // The graph of one city is linkable by its code.
    await page.goto(`${flow.url}/decision/demand-graph?region=370100`);
    await page.getByRole('heading', { name: '需求图谱 · 山东省济南市' }).waitFor();
    await page.getByTestId('demand-heatmap').locator('canvas').first().waitFor();
    const row = page.getByRole('row', { name: /金属制品业\s*质量管控/ });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/质量管控.*1.*0.*1/);
    await screenshotFromTop(page, 'matching-demand-graph');
  });
});

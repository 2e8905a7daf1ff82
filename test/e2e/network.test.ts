/**
 * The national network in the browser (#12), in Chinese: the ministry's administrator registers two
 * provincial nodes (each a separate installation with its own database and port), harvests them from the
 * status page — which shows the run's counts — and reads the hub's catalog with records from both
 * nodes, narrowed by the province facet, each linking back to its source.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureInstallationRegion } from '../../src/app/federation/feed.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { screenshot } from './support/browser.ts';
import { BrowserFlow } from './support/flows.ts';

const flow = new BrowserFlow();
const { openPage, login } = flow;
const nodes: Record<'sd' | 'gs', TestServer> = {} as Record<'sd' | 'gs', TestServer>;

beforeAll(async () => {
  await flow.start();
  nodes.sd = await startTestServer();
  nodes.gs = await startTestServer();
  await configureInstallationRegion(nodes.sd.database!.db, '370000');
  await configureInstallationRegion(nodes.gs.database!.db, '620000');
}, 180_000);

afterAll(async () => {
  await flow.close();
  await Promise.all([nodes.sd?.close(), nodes.gs?.close()]);
});

describe('the hub’s network pages', () => {
  it('registers two nodes, harvests them with visible progress, and shows the merged catalog', async () => {
    const page = await openPage();
    await login(page, 'national');
    await page.goto(`${flow.url}/network?tab=nodes`);
    for (const [name, node, region] of [
      ['山东省节点', nodes.sd, '370000'],
      ['甘肃省节点', nodes.gs, '620000'],
    ] as const) {
      await page.getByRole('button', { name: '登记节点' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('节点名称').fill(name);
      await dialog.getByLabel('节点地址').fill(node.url);
      await dialog.getByLabel('行政区划代码').fill(region);
      await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
      await page.getByText(`已登记节点“${name}”`).waitFor();
    }
    // A wrong address is explained beside its field.
    await page.getByRole('button', { name: '登记节点' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('节点名称').fill('错误地址');
    await dialog.getByLabel('节点地址').fill('dtpc.example');
    await dialog.getByLabel('行政区划代码').fill('37');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect.poll(() => dialog.innerText()).toContain('请输入以 http:// 或 https:// 开头的地址');
    expect(await dialog.innerText()).toContain('行政区划代码应为 6 位数字');
    await dialog.getByRole('button', { name: /取\s*消|Cancel/ }).click();

    for (const name of ['山东省节点', '甘肃省节点']) {
      const row = page.getByRole('row', { name: new RegExp(name) });
      await row.getByRole('button', { name: '立即采集' }).click();
      await page.getByText(`已开始采集“${name}”`).waitFor();
      // The run ends: the node's status returns to 启用 and its record count is filled in.
      await expect.poll(async () => row.innerText(), { timeout: 60_000 }).toMatch(/启用[\s\S]*[1-9]/);
    }
    const sdRow = page.getByRole('row', { name: /山东省节点/ });
    await sdRow.locator('.ant-table-row-expand-icon').click();
    const runs = page.locator('.ant-table-expanded-row').first();
    await expect.poll(() => runs.innerText(), { timeout: 15_000 }).toContain('成功');
    expect(await runs.innerText()).toContain('增量变更');
    await screenshot(page, 'network-nodes');

    await page.getByRole('tab', { name: '全网目录' }).click();
    const facet = page.getByTestId('province-facet');
    await expect.poll(() => facet.innerText(), { timeout: 15_000 }).toContain('甘肃省');
    expect(await facet.innerText()).toContain('山东省');
    const table = page.getByTestId('network-records').locator('.ant-table-tbody');
    await expect.poll(() => table.innerText()).toMatch(/山东省节点|甘肃省节点/);
    await facet.getByText(/^甘肃省（/).click();
    await page.waitForURL(/province=62/);
    // The table is re-read for the province: every region shown is in Gansu.
    await expect
      .poll(async () => {
        const regions = await table.locator('tr.ant-table-row td:nth-child(3)').allInnerTexts();
        return regions.length > 0 && regions.every((r) => r.startsWith('甘肃省'));
      })
      .toBe(true);
    const sources = await page
      .getByRole('link', { name: '查看原记录' })
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(sources.some((h) => h.startsWith(nodes.sd.url) || h.startsWith(nodes.gs.url))).toBe(true);
    await screenshot(page, 'network-catalog');
  }, 240_000);
});

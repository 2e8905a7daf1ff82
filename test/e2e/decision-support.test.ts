/**
 * Decision support in Chromium, in Chinese: province.sd opens the dashboard, imports a target's actual
 * values from .xlsx (a bad row reported first) and sees the value with its projection, refreshes
 * monitoring so an anomaly injected into a seeded 济南 series raises a warning, acknowledges and closes
 * it; city.jinan sees only 济南.
 * Today is pinned (DTPC_TODAY) so projections and warnings do not depend on the real date.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSeries } from '../../src/app/monitoring/import-series.ts';
import { actorFor } from '../factories/recognition.ts';
import { screenshot } from './support/browser.ts';
import { BrowserFlow } from './support/flows.ts';

const flow = new BrowserFlow();
const previousToday = process.env.DTPC_TODAY;
const SERIES = '济南 规上工业用电量';

/** 29 calm months to 2025-05, the last one spiked to 400. */
function spikedCsv(): string {
  const lines = ['period,value'];
  for (let i = 0; i < 29; i++) {
    const period = `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    lines.push(`${period},${i === 28 ? 400 : 100 + (i % 3) * 2}`);
  }
  return lines.join('\n');
}

async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('目标实际值');
  ws.addRow(['目标编号', '实际值', '截至日期', '依据']);
  for (const r of rows) {
    ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  process.env.DTPC_TODAY = '2025-06-30';
  await flow.start();
  await flow.db.transaction(async (tx) => {
    await importSeries({
      actor: await actorFor(tx, 'city.jinan'),
      tx,
      name: SERIES,
      indicator: 'electricity',
      unit: '万千瓦时',
      regionCode: '370100',
      mergeJanFeb: false,
      csv: spikedCsv(),
    });
  });
}, 120_000);
afterAll(async () => {
  process.env.DTPC_TODAY = previousToday;
  await flow.close();
});

describe('decision-support dashboard', () => {
  it('province.sd imports target values from .xlsx, sees the projection, acknowledges and closes the warning an anomaly raised', async () => {
    const page = await flow.loggedIn('province.sd');
    await page.getByRole('menuitem', { name: '决策支持' }).click();
    await page.getByRole('heading', { name: /决策支持看板/ }).waitFor();
    await page.getByText('山东省', { exact: true }).waitFor();

    const targets = page.getByTestId('targets-card');
    await targets.getByText('2025年目标完成情况').waitFor();

    // The bureau's workbook: one bad row first (row errors in Chinese, nothing stored), then the fixed file.
    const dir = mkdtempSync(join(tmpdir(), 'dtpc-targets-'));
    const bad = join(dir, '2025年中期统计-有误.xlsx');
    writeFileSync(
      bad,
      await workbook([['digital_pilot_enterprises', '四', '2024-06-30', '省工信厅公布名单']]),
    );
    const good = join(dir, '2025年中期统计.xlsx');
    writeFileSync(
      good,
      await workbook([
        ['digital_pilot_enterprises', 4, '2024-06-30', '省工信厅公布名单'],
        ['digital_pilot_enterprises', 6, '2025-06-30', '省工信厅公布名单（第二批）'],
      ]),
    );
    await targets.getByRole('button', { name: '导入 .xlsx' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[type=file]').setInputFiles(bad);
    await dialog.getByRole('button', { name: '试导入' }).click();
    await dialog.getByText('共 1 行，有效 0 行，错误 1 处').waitFor();
    await dialog.getByRole('cell', { name: '“四” 不是数值' }).waitFor();
    await expect(dialog.getByRole('button', { name: '提交导入' }).isDisabled()).resolves.toBe(true);
    await dialog.locator('input[type=file]').setInputFiles(good);
    await dialog.getByRole('button', { name: '试导入' }).click();
    await dialog.getByText('共 2 行，有效 2 行，错误 0 处').waitFor();
    await dialog.getByRole('button', { name: '提交导入' }).click();
    await page.getByText('已导入 2 条实际值').waitFor();
    const pilot = targets.getByRole('row').filter({ hasText: '“数字领航”企业10家左右' });
    await pilot.waitFor();
    await expect(pilot.innerText()).resolves.toMatch(/6\s*导入/);
    await expect(pilot.innerText()).resolves.toContain('预计无法完成');
    await expect(pilot.innerText()).resolves.toContain('7.01');

    await page.getByRole('button', { name: '刷新监测与预警' }).click();
    await page.getByText(/新增 \d+ 条预警/).waitFor();
    const warnings = page.getByTestId('warnings-card');
    const item = warnings.getByTestId('warning-item').filter({ hasText: SERIES });
    await item.waitFor();
    await expect(item.innerText()).resolves.toContain('2025-05 值 400，前12个月中位数 102');
    await screenshot(page, 'decision-dashboard-province-zh');

    await item.getByRole('button', { name: '确认收到' }).click();
    await item.getByText('已确认').waitFor();
    await item.getByRole('button', { name: /^关\s*闭$/ }).click();
    await page.getByTestId('warning-text').fill('经核实为企业集中检修后复产，数据无误');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await item.waitFor({ state: 'detached' });

    const series = page.getByTestId('series-card');
    await series.getByTestId('series-chart').waitFor();
    await series.getByRole('cell', { name: '2025-05' }).waitFor();

    // Drill down: 济南 from the province's city list.
    const centers = page.getByTestId('centers-card');
    await expect(centers.locator('tbody tr').count()).resolves.toBe(16);
    await centers.getByRole('button', { name: '济南市' }).click();
    await page.getByText('山东省济南市', { exact: true }).waitFor();
    await expect(centers.locator('tbody tr td:first-child').allInnerTexts()).resolves.toEqual(['济南市']);
    await page.getByRole('button', { name: '返回本辖区' }).click();
    await centers.getByRole('button', { name: '青岛市' }).waitFor();
  });

  it('city.jinan sees only 济南', async () => {
    const page = await flow.loggedIn('city.jinan');
    await page.getByRole('menuitem', { name: '决策支持' }).click();
    const centers = page.getByTestId('centers-card');
    await centers.getByRole('cell', { name: '济南市' }).waitFor();
    const regions = await centers.locator('tbody tr td:first-child').allInnerTexts();
    expect(regions).toEqual(['济南市']);
    await screenshot(page, 'decision-dashboard-jinan-zh');
  });
});

/**
 * Resource attachments in Debian's Chromium, in Chinese (issue 5 资源池 "licence / access … attachments"):
 * the operator uploads a PDF in the resource drawer; on the public detail page of an on-request dataset a
 * visitor sees the file but no download (登录后下载), a signed-in enterprise sees "申请使用" in its place and
 * can ask from there; the operator's own view downloads the stored bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCenterBySlug } from '../../src/db/loaders/centers.ts';
import { makeResource } from '../factories/resources.ts';
import { screenshot } from './support/browser.ts';
import { BrowserFlow } from './support/flows.ts';
const TMP = resolve(process.cwd(), 'test-artifacts/tmp');
const TITLE = '注塑机能耗样本数据集（附件演示）';
const PDF = Buffer.from(`%PDF-1.4\n% 数据说明 ${Date.now()}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);

const flow = new BrowserFlow();
const { openPage, login } = flow;
let resourceId: string;

beforeAll(async () => {
  await flow.start();
  const db = flow.db;
  const center = (await findCenterBySlug(db, 'jinan-demo'))!;
  resourceId = await makeResource(db, center.id, 'dataset', {
    title: TITLE,
    access: 'on_request',
    attachments: [],
  });
});

afterAll(async () => {
  await flow.close();
});

describe('resource attachments in the browser', () => {
  it('uploads in the operator’s drawer; gated detail shows 登录后下载 / 申请使用 instead of a download', async () => {
    // The operator uploads a PDF from the resource's edit drawer.
    const operator = await openPage();
    await login(operator, 'operator.1');
    await operator.goto(`${flow.url}/resources`);
    await operator
      .getByRole('row', { name: new RegExp(TITLE) })
      .getByRole('button', { name: /编\s*辑/ })
      .click();
    const drawer = operator.locator('.ant-drawer');
    await drawer.getByTestId('resource-file-upload').waitFor();
    mkdirSync(TMP, { recursive: true });
    const path = resolve(TMP, '数据说明.pdf');
    writeFileSync(path, PDF);
    await drawer.locator('input[type=file]').setInputFiles(path);
    await drawer.getByTestId('resource-files').getByText('数据说明.pdf').first().waitFor();
    await drawer.getByTestId('resource-file-upload').scrollIntoViewIfNeeded();
    await screenshot(operator, 'resource-attachments-drawer');

    // The operator's detail view links the download, which returns the stored bytes.
    await operator.goto(`${flow.url}/catalog/${resourceId}`);
    const link = operator.getByTestId('resource-files').getByRole('link', { name: '下载', exact: true });
    await link.waitFor();
    const res = await operator.request.get(`${flow.url}${await link.getAttribute('href')}`);
    expect(res.status()).toBe(200);
    expect(Buffer.from(await res.body()).equals(PDF)).toBe(true);

    // A visitor sees the file listed without a download.
    const visitor = await openPage();
    await visitor.goto(`${flow.url}/catalog/${resourceId}`);
    const visitorFiles = visitor.getByTestId('resource-files');
    await visitorFiles.getByText('数据说明.pdf').waitFor();
    await visitorFiles.getByRole('link', { name: '登录后下载' }).waitFor();
    expect(await visitorFiles.getByRole('link', { name: '下载', exact: true }).count()).toBe(0);

    // A signed-in enterprise sees 申请使用 in its place and asks from there.
    const enterprise = await openPage();
    await login(enterprise, 'enterprise.1');
    await enterprise.goto(`${flow.url}/catalog/${resourceId}`);
    const ask = enterprise.getByTestId('file-request-access');
    await ask.waitFor();
    expect(await ask.innerText()).toMatch(/申\s*请\s*使\s*用/);
    await screenshot(enterprise, 'resource-attachments-gated');
    await ask.click();
    await enterprise.getByPlaceholder(/请说明使用目的/).fill('用于本企业注塑机能耗分析模型训练');
    await enterprise.getByRole('button', { name: /确\s*定|OK/ }).click();
    await enterprise.getByText('申请待审批').waitFor();
  });
});

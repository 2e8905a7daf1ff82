import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';
import { makeCenter, makeUser } from '../factories.ts';
import { importRow, importWorkbook, makeResource, resourceCard } from '../factories/resources.ts';
import { findCenterBySlug } from '../../src/db/loaders/centers.ts';
import { resources } from '../../src/db/schema/index.ts';
import type {
  ImportJobView,
  ImportReport,
  ResourceSearchResult,
  ResourceView,
} from '../../src/contracts/resources.ts';

let t: TestApp;
let operator: Session;
let demoCenterId: string;
let otherCenterSlug: string;
let otherOperator: Session;

async function upload(session: Session, url: string, file: Buffer) {
  return t.app.inject({
    method: 'POST',
    url,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
    payload: file,
  });
}

async function countIn(centerId: string): Promise<number> {
  const [row] = await t.database.db
    .select({ n: count() })
    .from(resources)
    .where(eq(resources.centerId, centerId));
  return Number(row?.n ?? 0);
}

beforeAll(async () => {
  t = await createTestApp();
  operator = await t.login('operator.1');
  demoCenterId = (await findCenterBySlug(t.database.db, 'jinan-demo'))!.id;
  const otherCenterId = await makeCenter(t.database.db, { slug: 'qingdao-test', regionCode: '370200' });
  const otherOrg = (await t.database.db.query.centers.findFirst({
    where: (c, { eq: e }) => e(c.id, otherCenterId),
  }))!.operatorOrganisationId;
  otherCenterSlug = 'qingdao-test';
  await makeUser(t.database.db, {
    username: 'operator.qd',
    organisationId: otherOrg,
    roles: [{ role: 'center_operator' }],
  });
  otherOperator = await t.login('operator.qd');
});

afterAll(async () => {
  await t.close();
});

describe('resource pool writes are confined to the center one operates', () => {
  it('lets operator.1 create a resource in jinan-demo and shows the derived supplier grade', async () => {
    const res = await t.request(
      operator,
      'POST',
      '/api/centers/jinan-demo/resources',
      resourceCard('supplier', { title: '济南某工业软件供应商' }),
    );
    expect(res.statusCode).toBe(200);
    const view = res.json<ResourceView>();
    // 0.4×90 + 0.3×85 + 0.3×80 = 85.5 → A
    expect(view.evaluation?.score).toBe(85.5);
    expect(view.grade).toBe('A');
  });

  it('answers 403 when the operator of another center writes to jinan-demo', async () => {
    const res = await t.request(
      otherOperator,
      'POST',
      '/api/centers/jinan-demo/resources',
      resourceCard('tool'),
    );
    expect(res.statusCode).toBe(403);
    const list = await t.request(otherOperator, 'GET', '/api/centers/jinan-demo/resources');
    expect(list.statusCode).toBe(403);
  });

  it('answers 403 when the other operator edits or records adoption of a jinan-demo resource', async () => {
    const id = await makeResource(t.database.db, demoCenterId, 'model', { title: '刀具寿命预测模型' });
    const view = (await t.request(operator, 'GET', `/api/catalog/resources/${id}`)).json<ResourceView>();
    const edit = await t.request(otherOperator, 'PATCH', `/api/resources/${id}`, {
      version: view.version,
      card: resourceCard('model', { title: '篡改' }),
    });
    expect(edit.statusCode).toBe(403);
    const adopt = await t.request(otherOperator, 'POST', `/api/resources/${id}/adoptions`, {
      kind: 'reuse',
      adopterName: '某企业',
      adoptedOn: '2026-10-01',
    });
    expect(adopt.statusCode).toBe(403);
  });

  it('refuses an enterprise user any back-office write (403) and an anonymous visitor (401)', async () => {
    const enterprise = await t.login('enterprise.1');
    expect(
      (await t.request(enterprise, 'POST', '/api/centers/jinan-demo/resources', resourceCard())).statusCode,
    ).toBe(403);
    expect((await t.request(null, 'GET', '/api/centers/jinan-demo/resources')).statusCode).toBe(401);
  });

  it('rejects a card without evidence behind a supplier criterion, naming the field', async () => {
    const card = resourceCard('supplier');
    const bad = {
      ...card,
      details: {
        evaluation: {
          evaluatedOn: '2026-06-30',
          evaluator: '山东省工业互联网产业联盟',
          criteria: [{ name: '技术能力', weight: 100, score: 90, evidence: '' }],
        },
      },
    };
    const res = await t.request(operator, 'POST', '/api/centers/jinan-demo/resources', bad);
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('details.evaluation.criteria.0.evidence');
  });

  it('records reuse and deployment, counted on the card', async () => {
    const id = await makeResource(t.database.db, demoCenterId, 'algorithm', { title: '焊缝缺陷识别算法' });
    for (const kind of ['reuse', 'reuse', 'deployment'] as const) {
      const res = await t.request(operator, 'POST', `/api/resources/${id}/adoptions`, {
        kind,
        adopterName: '济南某装备制造有限公司',
        adoptedOn: '2026-09-01',
      });
      expect(res.statusCode).toBe(200);
    }
    const view = (await t.request(operator, 'GET', `/api/catalog/resources/${id}`)).json<ResourceView>();
    expect([view.reuseCount, view.deploymentCount]).toEqual([2, 1]);
    const list = await t.request(operator, 'GET', `/api/resources/${id}/adoptions`);
    expect(list.json<{ items: unknown[] }>().items).toHaveLength(3);
  });

  it('refuses a stale edit with 409', async () => {
    const id = await makeResource(t.database.db, demoCenterId, 'tool', { title: 'PLC 程序管理工具' });
    const first = await t.request(operator, 'PATCH', `/api/resources/${id}`, {
      version: 1,
      card: resourceCard('tool', { title: 'PLC 程序管理工具 V2' }),
    });
    expect(first.statusCode).toBe(200);
    const stale = await t.request(operator, 'PATCH', `/api/resources/${id}`, {
      version: 1,
      card: resourceCard('tool'),
    });
    expect(stale.statusCode).toBe(409);
  });
});

describe('the public catalog', () => {
  let draftId: string;
  let membersId: string;
  let gatedId: string;

  beforeAll(async () => {
    draftId = await makeResource(t.database.db, demoCenterId, 'dataset', {
      title: '注塑工艺参数数据集草稿',
      status: 'draft',
    });
    membersId = await makeResource(t.database.db, demoCenterId, 'knowledge', {
      title: '注塑工艺会员知识库',
      access: 'members_only',
    });
    gatedId = await makeResource(t.database.db, demoCenterId, 'dataset', {
      title: '注塑工艺缺陷样本数据集',
      access: 'on_request',
      attachments: [{ name: '数据样例', url: 'https://example.cn/sample.zip' }],
    });
  });

  it('shows an anonymous visitor published public and on-request items, never drafts or members-only ones', async () => {
    const res = await t.request(null, 'GET', `/api/catalog/resources?q=${encodeURIComponent('注塑工艺')}`);
    const ids = res.json<ResourceSearchResult>().items.map((i) => i.id);
    expect(ids).toContain(gatedId);
    expect(ids).not.toContain(draftId);
    expect(ids).not.toContain(membersId);
    expect((await t.request(null, 'GET', `/api/catalog/resources/${draftId}`)).statusCode).toBe(404);
    expect((await t.request(null, 'GET', `/api/catalog/resources/${membersId}`)).statusCode).toBe(404);
  });

  it('shows members-only items to a signed-in user', async () => {
    const enterprise = await t.login('enterprise.1');
    const res = await t.request(
      enterprise,
      'GET',
      `/api/catalog/resources?q=${encodeURIComponent('注塑工艺')}`,
    );
    expect(res.json<ResourceSearchResult>().items.map((i) => i.id)).toContain(membersId);
  });

  it('hides a gated item’s attachments until the operator approves the request', async () => {
    const anonymous = (
      await t.request(null, 'GET', `/api/catalog/resources/${gatedId}`)
    ).json<ResourceView>();
    expect(anonymous.attachments).toBeNull();
    expect(anonymous.attachmentCount).toBe(1);
    expect(anonymous.abilities.requestAccess).toBe(false);

    const enterprise = await t.login('enterprise.1');
    const before = (
      await t.request(enterprise, 'GET', `/api/catalog/resources/${gatedId}`)
    ).json<ResourceView>();
    expect(before.attachments).toBeNull();
    expect(before.abilities.requestAccess).toBe(true);

    const asked = await t.request(enterprise, 'POST', `/api/catalog/resources/${gatedId}/access-requests`, {
      purpose: '用于注塑缺陷检测模型训练',
    });
    expect(asked.statusCode).toBe(200);
    expect(asked.json<ResourceView>().myAccessRequest?.status).toBe('pending');
    expect(asked.json<ResourceView>().attachments).toBeNull();
    const again = await t.request(enterprise, 'POST', `/api/catalog/resources/${gatedId}/access-requests`, {
      purpose: '再次申请使用',
    });
    expect(again.statusCode).toBe(409);

    const pending = await t.request(
      operator,
      'GET',
      '/api/centers/jinan-demo/resource-access-requests?status=pending',
    );
    const request = pending
      .json<{ items: { id: string; resource: { id: string } }[] }>()
      .items.find((r) => r.resource.id === gatedId)!;
    expect(
      (
        await t.request(otherOperator, 'POST', `/api/resource-access-requests/${request.id}/decision`, {
          decision: 'approved',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.request(operator, 'POST', `/api/resource-access-requests/${request.id}/decision`, {
          decision: 'approved',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await t.request(operator, 'POST', `/api/resource-access-requests/${request.id}/decision`, {
          decision: 'rejected',
        })
      ).statusCode,
    ).toBe(409);

    const after = (
      await t.request(enterprise, 'GET', `/api/catalog/resources/${gatedId}`)
    ).json<ResourceView>();
    expect(after.attachments).toEqual([{ name: '数据样例', url: 'https://example.cn/sample.zip' }]);
  });

  it('filters by facet and counts facets over the matches', async () => {
    const res = await t.request(
      null,
      'GET',
      `/api/catalog/resources?q=${encodeURIComponent('注塑工艺')}&kind=dataset`,
    );
    const body = res.json<ResourceSearchResult>();
    expect(body.items.every((i) => i.kind === 'dataset')).toBe(true);
    expect(body.facets.kind).toEqual([{ value: 'dataset', label: '数据集', count: body.total }]);
  });

  it('serves a center’s public page with its count of published resources', async () => {
    const res = await t.request(null, 'GET', '/api/catalog/centers/jinan-demo');
    expect(res.statusCode).toBe(200);
    expect(res.json<{ resourceCount: number }>().resourceCount).toBeGreaterThan(0);
    expect((await t.request(null, 'GET', '/api/catalog/centers/no-such-center')).statusCode).toBe(404);
  });
});

describe('bulk import', () => {
  it('serves a template with Chinese headers and an example row that a dry run skips', async () => {
    const res = await t.request(operator, 'GET', '/api/centers/jinan-demo/resources/import-template.xlsx');
    expect(res.statusCode).toBe(200);
    const dry = await upload(operator, '/api/centers/jinan-demo/resources/import/dry-run', res.rawPayload);
    expect(dry.statusCode).toBe(200);
    expect(dry.json<ImportReport>()).toMatchObject({ fileRows: 0, validRows: 0, errors: [] });
  });

  it('reports the bad row of a dry run in Chinese (row, column, message) and writes nothing', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => importRow(i, { 名称: `导入测试方案${i}` }));
    rows[6] = { ...rows[6]!, 适用行业: 'Z99', 应用场景: '研发' };
    const before = await countIn(demoCenterId);
    const res = await upload(
      operator,
      '/api/centers/jinan-demo/resources/import/dry-run',
      await importWorkbook(rows),
    );
    const report = res.json<ImportReport>();
    expect(report.fileRows).toBe(30);
    expect(report.validRows).toBe(29);
    expect(report.errors).toEqual([
      expect.objectContaining({
        row: 8,
        column: '适用行业',
        message: expect.stringContaining('行业代码无效'),
      }),
      expect.objectContaining({
        row: 8,
        column: '应用场景',
        message: expect.stringContaining('“研发”不是有效的取值'),
      }),
    ]);
    expect(await countIn(demoCenterId)).toBe(before);
  });

  it('commits nothing when any row is bad, then all rows once fixed', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => importRow(i, { 名称: `批量导入方案${i}` }));
    rows[10] = { ...rows[10]!, 开放方式: '' };
    const before = await countIn(demoCenterId);
    const failed = await upload(
      operator,
      '/api/centers/jinan-demo/resources/import',
      await importWorkbook(rows),
    );
    expect(failed.statusCode).toBe(202);
    const failedJob = await waitForJob(failed.json<ImportJobView>().id);
    expect(failedJob.status).toBe('failed');
    expect(failedJob.report?.errors[0]).toMatchObject({ row: 12, column: '开放方式' });
    expect(await countIn(demoCenterId)).toBe(before);

    rows[10] = importRow(10, { 名称: '批量导入方案10' });
    const ok = await upload(operator, '/api/centers/jinan-demo/resources/import', await importWorkbook(rows));
    const job = await waitForJob(ok.json<ImportJobView>().id);
    expect(job).toMatchObject({ status: 'succeeded', created: 40 });
    expect(await countIn(demoCenterId)).toBe(before + 40);

    // Importing the same file again is refused row by row: the names are already in the pool.
    const again = await upload(
      operator,
      '/api/centers/jinan-demo/resources/import/dry-run',
      await importWorkbook(rows),
    );
    expect(again.json<ImportReport>().errors).toHaveLength(40);
  });

  it('imports a UTF-8 CSV with the same headers', async () => {
    const row = importRow(3, { 名称: 'CSV 导入的数字孪生工具', 资源类型: '工具' });
    const headers = Object.keys(row);
    const csv = `\uFEFF${headers.join(',')}\n${headers.map((h) => `"${row[h]!.replace(/"/g, '""')}"`).join(',')}\n`;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/centers/jinan-demo/resources/import/dry-run?format=csv',
      headers: { cookie: operator.cookie, 'x-csrf-token': operator.csrf, 'content-type': 'text/csv' },
      payload: Buffer.from(csv),
    });
    expect(res.json<ImportReport>()).toMatchObject({ fileRows: 1, validRows: 1, byKind: { tool: 1 } });
  });

  it('refuses an import into a center the operator does not run (403)', async () => {
    const res = await upload(
      otherOperator,
      '/api/centers/jinan-demo/resources/import/dry-run',
      await importWorkbook([importRow(1)]),
    );
    expect(res.statusCode).toBe(403);
    const own = await upload(
      otherOperator,
      `/api/centers/${otherCenterSlug}/resources/import/dry-run`,
      await importWorkbook([importRow(1)]),
    );
    expect(own.statusCode).toBe(200);
  });

  it('answers a readable error for a file that is not a spreadsheet', async () => {
    const res = await upload(
      operator,
      '/api/centers/jinan-demo/resources/import/dry-run',
      Buffer.from('not a zip'),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json<{ code: string }>().code).toBe('resource.import_unreadable');
  });
});

async function waitForJob(id: string): Promise<ImportJobView> {
  for (let i = 0; i < 200; i += 1) {
    const job = (await t.request(operator, 'GET', `/api/resource-import-jobs/${id}`)).json<ImportJobView>();
    if (job.status !== 'running') {
      return job;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('import job did not finish');
}

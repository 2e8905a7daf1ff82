/**
 * Files attached to resource cards (issue 5 资源池: "licence / access (public, on request with approval,
 * members only), version, attachments"): the center's operator uploads files checked by content into the
 * content-addressed store, audited; anyone who sees the resource lists them; downloads follow the access
 * rule; a refused upload leaves no row and no bytes; the operator deletes a file (audited).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathOf, MAX_FILE_BYTES } from '../../src/app/files/store.ts';
import type { ResourceFileList } from '../../src/contracts/resources.ts';
import { findCenterBySlug } from '../../src/db/loaders/centers.ts';
import { auditLog, files, resourceFiles } from '../../src/db/schema/index.ts';
import { makeResource } from '../factories/resources.ts';
import { makeEnterpriseAccount, makeOperatedCenter } from '../factories/center-platform.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';

let t: TestApp;
const s: Record<string, Session> = {};
let publicId: string;
let gatedId: string;
let membersId: string;
const PDF = Buffer.from(`%PDF-1.4\n% 产品手册 ${Date.now()}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from(`数据样例 ${Date.now()}`),
]);

function upload(session: Session | null, id: string, name: string, bytes: Buffer) {
  const boundary = '----dtpc-resource-file';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url: `/api/resources/${id}/files`,
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
    },
    payload,
  });
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function countRows(resourceId: string): Promise<number> {
  const [row] = await t.database.db
    .select({ n: count() })
    .from(resourceFiles)
    .where(eq(resourceFiles.resourceId, resourceId));
  return Number(row!.n);
}

async function firstFile(session: Session | null, resourceId: string) {
  const list = (
    await t.request(session, 'GET', `/api/catalog/resources/${resourceId}/files`)
  ).json<ResourceFileList>();
  return { list, url: `/api/catalog/resources/${resourceId}/files/${list.items[0]!.id}` };
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const centerId = (await findCenterBySlug(db, 'jinan-demo'))!.id;
  publicId = await makeResource(db, centerId, 'solution', {
    title: '设备健康管理解决方案',
    access: 'public',
  });
  gatedId = await makeResource(db, centerId, 'dataset', {
    title: '注塑缺陷样本数据集',
    access: 'on_request',
  });
  membersId = await makeResource(db, centerId, 'knowledge', {
    title: '会员工艺知识库',
    access: 'members_only',
  });
  const stranger = await makeEnterpriseAccount(db, { regionCode: '370102', username: 'enterprise.files' });
  await makeOperatedCenter(db, { slug: 'qingdao-files', regionCode: '370202', username: 'operator.qd' });
  for (const u of [
    'operator.1',
    'operator.qd',
    'enterprise.1',
    'province.sd',
    'city.jinan',
    'province.gs',
    stranger.username,
  ]) {
    s[u] = await t.login(u);
  }
  s.stranger = s[stranger.username]!;
  for (const id of [publicId, gatedId, membersId]) {
    const res = await upload(s['operator.1']!, id, '产品手册.pdf', PDF);
    expect(res.statusCode, res.body).toBe(200);
  }
});
afterAll(async () => t.close());

describe('uploading files to a resource (资源附件)', () => {
  it('stores the operator’s PDF by its SHA-256, lists it and audits the upload', async () => {
    const res = await upload(s['operator.1']!, publicId, '数据样例.png', PNG);
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json<ResourceFileList>();
    expect(list.canManage).toBe(true);
    expect(list.items.map((f) => [f.fileName, f.mediaType])).toEqual([
      ['产品手册.pdf', 'application/pdf'],
      ['数据样例.png', 'image/png'],
    ]);
    expect(list.items[1]!.sizeBytes).toBe(PNG.length);
    expect(existsSync(pathOf(sha(PNG)))).toBe(true);
    const [audit] = await t.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'resource.attach_file'), eq(auditLog.targetId, publicId)));
    expect(audit!.n).toBe(2);
  });

  it('refuses content of a type it does not accept whatever the name says, leaving no row and no bytes', async () => {
    const bytes = Buffer.from(`MZ\x90\x00 not a pdf ${Date.now()}`);
    const [filesBefore] = await t.database.db.select({ n: count() }).from(files);
    const rowsBefore = await countRows(gatedId);
    const res = await upload(s['operator.1']!, gatedId, 'manual.pdf', bytes);
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe('file.type_not_allowed');
    const [filesAfter] = await t.database.db.select({ n: count() }).from(files);
    expect(filesAfter!.n).toBe(filesBefore!.n);
    expect(await countRows(gatedId)).toBe(rowsBefore);
    expect(existsSync(pathOf(sha(bytes)))).toBe(false);
  });

  it('refuses a file over the 20 MB limit with file.too_large, leaving nothing behind', async () => {
    const big = Buffer.alloc(MAX_FILE_BYTES + 1, 0x20);
    PDF.copy(big);
    const rowsBefore = await countRows(gatedId);
    const res = await upload(s['operator.1']!, gatedId, 'big.pdf', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('file.too_large');
    expect(await countRows(gatedId)).toBe(rowsBefore);
    expect(existsSync(pathOf(sha(big)))).toBe(false);
  });

  it('refuses uploads from another center’s operator (403), an enterprise (403) and the public (401)', async () => {
    const bytes = Buffer.from(`%PDF-1.4\n% foreign ${Date.now()}\n%%EOF\n`);
    const rowsBefore = await countRows(publicId);
    expect((await upload(s['operator.qd']!, publicId, 'x.pdf', bytes)).statusCode).toBe(403);
    expect((await upload(s['enterprise.1']!, publicId, 'x.pdf', bytes)).statusCode).toBe(403);
    expect((await upload(null, publicId, 'x.pdf', bytes)).statusCode).toBe(401);
    expect(await countRows(publicId)).toBe(rowsBefore);
    expect(existsSync(pathOf(sha(bytes)))).toBe(false);
  });
});

describe('downloading follows the resource’s access rule', () => {
  it('public: anyone downloads the stored bytes with their type and name', async () => {
    const { list, url } = await firstFile(null, publicId);
    expect(list.canDownload).toBe(true);
    expect(list.canManage).toBe(false);
    const res = await t.request(null, 'GET', url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('产品手册.pdf'));
    expect(res.rawPayload.equals(PDF)).toBe(true);
  });

  it('on request: listed for everyone, downloadable only after approval, by the operator and by authorities in jurisdiction', async () => {
    const { list, url } = await firstFile(null, gatedId);
    expect(list.items).toHaveLength(1);
    expect(list.canDownload).toBe(false);
    expect((await t.request(null, 'GET', url)).statusCode).toBe(401);
    const refused = await t.request(s['enterprise.1']!, 'GET', url);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('resource.access_required');
    // Another center's operator and an authority outside Shandong are not the gate's exceptions.
    expect((await t.request(s['operator.qd']!, 'GET', url)).statusCode).toBe(403);
    expect((await t.request(s['province.gs']!, 'GET', url)).statusCode).toBe(403);
    for (const who of ['operator.1', 'province.sd', 'city.jinan']) {
      const res = await t.request(s[who]!, 'GET', url);
      expect(res.statusCode, who).toBe(200);
      expect(res.rawPayload.equals(PDF), who).toBe(true);
    }

    const asked = await t.request(
      s['enterprise.1']!,
      'POST',
      `/api/catalog/resources/${gatedId}/access-requests`,
      {
        purpose: '用于注塑缺陷检测模型训练',
      },
    );
    expect(asked.statusCode, asked.body).toBe(200);
    expect((await t.request(s['enterprise.1']!, 'GET', url)).statusCode).toBe(403);
    const pending = await t.request(
      s['operator.1']!,
      'GET',
      '/api/centers/jinan-demo/resource-access-requests?status=pending',
    );
    const request = pending
      .json<{ items: { id: string; resource: { id: string } }[] }>()
      .items.find((r) => r.resource.id === gatedId)!;
    const decided = await t.request(
      s['operator.1']!,
      'POST',
      `/api/resource-access-requests/${request.id}/decision`,
      {
        decision: 'approved',
      },
    );
    expect(decided.statusCode).toBe(200);

    expect((await firstFile(s['enterprise.1']!, gatedId)).list.canDownload).toBe(true);
    const allowed = await t.request(s['enterprise.1']!, 'GET', url);
    expect(allowed.statusCode).toBe(200);
    expect(allowed.rawPayload.equals(PDF)).toBe(true);
    // The approval is the requester's own: another enterprise is still refused.
    expect((await t.request(s.stranger!, 'GET', url)).statusCode).toBe(403);
  });

  it('members only: hidden from the public (404), downloadable by any signed-in user', async () => {
    expect((await t.request(null, 'GET', `/api/catalog/resources/${membersId}/files`)).statusCode).toBe(404);
    const { list, url } = await firstFile(s.stranger!, membersId);
    expect(list.canDownload).toBe(true);
    expect((await t.request(null, 'GET', url)).statusCode).toBe(404);
    expect((await t.request(s.stranger!, 'GET', url)).statusCode).toBe(200);
  });

  it('answers 404 for a file of another resource', async () => {
    const { list } = await firstFile(null, publicId);
    const res = await t.request(null, 'GET', `/api/catalog/resources/${gatedId}/files/${list.items[0]!.id}`);
    expect(res.statusCode).toBe(404);
  });
});

describe('deleting a file', () => {
  it('is refused to another center’s operator and done by the resource’s operator, audited', async () => {
    const { list } = await firstFile(null, publicId);
    const target = list.items.find((f) => f.fileName === '数据样例.png')!;
    const url = `/api/resources/${publicId}/files/${target.id}`;
    expect((await t.request(s['operator.qd']!, 'DELETE', url)).statusCode).toBe(403);
    const res = await t.request(s['operator.1']!, 'DELETE', url);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ResourceFileList>().items.map((f) => f.fileName)).toEqual(['产品手册.pdf']);
    expect(
      (await t.request(null, 'GET', `/api/catalog/resources/${publicId}/files/${target.id}`)).statusCode,
    ).toBe(404);
    const [audit] = await t.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'resource.remove_file'), eq(auditLog.targetId, publicId)));
    expect(audit!.n).toBe(1);
    expect((await t.request(s['operator.1']!, 'DELETE', url)).statusCode).toBe(404);
  });
});

/**
 * Evidence attached to ledger records (服务台账 佐证材料; issue 5 "evidence attachments"): uploaded by the
 * center's operator, checked by content, kept in the content-addressed store, audited, listed and
 * downloadable by whoever may read the record; a refused upload leaves no row and no bytes.
 */
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import {
  auditLog,
  files,
  organisations,
  serviceRecordAttachments,
  users,
} from '../../src/db/schema/index.ts';
import { pathOf } from '../../src/app/files/store.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';
import { makeEnterpriseAccount, makeOperatedCenter } from '../factories/center-platform.ts';
import type { ServiceRecordView } from '../../src/contracts/center-platform/ledger.ts';

let t: TestApp;
const s: Record<string, Session> = {};
let recordId: string;
const PDF = Buffer.from(`%PDF-1.4\n% 服务佐证 ${Date.now()}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);

function upload(session: Session | null, id: string, name: string, bytes: Buffer) {
  const boundary = '----dtpc-evidence';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url: `/api/service-records/${id}/attachments`,
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
    },
    payload,
  });
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const other = await makeOperatedCenter(db, { slug: 'qingdao-evidence', regionCode: '370202' });
  const stranger = await makeEnterpriseAccount(db, { regionCode: '370102', username: 'enterprise.stranger' });
  for (const u of ['operator.1', 'enterprise.1', 'province.sd', other.username, stranger.username]) {
    s[u] = await t.login(u);
  }
  s.otherOperator = s[other.username]!;
  s.stranger = s[stranger.username]!;
  const [e1] = await db
    .select({ code: organisations.creditCode })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.username, 'enterprise.1'));
  const res = await t.request(s['operator.1']!, 'POST', '/api/centers/jinan-demo/ledger', {
    serviceType: 'diagnosis',
    serviceDate: '2026-03-05',
    enterpriseCreditCode: e1!.code,
    title: '数字化转型诊断评估',
    outcome: '出具诊断报告',
  });
  expect(res.statusCode, res.body).toBe(200);
  recordId = res.json<ServiceRecordView>().id;
});
afterAll(async () => t.close());

describe('ledger evidence attachments (服务台账 佐证材料)', () => {
  it('lets the center’s operator attach a PDF, stored by its SHA-256 and audited', async () => {
    const res = await upload(s['operator.1']!, recordId, '诊断报告.pdf', PDF);
    expect(res.statusCode, res.body).toBe(200);
    const sha256 = createHash('sha256').update(PDF).digest('hex');
    expect(res.json()).toMatchObject({
      fileName: '诊断报告.pdf',
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256,
    });
    expect(existsSync(pathOf(sha256))).toBe(true);
    const [audit] = await t.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'service_record.attach'), eq(auditLog.targetId, recordId)));
    expect(audit!.n).toBe(1);
  });

  it('shows the attachment on the record and lists it for the operator and the enterprise it concerns', async () => {
    const view = (
      await t.request(s['operator.1']!, 'GET', `/api/service-records/${recordId}`)
    ).json<ServiceRecordView>();
    expect(view.attachments.map((a) => a.fileName)).toEqual(['诊断报告.pdf']);
    expect(view.abilities.attach).toBe(true);
    for (const who of ['operator.1', 'enterprise.1', 'province.sd']) {
      const list = await t.request(s[who]!, 'GET', `/api/service-records/${recordId}/attachments`);
      expect(list.statusCode, who).toBe(200);
      expect(list.json().items).toHaveLength(1);
    }
  });

  it('downloads the stored bytes with the file’s type and name', async () => {
    const view = (
      await t.request(s['enterprise.1']!, 'GET', `/api/service-records/${recordId}`)
    ).json<ServiceRecordView>();
    expect(view.abilities.attach).toBe(false);
    const res = await t.request(
      s['enterprise.1']!,
      'GET',
      `/api/service-records/${recordId}/attachments/${view.attachments[0]!.id}`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('诊断报告.pdf'));
    expect(res.rawPayload.equals(PDF)).toBe(true);
  });

  it('refuses uploads from the enterprise (403), another center’s operator (404) and the public (401)', async () => {
    expect((await upload(s['enterprise.1']!, recordId, 'x.pdf', PDF)).statusCode).toBe(403);
    // Another center's operator may not even read the record: it is not found for them.
    expect((await upload(s.otherOperator!, recordId, 'x.pdf', PDF)).statusCode).toBe(404);
    expect((await upload(null, recordId, 'x.pdf', PDF)).statusCode).toBe(401);
  });

  it('hides the attachments (404) from another center’s operator and an unrelated enterprise', async () => {
    const url = `/api/service-records/${recordId}/attachments`;
    expect((await t.request(s.otherOperator!, 'GET', url)).statusCode).toBe(404);
    expect((await t.request(s.stranger!, 'GET', url)).statusCode).toBe(404);
  });

  it('refuses content that is not an accepted type whatever its name says, leaving no row and no bytes', async () => {
    const bytes = Buffer.from(`MZ\x90\x00 not a pdf ${Date.now()}`);
    const [filesBefore] = await t.database.db.select({ n: count() }).from(files);
    const res = await upload(s['operator.1']!, recordId, 'report.pdf', bytes);
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe('file.type_not_allowed');
    const [filesAfter] = await t.database.db.select({ n: count() }).from(files);
    expect(filesAfter!.n).toBe(filesBefore!.n);
    const [rows] = await t.database.db
      .select({ n: count() })
      .from(serviceRecordAttachments)
      .where(eq(serviceRecordAttachments.serviceRecordId, recordId));
    expect(rows!.n).toBe(1);
    expect(existsSync(pathOf(createHash('sha256').update(bytes).digest('hex')))).toBe(false);
  });

  it('refuses an empty upload and a request that is not multipart', async () => {
    expect((await upload(s['operator.1']!, recordId, 'empty.pdf', Buffer.alloc(0))).json().code).toBe(
      'file.missing',
    );
    const res = await t.request(s['operator.1']!, 'POST', `/api/service-records/${recordId}/attachments`, {});
    expect(res.statusCode).toBe(415);
  });

  it('answers 404 for an attachment of another record', async () => {
    const res = await t.request(
      s['operator.1']!,
      'GET',
      `/api/service-records/${recordId}/attachments/01900000-0000-7000-8000-000000000000`,
    );
    expect(res.statusCode).toBe(404);
  });
});

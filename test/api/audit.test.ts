import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { verifyAuditChain } from '../../src/app/audit.ts';
import { makeCreditCode } from '../../src/domain/organisation/credit-code.ts';
import { createTestApp, type TestApp } from '../support/api.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('audit chain', () => {
  it('appends actor, action, target, IP and digests in the same transaction as the change', async () => {
    const s = await t.login('city.jinan');
    const res = await t.request(s, 'POST', '/api/organisations', {
      name: '审计测试企业',
      creditCode: makeCreditCode({ regionCode: '370102', serial: 888001 }),
      kind: 'enterprise',
      regionCode: '370102',
    });
    expect(res.statusCode).toBe(200);
    const national = await t.login('national');
    const page = (await t.request(national, 'GET', `/api/audit?targetId=${res.json().id}`)).json();
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      actorLabel: 'city.jinan',
      action: 'organisation.create',
      actionLabel: '机构 · 新建',
      targetType: 'organisation',
      targetLabel: '机构',
      ip: '127.0.0.1',
      beforeDigest: null,
    });
    expect(page.items[0].afterDigest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('verifies an intact chain over the API', async () => {
    const s = await t.login('national');
    const res = (await t.request(s, 'GET', '/api/audit/verify')).json();
    expect(res).toMatchObject({ ok: true, algorithm: 'sm3', firstProblem: null });
    expect(res.checked).toBeGreaterThan(20);
  });

  it('refuses to update or delete audit records (append-only)', async () => {
    await expect(
      t.database.db.execute(sql`update audit_log set actor_label = 'x' where seq = 1`),
    ).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from audit_log where seq = 1`)).rejects.toThrow();
  });

  it('reports the first altered record, even when someone bypasses the trigger', async () => {
    await t.database.db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await t.database.db.execute(sql`update audit_log set actor_label = 'mallory' where seq = 5`);
    const result = await verifyAuditChain(t.database.db);
    expect(result).toMatchObject({ ok: false, firstProblem: { seq: 5, kind: 'altered' } });
    expect(result.checked).toBe(4);
  });

  it('reports a missing record by its sequence number', async () => {
    await t.database.db.execute(sql`delete from audit_log where seq = 3`);
    const result = await verifyAuditChain(t.database.db);
    expect(result.firstProblem).toMatchObject({ seq: 3, kind: 'missing' });
  });

  it('filters the log by action and date and exports it as .xlsx', async () => {
    const s = await t.login('national');
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    const page = (await t.request(s, 'GET', `/api/audit?action=auth.login&from=${today}&to=${today}`)).json();
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.every((i: { action: string }) => i.action === 'auth.login')).toBe(true);
    const none = (await t.request(s, 'GET', '/api/audit?from=2001-01-01&to=2001-01-02')).json();
    expect(none.total).toBe(0);
    const xlsx = await t.request(s, 'GET', '/api/audit/export.xlsx?action=auth.login');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as never);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(['操作', '操作代码', '对象类型']));
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(row[header.indexOf('操作')]).toBe('登录与口令 · 登录成功');
    expect(row[header.indexOf('操作代码')]).toBe('auth.login');
    // Beijing time as on screen, never an ISO-8601 UTC string.
    expect(row[header.indexOf('时间')]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/u);
  });

  it('names actions in English when asked', async () => {
    const s = await t.login('national');
    const res = await t.request(s, 'GET', '/api/audit?action=auth.login&pageSize=1', undefined, {
      'accept-language': 'en',
    });
    const page = res.json();
    expect(page.items[0]).toMatchObject({ actionLabel: 'Sign-in: signed in', targetLabel: 'Account' });
  });
});

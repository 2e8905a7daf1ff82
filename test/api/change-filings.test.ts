/**
 * Change filings through the API (000 第二十二条 / 003 第十八条: 变更后一个月内报送): the operator files, late
 * filings are flagged, the province confirms (the directory name changes, history kept) or returns; an
 * operator change is offered as a revocation ground in Shandong (000 第二十条（三）) but not in Gansu.
 * Change materials (变更材料) are uploaded by the filing operator only: typed by content, kept in the
 * content-addressed store, listed on the filing and downloadable in jurisdiction; a refused upload (wrong
 * type, over 20 MB, someone else's filing, a decided filing) leaves no row, no bytes and no audit entry.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarMonths } from '../../src/domain/calendar/index.ts';
import { todayInShanghai } from '../../src/domain/calendar/dates.ts';
import { pathOf } from '../../src/app/files/store.ts';
import { auditLog, centers, changeFilings, files } from '../../src/db/schema/index.ts';
import { makeOperatedCenter } from '../factories/center-platform.ts';
import { decisionDocument, makeManagedCenter, organisationOf } from '../factories/management.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';

let t: TestApp;
const s: Record<string, Session> = {};
const ids: Record<string, string> = {};
const today = todayInShanghai();
const daysAgo = (n: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  for (const u of [
    'national',
    'province.sd',
    'province.gs',
    'city.jinan',
    'city.qingdao',
    'operator.1',
    'applicant.1',
  ]) {
    s[u] = await t.login(u);
  }
  const operator = await organisationOf(db, 'operator.1');
  ids.sd = await makeManagedCenter(db, {
    name: '济南变更测试促进中心',
    regionCode: '370102',
    operatorOrganisationId: operator,
  });
  ids.gs = await makeManagedCenter(db, {
    name: '兰州变更测试促进中心',
    regionCode: '620102',
    packId: 'gansu-2024',
    operatorOrganisationId: operator,
  });
  ids.national = await makeManagedCenter(db, {
    name: '国家级变更测试中心',
    level: 'national',
    packId: 'national-2022',
    operatorOrganisationId: operator,
  });
  ids.other = await makeManagedCenter(db, { name: '他人运营的促进中心', regionCode: '370102' });
  // Another center's operator in the same city (济南), with its own account.
  const otherOperator = await makeOperatedCenter(db, {
    regionCode: '370103',
    username: 'operator.change.other',
  });
  s.otherOperator = await t.login(otherOperator.username);
});
afterAll(async () => t.close());

describe('filing a change', () => {
  it('marks a rename filed 40 days after the change as late (due one month after the change)', async () => {
    const changeDate = daysAgo(40);
    const res = await t.request(s['operator.1']!, 'POST', '/api/change-filings', {
      centerId: ids.sd,
      kind: 'rename',
      changeDate,
      newName: '济南数字化转型促进中心（更名后）',
      description: '牵头单位更名，中心随之更名',
    });
    expect(res.statusCode).toBe(200);
    const f = res.json();
    expect(f).toMatchObject({
      status: 'filed',
      late: true,
      dueOn: addCalendarMonths(changeDate, 1),
      filedOn: today,
    });
    expect(f.daysLate).toBeGreaterThan(0);
    expect(f.deadlineSource.ref).toBe('第二十二条');
    expect(f.abilities).toEqual({ decide: false, attach: true, proposeRevocation: false });
    ids.rename = f.id;
  });

  it('accepts a filing within the month as on time', async () => {
    const res = await t.request(s['operator.1']!, 'POST', '/api/change-filings', {
      centerId: ids.gs,
      kind: 'restructuring',
      changeDate: daysAgo(10),
      description: '运营主体重组',
      operatorChanged: true,
    });
    expect(res.json()).toMatchObject({ late: false, daysLate: 0, revocationGround: null });
    ids.gsFiling = res.json().id;
  });

  it('refuses other operators’ centers (403), packs without a rule (409), future dates and a rename without a name (400)', async () => {
    const base = { kind: 'merger', changeDate: daysAgo(3), description: '吸收合并' };
    expect(
      (await t.request(s['operator.1']!, 'POST', '/api/change-filings', { ...base, centerId: ids.other }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.request(s['province.sd']!, 'POST', '/api/change-filings', { ...base, centerId: ids.sd }))
        .statusCode,
    ).toBe(403);
    const national = await t.request(s['operator.1']!, 'POST', '/api/change-filings', {
      ...base,
      centerId: ids.national,
    });
    expect(national.json().code).toBe('change_filing.no_rule');
    const future = await t.request(s['operator.1']!, 'POST', '/api/change-filings', {
      ...base,
      centerId: ids.sd,
      changeDate: '2099-01-01',
    });
    expect(future.statusCode).toBe(400);
    const noName = await t.request(s['operator.1']!, 'POST', '/api/change-filings', {
      ...base,
      kind: 'rename',
      centerId: ids.sd,
    });
    expect(noName.statusCode).toBe(400);
  });

  it('shows filings to the province and city in jurisdiction, not to others', async () => {
    const url = `/api/change-filings/${ids.rename}`;
    expect((await t.request(s['province.sd']!, 'GET', url)).statusCode).toBe(200);
    expect((await t.request(s['city.jinan']!, 'GET', url)).statusCode).toBe(200);
    expect((await t.request(s['province.gs']!, 'GET', url)).statusCode).toBe(404);
    expect((await t.request(s['city.qingdao']!, 'GET', url)).statusCode).toBe(404);
    expect((await t.request(s['applicant.1']!, 'GET', url)).statusCode).toBe(403);
    const gsList = await t.request(s['province.gs']!, 'GET', '/api/change-filings');
    expect(gsList.json().items.map((i: { id: string }) => i.id)).toEqual([ids.gsFiling]);
  });
});

describe('confirming a change', () => {
  it('lets only the province decide; the city gets 403, stale versions 409', async () => {
    const url = `/api/change-filings/${ids.rename}/decide`;
    expect(
      (
        await t.request(s['city.jinan']!, 'POST', url, {
          ...decisionDocument(),
          outcome: 'confirm',
          reason: '确认',
          version: 1,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.request(s['operator.1']!, 'POST', url, {
          ...decisionDocument(),
          outcome: 'confirm',
          reason: '确认',
          version: 1,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.request(s['province.gs']!, 'POST', url, {
          ...decisionDocument(),
          outcome: 'confirm',
          reason: '确认',
          version: 1,
        })
      ).statusCode,
    ).toBe(404);
    const stale = await t.request(s['province.sd']!, 'POST', url, {
      ...decisionDocument(),
      outcome: 'confirm',
      reason: '确认',
      version: 5,
    });
    expect(stale.json().code).toBe('conflict.stale_version');
  });

  it('confirms a rename: the directory shows the new name today and the old one as of yesterday, with the rename in the audit chain', async () => {
    const res = await t.request(s['province.sd']!, 'POST', `/api/change-filings/${ids.rename}/decide`, {
      ...decisionDocument(),
      outcome: 'confirm',
      reason: '材料齐全，予以确认',
      version: 1,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('confirmed');
    const [c] = await t.database.db.select().from(centers).where(eq(centers.id, ids.sd!));
    expect(c!.name).toBe('济南数字化转型促进中心（更名后）');
    const now = await t.request(null, 'GET', `/api/directory/${ids.sd}`);
    expect(now.json().name).toBe('济南数字化转型促进中心（更名后）');
    expect(now.json().renames).toEqual([
      { oldName: '济南变更测试促进中心', newName: '济南数字化转型促进中心（更名后）', on: today },
    ]);
    const before = await t.request(null, 'GET', `/api/directory/${ids.sd}?asOf=${daysAgo(1)}`);
    expect(before.json().name).toBe('济南变更测试促进中心');
    const audit = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.targetId, ids.sd!));
    expect(audit.map((a) => a.action)).toContain('directory.rename');
    const again = await t.request(s['province.sd']!, 'POST', `/api/change-filings/${ids.rename}/decide`, {
      ...decisionDocument(),
      outcome: 'return',
      reason: '重复',
      version: 2,
    });
    expect(again.json().code).toBe('conflict.illegal_transition');
  });

  it('offers an operator change as a revocation ground in Shandong (000 第二十条（三）) and links the revocation to the filing', async () => {
    const filed = await t.request(s['operator.1']!, 'POST', '/api/change-filings', {
      centerId: ids.sd,
      kind: 'restructuring',
      changeDate: daysAgo(5),
      description: '运营主体变更为新设公司',
      operatorChanged: true,
    });
    const f = filed.json();
    const asProvince = (await t.request(s['province.sd']!, 'GET', `/api/change-filings/${f.id}`)).json();
    expect(asProvince.revocationGround.id).toBe('sd-operator-changed');
    expect(asProvince.revocationGround.source.ref).toBe('第二十条（三）');
    expect(asProvince.abilities.proposeRevocation).toBe(true);
    const opened = await t.request(s['province.sd']!, 'POST', '/api/revocations', {
      centerId: ids.sd,
      groundId: asProvince.revocationGround.id,
      facts: '变更备案显示运营主体已变更',
      groundDate: daysAgo(5),
      changeFilingId: f.id,
    });
    expect(opened.statusCode).toBe(200);
    const after = (await t.request(s['province.sd']!, 'GET', `/api/change-filings/${f.id}`)).json();
    expect(after.revocationId).toBe(opened.json().id);
    expect(after.abilities.proposeRevocation).toBe(false);
  });

  it('returns a filing with a reason (003 第十八条 filings go to the Gansu province)', async () => {
    const res = await t.request(s['province.gs']!, 'POST', `/api/change-filings/${ids.gsFiling}/decide`, {
      ...decisionDocument(),
      outcome: 'return',
      reason: '请补充重组批复文件',
      version: 1,
    });
    expect(res.json()).toMatchObject({ status: 'returned', decisionReason: '请补充重组批复文件' });
  });
});

const PDF = Buffer.from(`%PDF-1.4\n% 变更材料 ${Date.now()}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);

function uploadEvidence(
  session: Session | null,
  filingId: string,
  name: string,
  bytes: Buffer,
  lang?: string,
) {
  const boundary = '----dtpc-change-evidence';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url: `/api/change-filings/${filingId}/evidence`,
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      ...(lang ? { 'accept-language': lang } : {}),
      ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
    },
    payload,
  });
}

/** What a refused upload must not change: stored files, the filing's materials and version, its audit entries. */
async function footprint(filingId: string) {
  const db = t.database.db;
  const [f] = await db.select({ n: count() }).from(files);
  const [row] = await db
    .select({ evidence: changeFilings.evidenceFileIds, version: changeFilings.version })
    .from(changeFilings)
    .where(eq(changeFilings.id, filingId));
  const [audits] = await db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'change_filing.attach'), eq(auditLog.targetId, filingId)));
  return { files: f!.n, evidence: row!.evidence, version: row!.version, audits: audits!.n };
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('change materials (变更材料, 000 第二十二条)', () => {
  it('stores a PDF uploaded by the filing operator by its SHA-256, audits it and lists it on the filing', async () => {
    const filed = await t.request(s['operator.1']!, 'POST', '/api/change-filings', {
      centerId: ids.sd,
      kind: 'merger',
      changeDate: daysAgo(3),
      description: '吸收合并另一家服务机构',
    });
    expect(filed.statusCode, filed.body).toBe(200);
    ids.merger = filed.json().id;
    const res = await uploadEvidence(s['operator.1']!, ids.merger!, '合并协议.pdf', PDF);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      name: '合并协议.pdf',
      mime: 'application/pdf',
      size: PDF.length,
      sha256: sha(PDF),
    });
    expect(existsSync(pathOf(sha(PDF)))).toBe(true);
    expect((await footprint(ids.merger!)).audits).toBe(1);

    for (const who of ['operator.1', 'province.sd', 'city.jinan']) {
      const view = await t.request(s[who]!, 'GET', `/api/change-filings/${ids.merger}`);
      expect(view.statusCode, who).toBe(200);
      expect(view.json().evidence.map((e: { name: string }) => e.name)).toEqual(['合并协议.pdf']);
    }
    const fileId = res.json().id as string;
    const download = await t.request(
      s['province.sd']!,
      'GET',
      `/api/change-filings/${ids.merger}/files/${fileId}`,
    );
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(String(download.headers['content-disposition'])).toContain(encodeURIComponent('合并协议.pdf'));
    expect(download.rawPayload.equals(PDF)).toBe(true);
  });

  it('refuses content that is not an accepted type, whatever its name, with a localised 415 and leaves nothing behind', async () => {
    const before = await footprint(ids.merger!);
    const exe = Buffer.from(`MZ\x90\x00 not a pdf ${Date.now()}`);
    const zh = await uploadEvidence(s['operator.1']!, ids.merger!, '营业执照.pdf', exe);
    expect(zh.statusCode).toBe(415);
    expect(zh.json()).toMatchObject({
      code: 'file.type_not_allowed',
      detail: '文件类型不允许（按内容识别）：仅支持 PDF、PNG、JPEG、DOCX、XLSX、ZIP',
    });
    const en = await uploadEvidence(s['operator.1']!, ids.merger!, 'licence.pdf', exe, 'en');
    expect(en.json().detail).toBe(
      'File type not allowed (detected from content): PDF, PNG, JPEG, DOCX, XLSX or ZIP only',
    );
    expect(await footprint(ids.merger!)).toEqual(before);
    expect(existsSync(pathOf(sha(exe)))).toBe(false);
  });

  it('refuses a file over 20 MB with a localised 413 and leaves nothing behind', async () => {
    const before = await footprint(ids.merger!);
    const big = Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024 + 1, 0x20)]);
    const res = await uploadEvidence(s['operator.1']!, ids.merger!, '扫描件.pdf', big);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'file.too_large', detail: '文件超过 20 MB 上限' });
    expect(await footprint(ids.merger!)).toEqual(before);
    expect(existsSync(pathOf(sha(big)))).toBe(false);
  });

  it('refuses another center’s operator (404), the authorities (403) and the public (401), before anything is stored', async () => {
    const before = await footprint(ids.merger!);
    // Another center's operator does not see the filing at all: not found, for reading as for uploading.
    const other = await uploadEvidence(s.otherOperator!, ids.merger!, 'x.pdf', PDF);
    expect(other.statusCode).toBe(404);
    expect((await t.request(s.otherOperator!, 'GET', `/api/change-filings/${ids.merger}`)).statusCode).toBe(
      other.statusCode,
    );
    // Authorities read and decide; they do not file materials for the center.
    expect((await uploadEvidence(s['province.sd']!, ids.merger!, 'x.pdf', PDF)).statusCode).toBe(403);
    expect((await uploadEvidence(s['city.jinan']!, ids.merger!, 'x.pdf', PDF)).statusCode).toBe(403);
    expect((await uploadEvidence(s['province.gs']!, ids.merger!, 'x.pdf', PDF)).statusCode).toBe(403);
    expect((await uploadEvidence(null, ids.merger!, 'x.pdf', PDF)).statusCode).toBe(401);
    expect(await footprint(ids.merger!)).toEqual(before);
  });

  it('hides the materials from another center’s operator and another province', async () => {
    const fileId = (await footprint(ids.merger!)).evidence[0]!;
    const url = `/api/change-filings/${ids.merger}/files/${fileId}`;
    expect((await t.request(s.otherOperator!, 'GET', url)).statusCode).toBe(404);
    expect((await t.request(s['province.gs']!, 'GET', url)).statusCode).toBe(404);
    // A file that is not among this filing's materials is not found, even for the operator.
    const foreign = `/api/change-filings/${ids.merger}/files/01900000-0000-7000-8000-000000000000`;
    expect((await t.request(s['operator.1']!, 'GET', foreign)).statusCode).toBe(404);
  });

  it('accepts no more materials once the filing is decided (409)', async () => {
    const decided = await t.request(s['province.sd']!, 'POST', `/api/change-filings/${ids.merger}/decide`, {
      ...decisionDocument(),
      outcome: 'confirm',
      reason: '合并材料齐全，予以确认',
      version: (await footprint(ids.merger!)).version,
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const before = await footprint(ids.merger!);
    const late = Buffer.from(`%PDF-1.4\n% 补充材料 ${Date.now()}\n%%EOF\n`);
    const res = await uploadEvidence(s['operator.1']!, ids.merger!, '补充.pdf', late);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('conflict.illegal_transition');
    expect(await footprint(ids.merger!)).toEqual(before);
    expect(existsSync(pathOf(sha(late)))).toBe(false);
  });
});

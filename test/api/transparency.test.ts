/**
 * The public transparency log end to end: signed tree heads anyone can check, an inclusion proof for a
 * recognition decision, an audit row altered in the database ("the node rewrote history") caught by the
 * proof, consistency between heads, and a log restored from an old backup caught by consistency.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditSigningKey } from '../../src/app/audit-checkpoints.ts';
import { publishTreeHead } from '../../src/app/transparency.ts';
import type {
  ConsistencyProofView,
  DecisionProofView,
  LogEntryView,
  SignedTreeHeadView,
} from '../../src/contracts/transparency.ts';
import { auditLog } from '../../src/db/schema/index.ts';
import { checkConsistency, checkDecisionProof, checkTreeHead } from '../../src/domain/transparency/verify.ts';
import { makeDirectoryCenter } from '../factories/directory.ts';
import { decisionDocument, makeTwiceFailingCenter } from '../factories/management.ts';
import { createTestApp, type TestApp } from '../support/api.ts';

const BASE = '/api/transparency/v1';
let t: TestApp;
let dir: string;
const previousFile = process.env.DTPC_AUDIT_CHECKPOINT_FILE;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dtpc-transparency-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  if (previousFile === undefined) {
    delete process.env.DTPC_AUDIT_CHECKPOINT_FILE;
  } else {
    process.env.DTPC_AUDIT_CHECKPOINT_FILE = previousFile;
  }
});
beforeEach(async (context) => {
  process.env.DTPC_AUDIT_CHECKPOINT_FILE = join(dir, `${context.task.id}.jsonl`);
  t = await createTestApp();
});
afterEach(async () => t.close());

async function get<T>(url: string): Promise<T> {
  const res = await t.request(null, 'GET', `${BASE}${url}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
}

/** What a database superuser can do: switch the append-only triggers off. */
async function bypassTriggers(): Promise<void> {
  for (const table of ['audit_log', 'transparency_nodes', 'transparency_tree_heads']) {
    await t.database.db.execute(sql.raw(`alter table ${table} disable trigger user`));
  }
}

async function someLogins(n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    await t.login(i % 2 === 0 ? 'province.sd' : 'city.jinan');
  }
}

describe('transparency log', () => {
  it('publishes a signed tree head anyone can verify with the installation key, and only when the log grew', async () => {
    expect((await t.request(null, 'GET', `${BASE}/sth`)).statusCode).toBe(404);
    const national = await t.login('national');
    const published = await t.request(national, 'POST', `${BASE}/sth`);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ published: true });
    const head = await get<SignedTreeHeadView>('/sth');
    expect(head.treeSize).toBeGreaterThan(0);
    expect(head.publicKey).toBe(auditSigningKey().publicKey);
    expect(checkTreeHead(head, auditSigningKey().publicKey)).toEqual({ ok: true, problem: null });
    expect(await get<SignedTreeHeadView>(`/sth/${head.treeSize}`)).toEqual(head);
    // Nothing new was logged (reading is not audited): the same head comes back.
    expect(await publishTreeHead(t.database.db)).toEqual({ published: false, treeHead: head });
    // Publishing needs an administrator.
    expect((await t.request(null, 'POST', `${BASE}/sth`)).statusCode).toBe(401);
  });

  it('proves a recognition decision, reveals only published decisions, and fails once the row is altered', async () => {
    const centerId = await makeDirectoryCenter(t.database.db, { name: '透明日志测试促进中心' });
    await t.login('province.sd');
    // Not in a signed head yet: the API says so instead of proving against a head that lacks it.
    await publishTreeHead(t.database.db);
    await makeDirectoryCenter(t.database.db, { name: '尚未签名的促进中心' }).then(async (laterId) => {
      const res = await t.request(null, 'GET', `${BASE}/decisions/${laterId}`);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'transparency.not_yet_logged' });
    });
    await publishTreeHead(t.database.db);

    const proof = await get<DecisionProofView>(`/decisions/${centerId}?kind=recognition`);
    expect(proof).toMatchObject({
      decisionKind: 'recognition',
      decisionId: centerId,
      record: { action: 'directory.enter', targetId: centerId, detail: { name: '透明日志测试促进中心' } },
    });
    expect(checkDecisionProof(proof, auditSigningKey().publicKey)).toEqual({ ok: true, problem: null });
    // The same through the generic endpoints: the entry shows the record, the proof its path.
    const entry = await get<LogEntryView>(`/entries/${proof.leafIndex}`);
    expect(entry.record).toEqual(proof.record);
    const inclusion = await get<{ leafHash: string; auditPath: string[] }>(
      `/proof/inclusion?leafIndex=${proof.leafIndex}&treeSize=${proof.treeHead.treeSize}`,
    );
    expect(inclusion.auditPath).toEqual(proof.auditPath);
    // A login is not a published decision: its leaf is public only as a hash, no actor, no IP.
    const [login] = await t.database.db
      .select({ seq: auditLog.seq })
      .from(auditLog)
      .where(eq(auditLog.action, 'auth.login'))
      .limit(1);
    const hidden = await t.request(null, 'GET', `${BASE}/entries/${login!.seq - 1}`);
    expect(hidden.json()).toMatchObject({ decisionKind: null, record: null });
    expect(hidden.body).not.toContain('province.sd');

    // The node rewrites history: the decision's row is edited in the database.
    await bypassTriggers();
    await t.database.db.execute(
      sql`update audit_log set detail = jsonb_set(detail, '{name}', '"被改写的促进中心"') where seq = ${proof.record.seq}`,
    );
    const after = await get<DecisionProofView>(`/decisions/${centerId}`);
    expect(after.record.detail).toMatchObject({ name: '被改写的促进中心' });
    expect(checkDecisionProof(after, auditSigningKey().publicKey)).toEqual({
      ok: false,
      problem: 'inclusion_invalid',
    });
    // Publishing again does not launder the edit: the tree keeps the leaf as first logged.
    await t.login('city.jinan');
    await publishTreeHead(t.database.db);
    const republished = await get<DecisionProofView>(`/decisions/${centerId}`);
    expect(republished.treeHead.treeSize).toBeGreaterThan(proof.treeHead.treeSize);
    expect(checkDecisionProof(republished).ok).toBe(false);
  });

  it('proves a revocation decided through the API, reached from the directory history row', async () => {
    const centerId = await makeTwiceFailingCenter(t.database.db, {
      name: '透明日志撤销测试中心',
      regionCode: '370102',
    });
    const province = await t.login('province.sd');
    expect((await t.request(province, 'POST', '/api/revocations/scan')).statusCode).toBe(200);
    const list = await t.request(province, 'GET', `/api/revocations?centerId=${centerId}`);
    const revocation = list.json().items[0] as { id: string; version: number };
    const decided = await t.request(province, 'POST', `/api/revocations/${revocation.id}/decide`, {
      ...decisionDocument(),
      outcome: 'revoke',
      reason: '连续两年评价不合格',
      version: revocation.version,
    });
    expect(decided.statusCode, decided.body).toBe(200);
    await publishTreeHead(t.database.db);
    const directory = (await t.request(null, 'GET', `/api/directory/${centerId}`)).json<{
      history: { status: string; source: string; sourceId: string | null }[];
    }>();
    const row = directory.history.find((h) => h.status === 'revoked')!;
    expect(row).toMatchObject({ source: 'revocation', sourceId: revocation.id });
    const proof = await get<DecisionProofView>(`/decisions/${row.sourceId}?kind=revocation`);
    expect(proof).toMatchObject({ decisionKind: 'revocation', record: { action: 'revocation.revoke' } });
    expect(checkDecisionProof(proof, auditSigningKey().publicKey).ok).toBe(true);
    // The same id is not a recognition.
    expect(
      (await t.request(null, 'GET', `${BASE}/decisions/${revocation.id}?kind=recognition`)).statusCode,
    ).toBe(404);
  });

  it('proves consistency between two heads, and fails loudly for a log restored from an old backup', async () => {
    await someLogins(3);
    const first = (await publishTreeHead(t.database.db)).treeHead;
    await someLogins(5);
    const second = (await publishTreeHead(t.database.db)).treeHead;
    const proof = await get<ConsistencyProofView>(
      `/proof/consistency?first=${first.treeSize}&second=${second.treeSize}`,
    );
    expect(checkConsistency(first, second, proof.consistencyPath)).toEqual({ ok: true, problem: null });
    const same = await get<ConsistencyProofView>(
      `/proof/consistency?first=${second.treeSize}&second=${second.treeSize}`,
    );
    expect(same.consistencyPath).toEqual([]);
    expect(checkConsistency(second, second, same.consistencyPath).ok).toBe(true);

    // Restored from a backup taken before `first`: the newer entries, tree and heads are gone.
    await bypassTriggers();
    const keep = first.treeSize - 2;
    await t.database.db.execute(sql`delete from audit_log where seq > ${keep}`);
    await t.database.db.execute(sql`delete from transparency_nodes`);
    await t.database.db.execute(sql`delete from transparency_tree_heads`);
    // Right after the restore the log is smaller than a head the public has seen: a rollback.
    const restored = (await publishTreeHead(t.database.db)).treeHead;
    expect(checkTreeHead(restored).ok).toBe(true);
    expect(checkConsistency(second, restored, [])).toEqual({ ok: false, problem: 'rolled_back' });
    // Life goes on and the log grows past the old size with other entries: the proof cannot link them.
    await someLogins(8);
    const regrown = (await publishTreeHead(t.database.db)).treeHead;
    expect(regrown.treeSize).toBeGreaterThan(second.treeSize);
    const forked = await get<ConsistencyProofView>(
      `/proof/consistency?first=${second.treeSize}&second=${regrown.treeSize}`,
    );
    expect(checkConsistency(second, regrown, forked.consistencyPath)).toEqual({
      ok: false,
      problem: 'consistency_invalid',
    });
  });

  it('answers bad input with problem+json naming the field, in Chinese, never a 5xx', async () => {
    await publishTreeHead(t.database.db);
    const head = await get<SignedTreeHeadView>('/sth');
    const cases: [string, number, string, string][] = [
      ['/proof/inclusion?leafIndex=abc', 400, 'request.validation', 'leafIndex'],
      ['/proof/inclusion?leafIndex=-1', 400, 'request.validation', 'leafIndex'],
      [`/proof/inclusion?leafIndex=${head.treeSize}`, 400, 'transparency.beyond_tree', 'leafIndex'],
      [
        `/proof/inclusion?leafIndex=0&treeSize=${head.treeSize + 1000}`,
        400,
        'transparency.tree_size_unknown',
        'treeSize',
      ],
      ['/proof/inclusion?leafIndex=0&treeSize=0', 400, 'request.validation', 'treeSize'],
      ['/proof/consistency?first=0&second=3', 400, 'request.validation', 'first'],
      ['/proof/consistency?first=5&second=3', 400, 'transparency.sizes_order', 'first'],
      ['/proof/consistency?first=1', 400, 'request.validation', 'second'],
      [
        `/proof/consistency?first=1&second=${head.treeSize + 1000}`,
        400,
        'transparency.tree_size_unknown',
        'second',
      ],
      ['/proof/consistency?first=1&second=99999999999999999999', 400, 'request.validation', 'second'],
      ['/sth/abc', 400, 'request.validation', 'treeSize'],
      ['/sth/987654', 404, 'not_found', ''],
      [`/entries/${head.treeSize}`, 400, 'transparency.beyond_tree', 'index'],
      ['/decisions/not-a-uuid', 400, 'request.validation', 'decisionId'],
      ['/decisions/0193a0c0-0000-7000-8000-000000000000', 404, 'not_found', ''],
      ['/decisions/0193a0c0-0000-7000-8000-000000000000?kind=award', 400, 'request.validation', 'kind'],
    ];
    for (const [url, status, code, field] of cases) {
      const res = await t.request(null, 'GET', `${BASE}${url}`);
      expect(res.statusCode, url).toBe(status);
      expect(res.headers['content-type'], url).toContain('application/problem+json');
      const problem = res.json<{ code: string; detail: string; errors?: { field: string }[] }>();
      expect(problem.code, url).toBe(code);
      expect(problem.detail, url).toMatch(/[\u4e00-\u9fff]/);
      if (field) {
        expect(
          problem.errors?.map((e) => e.field),
          url,
        ).toContain(field);
      }
    }
    const notFound = await t.request(null, 'GET', `${BASE}/decisions/0193a0c0-0000-7000-8000-000000000000`);
    expect(notFound.json().detail).toBe('未找到该已公开的决定');
  });
});

/**
 * The hub witnesses its nodes' transparency logs (#12): on each harvest it verifies the node's signed tree
 * head and its consistency with the last head it co-signed, co-signs it, and publishes the co-signed heads.
 * A node restored from an old backup (its log rolled back), and then grown again with other entries (its
 * history rewritten), fails the hub's harvest loudly — twice, for the two reasons.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { publishTreeHead } from '../../src/app/transparency.ts';
import { harvestNode } from '../../src/app/federation/harvest.ts';
import { cosignatureValid, type SignedTreeHead } from '../../src/domain/transparency/tree-head.ts';
import type { NodeView } from '../../src/contracts/federation.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';

let hub: TestApp;
let node: TestApp;
let admin: Session;
let nodeId: string;

async function someLogins(n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    await node.login(i % 2 === 0 ? 'province.sd' : 'city.jinan');
  }
}

async function nodeView(): Promise<NodeView> {
  const list = (await hub.request(admin, 'GET', '/api/federation/nodes')).json() as { items: NodeView[] };
  return list.items.find((n) => n.id === nodeId)!;
}

beforeAll(async () => {
  hub = await createTestApp();
  node = await createTestApp();
  await node.database.db.execute(
    sql`update federation_feed_state set feed_id = gen_random_uuid(), region_code = '370000'`,
  );
  const url = await node.app.listen({ port: 0, host: '127.0.0.1' });
  admin = await hub.login('national');
  const res = await hub.request(admin, 'POST', '/api/federation/nodes', {
    name: '山东省节点',
    baseUrl: url,
    regionCode: '370000',
  });
  expect(res.statusCode, res.body).toBe(201);
  nodeId = (res.json() as NodeView).id;
}, 120_000);

afterAll(async () => {
  await Promise.all([hub?.close(), node?.close()]);
});

describe('the hub as a witness of its nodes’ logs', () => {
  let first: SignedTreeHead;
  let second: SignedTreeHead;

  it('verifies and co-signs the node’s head, taking its key on first use, and publishes the co-signed head', async () => {
    await someLogins(3);
    first = (await publishTreeHead(node.database.db)).treeHead;
    const run = await harvestNode(hub.database.db, nodeId);
    expect(run.status, run.error ?? '').toBe('succeeded');
    expect(run.witness).toEqual({ kind: 'cosigned', treeSize: first.treeSize });
    const view = await nodeView();
    expect(view).toMatchObject({
      witnessedTreeSize: first.treeSize,
      witnessError: null,
      publicKey: first.publicKey,
    });

    const res = await hub.request(null, 'GET', `/api/federation/v1/witness?logKey=${first.publicKey}`);
    expect(res.statusCode, res.body).toBe(200);
    const [item] = (res.json() as { items: { nodeName: string; head: SignedTreeHead }[] }).items;
    expect(item!.nodeName).toBe('山东省节点');
    expect(item!.head).toMatchObject({
      treeSize: first.treeSize,
      rootHash: first.rootHash,
      signature: first.signature,
    });
    expect(cosignatureValid(item!.head, item!.head.witnesses![0]!)).toBe(true);
    // The co-signature vouches for that head only.
    expect(cosignatureValid({ ...item!.head, rootHash: '0'.repeat(64) }, item!.head.witnesses![0]!)).toBe(
      false,
    );
  });

  it('co-signs a grown log after proving it consistent, and does nothing new while it is unchanged', async () => {
    await someLogins(4);
    second = (await publishTreeHead(node.database.db)).treeHead;
    const run = await harvestNode(hub.database.db, nodeId);
    expect(run.witness).toEqual({ kind: 'cosigned', treeSize: second.treeSize });
    const again = await harvestNode(hub.database.db, nodeId);
    expect(again.witness).toEqual({ kind: 'unchanged', treeSize: second.treeSize });
    const res = await hub.request(null, 'GET', `/api/federation/v1/witness?logKey=${second.publicKey}`);
    expect((res.json() as { items: { head: SignedTreeHead }[] }).items.map((i) => i.head.treeSize)).toEqual([
      second.treeSize,
      first.treeSize,
    ]);
  });

  it('fails the harvest loudly when the node’s log was rolled back, then rewritten', async () => {
    // What a restore from an old backup does (a superuser switches the append-only triggers off).
    for (const table of ['audit_log', 'transparency_nodes', 'transparency_tree_heads']) {
      await node.database.db.execute(sql.raw(`alter table ${table} disable trigger user`));
    }
    await node.database.db.execute(sql`delete from audit_log where seq > ${first.treeSize - 1}`);
    await node.database.db.execute(sql`delete from transparency_nodes`);
    await node.database.db.execute(sql`delete from transparency_tree_heads`);
    await publishTreeHead(node.database.db);
    const rolledBack = await harvestNode(hub.database.db, nodeId);
    expect(rolledBack.status).toBe('failed');
    expect(rolledBack.witness).toMatchObject({ kind: 'failed', reason: 'rolled_back' });
    expect(rolledBack.error).toContain('回退');
    expect((await nodeView()).witnessError).toContain('回退');

    await someLogins(12);
    const regrown = (await publishTreeHead(node.database.db)).treeHead;
    expect(regrown.treeSize).toBeGreaterThan(second.treeSize);
    const rewritten = await harvestNode(hub.database.db, nodeId);
    expect(rewritten.status).toBe('failed');
    expect(rewritten.witness).toMatchObject({ kind: 'failed', reason: 'inconsistent' });
    expect((await nodeView()).witnessError).toContain('改写');
    // The hub never co-signed the rewritten history.
    const res = await hub.request(null, 'GET', `/api/federation/v1/witness?logKey=${regrown.publicKey}`);
    expect((res.json() as { items: { head: SignedTreeHead }[] }).items[0]!.head.treeSize).toBe(
      second.treeSize,
    );
  });

  it('refuses a malformed log key with a field-named problem', async () => {
    const res = await hub.request(null, 'GET', '/api/federation/v1/witness?logKey=abc');
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('logKey');
  });
});

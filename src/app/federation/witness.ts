/**
 * The hub as a witness of its nodes' transparency logs (docs/transparency.md, RFC 9162 §8.2 and the
 * witness practice of Certificate Transparency / sigsum): on each harvest the hub fetches the node's
 * latest signed tree head, checks its SM2 signature against the key registered for the node (trust on
 * first use when none was registered, recorded), proves it consistent with the last head it co-signed,
 * and co-signs it. A node that rolls its log back or rewrites it cannot produce a consistent head again:
 * the hub records the failure loudly on the node and stops co-signing.
 */
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { federationNodes, federationWitnessedHeads } from '../../db/schema/index.ts';
import { consistencyProofSchema, signedTreeHeadSchema } from '../../contracts/transparency.ts';
import { verifyConsistency } from '../../domain/transparency/merkle.ts';
import {
  cosignTreeHead,
  treeHeadSignatureValid,
  type SignedTreeHead,
  type WitnessCosignature,
} from '../../domain/transparency/tree-head.ts';
import { auditSigningKey } from '../audit-checkpoints.ts';
import type { FederationNode } from './harvest.ts';

export type WitnessOutcome =
  | { kind: 'cosigned'; treeSize: number }
  | { kind: 'unchanged'; treeSize: number }
  | { kind: 'no_log' }
  | {
      kind: 'failed';
      reason: 'unreachable' | 'bad_signature' | 'wrong_key' | 'rolled_back' | 'inconsistent';
      message: string;
    };

const MESSAGES = {
  unreachable: '无法读取节点的签名树头',
  bad_signature: '节点树头的签名无效',
  wrong_key: '节点树头不是用登记的公钥签署的',
  rolled_back: '节点日志比已见证的树头更短：日志被回退（例如从旧备份恢复）',
  inconsistent: '节点日志与已见证的树头不一致：已公开的历史被改写',
} as const;

function fail(reason: keyof typeof MESSAGES, detail = ''): WitnessOutcome {
  return { kind: 'failed', reason, message: `${MESSAGES[reason]}${detail}` };
}

async function fetchJson<T>(
  fetcher: typeof fetch,
  url: string,
  schema: z.ZodType<T>,
): Promise<T | 'absent' | null> {
  try {
    const res = await fetcher(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(30_000),
    });
    if (res.status === 404) {
      return 'absent';
    }
    if (!res.ok) {
      return null;
    }
    const parsed = schema.safeParse(await res.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Verifies the node's newest head against what this hub saw before and co-signs it. */
export async function witnessNode(
  db: Db,
  node: FederationNode,
  options: { fetch?: typeof fetch; now?: () => Date } = {},
): Promise<WitnessOutcome> {
  const fetcher = options.fetch ?? fetch;
  const now = options.now ?? (() => new Date());
  const base = `${node.baseUrl}/api/transparency/v1`;
  const fetched = await fetchJson(fetcher, `${base}/sth`, signedTreeHeadSchema);
  const outcome = await (async (): Promise<WitnessOutcome> => {
    if (fetched === 'absent') {
      return { kind: 'no_log' };
    }
    if (fetched === null) {
      return fail('unreachable');
    }
    const head: SignedTreeHead = { ...fetched, witnesses: undefined };
    if (!treeHeadSignatureValid(head)) {
      return fail('bad_signature');
    }
    if (node.publicKey && node.publicKey.toLowerCase() !== head.publicKey.toLowerCase()) {
      return fail('wrong_key');
    }
    const [last] = await db
      .select()
      .from(federationWitnessedHeads)
      .where(eq(federationWitnessedHeads.nodeId, node.id))
      .orderBy(desc(federationWitnessedHeads.treeSize))
      .limit(1);
    if (last) {
      if (head.treeSize < last.treeSize) {
        return fail('rolled_back', `（已见证 ${last.treeSize} 条，现为 ${head.treeSize} 条）`);
      }
      if (head.treeSize === last.treeSize) {
        return head.rootHash === last.rootHash
          ? { kind: 'unchanged', treeSize: head.treeSize }
          : fail('inconsistent', `（同为 ${head.treeSize} 条，根哈希不同）`);
      }
      const proof = await fetchJson(
        fetcher,
        `${base}/proof/consistency?first=${last.treeSize}&second=${head.treeSize}`,
        consistencyProofSchema,
      );
      if (proof === null || proof === 'absent') {
        return fail('inconsistent', '（节点未能给出一致性证明）');
      }
      if (
        !verifyConsistency(last.treeSize, head.treeSize, last.rootHash, head.rootHash, proof.consistencyPath)
      ) {
        return fail('inconsistent', `（${last.treeSize} → ${head.treeSize} 条的一致性证明不成立）`);
      }
    }
    const at = now();
    const cosignature: WitnessCosignature = cosignTreeHead(head, auditSigningKey(), at.toISOString());
    await db.transaction(async (tx) => {
      await tx
        .insert(federationWitnessedHeads)
        .values({
          nodeId: node.id,
          treeSize: head.treeSize,
          rootHash: head.rootHash,
          logPublicKey: head.publicKey.toLowerCase(),
          head: { ...head },
          cosignature: { ...cosignature },
          witnessedAt: at,
        })
        .onConflictDoNothing();
      if (!node.publicKey) {
        // Trust on first use: the key of the first head verified becomes the node's registered key.
        await tx
          .update(federationNodes)
          .set({ publicKey: head.publicKey })
          .where(eq(federationNodes.id, node.id));
      }
    });
    return { kind: 'cosigned', treeSize: head.treeSize };
  })();
  await db
    .update(federationNodes)
    .set(
      outcome.kind === 'failed'
        ? { witnessError: outcome.message }
        : outcome.kind === 'no_log'
          ? { witnessError: null }
          : { witnessError: null, witnessedTreeSize: outcome.treeSize },
    )
    .where(eq(federationNodes.id, node.id));
  return outcome;
}

export const witnessedHeadSchema = z.object({
  nodeName: z.string(),
  regionCode: z.string(),
  head: signedTreeHeadSchema,
  witnessedAt: z.iso.datetime(),
});

/** The heads this hub co-signed for a log (by the log's public key), newest first, with the co-signature. */
export async function witnessedHeads(db: Db, logPublicKey: string, limit: number) {
  const rows = await db
    .select({
      w: federationWitnessedHeads,
      name: federationNodes.name,
      regionCode: federationNodes.regionCode,
    })
    .from(federationWitnessedHeads)
    .innerJoin(federationNodes, eq(federationNodes.id, federationWitnessedHeads.nodeId))
    .where(eq(federationWitnessedHeads.logPublicKey, logPublicKey.toLowerCase()))
    .orderBy(desc(federationWitnessedHeads.treeSize))
    .limit(limit);
  return rows.map(({ w, name, regionCode }) => ({
    nodeName: name,
    regionCode,
    head: {
      ...(w.head as unknown as SignedTreeHead),
      witnesses: [w.cosignature as unknown as WitnessCosignature],
    },
    witnessedAt: w.witnessedAt.toISOString(),
  }));
}

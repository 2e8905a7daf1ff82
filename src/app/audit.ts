/** Appends to and verifies the audit chain. Every state change calls `appendAudit` inside its transaction. */
import { asc, desc, gt, inArray, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../db/client.ts';
import { auditLog } from '../db/schema/index.ts';
import {
  GENESIS_HASH,
  entryHash,
  stateDigest,
  verifyRun,
  type ChainProblem,
  type HashAlgorithm,
} from '../domain/audit/chain.ts';
import { checkAgainstCheckpoints } from '../domain/audit/checkpoint.ts';
import type { AnyActor } from './actor.ts';
import { auditSigningKey, loadCheckpoints } from './audit-checkpoints.ts';

/** SM3 unless DTPC_AUDIT_HASH=sha256 is configured. */
export function auditAlgorithm(): HashAlgorithm {
  return process.env.DTPC_AUDIT_HASH === 'sha256' ? 'sha256' : 'sm3';
}

// Appends are serialised by this transaction-scoped advisory lock, so seq and prev_hash never fork.
const AUDIT_LOCK_KEY = 727_2260;

export interface AuditInput {
  action: string;
  targetType: string;
  targetId?: string | null;
  /** Region the target belongs to (for jurisdiction-scoped reading of the log). */
  scopeRegion?: string | null;
  before?: unknown;
  after?: unknown;
  /** A short, non-personal description shown in the log. */
  detail?: Record<string, unknown>;
}

/** Appends one entry to the chain; call it inside the transaction that makes the change. */
export async function appendAudit(tx: Db, actor: AnyActor, input: AuditInput): Promise<void> {
  const algorithm = auditAlgorithm();
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const [last] = await tx
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  const fields = {
    seq: (last?.seq ?? 0) + 1,
    id: uuidv7(),
    at: new Date().toISOString(),
    actorUserId: actor.kind === 'user' ? actor.userId : null,
    actorLabel: actor.kind === 'user' ? actor.username : `system:${actor.label}`,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId ?? null,
    ip: actor.ip,
    scopeRegion: input.scopeRegion ?? null,
    beforeDigest: stateDigest(input.before, algorithm),
    afterDigest: stateDigest(input.after, algorithm),
    detail: input.detail ?? {},
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = entryHash(prevHash, fields, algorithm);
  await tx.insert(auditLog).values({ ...fields, algorithm, prevHash, hash });
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  algorithm: HashAlgorithm;
  checkpoints: number;
  lastCheckpointSeq: number | null;
  firstProblem: ChainProblem | null;
}

/**
 * Walks the whole chain in seq order and reports the first altered, missing or unlinked entry; then compares
 * the chain with the signed checkpoints (database and file) to catch a cut-off or recomputed chain.
 */
export async function verifyAuditChain(
  db: Db,
  onProgress?: (checked: number, total: number) => void,
): Promise<VerifyResult> {
  const checkpoints = await loadCheckpoints(db);
  const known = {
    checkpoints: checkpoints.length,
    lastCheckpointSeq: checkpoints.length > 0 ? Math.max(...checkpoints.map((c) => c.seq)) : null,
  };
  const chain = await verifyChainLinks(db, onProgress);
  if (!chain.ok || checkpoints.length === 0) {
    return { ...chain, ...known };
  }
  const seqs = [...new Set(checkpoints.map((c) => c.seq))];
  const stored = new Map<number, string>();
  for (let i = 0; i < seqs.length; i += 1000) {
    const rows = await db
      .select({ seq: auditLog.seq, hash: auditLog.hash })
      .from(auditLog)
      .where(inArray(auditLog.seq, seqs.slice(i, i + 1000)));
    for (const r of rows) {
      stored.set(r.seq, r.hash);
    }
  }
  const [last] = await db.select({ seq: auditLog.seq }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  const problem = checkAgainstCheckpoints(
    checkpoints,
    (seq) => stored.get(seq),
    last?.seq ?? 0,
    new Set([auditSigningKey().publicKey]),
  );
  return { ...chain, ...known, ok: problem === null, firstProblem: problem };
}

async function verifyChainLinks(
  db: Db,
  onProgress?: (checked: number, total: number) => void,
): Promise<Omit<VerifyResult, 'checkpoints' | 'lastCheckpointSeq'>> {
  const [{ total } = { total: 0 }] = await db.select({ total: sql<number>`count(*)::int` }).from(auditLog);
  let state = { expectedSeq: 1, prevHash: GENESIS_HASH };
  let checked = 0;
  let afterSeq = 0;
  const batch = 2000;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, afterSeq))
      .orderBy(asc(auditLog.seq))
      .limit(batch);
    if (rows.length === 0) {
      break;
    }
    const { problem, next } = verifyRun(rows, state);
    if (problem) {
      return {
        ok: false,
        checked: checked + (problem.seq - state.expectedSeq),
        algorithm: auditAlgorithm(),
        firstProblem: problem,
      };
    }
    state = next;
    checked += rows.length;
    afterSeq = rows[rows.length - 1]!.seq;
    onProgress?.(checked, Number(total));
  }
  return { ok: true, checked, algorithm: auditAlgorithm(), firstProblem: null };
}

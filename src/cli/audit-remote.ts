/**
 * `dtpc audit verify --remote <url>`: checks another installation's transparency log without its database,
 * as a CT monitor would (RFC 9162 §8.3): the latest signed tree head's SM2 signature, that it extends the
 * head this verifier saw last (consistency proof), and optionally that a published decision is in it
 * (inclusion proof). The last good head per log is kept in a state file, so a log that is rolled back or
 * rewritten between two runs is caught; a failed run leaves the state alone (it is the evidence).
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import {
  consistencyProofSchema,
  decisionProofSchema,
  signedTreeHeadSchema,
  type SignedTreeHeadView,
} from '../contracts/transparency.ts';
import {
  checkConsistency,
  checkDecisionProof,
  checkTreeHead,
  type VerdictProblem,
} from '../domain/transparency/verify.ts';

/** Where the last verified heads are kept unless --state says otherwise. */
export function defaultStatePath(): string {
  return resolve(process.env.DTPC_VERIFY_STATE ?? join(homedir(), '.dtpc', 'transparency-state.json'));
}

const stateSchema = z.object({
  logs: z.record(
    z.string(),
    z.object({ publicKey: z.string(), treeHead: signedTreeHeadSchema, verifiedAt: z.string() }),
  ),
});
type State = z.infer<typeof stateSchema>;

export type RemoteProblem = VerdictProblem | 'unreachable' | 'bad_response' | 'decision_not_found';

export interface RemoteReport {
  ok: boolean;
  remote: string;
  treeHead: Pick<SignedTreeHeadView, 'treeSize' | 'rootHash' | 'timestamp' | 'publicKey'> | null;
  previous: Pick<SignedTreeHeadView, 'treeSize' | 'rootHash' | 'timestamp'> | null;
  checks: {
    signature: 'ok' | 'failed' | 'skipped';
    consistency: 'ok' | 'first_seen' | 'failed' | 'skipped';
    decision?: 'ok' | 'failed' | 'skipped';
  };
  decision?: { id: string; kind: string; leafIndex: number; action: string } | null;
  problem: { kind: RemoteProblem; detail: string } | null;
  state: string;
}

const details: Record<RemoteProblem, string> = {
  signature_invalid: '签名树头的 SM2 签名无效',
  untrusted_key: '签名树头不是由此前见过（或指定）的公钥签署的',
  leaf_mismatch: '决定记录与其日志序号不符',
  inclusion_invalid: '包含证明不成立：该决定的记录与已签名的日志不一致（记录可能被改写）',
  consistency_invalid: '一致性证明不成立：新的树头不是此前树头的延续（日志历史被改写）',
  rolled_back: '日志比此前见过的树头更短：日志被回滚或从旧备份恢复',
  malformed: '记录格式有误，无法计算叶哈希',
  unreachable: '无法连接远程节点',
  bad_response: '远程节点的应答不符合接口约定',
  decision_not_found: '远程节点上找不到该已公开的决定，或它尚未纳入签名树头',
};

export interface RemoteOptions {
  remote: string;
  statePath?: string;
  decision?: string;
  /** Pin the log's public key instead of trusting the one first seen. */
  trustKey?: string;
  fetch?: typeof fetch;
}

class RemoteFailure extends Error {
  constructor(
    readonly kind: RemoteProblem,
    detail?: string,
  ) {
    super(detail ?? details[kind]);
  }
}

async function getJson<T>(
  fetcher: typeof fetch,
  url: string,
  schema: z.ZodType<T>,
  notFound?: RemoteProblem,
): Promise<T> {
  let res: Response;
  try {
    res = await fetcher(url, { headers: { accept: 'application/json' } });
  } catch (error) {
    throw new RemoteFailure('unreachable', `${details.unreachable}：${(error as Error).message}`);
  }
  if (res.status === 404 && notFound) {
    throw new RemoteFailure(notFound);
  }
  if (!res.ok) {
    throw new RemoteFailure('bad_response', `${details.bad_response}：${url} 返回 ${res.status}`);
  }
  const parsed = schema.safeParse(await res.json().catch(() => null));
  if (!parsed.success) {
    throw new RemoteFailure('bad_response', `${details.bad_response}：${url}`);
  }
  return parsed.data;
}

async function readState(path: string): Promise<State> {
  try {
    return stateSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { logs: {} };
    }
    throw new Error(`状态文件 ${path} 无法读取或格式有误：${(error as Error).message}`, { cause: error });
  }
}

async function writeState(path: string, state: State): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  // Write then rename: a crash never leaves a half-written state that would forget the last head.
  const temporary = `${path}.tmp-${process.pid}`;
  await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, path);
}

/** Runs the remote checks; never throws for a bad remote — the report says what failed. */
export async function verifyRemoteLog(options: RemoteOptions): Promise<RemoteReport> {
  const fetcher = options.fetch ?? fetch;
  const remote = new URL(options.remote).origin;
  const base = `${remote}/api/transparency/v1`;
  const statePath = resolve(options.statePath ?? defaultStatePath());
  const state = await readState(statePath);
  const known = state.logs[remote];
  const report: RemoteReport = {
    ok: false,
    remote,
    treeHead: null,
    previous: known
      ? {
          treeSize: known.treeHead.treeSize,
          rootHash: known.treeHead.rootHash,
          timestamp: known.treeHead.timestamp,
        }
      : null,
    checks: {
      signature: 'skipped',
      consistency: 'skipped',
      ...(options.decision ? { decision: 'skipped' as const } : {}),
    },
    problem: null,
    state: statePath,
  };
  try {
    const head = await getJson(fetcher, `${base}/sth`, signedTreeHeadSchema);
    report.treeHead = {
      treeSize: head.treeSize,
      rootHash: head.rootHash,
      timestamp: head.timestamp,
      publicKey: head.publicKey,
    };
    const signature = checkTreeHead(head, options.trustKey ?? known?.publicKey);
    report.checks.signature = signature.ok ? 'ok' : 'failed';
    if (!signature.ok) {
      throw new RemoteFailure(signature.problem!);
    }
    if (known) {
      const previous = known.treeHead;
      let proof: string[] = [];
      if (head.treeSize > previous.treeSize && previous.treeSize > 0) {
        const url = `${base}/proof/consistency?first=${previous.treeSize}&second=${head.treeSize}`;
        proof = (await getJson(fetcher, url, consistencyProofSchema)).consistencyPath;
      }
      const consistency = checkConsistency(previous, head, proof);
      report.checks.consistency = consistency.ok ? 'ok' : 'failed';
      if (!consistency.ok) {
        throw new RemoteFailure(consistency.problem!);
      }
    } else {
      report.checks.consistency = 'first_seen';
    }
    if (options.decision) {
      const url = `${base}/decisions/${encodeURIComponent(options.decision)}?treeSize=${head.treeSize}`;
      const proof = await getJson(fetcher, url, decisionProofSchema, 'decision_not_found');
      report.decision = {
        id: options.decision,
        kind: proof.decisionKind,
        leafIndex: proof.leafIndex,
        action: proof.record.action,
      };
      // The proof must be against the head just verified, not one the remote picked.
      const sameHead = proof.treeHead.rootHash === head.rootHash && proof.treeHead.treeSize === head.treeSize;
      const inclusion = sameHead
        ? checkDecisionProof(proof, head.publicKey)
        : { ok: false, problem: 'inclusion_invalid' as const };
      report.checks.decision = inclusion.ok ? 'ok' : 'failed';
      if (!inclusion.ok) {
        throw new RemoteFailure(inclusion.problem!);
      }
    }
    report.ok = true;
    state.logs[remote] = { publicKey: head.publicKey, treeHead: head, verifiedAt: new Date().toISOString() };
    await writeState(statePath, state);
  } catch (error) {
    if (!(error instanceof RemoteFailure)) {
      throw error;
    }
    report.problem = { kind: error.kind, detail: error.message };
  }
  return report;
}

/** Exit code of a report: 0 verified, 1 the log failed a check, 3 the remote could not be checked. */
export function exitCodeOf(report: RemoteReport): number {
  if (report.ok) {
    return 0;
  }
  return report.problem?.kind === 'unreachable' || report.problem?.kind === 'bad_response' ? 3 : 1;
}

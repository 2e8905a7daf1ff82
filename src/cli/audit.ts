/** `dtpc audit verify`: walks the hash chain and reports the first altered or missing record. */
import type { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { verifyAuditChain } from '../app/audit.ts';
import { checkpointFile, writeCheckpoint } from '../app/audit-checkpoints.ts';
import { exitCodeOf, verifyRemoteLog } from './audit-remote.ts';
import { withDatabase } from './database.ts';
import { PolicyInputError, runCliAction } from './policy.ts';

interface AuditVerifyOptions {
  json?: boolean;
  remote?: string;
  state?: string;
  decision?: string;
  trustKey?: string;
}

/** Prints the JSON report (always JSON: it is meant for scripts and monitors) and sets the exit code. */
async function verifyRemote(remote: string, opts: AuditVerifyOptions): Promise<void> {
  const io = {
    stdout: (text: string) => void process.stdout.write(text),
    stderr: (text: string) => void process.stderr.write(text),
    readFile: () => Promise.reject(new Error('unused')),
    setExitCode: (code: number) => {
      process.exitCode = code;
    },
  };
  await runCliAction(io, async () => {
    if (!URL.canParse(remote) || !/^https?:$/.test(new URL(remote).protocol)) {
      throw new PolicyInputError(`--remote: 不是合法的 http(s) 地址：${remote}`);
    }
    const report = await verifyRemoteLog({
      remote,
      statePath: opts.state,
      decision: opts.decision,
      trustKey: opts.trustKey,
    });
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    io.setExitCode(exitCodeOf(report));
  });
}

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('审计日志 / audit log');
  audit
    .command('verify')
    .description('校验审计哈希链 / verify the audit hash chain')
    .option('--json', 'machine-readable output')
    .option('--remote <url>', '校验远程节点的公开透明日志（不需数据库）/ verify a remote transparency log')
    .option('--state <path>', '保存上次校验过的树头的文件 / file keeping the last verified heads')
    .option('--decision <id>', '同时校验该已公开决定的包含证明 / also check this decision is included')
    .option('--trust-key <hex>', '只信任此 SM2 公钥 / pin the log key')
    .action(async (opts: AuditVerifyOptions) => {
      if (opts.remote) {
        await verifyRemote(opts.remote, opts);
        return;
      }
      const result = await withDatabase(async (database) => {
        const bar =
          opts.json || !process.stderr.isTTY
            ? null
            : new SingleBar(
                { format: '校验中 {bar} {value}/{total}', stream: process.stderr },
                Presets.shades_classic,
              );
        let started = false;
        const r = await verifyAuditChain(database.db, (checked, total) => {
          if (bar && !started) {
            bar.start(total, 0);
            started = true;
          }
          bar?.update(checked);
        });
        bar?.stop();
        return r;
      });
      if (opts.json) {
        console.log(JSON.stringify(result));
      } else if (result.ok) {
        const cps =
          result.checkpoints > 0
            ? `, matches ${result.checkpoints} signed checkpoint(s) up to seq ${result.lastCheckpointSeq}`
            : ', no signed checkpoint yet (run `dtpc audit checkpoint`)';
        console.log(`ok: ${result.checked} records, chain intact (${result.algorithm})${cps}`);
      } else {
        const p = result.firstProblem!;
        console.log(
          `FAILED at seq ${p.seq}: ${p.kind} — ${p.detail} (${result.checked} records verified before it)`,
        );
      }
      process.exitCode = result.ok ? 0 : 1;
    });
  audit
    .command('checkpoint')
    .description('签署审计链当前末端（SM2），写入数据库与检查点文件 / sign the chain head (SM2)')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const checkpoint = await withDatabase((database) => writeCheckpoint(database.db));
      if (opts.json) {
        console.log(JSON.stringify({ written: checkpoint !== null, checkpoint, file: checkpointFile() }));
      } else if (checkpoint) {
        console.log(`checkpoint at seq ${checkpoint.seq} signed and written to ${checkpointFile()}`);
      } else {
        console.log('nothing new to checkpoint');
      }
    });
}

/**
 * `dtpc monitor detect` and `dtpc targets status`.
 *
 * Contract (other tools depend on it), `--json` prints one JSON document on stdout:
 * - `monitor detect <series.csv> --json`: CSV columns `period,value` (period `YYYY-MM`, ascending, monthly);
 *   prints `[{ period, value, baseline, z, method }]` for the flagged points only (baseline = median of
 *   the trailing 12 months). Options: `--threshold <n>` (default 3.5), `--merge-jan-feb`.
 * - `targets status --json`: every target of `shandong-targets-2025` with
 *   `{ id, target, actual, asOf, projected, status }` from this installation's actual values.
 * Bad input exits 2 with one `error: 第N行 <列> 列：…` line per problem on stderr, in Chinese.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  describeRefusal,
  formatRowError,
  parseSeriesCsv,
  robustZTrailing12,
} from '../domain/monitoring/index.ts';
import { PolicyInputError, runCliAction } from './policy.ts';
import type { PolicyCliIo } from './policy.ts';
import type { TargetStatusRow } from '../contracts/decision-support.ts';

/** Where `targets status` gets its rows; the default opens the installation's database. */
export type LoadTargetStatuses = () => Promise<TargetStatusRow[]>;

const defaultIo: PolicyCliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  setExitCode: (code) => {
    process.exitCode = code;
  },
};

async function defaultLoad(): Promise<TargetStatusRow[]> {
  const { withDatabase } = await import('./database.ts');
  const { targetStatuses } = await import('../app/targets/status.ts');
  const { today } = await import('../app/publicity/clock.ts');
  return withDatabase(async (database) => (await targetStatuses(database.db, today())).map((s) => s.row));
}

const num = (n: number | null) => (n === null ? '—' : String(Math.round(n * 100) / 100));

/** Register `monitor detect` and `targets status`. */
export function registerMonitoringCommands(
  program: Command,
  ioOverrides: Partial<PolicyCliIo> = {},
  load: LoadTargetStatuses = defaultLoad,
): void {
  const io: PolicyCliIo = { ...defaultIo, ...ioOverrides };
  const monitor = program
    .command('monitor')
    .description('产业监测：异常检测 (monitoring: anomaly detection)');
  monitor
    .command('detect <seriesCsv>')
    .description('对月度序列做异常检测，只输出被标记的月份 (flag anomalies in a monthly series)')
    .option('--json', 'JSON output')
    .option('--threshold <z>', '稳健Z分数阈值 (robust z threshold)', '3.5')
    .option('--merge-jan-feb', '1—2月合并为一期 (treat January–February as one period)')
    .action((file: string, opts: { json?: boolean; threshold: string; mergeJanFeb?: boolean }) =>
      runCliAction(io, async () => {
        const threshold = Number(opts.threshold);
        if (!Number.isFinite(threshold) || threshold <= 0) {
          throw new PolicyInputError(`threshold: “${opts.threshold}” 不是正数`);
        }
        let text: string;
        try {
          text = await io.readFile(file);
        } catch {
          throw new PolicyInputError(`series: 无法读取文件 ${file}`);
        }
        const parsed = parseSeriesCsv(text);
        if (!parsed.ok) {
          throw new PolicyInputError(parsed.errors.map(formatRowError).join('\nerror: '));
        }
        const outcome = robustZTrailing12.detect(parsed.series, {
          threshold,
          mergeJanFeb: opts.mergeJanFeb === true,
        });
        if (!outcome.ok) {
          throw new PolicyInputError(`series: ${describeRefusal(outcome.refusal)}`);
        }
        if (opts.json) {
          const rows = outcome.anomalies.map((a) => ({
            period: a.period,
            value: a.value,
            baseline: a.baseline,
            z: a.z,
            method: a.method,
          }));
          io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
          return;
        }
        io.stdout(
          `方法：${robustZTrailing12.name.zh}，阈值 ${threshold}；标记 ${outcome.anomalies.length} 个月\n`,
        );
        for (const a of outcome.anomalies) {
          io.stdout(
            `${a.period}  值 ${num(a.value)}  中位数 ${num(a.baseline)}  上年同月 ${num(a.sameMonthLastYear)}  偏离 ${num(a.deviation)}  Z ${num(a.z)}\n`,
          );
        }
      }),
    );

  const targets = program
    .command('targets')
    .description('2025年目标与实际值 (targets against actual values)');
  targets
    .command('status')
    .description('每个目标的实际值、截止时预计值与状态 (each target: actual, projection, status)')
    .option('--json', 'JSON output')
    .action((opts: { json?: boolean }) =>
      runCliAction(io, async () => {
        const rows = await load();
        if (opts.json) {
          io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
          return;
        }
        const label = { green: '绿', amber: '黄', red: '红', unknown: '无数据' } as const;
        for (const r of rows) {
          io.stdout(
            `${label[r.status]}  ${r.id}  目标 ${num(r.target)}  实际 ${num(r.actual)}（${r.asOf ?? '—'}）  预计 ${num(r.projected)}\n`,
          );
        }
      }),
    );
}

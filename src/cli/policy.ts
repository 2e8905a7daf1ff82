/**
 * `dtpc policy …`: list, show, evaluate and lint policy packs.
 *
 * Contract (other tools depend on it): `--json` prints one JSON document on stdout. Exit 0 for any
 * computed verdict, negative included; exit 2 for invalid input with `error: <field>: <problem>` on
 * stderr. Without `--json` a readable Chinese table is printed.
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import type { z } from 'zod';
import {
  applicationProfileSchema,
  evaluateRevocation,
  getPack,
  policyPacks,
  revocationInputSchema,
  validatePack,
} from '../domain/policy/index.ts';
import { evaluateProfile, targetIssue } from '../domain/policy/engine/report.ts';
import type { ApplicationProfile, PolicyPack } from '../domain/policy/index.ts';

/** Process I/O, injectable so tests can run the commands in-process. */
export interface PolicyCliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  setExitCode(code: number): void;
}

const defaultIo: PolicyCliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  // exitCode rather than exit(): lets buffered stdout drain.
  setExitCode: (code) => {
    process.exitCode = code;
  },
};

/** Invalid input: printed as `error: …`, exit code 2. */
export class PolicyInputError extends Error {}

/** `level: expected one of national|provincial|municipal` — one line per zod issue. */
export function formatZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.') || '(input)';
      const values = 'values' in issue && Array.isArray(issue.values) ? (issue.values as unknown[]) : null;
      const problem =
        issue.code === 'invalid_value' && values
          ? `expected one of ${values.map(String).join('|')}`
          : issue.message;
      return `${path}: ${problem}`;
    })
    .join('\n');
}

function requirePack(id: string | undefined): PolicyPack {
  if (!id) {
    throw new PolicyInputError('pack: missing --pack <id>');
  }
  const pack = getPack(id);
  if (!pack) {
    throw new PolicyInputError(
      `pack: unknown pack "${id}"; expected one of ${policyPacks.map((p) => p.id).join('|')}`,
    );
  }
  return pack;
}

async function readJson(io: PolicyCliIo, path: string | undefined, field = 'input'): Promise<unknown> {
  if (!path) {
    throw new PolicyInputError(`${field}: missing --${field} <file>`);
  }
  let text: string;
  try {
    text = await io.readFile(path);
  } catch {
    throw new PolicyInputError(`${field}: cannot read ${path}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new PolicyInputError(`${field}: ${path} is not valid JSON (${(e as Error).message})`);
  }
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) {
    throw new PolicyInputError(formatZodError(r.error));
  }
  return r.data;
}

/** The profile must name a level, type, kind or direction the pack knows. */
function checkTarget(pack: PolicyPack, p: ApplicationProfile): void {
  const issue = targetIssue(pack, p);
  if (issue) {
    throw new PolicyInputError(`${issue.field}: ${issue.message}`);
  }
}

/** Evaluate a profile against a pack: the JSON document `policy evaluate --json` prints (shared with the API). */
export { evaluateProfile };

// --- readable output --------------------------------------------------------------------------

const width = (s: string): number => [...s].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - width(s)));

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? '')))) ?? [];
  return (
    rows
      .map((r) =>
        r
          .map((cell, i) => pad(cell, widths[i] ?? 0))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}

const STATUS_ZH: Record<string, string> = {
  met: '满足',
  not_met: '不满足',
  needs_judgement: '待专家判断',
  missing_value: '缺少数值',
};

function printEvaluation(io: PolicyCliIo, r: ReturnType<typeof evaluateProfile>): void {
  io.stdout(`政策包：${r.pack}\n申报条件：${r.eligible ? '符合' : '不符合'}\n\n`);
  io.stdout(
    table([
      ['规则', '结果', '说明', '依据'],
      ...r.rules.map((x) => [x.id, x.passed ? '通过' : '未通过', x.reason.zh, x.source.ref]),
    ]),
  );
  io.stdout('\n');
  io.stdout(
    table([
      ['指标', '度量', '要求', '实际', '结论', '依据'],
      ...r.criteria.map((c) => [
        c.name.zh,
        c.metric ?? '（定性）',
        c.required === null ? '—' : `≥${c.required}`,
        c.actual === null ? '—' : String(c.actual),
        STATUS_ZH[c.status] ?? c.status,
        c.source.ref,
      ]),
    ]),
  );
  const s = r.summary;
  io.stdout(
    `\n满足 ${s.met}，不满足 ${s.notMet}，待专家判断 ${s.needsJudgement}，缺少数值 ${s.missingValue}\n`,
  );
}

// --- commands ---------------------------------------------------------------------------------

/** Runs a command's action; input errors print `error: …` on stderr and exit 2 (the CLI contract). */
export async function runCliAction(io: PolicyCliIo, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (error instanceof PolicyInputError) {
      io.stderr(`error: ${error.message}\n`);
      io.setExitCode(2);
      return;
    }
    throw error;
  }
}

/** Load a pack file: JSON, or a module whose default or first pack-shaped export is the pack. */
async function loadPackFile(io: PolicyCliIo, path: string): Promise<unknown> {
  const ext = extname(path);
  if (ext === '.json') {
    return readJson(io, path, 'pack-file');
  }
  if (!['.ts', '.mts', '.js', '.mjs'].includes(ext)) {
    throw new PolicyInputError(`pack-file: expected a .json, .ts or .js file, got ${path}`);
  }
  let mod: Record<string, unknown>;
  try {
    if (ext === '.ts' || ext === '.mts') {
      // The compiled CLI runs without a TypeScript loader; register tsx for this one module.
      const { register } = await import('tsx/esm/api');
      register();
    }
    mod = (await import(pathToFileURL(resolve(path)).href)) as Record<string, unknown>;
  } catch (e) {
    throw new PolicyInputError(
      `pack-file: cannot load ${path}: ${(e as Error).message.split('\n')[0] ?? ''}`,
    );
  }
  const looksLikePack = (v: unknown) =>
    typeof v === 'object' && v !== null && 'id' in v && 'sourceDocument' in v;
  const found = looksLikePack(mod.default) ? mod.default : Object.values(mod).find(looksLikePack);
  if (!found) {
    throw new PolicyInputError(`pack-file: ${path} exports no policy pack`);
  }
  return found;
}

/** Register `policy list | show | evaluate | revocation | validate`. */
export function registerPolicyCommands(program: Command, ioOverrides: Partial<PolicyCliIo> = {}): void {
  const io: PolicyCliIo = { ...defaultIo, ...ioOverrides };
  const policy = program
    .command('policy')
    .description('政策包：查看、评估、校验 (policy packs: list, show, evaluate, lint)');

  policy
    .command('list')
    .description('列出政策包 (list packs)')
    .option('--json', 'JSON output')
    .action((opts: { json?: boolean }) =>
      runCliAction(io, async () => {
        const rows = policyPacks.map((p) => ({
          id: p.id,
          version: p.version,
          title: p.title,
          levels: p.levels,
          types: p.types,
          source: p.sourceDocument.file,
        }));
        if (opts.json) {
          io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
          return;
        }
        io.stdout(
          table([
            ['编号', '版本', '名称', '来源'],
            ...rows.map((r) => [r.id, r.version, r.title.zh, r.source]),
          ]),
        );
      }),
    );

  policy
    .command('show <id>')
    .description('显示一个政策包 (show a pack)')
    .option('--json', 'JSON output')
    .action((id: string, opts: { json?: boolean }) =>
      runCliAction(io, async () => {
        const pack = requirePack(id);
        if (opts.json) {
          io.stdout(`${JSON.stringify(pack, null, 2)}\n`);
          return;
        }
        io.stdout(
          `${pack.title.zh}（${pack.id} ${pack.version}）\n来源：${pack.sourceDocument.title.zh} ${pack.sourceDocument.docNumber ?? ''}\n\n`,
        );
        const crit = pack.criteriaGroups.flatMap((g) =>
          g.criteria.map((c) => [
            g.name.zh,
            c.id,
            c.name.zh,
            c.kind === 'quantitative' ? `${c.metric} ≥${c.threshold ?? '?'}` : '（定性）',
            c.source.ref,
          ]),
        );
        if (crit.length > 0) {
          io.stdout(table([['分组', '编号', '指标', '要求', '依据'], ...crit]));
        }
        for (const g of pack.revocation?.grounds ?? []) {
          io.stdout(`撤销情形 ${g.id}：${g.description.zh}（${g.source.ref}）\n`);
        }
        if (pack.revocation?.ban) {
          io.stdout(`禁止再次申报：${pack.revocation.ban.years}年（${pack.revocation.ban.source.ref}）\n`);
        }
      }),
    );

  policy
    .command('evaluate')
    .description('按政策包评估申报材料 (evaluate an application profile)')
    .option('--pack <id>', 'pack id')
    .option('--input <file>', 'application profile JSON')
    .option('--json', 'JSON output')
    .action((opts: { pack?: string; input?: string; json?: boolean }) =>
      runCliAction(io, async () => {
        const pack = requirePack(opts.pack);
        const profile = parseWith(applicationProfileSchema, await readJson(io, opts.input));
        checkTarget(pack, profile);
        const result = evaluateProfile(pack, profile);
        if (opts.json) {
          io.stdout(`${JSON.stringify(result, null, 2)}\n`);
          return;
        }
        printEvaluation(io, result);
      }),
    );

  policy
    .command('revocation')
    .description('判断是否应撤销认定 (revocation verdict from evaluation history and events)')
    .option('--pack <id>', 'pack id')
    .option('--input <file>', 'evaluation history and events JSON')
    .option('--json', 'JSON output')
    .action((opts: { pack?: string; input?: string; json?: boolean }) =>
      runCliAction(io, async () => {
        const pack = requirePack(opts.pack);
        const input = parseWith(revocationInputSchema, await readJson(io, opts.input));
        const verdict = evaluateRevocation(pack, input);
        if (opts.json) {
          io.stdout(`${JSON.stringify({ pack: pack.id, ...verdict }, null, 2)}\n`);
          return;
        }
        io.stdout(`政策包：${pack.id}\n是否应撤销：${verdict.due ? '是' : '否'}\n`);
        if (verdict.ground) {
          io.stdout(`依据：${verdict.ground.description.zh}（${verdict.ground.source.ref}）\n`);
        }
        if (verdict.banEndsOn) {
          io.stdout(`禁止再次申报至：${verdict.banEndsOn}\n`);
        }
        io.stdout(
          '\n' +
            table([
              ['情形', '触发', '说明', '依据'],
              ...verdict.grounds.map((g) => [g.id, g.triggered ? '是' : '否', g.reason.zh, g.source.ref]),
            ]),
        );
      }),
    );

  policy
    .command('validate <pack-file>')
    .description('校验政策包文件 (lint a pack file: .json, or a .ts/.js module exporting a pack)')
    .option('--json', 'JSON output')
    .action((file: string, opts: { json?: boolean }) =>
      runCliAction(io, async () => {
        const result = validatePack(await loadPackFile(io, file));
        const errors = result.issues.filter((i) => i.severity === 'error');
        if (opts.json) {
          io.stdout(
            `${JSON.stringify({ ok: result.ok, id: result.pack?.id ?? null, issues: result.issues }, null, 2)}\n`,
          );
        } else if (result.issues.length === 0) {
          io.stdout(`${result.pack?.id ?? file}：校验通过\n`);
        } else {
          io.stdout(
            table([
              ['级别', '代码', '位置', '说明'],
              ...result.issues.map((i) => [
                i.severity === 'error' ? '错误' : '警告',
                i.code,
                i.path,
                i.message,
              ]),
            ]),
          );
        }
        if (errors.length > 0) {
          // An invalid pack is invalid input: name the first field on stderr and exit 2.
          const first = errors[0];
          io.stderr(
            `error: ${first?.path ?? ''}: ${first?.message ?? ''}${errors.length > 1 ? ` (+${errors.length - 1} more)` : ''}\n`,
          );
          io.setExitCode(2);
        }
      }),
    );
}

/** Reads and parses a JSON file named on the command line; errors name the field in Chinese. */
export async function readJsonFile(io: PolicyCliIo, path: string, field: string): Promise<unknown> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch {
    throw new PolicyInputError(`${field}: 无法读取文件 ${path}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new PolicyInputError(`${field}: ${path} 不是合法的 JSON（${(e as Error).message}）`);
  }
}

/**
 * `dtpc match <need.json> --catalog <catalog.json> --json [--limit N]`: ranks the catalog's items for the
 * need with the same engine the API uses.
 *
 * Contract (other tools depend on it): need.json is the API's need (docs/schemas/matching-need.schema.json),
 * catalog.json an array of resource cards or a search page `{ items }` (matching-catalog.schema.json);
 * `--json` prints `[{ "id", "score", "components": { "<name>": number } }]` best first
 * (matching-result.schema.json), where each component is its weighted contribution and the score their sum.
 * Items that must never rank (revoked / banned provider, expired offer, conflict of interest, unpublished)
 * are left out. Options: `--limit <n>` (default all), `--today <YYYY-MM-DD>` (default today in Shanghai),
 * `--weights <weights.json>` (default: this installation's, `DTPC_MATCH_WEIGHTS`). Bad input exits 2 with one
 * `error: <file>: <field>: <message>` line per problem on stderr, in Chinese.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { z } from 'zod';
import {
  catalogDocumentSchema,
  COMPONENT_LABELS,
  matchWeightsSchema,
  needDocumentSchema,
  rankForNeed,
  type MatchItem,
  type MatchNeed,
} from '../domain/matching/index.ts';
import { PolicyInputError, readJsonFile, runCliAction } from './policy.ts';
import type { PolicyCliIo } from './policy.ts';

const defaultIo: PolicyCliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  setExitCode: (code) => {
    process.exitCode = code;
  },
};

function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, file: string): z.output<T> {
  const r = schema.safeParse(value);
  if (!r.success) {
    const lines = r.error.issues.map(
      (i) => `${file}: ${i.path.map(String).join('.') || '(文件)'}: ${i.message}`,
    );
    throw new PolicyInputError(lines.join('\nerror: '));
  }
  return r.data;
}

async function installationWeightsOrThrow() {
  const { installationWeights, MatchWeightsConfigError } = await import('../app/matching/weights.ts');
  try {
    return installationWeights();
  } catch (error) {
    if (error instanceof MatchWeightsConfigError) {
      throw new PolicyInputError(`weights: ${error.message}`);
    }
    throw error;
  }
}

async function defaultToday(): Promise<string> {
  const { today } = await import('../app/publicity/clock.ts');
  return today();
}

interface MatchOptions {
  catalog?: string;
  json?: boolean;
  limit?: string;
  today?: string;
  weights?: string;
}

/** Register `match`. */
export function registerMatchingCommands(program: Command, ioOverrides: Partial<PolicyCliIo> = {}): void {
  const io: PolicyCliIo = { ...defaultIo, ...ioOverrides };
  program
    .command('match <needJson>')
    .description('供需对接：为需求对资源目录排序并说明理由 (rank a catalog for a need)')
    .option('--catalog <catalogJson>', '资源目录 JSON (catalog of resource cards)')
    .option('--json', 'JSON output')
    .option('--limit <n>', '只输出前 N 条 (keep the best N)')
    .option('--today <date>', '今天的日期 YYYY-MM-DD (default: today in Asia/Shanghai)')
    .option('--weights <weightsJson>', '本安装的权重 JSON (installation weights)')
    .action((needPath: string, opts: MatchOptions) =>
      runCliAction(io, async () => {
        if (!opts.catalog) {
          throw new PolicyInputError('catalog: 请用 --catalog <catalog.json> 指定资源目录');
        }
        let limit: number | undefined;
        if (opts.limit !== undefined) {
          limit = Number(opts.limit);
          if (!Number.isInteger(limit) || limit < 1) {
            throw new PolicyInputError(`limit: “${opts.limit}” 不是正整数`);
          }
        }
        if (opts.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.today)) {
          throw new PolicyInputError(`today: “${opts.today}” 不是 YYYY-MM-DD 日期`);
        }
        const need = parseOrThrow(needDocumentSchema, await readJsonFile(io, needPath, 'need'), 'need');
        const catalogDoc = parseOrThrow(
          catalogDocumentSchema,
          await readJsonFile(io, opts.catalog, 'catalog'),
          'catalog',
        );
        const items = (Array.isArray(catalogDoc) ? catalogDoc : catalogDoc.items) as MatchItem[];
        // Without --weights, the installation's own (DTPC_MATCH_WEIGHTS), as the API ranks.
        const weights = opts.weights
          ? parseOrThrow(matchWeightsSchema, await readJsonFile(io, opts.weights, 'weights'), 'weights')
          : await installationWeightsOrThrow();
        const today = opts.today ?? (await defaultToday());
        const { ranked } = rankForNeed(need as MatchNeed, items, { today, weights, limit });
        if (opts.json) {
          io.stdout(
            `${JSON.stringify(ranked.map(({ id, score, components }) => ({ id, score, components })))}\n`,
          );
          return;
        }
        const titles = new Map(items.map((i) => [i.id, i.title]));
        for (const [index, r] of ranked.entries()) {
          io.stdout(`${index + 1}. ${titles.get(r.id) ?? r.id}  得分 ${(r.score * 100).toFixed(1)}\n`);
          for (const e of r.explanation) {
            io.stdout(`   ${COMPONENT_LABELS[e.name].zh} ${(e.contribution * 100).toFixed(1)}：${e.why}\n`);
          }
        }
      }),
    );
}

/**
 * `dtpc diagnosis …`: list, show, score and validate diagnosis models (数字化水平评测模型).
 *
 * Contract (other tools depend on it): `--json` prints one JSON document on stdout.
 * - `models --json`: `[{ id, version, title }]`
 * - `show <modelId> --json`: the whole model as data
 * - `score <modelId> <answers.json> --json`: answers.json is `{"answers": {"<questionId>": …}}`; the output
 *   has `modelId, score, maxScore, level (0 below level 1), dimensions [{ id, score, max }], warnings`.
 * Invalid input (unknown model, unknown option, missing answer, rate > 100 %, 联网率 > 数字化率) exits 2
 * with one `error: <questionId>: <message>` line per problem on stderr, in Chinese.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  answersDocumentSchema,
  diagnosisModelSchema,
  diagnosisModels,
  getDiagnosisModel,
  scoreAssessment,
} from '../domain/diagnosis/index.ts';
import type { DiagnosisModel } from '../domain/diagnosis/index.ts';
import { formatZodError, PolicyInputError, readJsonFile, runCliAction } from './policy.ts';
import type { PolicyCliIo } from './policy.ts';

const defaultIo: PolicyCliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  // exitCode rather than exit(): lets buffered stdout drain.
  setExitCode: (code) => {
    process.exitCode = code;
  },
};

function requireModel(id: string): DiagnosisModel {
  const model = getDiagnosisModel(id);
  if (!model) {
    throw new PolicyInputError(
      `modelId: 没有评测模型“${id}”，可选：${diagnosisModels.map((m) => m.id).join('|')}`,
    );
  }
  return model;
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

/** Register `diagnosis models | show | score | validate`. */
export function registerDiagnosisCommands(program: Command, ioOverrides: Partial<PolicyCliIo> = {}): void {
  const io: PolicyCliIo = { ...defaultIo, ...ioOverrides };
  const diagnosis = program
    .command('diagnosis')
    .description('数字化水平评测：模型、评分、校验 (diagnosis models: list, show, score, validate)');

  diagnosis
    .command('models')
    .description('列出评测模型 (list models)')
    .option('--json', 'JSON output')
    .action((opts: { json?: boolean }) =>
      runCliAction(io, async () => {
        const rows = diagnosisModels.map((m) => ({ id: m.id, version: m.version, title: m.title }));
        if (opts.json) {
          io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
          return;
        }
        for (const r of rows) {
          io.stdout(`${r.id}  ${r.version}  ${r.title.zh}\n`);
        }
      }),
    );

  diagnosis
    .command('show <modelId>')
    .description('显示一个评测模型 (show a model as data)')
    .option('--json', 'JSON output')
    .action((id: string, opts: { json?: boolean }) =>
      runCliAction(io, async () => {
        const model = requireModel(id);
        if (opts.json) {
          io.stdout(`${JSON.stringify(model, null, 2)}\n`);
          return;
        }
        io.stdout(`${model.title.zh}（${model.id} ${model.version}）满分 ${model.maxScore}\n`);
        for (const d of model.dimensions) {
          io.stdout(`${d.name.zh} ${fmt(d.weight)}\n`);
          for (const i of d.indicators) {
            io.stdout(`  ${i.name.zh} ${fmt(i.weight)}${i.uncertain ? '（待核实）' : ''}\n`);
          }
        }
        if (model.scenarios.length > 0) {
          io.stdout(
            `场景（${model.scenarios.length}）：${model.scenarios.map((s) => s.name.zh).join('、')}\n`,
          );
        }
        if (model.levels.note) {
          io.stdout(`等级规则：${model.levels.note.zh}\n`);
        }
      }),
    );

  diagnosis
    .command('score <modelId> <answersFile>')
    .description('按模型计算得分与等级 (score an answers file)')
    .option('--json', 'JSON output')
    .action((id: string, file: string, opts: { json?: boolean }) =>
      runCliAction(io, async () => {
        const model = requireModel(id);
        const doc = answersDocumentSchema.safeParse(await readJsonFile(io, file, 'answers'));
        if (!doc.success) {
          throw new PolicyInputError(formatZodError(doc.error));
        }
        const outcome = scoreAssessment(model, doc.data.answers);
        if (!outcome.ok) {
          throw new PolicyInputError(
            outcome.issues.map((i) => `${i.questionId}: ${i.message.zh}`).join('\nerror: '),
          );
        }
        const r = outcome.result;
        if (opts.json) {
          io.stdout(`${JSON.stringify(r, null, 2)}\n`);
          return;
        }
        io.stdout(
          `${model.title.zh}\n总分：${fmt(r.score)} / ${r.maxScore}\n等级：${r.levelName?.zh ?? '未达到一级'}${r.uncertain ? '（等级规则待核实）' : ''}\n`,
        );
        for (const d of r.dimensions) {
          io.stdout(`  ${d.name.zh}：${fmt(d.score)} / ${fmt(d.max)}\n`);
        }
        for (const w of r.warnings) {
          io.stdout(`提示：${w.message.zh}\n`);
        }
      }),
    );

  diagnosis
    .command('validate <modelFile>')
    .description('校验评测模型文件 (validate a model file, .json)')
    .option('--json', 'JSON output')
    .action((file: string, opts: { json?: boolean }) =>
      runCliAction(io, async () => {
        const r = diagnosisModelSchema.safeParse(await readJsonFile(io, file, 'model'));
        if (opts.json) {
          io.stdout(
            `${JSON.stringify(
              {
                ok: r.success,
                id: r.success ? r.data.id : null,
                issues: r.success
                  ? []
                  : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
              },
              null,
              2,
            )}\n`,
          );
        }
        if (!r.success) {
          throw new PolicyInputError(formatZodError(r.error).split('\n').join('\nerror: '));
        }
        if (!opts.json) {
          io.stdout(`${r.data.id}：校验通过\n`);
        }
      }),
    );
}

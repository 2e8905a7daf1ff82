/**
 * `dtpc import resources --center <slug> <file> [--dry-run]`: imports a center's resource pool from .xlsx or
 * .csv with a progress bar; `dtpc import ledger <file> --center <slug> [--dry-run]` imports service-ledger
 * records (服务台账) from the ledger template's .xlsx the same way (src/app/center-platform/import-service-records.ts). A dry run prints the row-by-row report and writes nothing; otherwise every row
 * is committed in one transaction, or none when any row is bad (exit 1 with the report).
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Command } from 'commander';
import { Presets, SingleBar } from 'cli-progress';
import { systemActor } from '../app/actor.ts';
import { commitImport, readImportFile, validateImport } from '../app/resources/import-resources.ts';
import type { ImportReport } from '../contracts/resources.ts';
import { RESOURCE_KIND_LABELS, type ResourceKind } from '../domain/resources/vocabulary.ts';
import { findCenterBySlug } from '../db/loaders/centers.ts';
import { importServiceRecords } from '../app/center-platform/import-service-records.ts';
import type { ImportResult } from '../contracts/center-platform/ledger.ts';
import { withDatabase } from './database.ts';

function progressBar(label: string, json: boolean) {
  if (json || !process.stderr.isTTY) {
    return null;
  }
  return new SingleBar(
    { format: `${label} {bar} {percentage}% {value}/{total}`, stream: process.stderr, hideCursor: true },
    Presets.shades_classic,
  );
}

function printReport(report: ImportReport): void {
  const kinds = Object.entries(report.byKind)
    .map(([k, n]) => `${RESOURCE_KIND_LABELS[k as ResourceKind]?.zh ?? k} ${n}`)
    .join('，');
  console.log(`共 ${report.fileRows} 行，通过 ${report.validRows} 行${kinds ? `（${kinds}）` : ''}`);
  for (const e of report.errors) {
    console.log(`第 ${e.row} 行 [${e.column}] ${e.message}`);
  }
}

/** The `import` command group (shared with other importers: created once, reused). */
export function importCommand(program: Command): Command {
  return (
    program.commands.find((c) => c.name() === 'import') ??
    program.command('import').description('批量导入 / bulk import from .xlsx or .csv')
  );
}

export function registerImportCommands(program: Command): void {
  importCommand(program)
    .command('resources')
    .description('导入促进中心资源池 / import a center’s resource pool')
    .requiredOption('--center <slug>', '促进中心标识 / center slug')
    .option('--dry-run', '只检查，不写入 / check only, write nothing')
    .option('--json', 'machine-readable output')
    .argument('<file>', '.xlsx 或 .csv 文件')
    .action(async (file: string, opts: { center: string; dryRun?: boolean; json?: boolean }) => {
      const format = extname(file).toLowerCase() === '.csv' ? 'csv' : 'xlsx';
      const buffer = readFileSync(file);
      const outcome = await withDatabase(async (database) => {
        const center = await findCenterBySlug(database.db, opts.center);
        if (!center) {
          throw new Error(`未找到促进中心 ${opts.center} / no center with slug ${opts.center}`);
        }
        const sheet = await readImportFile(buffer, format);
        const checking = progressBar('检查', !!opts.json);
        checking?.start(sheet.rows.length, 0);
        const validated = await validateImport(database.db, center, sheet, (done) => checking?.update(done));
        checking?.stop();
        if (opts.dryRun || validated.report.errors.length > 0) {
          return { report: validated.report, created: 0 };
        }
        const writing = progressBar('写入', !!opts.json);
        writing?.start(validated.cards.length, 0);
        const { created } = await database.db.transaction((tx) =>
          commitImport({
            actor: systemActor('cli-import'),
            tx,
            center,
            validated,
            onProgress: (done) => writing?.update(done),
          }),
        );
        writing?.stop();
        return { report: validated.report, created };
      });
      const failed = outcome.report.errors.length > 0;
      if (opts.json) {
        console.log(JSON.stringify({ ...outcome, dryRun: !!opts.dryRun }));
      } else {
        printReport(outcome.report);
        if (failed) {
          console.log('有错误，未导入任何数据。/ errors found; nothing was imported.');
        } else if (opts.dryRun) {
          console.log('试导入通过，未写入。/ dry run passed; nothing written.');
        } else {
          console.log(`已导入 ${outcome.created} 条资源。/ imported ${outcome.created} resources.`);
        }
      }
      process.exitCode = failed ? 1 : 0;
    });

  importCommand(program)
    .command('ledger')
    .description('导入服务台账 / import a center’s service-ledger records (.xlsx, ledger template)')
    .requiredOption('--center <slug>', '促进中心标识 / center slug')
    .option('--dry-run', '只检查，不写入 / check only, write nothing')
    .option('--json', 'machine-readable output')
    .argument('<file>', '.xlsx 文件（服务台账导入模板）')
    .action(async (file: string, opts: { center: string; dryRun?: boolean; json?: boolean }) => {
      const buffer = readFileSync(file);
      const actor = systemActor('cli-import');
      const result = await withDatabase(async (database): Promise<ImportResult> => {
        const center = await findCenterBySlug(database.db, opts.center);
        if (!center) {
          throw new Error(`未找到促进中心 ${opts.center} / no center with slug ${opts.center}`);
        }
        // Check every row first; commit only a clean file, all rows in one transaction.
        const checked = await database.db.transaction((tx) =>
          importServiceRecords({ actor, tx, center, buffer, dryRun: true }),
        );
        if (opts.dryRun || checked.errors.length > 0 || checked.valid === 0) {
          return checked;
        }
        const writing = progressBar('写入', !!opts.json);
        writing?.start(checked.valid, 0);
        const committed = await database.db.transaction((tx) =>
          importServiceRecords({
            actor,
            tx,
            center,
            buffer,
            dryRun: false,
            onProgress: (done) => writing?.update(done),
          }),
        );
        writing?.stop();
        return committed;
      });
      const failed = result.errors.length > 0 || result.valid === 0;
      if (opts.json) {
        console.log(JSON.stringify(result));
      } else {
        console.log(`共 ${result.rows} 行，通过 ${result.valid} 行`);
        for (const e of result.errors) {
          console.log(`第 ${e.row} 行 [${e.column}] ${e.message}`);
        }
        if (failed) {
          console.log('有错误，未导入任何数据。/ errors found; nothing was imported.');
        } else if (opts.dryRun) {
          console.log('试导入通过，未写入。/ dry run passed; nothing written.');
        } else {
          console.log(
            `已导入 ${result.committed} 条服务记录。/ imported ${result.committed} ledger records.`,
          );
        }
      }
      process.exitCode = failed ? 1 : 0;
    });
}

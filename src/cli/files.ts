/** `dtpc files sweep`: removes uploaded bytes that no record owns (an upload killed before its commit). */
import type { Command } from 'commander';
import { sweepOrphanFiles } from '../app/files/sweep.ts';
import { withDatabase } from './database.ts';

export function registerFilesCommands(program: Command): void {
  const files = program.command('files').description('上传文件存储 / the upload store');
  files
    .command('sweep')
    .description('清理无记录引用的文件（超过 1 小时的）/ remove bytes no record owns (older than 1 hour)')
    .option('--dry-run', '只统计，不删除 / count only')
    .option('--json', 'machine-readable output')
    .action(async (opts: { dryRun?: boolean; json?: boolean }) => {
      const report = await withDatabase((database) =>
        sweepOrphanFiles(database.db, { dryRun: opts.dryRun === true }),
      );
      if (opts.json) {
        console.log(JSON.stringify(report));
        return;
      }
      const verb = report.dryRun ? '可清理' : '已清理';
      console.log(
        `检查 ${report.checked} 个文件；${verb}无主文件 ${report.removed} 个（${(report.removedBytes / 1024 / 1024).toFixed(1)} MB）、未完成的临时文件 ${report.removedTemporary} 个`,
      );
    });
}

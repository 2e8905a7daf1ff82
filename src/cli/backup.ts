/** `dtpc backup <dir>` and `dtpc restore <dir>`: the whole installation, verified by the audit chain. */
import type { Command } from 'commander';
import { BackupError, createBackup, restoreBackup } from '../app/backup.ts';
import { defaultDataDir } from '../db/client.ts';
import { assertEmbeddedFree, withDatabase } from './database.ts';

function fail(error: unknown): never {
  if (error instanceof BackupError) {
    console.error(`error: ${error.message}`);
    process.exit(2);
  }
  throw error;
}

export function registerBackupCommands(program: Command): void {
  program
    .command('backup <dir>')
    .description(
      '备份数据库、上传文件与审计检查点到一个新目录 / back up the installation into a new directory',
    )
    .option('--json', 'machine-readable output')
    .action(async (dir: string, opts: { json?: boolean }) => {
      const manifest = await withDatabase((database) => createBackup(database, dir)).catch(fail);
      if (opts.json) {
        console.log(JSON.stringify(manifest));
        return;
      }
      console.log(
        `已备份 / backed up: ${manifest.database.kind} (${(manifest.database.bytes / 1024 / 1024).toFixed(1)} MB), ` +
          `${manifest.files.count} 个文件 / files, 审计链至第 ${manifest.auditHead?.seq ?? 0} 条 / audit head seq → ${dir}`,
      );
      if (manifest.signingKeyIncluded) {
        console.log(
          '注意：备份含审计签名私钥，请加密保存 / the backup holds the audit signing key: keep it encrypted',
        );
      }
    });
  program
    .command('restore <dir>')
    .description(
      '从备份恢复（目标须为空），并校验审计链 / restore into an empty installation and verify the audit chain',
    )
    .option('--json', 'machine-readable output')
    .action(async (dir: string, opts: { json?: boolean }) => {
      assertEmbeddedFree();
      const report = await restoreBackup(dir, { pgliteDir: defaultDataDir() }).catch(fail);
      if (opts.json) {
        console.log(JSON.stringify(report));
      } else if (report.audit.ok) {
        console.log(
          `已恢复 / restored: ${report.audit.checked} 条审计记录校验通过 / audit entries verified, ${report.filesRestored} 个文件 / files`,
        );
      } else {
        const p = report.audit.firstProblem!;
        console.log(
          `已恢复，但审计校验失败 / restored, but the audit check FAILED at seq ${p.seq}: ${p.kind} — ${p.detail}`,
        );
      }
      process.exitCode = report.audit.ok ? 0 : 1;
    });
}

/** `dtpc search reindex`: rebuilds the resources' search vectors with the current search core (#17). */
import type { Command } from 'commander';
import { reindexResources } from '../app/search/reindex.ts';
import { withDatabase } from './database.ts';

export function registerSearchCommands(program: Command): void {
  const search = program.command('search').description('资源目录检索 / catalog search');
  search
    .command('reindex')
    .description('按当前分词与词典重建全部资源的检索向量 / rebuild every resource’s search vectors')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const report = await withDatabase((database) =>
        reindexResources(database.db, (done) => process.stderr.write(`\r已处理 ${done} 条`)),
      );
      process.stderr.write('\n');
      if (opts.json) {
        console.log(JSON.stringify(report));
        return;
      }
      console.log(
        `已重建 ${report.rebuilt} 条资源的检索向量；跳过 ${report.skipped.length} 条（资料不完整）`,
      );
    });
}

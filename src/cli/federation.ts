/**
 * `dtpc federation …`: the network from the command line (docs/federation.md) — register a node at a hub,
 * harvest one or all nodes, list their status, set this installation's URN region, purge old tombstones.
 * Every command prints JSON; a failed harvest exits 1.
 */
import type { Command } from 'commander';
import { systemActor } from '../app/actor.ts';
import { configureInstallationRegion, purgeTombstones } from '../app/federation/feed.ts';
import { harvestAll, harvestNode, registerNode } from '../app/federation/harvest.ts';
import { nodeViews } from '../app/federation/network.ts';
import { registerNodeBodySchema } from '../contracts/federation.ts';
import { withDatabase } from './database.ts';

function print(value: unknown): void {
  console.log(JSON.stringify(value, null, 2));
}

export function registerFederationCommands(program: Command): void {
  const federation = program
    .command('federation')
    .description('省级节点与国家枢纽 / the network of nodes and hubs');

  federation
    .command('region <code>')
    .description(
      '设定本节点在记录标识（URN）中的行政区划代码，只能设定一次 / set this installation’s URN region once',
    )
    .action(async (code: string) => {
      const region = await withDatabase((database) => configureInstallationRegion(database.db, code));
      print({ regionCode: region, changed: region === code });
      if (region !== code) {
        console.error(`error: 本节点的区划代码已设定为 ${region}，不可更改（已发布的记录标识必须保持不变）`);
        process.exitCode = 2;
      }
    });

  federation
    .command('register')
    .description('在枢纽登记一个节点 / register a node at this hub')
    .requiredOption('--name <name>', '节点名称')
    .requiredOption('--url <url>', '节点地址，如 https://dtpc.sd.example.cn')
    .requiredOption('--region <code>', '节点的行政区划代码（6 位）')
    .option('--public-key <hex>', '节点的 SM2 公钥')
    .action(async (opts: { name: string; url: string; region: string; publicKey?: string }) => {
      const parsed = registerNodeBodySchema.safeParse({
        name: opts.name,
        baseUrl: opts.url,
        regionCode: opts.region,
        publicKey: opts.publicKey,
      });
      if (!parsed.success) {
        console.error(
          `error: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
        process.exitCode = 2;
        return;
      }
      const node = await withDatabase((database) =>
        database.db.transaction((tx) => registerNode(tx, systemActor('命令行'), parsed.data)),
      );
      print(node);
    });

  federation
    .command('nodes')
    .description('已登记节点及采集状态 / registered nodes and their harvest status')
    .action(async () => {
      print({ items: await withDatabase((database) => nodeViews(database.db)) });
    });

  federation
    .command('harvest')
    .description('采集节点的变更流（默认全部节点）/ harvest the nodes’ change feeds')
    .option('--node <id>', '只采集该节点')
    .option('--page-size <n>', '每页条数', '500')
    .action(async (opts: { node?: string; pageSize: string }) => {
      const pageSize = Math.min(1000, Math.max(1, Number(opts.pageSize) || 500));
      const runs = await withDatabase(async (database) =>
        opts.node
          ? [await harvestNode(database.db, opts.node, { pageSize })]
          : harvestAll(database.db, { pageSize }),
      );
      print({ runs });
      if (runs.some((r) => r.status === 'failed')) {
        process.exitCode = 1;
      }
    });

  federation
    .command('purge')
    .description('清理超过保留期的删除记录（墓碑）/ purge tombstones past their retention')
    .action(async () => {
      print(await withDatabase((database) => purgeTombstones(database.db, new Date())));
    });
}

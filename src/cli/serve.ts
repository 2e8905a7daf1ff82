/** `dtpc serve | migrate | seed`: run the platform, apply migrations, load demo data. */
import type { Command } from 'commander';
import { buildApp } from '../server/app.ts';
import { demoAccounts, seedDemo } from '../db/demo-seed.ts';
import { DEMO_PASSWORD, isProduction } from '../app/auth/passwords.ts';
import { purgeExpiredSessions } from '../app/auth/sessions.ts';
import { holdEmbedded, openMigrated, withDatabase } from './database.ts';
import { sweepOrphanFiles } from '../app/files/sweep.ts';
import { writeCheckpoint } from '../app/audit-checkpoints.ts';
import { configureInstallationRegion, purgeTombstones } from '../app/federation/feed.ts';
import { harvestAll } from '../app/federation/harvest.ts';

const AUDIT_CHECKPOINT_MS = Number(process.env.DTPC_AUDIT_CHECKPOINT_MS ?? 60_000);

function printDemoAccounts(): void {
  console.log(`\n演示账号（密码均为 ${DEMO_PASSWORD}）/ Demo accounts (password ${DEMO_PASSWORD}):`);
  for (const a of demoAccounts) {
    console.log(`  ${a.username.padEnd(14)} ${a.description}`);
  }
}

export function registerServeCommands(program: Command): void {
  program
    .command('serve')
    .description('启动平台 / start the platform (embedded PGlite unless DATABASE_URL is set)')
    .option('--port <port>', 'port (default $PORT or 3000)')
    .option(
      '--host <host>',
      'host (default $HOST or 127.0.0.1; set 0.0.0.0 only behind a firewall or reverse proxy)',
    )
    .option('--migrate', 'apply migrations first (always done; kept for clarity)')
    .option('--seed-demo', 'load the demo data if absent (refused in production)')
    .action(async (opts: { port?: string; host?: string; seedDemo?: boolean }) => {
      const database = await openMigrated();
      holdEmbedded();
      if (opts.seedDemo && !isProduction()) {
        const seeded = await seedDemo(database.db);
        console.log(seeded ? '已载入演示数据 / demo data loaded' : '演示数据已存在 / demo data present');
      }
      await configureInstallationRegion(database.db, process.env.DTPC_FEDERATION_REGION);
      const app = await buildApp({ database, logger: process.env.LOG_LEVEL !== 'silent' });
      const port = Number(opts.port ?? process.env.PORT ?? 3000);
      const host = opts.host ?? process.env.HOST ?? '127.0.0.1';
      await app.listen({ port, host });
      const timer = setInterval(
        () => void purgeExpiredSessions(database.db).catch(() => undefined),
        10 * 60 * 1000,
      );
      timer.unref();
      // Bytes of uploads killed before their commit: swept at start and every six hours.
      const sweep = () =>
        void sweepOrphanFiles(database.db)
          .then(
            (r) => r.removed + r.removedTemporary > 0 && app.log.info({ sweep: r }, 'orphan uploads removed'),
          )
          .catch((error: unknown) => app.log.warn({ err: error }, 'orphan upload sweep failed'));
      sweep();
      setInterval(sweep, 6 * 60 * 60 * 1000).unref();
      // Signed checkpoints of the audit chain: a truncation or rewrite of what is older is then detected.
      const checkpoint = () =>
        writeCheckpoint(database.db).catch((error: unknown) =>
          app.log.warn({ err: error }, 'audit checkpoint failed'),
        );
      void checkpoint();
      setInterval(() => void checkpoint(), AUDIT_CHECKPOINT_MS).unref();
      // The network (docs/federation.md): tombstones past retention are purged daily; a hub harvests its
      // nodes every DTPC_FEDERATION_HARVEST_MINUTES (unset: only on demand).
      setInterval(
        () => void purgeTombstones(database.db, new Date()).catch(() => undefined),
        24 * 60 * 60 * 1000,
      ).unref();
      const harvestMinutes = Number(process.env.DTPC_FEDERATION_HARVEST_MINUTES ?? 0);
      if (harvestMinutes > 0) {
        setInterval(
          () =>
            void harvestAll(database.db).catch((error: unknown) =>
              app.log.warn({ err: error }, 'federation harvest failed'),
            ),
          harvestMinutes * 60_000,
        ).unref();
      }
      console.log(
        `\nDTPC 已启动 / running at http://localhost:${port}  (数据库 / database: ${database.kind})`,
      );
      console.log(`API 文档 / API docs: http://localhost:${port}/api/docs`);
      if (opts.seedDemo && !isProduction()) {
        printDemoAccounts();
      }
      const stop = async () => {
        await app.close();
        await checkpoint();
        await database.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });

  program
    .command('migrate')
    .description('应用数据库迁移 / apply database migrations')
    .action(async () => {
      await withDatabase(async (database) => {
        console.log(`migrations applied (${database.kind})`);
      });
    });

  program
    .command('seed')
    .description('载入演示数据 / load demo data (refused in production)')
    .option('--demo', 'the demo data set (default)')
    .action(async () => {
      if (isProduction()) {
        console.error('error: the demo seed refuses to run with NODE_ENV=production');
        process.exitCode = 2;
        return;
      }
      await withDatabase(async (database) => {
        const seeded = await seedDemo(database.db);
        console.log(seeded ? 'demo data loaded' : 'demo data already present');
        printDemoAccounts();
      });
    });
}

/**
 * Test databases. One migrated, demo-seeded template per run (global setup); every test file gets its own
 * copy: PGlite from the dumped data directory, PostgreSQL via CREATE DATABASE … TEMPLATE.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { openDatabase, migrateDatabase, type Database } from '../../src/db/client.ts';
import { syncReferenceData } from '../../src/db/reference-data.ts';
import { seedDemo } from '../../src/db/demo-seed.ts';

export type TestDbKind = 'pglite' | 'postgres';

export function testDbKind(): TestDbKind {
  return process.env.DTPC_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

/** The server-level URL used to create test databases. */
export function postgresAdminUrl(): string {
  return process.env.DTPC_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Prefix of every test database. Two checkouts testing on one PostgreSQL server at once set different
 * prefixes (DTPC_TEST_PG_PREFIX), since a run removes its own prefix's leftovers when it starts.
 */
const PREFIX = /^[a-z][a-z0-9_]{0,30}$/.test(process.env.DTPC_TEST_PG_PREFIX ?? '')
  ? process.env.DTPC_TEST_PG_PREFIX!
  : 'dtpc_test';

export const TEMPLATE_DB = `${PREFIX}_template`;

/** Builds the template: migrated, reference data, demo seed. */
export async function buildTemplate(kind: TestDbKind, pgliteDumpPath: string): Promise<Blob | null> {
  if (kind === 'postgres') {
    const admin = new pg.Client({ connectionString: postgresAdminUrl() });
    await admin.connect();
    // Leftovers from an interrupted run are removed first.
    const stale = await admin.query<{ datname: string }>(
      'select datname from pg_database where starts_with(datname, $1)',
      [`${PREFIX}_`],
    );
    for (const row of stale.rows) {
      await admin.query(`drop database if exists "${row.datname}" with (force)`);
    }
    await admin.query(`create database ${TEMPLATE_DB}`);
    await admin.end();
    const database = await openDatabase({ url: withDatabaseName(postgresAdminUrl(), TEMPLATE_DB) });
    await prepare(database);
    await database.close();
    return null;
  }
  const database = await openDatabase({ dataDir: 'memory://' });
  await prepare(database);
  const blob = await database.dump!();
  await database.close();
  const { writeFileSync, mkdirSync } = await import('node:fs');
  const { dirname } = await import('node:path');
  mkdirSync(dirname(pgliteDumpPath), { recursive: true });
  writeFileSync(pgliteDumpPath, Buffer.from(await blob.arrayBuffer()));
  return blob;
}

async function prepare(database: Database): Promise<void> {
  await migrateDatabase(database);
  await syncReferenceData(database.db);
  await seedDemo(database.db);
}

let counter = 0;

/** A fresh copy of the template for one test file. */
export async function cloneTemplate(kind: TestDbKind, pgliteDumpPath: string): Promise<Database> {
  if (kind === 'postgres') {
    counter += 1;
    const name = `${PREFIX}_${process.pid}_${counter}_${Date.now() % 100000}`;
    const admin = new pg.Client({ connectionString: postgresAdminUrl() });
    await admin.connect();
    await admin.query(`create database "${name}" template ${TEMPLATE_DB}`);
    await admin.end();
    const database = await openDatabase({ url: withDatabaseName(postgresAdminUrl(), name) });
    return {
      ...database,
      close: async () => {
        await database.close();
        const a = new pg.Client({ connectionString: postgresAdminUrl() });
        await a.connect();
        // pool.end() resolves before its sockets have closed; wait for the backends to go so that
        // DROP … WITH (FORCE) does not terminate connections that are still saying goodbye.
        for (let i = 0; i < 50; i += 1) {
          const r = await a.query<{ n: number }>(
            'select count(*)::int as n from pg_stat_activity where datname = $1',
            [name],
          );
          if (r.rows[0]!.n === 0) {
            break;
          }
          await new Promise((done) => setTimeout(done, 20));
        }
        await a.query(`drop database if exists "${name}" with (force)`);
        await a.end();
      },
    };
  }
  const blob = new Blob([readFileSync(pgliteDumpPath)]);
  return openDatabase({ loadDataDir: blob });
}

/**
 * Database connection: PGlite (embedded, data in ./data/pglite) when DATABASE_URL is unset,
 * PostgreSQL otherwise. Both speak the same SQL; the rest of the code sees one `Db` type.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DbKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DbKind;
  close(): Promise<void>;
  /** PostgreSQL only: the connection string (backups hand it to pg_dump). */
  url?: string;
  /** PGlite only: a tarball of the data directory, used to clone a migrated template in tests. */
  dump?(): Promise<Blob>;
}

export interface OpenOptions {
  /** PostgreSQL connection string; when absent the embedded PGlite is used. */
  url?: string | undefined;
  /** PGlite data directory; `memory://` keeps it in memory. */
  dataDir?: string | undefined;
  /** PGlite: start from a dumped data directory (see Database.dump). */
  loadDataDir?: Blob | undefined;
}

// Two levels below the project root both as source (src/db) and compiled (dist/server).
export const migrationsFolder = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../..',
  'src/db/migrations',
);

/** The default embedded data directory, `./data/pglite` under the working directory. */
export function defaultDataDir(): string {
  return resolve(process.env.DTPC_DATA_DIR ?? 'data', 'pglite');
}

/** Opens the database named by the options (or the environment). */
export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  const url = options.url ?? process.env.DATABASE_URL;
  if (url) {
    const { default: pg } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DB_POOL_SIZE ?? 10) });
    // An idle client whose server connection drops (restart, pg_terminate_backend) emits 'error' on the
    // pool; unhandled, that would crash the process. The pool discards the client and reconnects on demand.
    pool.on('error', (error) => {
      process.emitWarning(`PostgreSQL idle connection lost: ${error.message}`);
    });
    const db = drizzle(pool, { schema }) as unknown as Db;
    return { db, kind: 'postgres', url, close: () => pool.end() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const dataDir = options.dataDir ?? (options.loadDataDir ? 'memory://' : defaultDataDir());
  if (!dataDir.startsWith('memory://')) {
    mkdirSync(dataDir, { recursive: true });
  }
  const client = await PGlite.create(
    dataDir,
    options.loadDataDir ? { loadDataDir: options.loadDataDir } : {},
  );
  const db = drizzle(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    close: () => client.close(),
    dump: async () => client.dumpDataDir('none'),
  };
}

/** Applies the committed migrations (drizzle-kit generated SQL) with drizzle's migrator. */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'postgres') {
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    await migrate(database.db as never, { migrationsFolder });
  } else {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(database.db as never, { migrationsFolder });
  }
}

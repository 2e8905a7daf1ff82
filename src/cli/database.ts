/** Opening the database from the command line, with the guard against sharing the embedded one. */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultDataDir, migrateDatabase, openDatabase, type Database } from '../db/client.ts';
import { syncReferenceData } from '../db/reference-data.ts';
import { writeCalendarSnapshot } from '../app/calendar-years.ts';

function pidFile(): string {
  return resolve(defaultDataDir(), '..', 'server.pid');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** PGlite is single-process: refuse to open it while a server holds it. */
export function assertEmbeddedFree(): void {
  if (process.env.DATABASE_URL || !existsSync(pidFile())) {
    return;
  }
  const pid = Number(readFileSync(pidFile(), 'utf8'));
  if (pid !== process.pid && isAlive(pid)) {
    throw new Error(
      `the embedded database is in use by a running server (pid ${pid}); stop it first, or use the web admin pages`,
    );
  }
}

/** Marks the embedded database as held by this process until exit. */
export function holdEmbedded(): void {
  if (process.env.DATABASE_URL) {
    return;
  }
  writeFileSync(pidFile(), String(process.pid));
  const release = () => rmSync(pidFile(), { force: true });
  process.once('exit', release);
}

/** Opens the configured database, migrated and with reference data loaded. */
export async function openMigrated(): Promise<Database> {
  assertEmbeddedFree();
  const database = await openDatabase();
  await migrateDatabase(database);
  await syncReferenceData(database.db);
  await writeCalendarSnapshot(database.db);
  return database;
}

/** Runs `fn` with the database open, closing it afterwards. */
export async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openMigrated();
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

/** A real HTTP server for browser tests: built web app, fresh demo-seeded embedded database, random port. */
import { migrateDatabase, openDatabase, type Database } from '../../src/db/client.ts';
import { syncReferenceData } from '../../src/db/reference-data.ts';
import { seedDemo } from '../../src/db/demo-seed.ts';
import { buildApp } from '../../src/server/app.ts';

export interface TestServer {
  url: string;
  /** The server's database, for factories that put data in place before a browser flow. */
  database?: Database;
  close(): Promise<void>;
}

export async function startTestServer(options: { webDist?: string } = {}): Promise<TestServer> {
  process.env.DTPC_ARGON2_FAST ??= '1';
  const database = await openDatabase({ dataDir: 'memory://' });
  await migrateDatabase(database);
  await syncReferenceData(database.db);
  await seedDemo(database.db);
  const app = await buildApp({
    database,
    serveWeb: true,
    ...(options.webDist ? { webDist: options.webDist } : {}),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

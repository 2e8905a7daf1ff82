/** Writes docs/openapi.json from the routes' zod schemas (CI fails when the committed copy is stale). */
import { writeFileSync } from 'node:fs';
import { openDatabase } from '../src/db/client.ts';
import { buildApp } from '../src/server/app.ts';

const database = await openDatabase({ dataDir: 'memory://' });
const app = await buildApp({ database, serveWeb: false });
await app.ready();
writeFileSync('docs/openapi.json', JSON.stringify(app.swagger(), null, 2) + '\n');
await app.close();
await database.close();
console.log('docs/openapi.json written');

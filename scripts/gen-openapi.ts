/**
 * Writes docs/openapi.json from the routes' zod schemas (CI fails when the committed copy is stale). With
 * `--client`, also the TypeScript client openapi-typescript generates from it, to
 * .scratch/openapi-client/openapi.d.ts, where test/openapi-client/tsconfig.json looks for it in editors.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { openDatabase } from '../src/db/client.ts';
import { buildApp } from '../src/server/app.ts';

const database = await openDatabase({ dataDir: 'memory://' });
const app = await buildApp({ database, serveWeb: false });
await app.ready();
const document = app.swagger();
writeFileSync('docs/openapi.json', JSON.stringify(document, null, 2) + '\n');
await app.close();
await database.close();
console.log('docs/openapi.json written');
if (process.argv.includes('--client')) {
  mkdirSync('.scratch/openapi-client', { recursive: true });
  writeFileSync(
    '.scratch/openapi-client/openapi.d.ts',
    astToString(await openapiTS(document as unknown as OpenAPI3)),
  );
  console.log('.scratch/openapi-client/openapi.d.ts written');
}

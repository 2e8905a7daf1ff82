import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

describe('a TypeScript client generated from the OpenAPI document', () => {
  it('agrees with the web’s own API calls (test/openapi-client/web-calls.ts type-checks against it)', async () => {
    const doc = JSON.parse(readFileSync(join(root, 'docs/openapi.json'), 'utf8')) as OpenAPI3;
    const client = astToString(await openapiTS(doc));
    expect(client).toContain('postAuthLogin: {');

    const dir = mkdtempSync(join(tmpdir(), 'dtpc-openapi-client-'));
    try {
      writeFileSync(join(dir, 'openapi.d.ts'), client);
      // The committed project, with `dtpc-openapi` pointed at the client just generated.
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          extends: join(root, 'test/openapi-client/tsconfig.json'),
          compilerOptions: {
            paths: { 'dtpc-openapi': [join(dir, 'openapi.d.ts')] },
            // Type packages are looked up beside the tsconfig, which lives outside the repository here.
            typeRoots: [join(root, 'node_modules/@types')],
          },
          include: [join(root, 'test/openapi-client/web-calls.ts')],
        }),
      );
      const result = await promisify(execFile)(
        'node',
        [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', join(dir, 'tsconfig.json')],
        { cwd: root },
      ).catch((error: { stdout?: string; stderr?: string }) => error);
      expect(`${result.stdout ?? ''}${result.stderr ?? ''}`.trim()).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

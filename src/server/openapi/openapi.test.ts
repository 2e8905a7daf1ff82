import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import type { RouteOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { operationIdFor, problemStatusesFor, securityFor } from './index.ts';

// The committed document; test/api/platform.test.ts proves it is the one the server serves.
const doc = JSON.parse(readFileSync('docs/openapi.json', 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
  components: { responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }> };
};
interface Operation {
  operationId?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  responses: Record<string, { $ref?: string }>;
  requestBody?: { content: Record<string, { examples?: Record<string, unknown> }> };
}
const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({ where: `${method.toUpperCase()} ${path}`, method, op })),
);

const route = (url: string, config: Record<string, unknown>) =>
  ({ url, method: 'GET', config, handler: () => undefined }) as unknown as RouteOptions;

describe('OpenAPI generation', () => {
  it('names operations after method and path, parameters as By<Name>, without the /api prefix', () => {
    expect(operationIdFor('GET', '/api/calls/:id')).toBe('getCallsById');
    expect(operationIdFor('POST', '/api/users/:id/reset-password')).toBe('postUsersByIdResetPassword');
    expect(operationIdFor('GET', '/api/directory/export.xlsx')).toBe('getDirectoryExportXlsx');
    expect(operationIdFor('GET', '/api/catalog/resources/:id/files/:fileId')).toBe(
      'getCatalogResourcesByIdFilesByFileId',
    );
  });

  it('asks for the session on guarded routes, and the CSRF token too on unsafe methods', () => {
    expect(securityFor('public', 'POST')).toEqual([]);
    expect(securityFor('authenticated', 'GET')).toEqual([{ session: [] }]);
    expect(securityFor('authenticated', 'DELETE')).toEqual([{ session: [], csrf: [] }]);
  });

  it('documents the errors the plugins in front of a route can produce', () => {
    expect(problemStatusesFor(route('/api/health', { guard: 'public' }), 'GET')).toEqual([400, 500]);
    expect(problemStatusesFor(route('/api/users/:id', { guard: 'authenticated' }), 'PATCH')).toEqual([
      400, 401, 403, 404, 409, 413, 415, 500,
    ]);
    expect(
      problemStatusesFor(route('/api/auth/login', { guard: 'public', rateLimit: { max: 1 } }), 'POST'),
    ).toEqual([400, 401, 403, 404, 409, 413, 415, 423, 429, 500]);
  });
});

describe('the committed OpenAPI document', () => {
  it('gives every operation a unique operationId, tags and a security declaration', () => {
    expect(operations.length).toBeGreaterThan(200);
    const ids = operations.map((o) => o.op.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]*$/u.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { where, op } of operations) {
      expect(op.tags?.length, where).toBeGreaterThan(0);
      expect(op.security, where).toBeDefined();
    }
    expect(doc.paths['/api/auth/login']?.post?.security).toEqual([]);
    expect(doc.paths['/api/users']?.post?.security).toEqual([{ session: [], csrf: [] }]);
    expect(doc.paths['/api/users']?.get?.security).toEqual([{ session: [] }]);
  });

  it('answers every error status with the shared problem+json schema', () => {
    for (const { where, op } of operations) {
      const errors = Object.entries(op.responses).filter(([status]) => Number(status) >= 400);
      expect(
        errors.map(([s]) => s),
        where,
      ).toContain('500');
      expect(
        errors.some(([s]) => s.startsWith('4')),
        where,
      ).toBe(true);
      for (const [, response] of errors) {
        expect(response.$ref, where).toMatch(/^#\/components\/responses\//u);
      }
    }
    for (const response of Object.values(doc.components.responses)) {
      expect(response.content['application/problem+json']?.schema.$ref).toBe('#/components/schemas/Problem');
    }
  });

  it('shows examples for the main requests', () => {
    for (const where of ['POST /api/auth/login', 'POST /api/calls', 'POST /api/applications']) {
      const [method = '', path = ''] = where.split(' ');
      const body = doc.paths[path]?.[method.toLowerCase()]?.requestBody?.content['application/json'];
      expect(Object.keys(body?.examples ?? {}), where).not.toHaveLength(0);
    }
  });

  it('passes redocly lint with the recommended rules, warnings included', async () => {
    const { stdout } = await promisify(execFile)(
      'node',
      ['node_modules/@redocly/cli/bin/cli.js', 'lint', 'docs/openapi.json', '--format=json'],
      { env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
      totals: { errors: number; warnings: number };
      problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
    };
    const problems = report.problems.map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });
});

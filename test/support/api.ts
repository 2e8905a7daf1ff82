/** API test harness: the real app on a fresh copy of the template database, driven through fastify.inject. */
import { inject } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import type { Database } from '../../src/db/client.ts';
import { cloneTemplate } from './databases.ts';

export const DEMO_PASSWORD = 'dtpc-demo-2026';

export interface Session {
  cookie: string;
  csrf: string;
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  login(username: string, password?: string): Promise<Session>;
  request(
    session: Session | null,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function createTestApp(): Promise<TestApp> {
  const database = await cloneTemplate(inject('testDbKind'), inject('pgliteDumpPath'));
  const app = await buildApp({ database, serveWeb: false });
  await app.ready();
  const request: TestApp['request'] = (session, method, url, body, headers = {}) =>
    app.inject({
      method,
      url,
      headers: {
        ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
  return {
    app,
    database,
    request,
    async login(username, password = DEMO_PASSWORD) {
      const res = await request(null, 'POST', '/api/auth/login', { username, password });
      if (res.statusCode !== 200) {
        throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      }
      const cookie = res.cookies.find((c) => c.name === 'dtpc_session');
      return {
        cookie: `dtpc_session=${cookie!.value}`,
        csrf: (res.json() as { csrfToken: string }).csrfToken,
      };
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

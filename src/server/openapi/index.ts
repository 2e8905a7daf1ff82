/**
 * The OpenAPI document as generators need it, derived centrally from what the routes already declare so no
 * route file repeats it: a stable operationId from method + path, the security each guard implies, the
 * problem+json responses each operation can produce, document tags, and examples for the main requests.
 */
import type { FastifyDynamicSwaggerOptions, SwaggerTransform } from '@fastify/swagger';
import type { RouteOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../contracts/common.ts';
import type { Guard } from '../plugins/auth.ts';
import { SESSION_COOKIE } from '../plugins/auth.ts';
import { requestExamples } from './examples.ts';
import { problemResponses, type ProblemStatus } from './problems.ts';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Carries each operation's error statuses from the per-route transform to the document transform. */
const PROBLEMS_KEY = 'x-dtpc-problems';

/** What each tag groups, for readers of the rendered docs and for generators that make one class per tag. */
const tagDescriptions: Record<string, string> = {
  accounts: '账号管理 · user accounts and role grants',
  'annual-reports': '年度报告 · annual reports of recognised centers',
  audit: '审计日志 · the tamper-evident audit chain',
  auth: '登录与会话 · login, session, password, preferences',
  calendar: '工作日历 · working days and make-up days',
  'center-platform': '促进中心平台 · a center’s services, events, courses, offers and cases',
  'decision-support': '决策支持 · indicators and reports for authorities',
  decisions: '决定书 · decision notices issued with recognition, rating, revocation and change decisions',
  diagnosis: '数字化转型诊断 · diagnosis models and assessments',
  directory: '名录 · the public directory of recognised centers',
  evaluations: '评估 · periodic evaluation of centers',
  management: '管理 · revocations, change filings and recommendations',
  matching: '供需对接 · needs, offers and matchmaking',
  notifications: '通知 · in-app notifications',
  organisations: '单位 · organisations',
  policy: '政策包 · policy packs and eligibility evaluation',
  publicity: '公示 · publicity notices and objections',
  recognition: '认定 · calls, applications and their workflow',
  reference: '参考数据 · GB/T 2260 regions and GB/T 4754 industries',
  resources: '资源目录 · the resource catalog',
  review: '评审 · expert review',
  search: '检索 · full-text search',
  system: '系统 · health and the API document',
};

/** `:param` or `:param(regex)` → `ByParam`; other segments split on non-alphanumerics and capitalised. */
function pathWords(url: string): string[] {
  const segments = url.split('/').filter((s) => s !== '');
  // Every API path starts with /api: repeating it in every name would only make them longer.
  const rest = segments[0] === 'api' ? segments.slice(1) : segments;
  return rest.flatMap((segment) => {
    if (segment.startsWith(':')) {
      return ['by', segment.slice(1).replace(/\(.*$/u, '')];
    }
    if (segment === '*') {
      return ['wildcard'];
    }
    return segment.split(/[^A-Za-z0-9]+/u).filter((w) => w !== '');
  });
}

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The operationId of a route: HTTP method then its path in camelCase, parameters as `By<Name>`
 * (`GET /api/calls/:id` → `getCallsById`). Deterministic, so it is stable across runs and releases for
 * as long as the path is, which is what generated clients name their methods after.
 */
export function operationIdFor(method: string, url: string): string {
  return method.toLowerCase() + pathWords(url).map(capitalise).join('');
}

function guardOf(route: RouteOptions): Guard | undefined {
  return (route.config as { guard?: Guard } | undefined)?.guard;
}

/** The security an operation needs, mirroring the auth plugin: public routes none, unsafe methods a CSRF token too. */
export function securityFor(guard: Guard | undefined, method: string): Record<string, string[]>[] {
  if (guard === 'public' || guard === undefined) {
    return [];
  }
  return UNSAFE_METHODS.has(method) ? [{ session: [], csrf: [] }] : [{ session: [] }];
}

/**
 * The error statuses an operation can answer, from what the plugins in front of every route do:
 * 400 for any malformed URL or input, 401/403 from the guard, 403 for a foreign Origin on unsafe methods
 * (security-headers), 404 for a record named in the path or a write's body, 409 for a conflicting or
 * concurrent write, 413/415 for a body too large or of the wrong type, 429 where the route is rate
 * limited, 500 always.
 */
export function problemStatusesFor(route: RouteOptions, method: string): ProblemStatus[] {
  const guard = guardOf(route);
  const unsafe = UNSAFE_METHODS.has(method);
  const statuses = new Set<ProblemStatus>([400, 500]);
  if (guard !== 'public') {
    statuses.add(401).add(403);
  }
  if (unsafe) {
    // 404 too: a write names records in its body (a callId, an organisationId) that may not exist.
    statuses.add(403).add(404).add(409).add(413).add(415);
  }
  if (route.url.includes('/:')) {
    statuses.add(404);
  }
  if ((route.config as { rateLimit?: unknown } | undefined)?.rateLimit) {
    statuses.add(429);
  }
  // Login answers wrong credentials with 401 and a locked account with 423 although the route is public.
  if (method === 'POST' && route.url === '/api/auth/login') {
    statuses.add(401).add(423);
  }
  return [...statuses].sort((a, b) => a - b);
}

const transform: SwaggerTransform = (document) => {
  const result = (jsonSchemaTransform as SwaggerTransform)(document);
  const schema = result.schema as Record<string, unknown>;
  if (schema.hide) {
    return result;
  }
  const { route } = document;
  const method = [route.method].flat()[0] ?? 'GET';
  return {
    url: result.url,
    schema: {
      ...schema,
      // A route may name its own operation; otherwise the name is derived from method and path.
      operationId: (schema.operationId as string | undefined) ?? operationIdFor(method, route.url),
      security: securityFor(guardOf(route), method),
      [PROBLEMS_KEY]: problemStatusesFor(route, method),
    },
  };
};

type JsonObject = Record<string, unknown>;
interface Operation extends JsonObject {
  operationId?: string;
  tags?: string[];
  responses: Record<string, unknown>;
  requestBody?: { content?: Record<string, JsonObject> };
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function* operationsOf(paths: Record<string, Record<string, unknown>>) {
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (HTTP_METHODS.includes(method)) {
        yield { path, method, operation: operation as Operation };
      }
    }
  }
}

/** The Problem schema as JSON Schema, from the same zod schema the server's problems are typed by. */
function problemComponent(): JsonObject {
  const { $schema: _ignored, ...schema } = z.toJSONSchema(problemSchema, {
    target: 'draft-2020-12',
  }) as JsonObject & { properties: Record<string, JsonObject> };
  const describe: Record<string, string> = {
    type: 'A URI naming the problem kind (RFC 9457 §3.1.1); ends in the stable `code`.',
    title: 'Short, localised summary of the problem kind.',
    status: 'The HTTP status code, repeated for convenience.',
    code: 'Stable machine-readable error code (e.g. `request.validation`, `auth.required`); clients branch on it.',
    detail: 'Localised (Accept-Language / the user’s preference) explanation naming the field(s) at fault.',
    instance: 'The request path the problem occurred on.',
    errors: 'Per-field errors: `field` is the dotted path into the request body or query (`quotas.0.count`).',
  };
  for (const [key, text] of Object.entries(describe)) {
    const property = schema.properties[key];
    if (property) {
      property.description = text;
    }
  }
  return {
    ...schema,
    description: 'RFC 9457 problem details, as every DTPC error is answered (application/problem+json).',
  };
}

const transformObject: NonNullable<FastifyDynamicSwaggerOptions['transformObject']> = (documentObject) => {
  const doc = (documentObject as { openapiObject: JsonObject }).openapiObject as JsonObject & {
    paths?: Record<string, Record<string, unknown>>;
    components?: JsonObject & { schemas?: JsonObject; responses?: JsonObject };
  };
  const paths = doc.paths ?? {};
  const seen = new Map<string, string>();
  const usedTags = new Set<string>();
  for (const { path, method, operation } of operationsOf(paths)) {
    const where = `${method.toUpperCase()} ${path}`;
    if (operation.operationId) {
      const clash = seen.get(operation.operationId);
      if (clash) {
        throw new Error(`operationId ${operation.operationId} of ${where} is also that of ${clash}`);
      }
      seen.set(operation.operationId, where);
    }
    for (const tag of operation.tags ?? []) {
      usedTags.add(tag);
    }
    const statuses = (operation[PROBLEMS_KEY] as ProblemStatus[] | undefined) ?? [400, 500];
    delete operation[PROBLEMS_KEY];
    for (const status of statuses) {
      operation.responses[String(status)] ??= {
        $ref: `#/components/responses/${problemResponses[status].name}`,
      };
    }
    // Spreadsheet downloads say so, so clients (and the export-cells test) can find every one of them.
    if (method === 'get' && /\.(xlsx|csv)$/u.test(path)) {
      const type = path.endsWith('.csv')
        ? 'text/csv'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      operation.responses['200'] = {
        description: '电子表格文件（中文表头与标签，时间为北京时间）',
        content: { [type]: { schema: { type: 'string', format: 'binary' } } },
      };
    }
    const example = requestExamples[where];
    const json = operation.requestBody?.content?.['application/json'];
    if (example && json) {
      json.examples = example;
    }
  }
  for (const where of Object.keys(requestExamples)) {
    const [method = '', path = ''] = where.split(' ');
    if (!paths[path]?.[method.toLowerCase()]) {
      throw new Error(`request example for ${where}, which is no operation`);
    }
  }
  const components = doc.components ?? {};
  return {
    ...doc,
    // Paths already carry /api: the API is served from the same origin as the web app.
    servers: [{ url: '/', description: 'The DTPC server this document was fetched from' }],
    tags: [...usedTags].sort().map((name) => ({ name, description: tagDescriptions[name] ?? name })),
    components: {
      ...components,
      schemas: { ...components.schemas, Problem: problemComponent() },
      responses: {
        ...components.responses,
        ...Object.fromEntries(
          Object.values(problemResponses).map((r) => [
            r.name,
            {
              description: r.description,
              content: {
                'application/problem+json': {
                  schema: { $ref: '#/components/schemas/Problem' },
                  example: r.example,
                },
              },
            },
          ]),
        ),
      },
    },
  };
};

/** Security schemes: the session cookie the login sets, and the CSRF token it returns for unsafe methods. */
const securitySchemes = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'Session cookie set by POST /api/auth/login (httpOnly, SameSite=Strict).',
  },
  csrf: {
    type: 'apiKey',
    in: 'header',
    name: 'X-CSRF-Token',
    description:
      'The `csrfToken` returned by login and GET /api/auth/me; required on POST, PUT, PATCH, DELETE.',
  },
} as const;

/** Options for @fastify/swagger. */
export function swaggerOptions(version: string): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'DTPC API', description: '工业互联网数字化转型促进中心 平台接口', version },
      components: { securitySchemes },
    },
    transform,
    transformObject,
  };
}

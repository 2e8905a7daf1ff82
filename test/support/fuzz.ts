/**
 * Property-based request generation from the OpenAPI document: fast-check arbitraries derived from each
 * operation's JSON Schema (itself generated from the routes' zod schemas), half well-formed and half
 * hostile — NUL bytes, lone surrogates, huge numbers, impossible dates, wrong types, malformed multipart.
 */
import fc from 'fast-check';

export interface JsonSchema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  default?: unknown;
}

export interface Operation {
  method: string;
  path: string;
  summary: string;
  pathParams: { name: string; schema: JsonSchema }[];
  queryParams: { name: string; schema: JsonSchema; required: boolean }[];
  body: JsonSchema | null;
  multipart: boolean;
}

interface OpenApiDoc {
  paths: Record<
    string,
    Record<
      string,
      {
        summary?: string;
        parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
        requestBody?: { content?: Record<string, { schema: JsonSchema }> };
      }
    >
  >;
  components?: { schemas?: Record<string, JsonSchema> };
}

/** Every operation of the document, with what its requests carry. */
export function operationsOf(doc: OpenApiDoc): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) {
        continue;
      }
      const params = op.parameters ?? [];
      const summary = op.summary ?? '';
      out.push({
        method: method.toUpperCase(),
        path,
        summary,
        pathParams: params.filter((p) => p.in === 'path').map((p) => ({ name: p.name, schema: p.schema })),
        queryParams: params
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: p.schema, required: p.required === true })),
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
        multipart: /multipart/i.test(summary),
      });
    }
  }
  return out;
}

/** Strings an attacker or a broken client sends. */
export const hostileStrings = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '\uD800',
  'x\uDFFFy',
  '😀\uD83D',
  'Z'.repeat(5000),
  '中'.repeat(3000),
  '0000-01-01',
  '2026-02-30',
  '2026-13-01',
  '9999-12-31',
  '-1',
  '1e400',
  'NaN',
  '2147483648',
  '99999999999999999999999',
  '../../../etc/passwd',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '%00',
  '{{7*7}}',
  'ZZ99',
  '370000;DROP TABLE users',
  '00000000-0000-0000-0000-000000000000',
];

const hostileValues: unknown[] = [
  ...hostileStrings,
  null,
  true,
  0,
  -1,
  -0.5,
  1.5,
  2 ** 31,
  2 ** 53,
  -(2 ** 63),
  1e308,
  [],
  [null],
  {},
  { __proto__: { polluted: true } },
  { constructor: { prototype: { polluted: true } } },
];

function resolve(schema: JsonSchema, doc: OpenApiDoc): JsonSchema {
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop()!;
    return doc.components?.schemas?.[name] ?? {};
  }
  return schema;
}

/** The pool of real ids to draw from, so well-formed cases reach past the 404 at the door. */
export interface FuzzContext {
  ids: string[];
  doc: OpenApiDoc;
}

function stringArb(schema: JsonSchema, ctx: FuzzContext): fc.Arbitrary<string> {
  if (schema.format === 'uuid') {
    return ctx.ids.length > 0 ? fc.oneof(fc.constantFrom(...ctx.ids), fc.uuid()) : fc.uuid();
  }
  if (schema.format === 'date') {
    return fc
      .date({
        min: new Date('2015-01-01T00:00:00Z'),
        max: new Date('2030-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
  }
  if (schema.format === 'date-time') {
    return fc
      .date({
        min: new Date('2015-01-01T00:00:00Z'),
        max: new Date('2030-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString());
  }
  if (schema.format === 'email') {
    return fc.emailAddress();
  }
  if (schema.pattern) {
    try {
      return fc
        .stringMatching(new RegExp(schema.pattern))
        .filter((s) => s.length <= (schema.maxLength ?? 500));
    } catch {
      // A pattern JavaScript cannot compile: fall through to plain strings.
    }
  }
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 40, Math.max(minLength, 40));
  return fc.oneof(
    fc.string({ minLength, maxLength }),
    fc.string({
      unit: fc.constantFrom(...'数字化转型促进中心济南山东工业互联网'.split('')),
      minLength,
      maxLength,
    }),
  );
}

function numberArb(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000);
  const max =
    schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 100000);
  const lo = Math.max(min, -1e9);
  const hi = Math.min(Math.max(max, lo), 1e9);
  return integer
    ? fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) })
    : fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
}

/** A value that satisfies `schema` (as far as JSON Schema says; refinements may still refuse it). */
export function validArb(schemaIn: JsonSchema, ctx: FuzzContext, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(schemaIn, ctx.doc);
  if (schema.const !== undefined) {
    return fc.constant(schema.const);
  }
  if (schema.enum) {
    return fc.constantFrom(...schema.enum);
  }
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives && alternatives.length > 0) {
    return fc.oneof(...alternatives.map((s) => validArb(s, ctx, depth + 1)));
  }
  if (schema.allOf && schema.allOf.length > 0) {
    return validArb(
      Object.assign({}, ...schema.allOf.map((s) => resolve(s, ctx.doc))) as JsonSchema,
      ctx,
      depth,
    );
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  const nullable = Array.isArray(schema.type) && schema.type.includes('null');
  let arb: fc.Arbitrary<unknown>;
  switch (type) {
    case 'string':
      arb = stringArb(schema, ctx);
      break;
    case 'integer':
      arb = numberArb(schema, true);
      break;
    case 'number':
      arb = numberArb(schema, false);
      break;
    case 'boolean':
      arb = fc.boolean();
      break;
    case 'array': {
      if (depth > 6) {
        return fc.constant([]);
      }
      const item = schema.items ? validArb(schema.items, ctx, depth + 1) : fc.string();
      arb = fc.array(item, {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, Math.max(schema.minItems ?? 0, 4)),
      });
      break;
    }
    case 'object':
    default: {
      if (depth > 6 || !schema.properties) {
        return fc.constant({});
      }
      const required = new Set(schema.required ?? []);
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, v] of Object.entries(schema.properties)) {
        model[k] = validArb(v, ctx, depth + 1);
      }
      arb = fc.record(model, { requiredKeys: [...required].filter((k) => k in model) });
    }
  }
  return nullable ? fc.option(arb, { nil: null, freq: 5 }) : arb;
}

/** A value built like `schema` but with hostile leaves, wrong types and unknown keys mixed in. */
export function hostileArb(schemaIn: JsonSchema, ctx: FuzzContext, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(schemaIn, ctx.doc);
  const leaf = fc.constantFrom(...hostileValues);
  if (depth > 5) {
    return leaf;
  }
  if (schema.properties) {
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [k, v] of Object.entries(schema.properties)) {
      model[k] = fc.oneof(
        { weight: 2, arbitrary: validArb(v, ctx, depth + 1) },
        { weight: 3, arbitrary: hostileArb(v, ctx, depth + 1) },
      );
    }
    const required = (schema.required ?? []).filter((k) => k in model);
    return fc.oneof(
      { weight: 6, arbitrary: fc.record(model, { requiredKeys: required }) },
      { weight: 1, arbitrary: leaf },
      {
        weight: 1,
        arbitrary: fc
          .record(model, { requiredKeys: required })
          .map((o) => ({ ...o, ['\u0000key']: 1, extra: 'x'.repeat(100) })),
      },
    );
  }
  if (schema.items) {
    return fc.oneof(fc.array(hostileArb(schema.items, ctx, depth + 1), { maxLength: 3 }), leaf);
  }
  return fc.oneof({ weight: 1, arbitrary: validArb(schema, ctx, depth) }, { weight: 3, arbitrary: leaf });
}

/** A query-string value: hostile ones include percent-encoded NULs and broken escapes. */
export function queryValue(value: unknown): string {
  if (typeof value === 'string') {
    return value;
  }
  if (value === null || value === undefined) {
    return '';
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Encodes a path parameter; hostile raw forms (broken escapes, encoded NUL) are sent undecoded. */
export const hostilePathSegments = [
  '%00',
  '%E0%A4%A',
  '%',
  'a%2Fb',
  '..',
  'x'.repeat(600),
  '%F0%9F',
  '1e400',
];

export interface MultipartCase {
  payload: Buffer;
  contentType: string;
}

/** Upload bodies: well-formed single files, and the malformed envelopes busboy chokes on. */
export function multipartArb(): fc.Arbitrary<MultipartCase> {
  const boundary = '----dtpcfuzz7MA4YWxkTrZu0gW';
  const wellFormed = fc
    .record({
      name: fc.constantFrom('材料.pdf', 'a.txt', 'photo.png', '\u0000.pdf', '..\\..\\x.pdf', 'x'.repeat(300)),
      bytes: fc.constantFrom(
        Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
        Buffer.from('plain text'),
        Buffer.alloc(0),
      ),
      kind: fc.constantFrom('other', 'plan', '\u0000', ''),
    })
    .map(({ name, bytes, kind }) => ({
      contentType: `multipart/form-data; boundary=${boundary}`,
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n` +
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    }));
  const malformed = fc.constantFrom<MultipartCase>(
    { contentType: `multipart/form-data; boundary=${boundary}`, payload: Buffer.from('garbage') },
    {
      contentType: `multipart/form-data; boundary=${boundary}`,
      payload: Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF`,
      ),
    },
    { contentType: 'multipart/form-data', payload: Buffer.from('no boundary') },
    {
      contentType: `multipart/form-data; boundary=${boundary}`,
      payload: Buffer.from(`--${boundary}\r\nbroken header line\r\n\r\nx\r\n--${boundary}--\r\n`),
    },
    {
      contentType: `multipart/form-data; boundary=${boundary}`,
      payload: Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\nA\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="b.pdf"\r\n\r\nB\r\n--${boundary}--\r\n`,
      ),
    },
    { contentType: 'text/plain', payload: Buffer.from('not multipart') },
  );
  return fc.oneof(wellFormed, malformed);
}

/** Every error leaves as RFC 9457 problem+json with a stable `code` and a localised `detail`. */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorMessage, type ErrorCode } from '../../contracts/errors.ts';
import type { Locale, Problem } from '../../contracts/common.ts';
import { AppError } from '../../app/errors.ts';
import { MAX_FILE_BYTES } from '../../app/files/store.ts';
import { requestLocale } from '../locale.ts';
import { fieldLabel } from '../field-labels.ts';
import { RequestValidationError, issueField, localiseIssue } from '../validation.ts';

function problemOf(error: AppError, locale: Locale, instance: string): Problem {
  const params =
    locale === 'en' && typeof error.params.reasonEn === 'string'
      ? { ...error.params, reason: error.params.reasonEn }
      : error.params;
  const detail = errorMessage(error.code, locale, params);
  const problem: Problem = {
    type: `https://dtpc.example/problems/${error.code}`,
    title: detail.replace(/[:：].*$/, ''),
    status: error.status,
    code: error.code,
    detail,
    instance,
  };
  if (error.fieldErrors.length > 0) {
    problem.errors = error.fieldErrors.map((f) => ({
      field: f.field,
      code: f.code,
      message:
        typeof f.message === 'string' ? f.message || detail : locale === 'en' ? f.message.en : f.message.zh,
    }));
  }
  return problem;
}

/** Sends a problem document, bypassing the route's response schema. */
export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply
    .code(problem.status)
    .type('application/problem+json; charset=utf-8')
    .serializer(JSON.stringify)
    .send(problem);
}

/** The SQLSTATE of a database error, looking through drizzle's wrapper. */
function sqlState(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
      return code;
    }
  }
  return undefined;
}

/**
 * Database refusals a request can provoke: the loser of a race (unique violation, serialization failure,
 * deadlock) gets 409 like any other conflict, and a value the column cannot hold gets 400. Whatever the
 * transaction wrote is rolled back by then, so nothing is half-saved.
 */
function databaseError(error: unknown): AppError | null {
  const state = sqlState(error);
  if (!state) {
    return null;
  }
  const column = (error as { cause?: { column?: string } }).cause?.column ?? '';
  if (state === '23505' || state === '40001' || state === '40P01' || state === '55P03') {
    return new AppError('conflict.concurrent');
  }
  if (state === '22003' || state === '22008' || state === '22007' || state === '22P02' || state === '22001') {
    return new AppError('request.out_of_range', { field: column || '—' });
  }
  if (state === '22021' || state === '22P05' || state === '22P04') {
    return new AppError('request.invalid_text', { field: column || '—' });
  }
  return null;
}

/** Errors of @fastify/multipart and busboy: a malformed or over-full upload form is the client's fault. */
function multipartError(error: FastifyError): AppError | null {
  const code = error.code ?? '';
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    return new AppError('file.too_large', { limit: MAX_FILE_BYTES / 1024 / 1024 });
  }
  if (code === 'FST_PARTS_LIMIT' || code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return new AppError('request.too_many_parts');
  }
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE' || code === 'FST_PROTO_VIOLATION') {
    return new AppError('request.malformed_multipart');
  }
  const message = error.message ?? '';
  if (
    !error.statusCode &&
    /^(Unexpected end of (form|file)|Malformed part header|Multipart: Boundary not found|Malformed urlencoded form|Part terminated early|Unexpected end of multipart data)/i.test(
      message,
    )
  ) {
    return new AppError('request.malformed_multipart');
  }
  return null;
}

/** Fastify's own errors that arrive before any route runs (bad URL encoding, over-long parameters). */
export function frameworkError(error: FastifyError): AppError | null {
  if (error.code === 'FST_ERR_BAD_URL' || error.code === 'FST_ERR_ASYNC_CONSTRAINT') {
    return new AppError('request.bad_url');
  }
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH' || error.code === 'FST_ERR_MAX_URL_LENGTH') {
    return new AppError('request.url_too_long');
  }
  return null;
}

function fromFastifyError(error: FastifyError, request: FastifyRequest): AppError {
  if (error instanceof AppError) {
    return error;
  }
  const framework = frameworkError(error);
  if (framework) {
    return framework;
  }
  if (
    error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    (error instanceof SyntaxError && error.statusCode === 400)
  ) {
    return new AppError('request.malformed_json', { reason: error.message });
  }
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return new AppError('request.malformed_json', { reason: 'empty body' });
  }
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return new AppError('request.unsupported_media_type', { type: request.headers['content-type'] ?? '' });
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new AppError('request.too_large');
  }
  const multipart = multipartError(error);
  if (multipart) {
    return multipart;
  }
  const database = databaseError(error);
  if (database) {
    return database;
  }
  if (error.statusCode === 429) {
    return new AppError('request.rate_limited');
  }
  if (error.statusCode === 403) {
    return new AppError('forbidden');
  }
  if (error.statusCode === 404) {
    return new AppError('not_found', { entity: 'route' });
  }
  return new AppError('internal');
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const locale = requestLocale(request);
    if (error instanceof RequestValidationError) {
      const context = (error as unknown as { validationContext?: string }).validationContext;
      const errors = error.issues.map((issue) => ({
        field: issueField(issue, context),
        code: issue.code,
        message: localiseIssue(issue, locale),
      }));
      // The summary names fields as the form does ("成员单位 第 1 项 · 统一社会信用代码"), never by path.
      const described = error.issues.map((issue, n) => {
        const path = issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys] : issue.path;
        const label = fieldLabel(
          path.map((p) => (typeof p === 'symbol' ? '' : p)),
          locale,
        );
        return label ? `${label}${locale === 'en' ? ': ' : '：'}${errors[n]!.message}` : errors[n]!.message;
      });
      const base = errorMessage('request.validation', locale);
      return sendProblem(reply, {
        type: 'https://dtpc.example/problems/request.validation',
        title: base,
        status: 400,
        code: 'request.validation',
        detail:
          locale === 'en'
            ? `Please check: ${[...new Set(described)].join('; ')}`
            : `请检查：${[...new Set(described)].join('；')}`,
        instance: request.url,
        errors,
      });
    }
    const appError = fromFastifyError(error, request);
    if (appError.code === 'internal') {
      request.log.error({ err: error }, 'unhandled error');
    }
    return sendProblem(reply, problemOf(appError, locale, request.url));
  });
}

/** A 404 problem for unknown API routes. */
export function notFoundProblem(request: FastifyRequest): Problem {
  return problemOf(
    new AppError('not_found' as ErrorCode, { entity: 'route' }),
    requestLocale(request),
    request.url,
  );
}

/**
 * Fastify's `frameworkErrors` hook: errors raised while routing (before any hook of ours runs) answered in
 * the same problem+json vocabulary as everything else, instead of Fastify's English default body.
 */
export function handleFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const appError = frameworkError(error) ?? new AppError('request.bad_url');
  void sendProblem(reply, problemOf(appError, requestLocale(request), request.url));
}

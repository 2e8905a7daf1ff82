/** Every error leaves as RFC 9457 problem+json with a stable `code` and a localised `detail`. */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorMessage, type ErrorCode } from '../../contracts/errors.ts';
import type { Locale, Problem } from '../../contracts/common.ts';
import { AppError } from '../../app/errors.ts';
import { requestLocale } from '../locale.ts';
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

function fromFastifyError(error: FastifyError, request: FastifyRequest): AppError {
  if (error instanceof AppError) {
    return error;
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
      const base = errorMessage('request.validation', locale);
      return sendProblem(reply, {
        type: 'https://dtpc.example/problems/request.validation',
        title: base,
        status: 400,
        code: 'request.validation',
        detail:
          locale === 'en'
            ? `Invalid fields: ${errors.map((e) => `${e.field} (${e.message})`).join('; ')}`
            : `以下字段有误：${errors.map((e) => `${e.field}（${e.message}）`).join('；')}`,
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

/**
 * The problem+json responses the API documents, one shared component per status; each example is built from
 * the error catalogue (in the default zh-CN), so the document shows what the server answers.
 */
import { errorMessage, type ErrorCode } from '../../contracts/errors.ts';
import type { Problem } from '../../contracts/common.ts';

export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 423 | 429 | 500;

function example(
  code: ErrorCode,
  status: ProblemStatus,
  instance: string,
  params: Record<string, unknown> = {},
): Problem {
  const detail = errorMessage(code, 'zh-CN', params);
  return {
    type: `https://dtpc.example/problems/${code}`,
    title: detail.replace(/[:：].*$/u, ''),
    status,
    code,
    detail,
    instance,
  };
}

interface ProblemResponse {
  /** The component name under #/components/responses. */
  name: string;
  description: string;
  example: Problem;
}

export const problemResponses: Record<ProblemStatus, ProblemResponse> = {
  400: {
    name: 'BadRequest',
    description:
      'The request is malformed or fails validation (`request.validation` lists each field in `errors`), or breaks a business rule.',
    example: {
      type: 'https://dtpc.example/problems/request.validation',
      title: errorMessage('request.validation', 'zh-CN'),
      status: 400,
      code: 'request.validation',
      detail: '请检查：申报截止日期：截止日期不能早于开始日期',
      instance: '/api/calls',
      errors: [{ field: 'closesOn', code: 'custom', message: '截止日期不能早于开始日期' }],
    },
  },
  401: {
    name: 'Unauthorized',
    description: 'No valid session (`auth.required`, `auth.session_expired`), or wrong credentials at login.',
    example: example('auth.required', 401, '/api/auth/me'),
  },
  403: {
    name: 'Forbidden',
    description:
      'The caller may not do this (`forbidden`, out of jurisdiction), or the CSRF token or Origin check failed (`auth.csrf`, `auth.origin`).',
    example: example('forbidden', 403, '/api/users'),
  },
  404: {
    name: 'NotFound',
    description: 'No such record, or one the caller may not see (answered alike so existence does not leak).',
    example: example('not_found', 404, '/api/calls/0190a3c2-7f5e-7d61-9b9a-3c1f2e4d5a6b', { entity: 'call' }),
  },
  409: {
    name: 'Conflict',
    description:
      'The record changed meanwhile (`conflict.stale_version`), was written concurrently, or is in a state that forbids this action.',
    example: example('conflict.concurrent', 409, '/api/applications'),
  },
  413: {
    name: 'PayloadTooLarge',
    description: 'The request body (or an uploaded file) is larger than allowed.',
    example: example('request.too_large', 413, '/api/applications'),
  },
  415: {
    name: 'UnsupportedMediaType',
    description: 'The body’s content type is not accepted here (JSON, or multipart for uploads).',
    example: example('request.unsupported_media_type', 415, '/api/applications', { type: 'text/plain' }),
  },
  423: {
    name: 'Locked',
    description: 'The account is locked for a while after repeated failed logins.',
    example: example('auth.locked', 423, '/api/auth/login', { until: '2026-03-02 10:15' }),
  },
  429: {
    name: 'TooManyRequests',
    description: 'Rate limit reached; retry later.',
    example: example('request.rate_limited', 429, '/api/auth/login'),
  },
  500: {
    name: 'InternalError',
    description: 'An unexpected server error; it is logged, and nothing was half-saved.',
    example: example('internal', 500, '/api/applications'),
  },
};

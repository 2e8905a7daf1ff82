/** AppError: thrown anywhere below the HTTP layer, answered as RFC 9457 problem+json by the server. */
import { errorCatalogue, type ErrorCode } from '../contracts/errors.ts';

export interface FieldError {
  field: string;
  code: string;
  message: { zh: string; en: string } | string;
}

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, unknown> = {},
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(code);
    this.name = 'AppError';
    this.status = errorCatalogue[code].status;
  }
}

/** Shorthand for a single-field validation error. */
export function fieldError(code: ErrorCode, field: string, params: Record<string, unknown> = {}): AppError {
  return new AppError(code, params, [{ field, code, message: '' }]);
}

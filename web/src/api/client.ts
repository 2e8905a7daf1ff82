/** Fetch wrapper: JSON, session cookie, CSRF header, Accept-Language, RFC 9457 problems as ApiError. */
import type { Problem } from './contracts.ts';
import { currentLocale } from '../i18n/index.ts';

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when any request (other than the session probe and login) answers 401. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

/** An error answered by the API; `problem` carries the stable code and the localised detail. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }
  get code(): string {
    return this.problem.code;
  }
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  /** Do not trigger the global 401 redirect (session probe, login). */
  quiet401?: boolean;
}

/** Builds `/api/...?a=1` dropping empty query values. */
export function apiUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') {
      params.set(key, String(value));
    }
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

async function toProblem(res: Response): Promise<Problem> {
  const fallback: Problem = {
    type: 'about:blank',
    title: res.statusText || 'Error',
    status: res.status,
    code: `http.${res.status}`,
    detail: res.statusText || `HTTP ${res.status}`,
  };
  try {
    const body = (await res.json()) as Partial<Problem>;
    return {
      ...fallback,
      ...body,
      code: body.code ?? fallback.code,
      detail: body.detail ?? body.title ?? fallback.detail,
    };
  } catch {
    return fallback;
  }
}

/** Calls the API and returns the parsed JSON body (or undefined for 204). */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLocale() };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET' && csrfToken) {
    headers['x-csrf-token'] = csrfToken;
  }
  let res: Response;
  try {
    res = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError({
      type: 'about:blank',
      title: 'Network error',
      status: 0,
      code: 'network.error',
      detail: '',
    });
  }
  if (!res.ok) {
    const problem = await toProblem(res);
    if (res.status === 401 && !options.quiet401) {
      onUnauthorized?.();
    }
    throw new ApiError(problem);
  }
  if (res.status === 204) {
    return undefined as T;
  }
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Downloads an export (.xlsx) with the UI language, saving it under the server's file name. */
export async function download(
  path: string,
  query: Record<string, QueryValue>,
  fallbackName: string,
): Promise<void> {
  const res = await fetch(apiUrl(path, query), {
    headers: { 'Accept-Language': currentLocale() },
    credentials: 'same-origin',
  });
  if (!res.ok) {
    const problem = await toProblem(res);
    if (res.status === 401) {
      onUnauthorized?.();
    }
    throw new ApiError(problem);
  }
  const blob = await res.blob();
  const disposition = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  const name = star?.[1] ? decodeURIComponent(star[1]) : (plain?.[1] ?? fallbackName);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

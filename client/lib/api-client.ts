import {
  CSRF_HEADER,
  type ErrorCode,
  type ErrorEnvelope,
} from '../../common/api/error-envelope.ts';

/** Codes the server never sends: the request failed before (or instead of) an envelope. */
export type ClientErrorCode = 'network_error' | 'invalid_response';

export interface ApiErrorInit {
  status: number;
  code: ErrorCode | ClientErrorCode;
  message: string;
  details?: string[];
  retryAfter?: number | null;
  body?: unknown;
}

/** Every failed call: the envelope's code and message, or a client code when there was none. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode;
  readonly details: string[];
  /** Seconds to wait before trying again (from `Retry-After`), when the server said so. */
  readonly retryAfter: number | null;
  /** The whole answer: some say more beside the envelope (a 412's `current`, a 409's conflicts). */
  readonly body: unknown;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.details = init.details ?? [];
    this.retryAfter = init.retryAfter ?? null;
    this.body = init.body;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

// The session answers hand us the token; it lives here so no caller has to thread it through.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: HttpMethod;
  /** Query parameters; `undefined` and empty strings are left out. */
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** Headers a call needs beyond the ones every call gets (e.g. `If-Match` on a save). */
  headers?: Record<string, string>;
  /** Given the answer's headers, for the few calls that need one (a save's journal entry). */
  onHeaders?: (headers: Headers) => void;
  signal?: AbortSignal;
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** `Retry-After` is either delay-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function isEnvelope(value: unknown): value is ErrorEnvelope {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError({
      status: response.status,
      code: 'invalid_response',
      message: `The server answered ${response.status} with something that is not JSON.`,
    });
  }
}

function errorFromResponse(response: Response, body: unknown): ApiError {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  if (isEnvelope(body)) {
    const details = Array.isArray(body.error.details)
      ? body.error.details.filter((d) => typeof d === 'string')
      : [];
    return new ApiError({
      status: response.status,
      code: body.error.code,
      message: body.error.message,
      details,
      retryAfter,
      body,
    });
  }
  return new ApiError({
    status: response.status,
    code: 'invalid_response',
    message: `The server answered ${response.status} ${response.statusText}`.trim() + '.',
    retryAfter,
  });
}

/**
 * The one place that talks HTTP: JSON in and out, the session cookie, the CSRF header on every
 * mutating call. Resolves with the parsed body (undefined for 204); rejects with an ApiError.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers = new Headers({ Accept: 'application/json' });
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
  if (method !== 'GET' && csrfToken !== null) headers.set(CSRF_HEADER, csrfToken);

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    // A cancelled request is not a failure; React Query expects the abort to come through as is.
    if (options.signal?.aborted) throw error;
    throw new ApiError({
      status: 0,
      code: 'network_error',
      message: 'Could not reach the server. Check your connection and try again.',
    });
  }

  if (response.ok) {
    options.onHeaders?.(response.headers);
    return (await readJson(response)) as T;
  }
  let body: unknown;
  try {
    body = await readJson(response);
  } catch {
    body = undefined;
  }
  throw errorFromResponse(response, body);
}

import type { ErrorCode, ErrorEnvelope } from '../../common/api/error-envelope.ts';

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

/** A body's text as JSON (undefined when empty); an ApiError when it is not JSON. */
export function parseJsonText(text: string, status: number): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError({
      status,
      code: 'invalid_response',
      message: `The server answered ${status} with something that is not JSON.`,
    });
  }
}

/** A failed answer as an ApiError: the envelope's code and message, or a generic one. */
export function apiErrorFrom(answer: {
  status: number;
  statusText: string;
  retryAfter: string | null;
  body: unknown;
}): ApiError {
  const { status, body } = answer;
  const retryAfter = parseRetryAfter(answer.retryAfter);
  if (isEnvelope(body)) {
    const details = Array.isArray(body.error.details)
      ? body.error.details.filter((d) => typeof d === 'string')
      : [];
    return new ApiError({
      status,
      code: body.error.code,
      message: body.error.message,
      details,
      retryAfter,
      body,
    });
  }
  return new ApiError({
    status,
    code: 'invalid_response',
    message: `The server answered ${status} ${answer.statusText}`.trim() + '.',
    retryAfter,
  });
}

export const networkError = () =>
  new ApiError({
    status: 0,
    code: 'network_error',
    message: 'Could not reach the server. Check your connection and try again.',
  });

import { APIConnectionError, APIConnectionTimeoutError, APIError } from '@imagekit/nodejs';
import { AppError } from '../errors.ts';

function upstreamMessage(error: APIError): string {
  const body = error.error as { message?: unknown } | undefined;
  return typeof body?.message === 'string' ? body.message : 'ImageKit gave no message.';
}

/** Seconds to wait, from ImageKit's `X-RateLimit-Reset` (milliseconds). */
export function retryAfterSeconds(headers: Headers | undefined): number {
  const resetMs = Number(headers?.get('x-ratelimit-reset'));
  return Number.isFinite(resetMs) && resetMs > 0 ? Math.ceil(resetMs / 1000) : 1;
}

/**
 * Maps what the SDK throws onto our envelope. ImageKit's own 4xx keep their status and message,
 * except 401: that means *our* key was refused, and passing it on would look to the browser like
 * its own session had ended.
 */
export function toAppError(error: unknown, timeoutMs: number): AppError {
  if (error instanceof APIConnectionTimeoutError) {
    return new AppError(
      504,
      'upstream_timeout',
      `ImageKit did not answer within ${timeoutMs / 1000} s.`,
      {
        cause: error,
      },
    );
  }
  if (error instanceof APIConnectionError) {
    return new AppError(
      502,
      'upstream_unavailable',
      'Could not reach ImageKit. Try again shortly.',
      {
        cause: error,
      },
    );
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    const message = upstreamMessage(error);
    if (error.status === 429) {
      return new AppError(429, 'rate_limited', `ImageKit rate limit reached: ${message}`, {
        headers: { 'Retry-After': String(retryAfterSeconds(error.headers)) },
        cause: error,
      });
    }
    if (error.status === 401) {
      return new AppError(
        502,
        'upstream_error',
        `ImageKit refused the server's private key: ${message}`,
        {
          cause: error,
        },
      );
    }
    if (error.status >= 400 && error.status < 500) {
      return new AppError(error.status, 'upstream_error', message, { cause: error });
    }
    return new AppError(502, 'upstream_error', `ImageKit failed (${error.status}): ${message}`, {
      cause: error,
    });
  }
  return new AppError(502, 'upstream_error', 'Unexpected failure talking to ImageKit.', {
    cause: error,
  });
}
